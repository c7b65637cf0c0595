import { Suspense } from 'react';
import { useAppStore } from '../store/context.tsx';
import { ErrorBoundary } from './common/ErrorBoundary.tsx';
import { HighlightProvider } from './common/highlight.tsx';
import { AppHeader } from './header/AppHeader.tsx';
import { NoticeBanner } from './header/NoticeBanner.tsx';
import { TABS, panelId, tabId } from './tabs.tsx';

/** The page: header with tabs, a notice when there is one, and the active tab's panel in its own error boundary. */
export function App() {
  const active = useAppStore((s) => s.ui.activeTab);
  const reset = useAppStore((s) => s.resetToDefaults);
  const tab = TABS.find((t) => t.id === active) ?? TABS[0];
  if (!tab) return null;
  return (
    <HighlightProvider>
      <AppHeader />
      <main className="app-main">
        <NoticeBanner />
        <div role="tabpanel" id={panelId(tab.id)} aria-labelledby={tabId(tab.id)} className="tabpanel">
          <ErrorBoundary key={tab.id} what={`The ${tab.label} tab`} onReset={() => reset()}>
            <Suspense fallback={<p className="note" role="status">Loading the {tab.label} tab…</p>}>
              <tab.Component />
            </Suspense>
          </ErrorBoundary>
        </div>
      </main>
    </HighlightProvider>
  );
}
