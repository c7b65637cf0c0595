import type { Placement } from '../../engine/types.ts';
import { useAppStore } from '../../store/context.tsx';

const LABELS: Record<Placement, string> = {
  header: 'Authorization header',
  query: 'Query string',
  body: 'Form body',
};

/** RFC 5849 §3.5: where the signed oauth_* parameters travel. */
export function PlacementField() {
  const placement = useAppStore((s) => s.request.placement);
  const setPlacement = useAppStore((s) => s.setPlacement);
  return (
    <fieldset className="radio-group">
      <legend>OAuth parameters go in</legend>
      {(Object.keys(LABELS) as Placement[]).map((p) => (
        <label key={p} className="inline">
          <input type="radio" name="placement" value={p} checked={placement === p} onChange={() => setPlacement(p)} />
          {LABELS[p]}
        </label>
      ))}
    </fieldset>
  );
}
