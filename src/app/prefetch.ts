import { type DataRouteObject, matchRoutes } from 'react-router-dom';

/** What prefetching needs of the router: its route table. */
type RouteTable = { routes: DataRouteObject[] };

/**
 * Warms what a click on an internal link will need (its loaders' data and its page's code) when the
 * reader shows the intent to follow it: hover, keyboard focus or a touch. The link is resolved with
 * the router's own route table, so prefetching reaches exactly what navigating would: no second
 * copy of the routes to drift (one once missed articles under /news/ and warmed /world/'s own page
 * for /world/?page=3).
 */
export function prefetchPath(router: RouteTable, href: string): void {
  const url = new URL(href, location.origin);
  if (url.origin !== location.origin) return;
  const matches = matchRoutes(router.routes, url.pathname) ?? [];
  // Loaders prime the cache (and use what is there); a failure is left for the click to report.
  const signal = new AbortController().signal;
  for (const { route, params } of matches) {
    if (typeof route.loader === 'function') {
      const request = new Request(url, { signal });
      Promise.resolve()
        .then(() =>
          (route.loader as (args: { request: Request; params: typeof params; context: undefined }) => unknown)({ request, params, context: undefined }),
        )
        .catch(() => undefined);
    }
    const lazy = route.lazy as { Component?: () => Promise<unknown> } | undefined;
    if (lazy && typeof lazy === 'object' && lazy.Component) lazy.Component().catch(() => undefined);
  }
}

/** Listens once on the document: any same-site link under the pointer or focus is prefetched once. */
export function listenForPrefetch(router: RouteTable): () => void {
  const seen = new Set<string>();
  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="/"]') : null;
    const href = link?.getAttribute('href');
    if (!href || seen.has(href)) return;
    seen.add(href);
    prefetchPath(router, href);
  };
  document.addEventListener('pointerover', onIntent, { passive: true });
  document.addEventListener('focusin', onIntent);
  document.addEventListener('touchstart', onIntent, { passive: true });
  return () => {
    document.removeEventListener('pointerover', onIntent);
    document.removeEventListener('focusin', onIntent);
    document.removeEventListener('touchstart', onIntent);
  };
}
