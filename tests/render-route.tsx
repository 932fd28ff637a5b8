import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { vi } from 'vitest';
import { Providers } from '@/app/providers';
import { createRoutes } from '@/app/router';

type FeedResponse = Record<string, unknown> | { status: number } | { raw: string };

/**
 * Serves edition feeds to the app's real fetch path: `{ en: feedJson }`, `{ en: { status: 500 } }` or
 * `{ en: { raw: '{"trunc' } }`. Unlisted editions answer 404.
 */
export function serveFeeds(feeds: Partial<Record<string, FeedResponse>>) {
  const fetchMock = vi.fn((input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const lang = /\/feeds\/(\w+)\.json$/.exec(url)?.[1] ?? '';
    const body = feeds[lang];
    if (!body) return Promise.resolve(new Response('not found', { status: 404 }));
    if ('status' in body && typeof body.status === 'number') return Promise.resolve(new Response('error', { status: body.status }));
    if ('raw' in body && typeof body.raw === 'string') return Promise.resolve(new Response(body.raw, { status: 200 }));
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/feed+json' } }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Renders the whole app at a URL with a fresh QueryClient (no retries), as a reader would open it. */
export function renderRoute(url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const view = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, queryClient };
}
