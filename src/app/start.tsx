import { type DehydratedState, hydrate } from '@tanstack/react-query';
import { type ReactElement, StrictMode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { renderedAddress } from '@/config/site-rules.js';
import { yieldToMain } from '@/lib/yield-to-main';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { listenForPrefetch } from './prefetch';
import { createRoutes } from './router';

export type PreparedApp = {
  element: ReactElement;
  /** The page in #root was prerendered for this address and is hydrated; else the app renders it. */
  hydrate: boolean;
};

/**
 * Everything before React DOM takes over: the query cache restored from the page, the router
 * matched to the address with the page's code loaded. Each step is its own task (yieldToMain).
 */
export async function prepareApp(root: HTMLElement): Promise<PreparedApp> {
  const queryClient = createQueryClient();

  // A prerendered page carries its data as inert JSON: the cache starts with exactly what was rendered.
  const state = document.getElementById('query-state');
  // The HTML is hydrated only when it was rendered for this very page: a server answers a page
  // number the build did not render (/en/news/?page=9) with page 1's file, which must be replaced.
  const prerendered = state !== null && root.firstElementChild !== null && state.dataset.url === renderedAddress(location.pathname, location.search);
  if (state?.textContent) {
    try {
      const dehydrated = JSON.parse(state.textContent) as DehydratedState;
      // The page's data is as new as the page the server just sent, however long ago it was built:
      // counted as fetched now, none of it is fetched again behind the reader's back on load (that
      // could swap a story's text under them). Newer versions are told by the checks for news.
      const received = Date.now();
      for (const query of dehydrated.queries) query.state.dataUpdatedAt = received;
      hydrate(queryClient, dehydrated);
    } catch {
      // A damaged state only costs a refetch.
    }
  }

  await yieldToMain();
  const router = createBrowserRouter(createRoutes(queryClient));
  listenForPrefetch(router);
  const element = (
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>
  );
  if (!prerendered) return { element, hydrate: false };

  // Hydrate only once the router has matched the URL and loaded the page's code (its loaders find
  // their data in the cache), so the first client render is the HTML that is already on screen.
  await new Promise<void>((resolve) => {
    if (router.state.initialized) resolve();
    else {
      const unsubscribe = router.subscribe((routerState) => {
        if (routerState.initialized) {
          unsubscribe();
          resolve();
        }
      });
    }
  });
  return { element, hydrate: true };
}
