import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './store/createAppStore.ts';
import { StoreProvider } from './store/context.tsx';
import { App } from './ui/App.tsx';
import { isCallbackRoute } from './ui/callback/callbackRoute.ts';
import './ui/styles.css';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked: the app works, it just won't remember
  }
}

// Only the tab the provider redirects back to opens the callback route: the app's first load does not carry it.
const CallbackPage = lazy(async () => ({ default: (await import('./ui/callback/CallbackPage.tsx')).CallbackPage }));

const store = createAppStore({ storage: storage(), hash: location.hash });
// A share link is applied once; drop it from the address bar so a reload shows the user's own edits.
if (location.hash.startsWith('#s=')) history.replaceState(null, '', location.pathname + location.search);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {isCallbackRoute(location.pathname) ? (
        <Suspense fallback={null}>
          <CallbackPage />
        </Suspense>
      ) : (
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      )}
    </StrictMode>,
  );
}
