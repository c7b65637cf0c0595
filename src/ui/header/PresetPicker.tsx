import { useMemo, useState } from 'react';
import { getPresets } from '../../providers/presets.ts';
import { useAppStore } from '../../store/context.tsx';

/** Picks a provider's sample request; loading it fills every field, which stays editable. */
export function PresetPicker() {
  const loadPreset = useAppStore((s) => s.loadPreset);
  const presets = useMemo(() => getPresets(location.origin), []);
  const [id, setId] = useState(presets[0]?.id ?? '');
  const [loaded, setLoaded] = useState('');
  const chosen = presets.find((p) => p.id === id);
  return (
    <div className="preset-picker">
      <label htmlFor="preset">Preset</label>
      <select id="preset" value={id} onChange={(e) => setId(e.target.value)} aria-describedby="preset-note">
        {presets.map((p) => (
          <option key={p.id} value={p.id}>{p.label}</option>
        ))}
      </select>
      <button
        type="button"
        className="btn"
        onClick={() => {
          loadPreset(id);
          setLoaded(chosen ? `Loaded “${chosen.label}”.` : '');
        }}
      >
        Load preset
      </button>
      <p id="preset-note" className="hint">{chosen?.note}</p>
      <span role="status" aria-live="polite" className="visually-hidden">{loaded}</span>
    </div>
  );
}
