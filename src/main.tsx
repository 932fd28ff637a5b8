import { type DehydratedState, hydrate } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { Providers } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { createRoutes } from '@/app/router';
import { serviceWorkerUrl } from '@/lib/trusted-types';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();

// A prerendered page carries its data as inert JSON: the cache starts with exactly what was rendered.
const state = document.getElementById('query-state');
// The HTML is hydrated only when it was rendered for this very address: a server may answer
// /en/news/?page=2 with the file of page 1, and that HTML must be replaced, not adopted.
const prerendered =
  state !== null && root.firstElementChild !== null && state.dataset.url === `${location.pathname}${location.search}`;
if (state?.textContent) {
  try {
    hydrate(queryClient, JSON.parse(state.textContent) as DehydratedState);
  } catch {
    // A damaged state only costs a refetch.
  }
}

const router = createBrowserRouter(createRoutes(queryClient));

const app = (
  <StrictMode>
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>
);

if (prerendered) {
  // Hydrate only once the router has matched the URL and loaded the page's code (its loaders find
  // their data in the cache), so the first client render is the HTML that is already on screen.
  // As a transition, hydration yields to the browser every few milliseconds instead of holding the
  // main thread for the whole page: the reader can scroll and tap while it runs.
  const start = () => {
    startTransition(() => {
      hydrateRoot(root, app);
    });
  };
  if (router.state.initialized) start();
  else {
    const unsubscribe = router.subscribe((routerState) => {
      if (routerState.initialized) {
        unsubscribe();
        start();
      }
    });
  }
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}

// Offline reading (vite-plugin-pwa's service worker). Registered after load so it never competes
// with the page's own requests; production builds only.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(serviceWorkerUrl()).catch(() => undefined);
  });
}
