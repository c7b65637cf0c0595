import { useRef, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/context.tsx';
import { TABS, panelId, tabId } from '../tabs.tsx';

/** WAI-ARIA tabs: one tab stop, arrows/Home/End move between tabs and select them. */
export function TabList() {
  const active = useAppStore((s) => s.ui.activeTab);
  const setActive = useAppStore((s) => s.setActiveTab);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const last = TABS.length - 1;
    const next =
      e.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : e.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : undefined;
    if (next === undefined) return;
    e.preventDefault();
    const tab = TABS[next];
    if (!tab) return;
    setActive(tab.id);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label="Mode" className="tablist">
      {TABS.map((t, i) => (
        <button
          key={t.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={tabId(t.id)}
          aria-selected={active === t.id}
          aria-controls={panelId(t.id)}
          tabIndex={active === t.id ? 0 : -1}
          className="tab"
          onClick={() => setActive(t.id)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
