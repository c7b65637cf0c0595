import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './store/createAppStore.ts';
import { StoreProvider } from './store/context.tsx';
import { App } from './ui/App.tsx';
import { CallbackPage } from './ui/callback/CallbackPage.tsx';
import { isCallbackRoute } from './ui/callback/handoff.ts';
import './ui/styles.css';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked: the app works, it just won't remember
  }
}

const store = createAppStore({ storage: storage(), hash: location.hash });
// A share link is applied once; drop it from the address bar so a reload shows the user's own edits.
if (location.hash.startsWith('#s=')) history.replaceState(null, '', location.pathname + location.search);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {isCallbackRoute(location.pathname) ? (
        <CallbackPage />
      ) : (
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      )}
    </StrictMode>,
  );
}
