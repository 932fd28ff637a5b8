import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { vi } from 'vitest';
import { Providers } from '@/app/providers';
import { createRoutes } from '@/app/router';
import { buildSite, type SiteOptions } from '@/build/edition-artifacts';
import { createArticleSanitizer } from '@/feed/sanitize';

type FeedResponse = Record<string, unknown> | { status: number } | { raw: string };

/**
 * Serves editions to the app's real fetch path the way a deployment does: each feed given here goes
 * through the build's own derivation, and the documents it yields are answered by URL.
 * `{ en: feedJson }`, `{ en: { status: 500 } }` (every document of the edition fails) or
 * `{ en: { raw: '{"trunc' } }` (every document is that text). Anything else answers 404.
 * Each edition is built on its own, unless `together` (then translations link up, and each index
 * names every edition); `site` is what the build is told besides (origin, image previews, clock).
 */
export function serveFeeds(feeds: Partial<Record<string, FeedResponse>>, { site, together = false }: { site?: SiteOptions; together?: boolean } = {}) {
  const sources: Record<string, [string, string]> = {};
  const special = new Map<string, FeedResponse>();
  for (const [lang, body] of Object.entries(feeds)) {
    if (!body) continue;
    if (('status' in body && typeof body.status === 'number') || ('raw' in body && typeof body.raw === 'string')) special.set(lang, body);
    else sources[lang] = [JSON.stringify(body), `${lang}.json`];
  }
  const documents = new Map<string, string>();
  const badFeeds = new Set<string>();
  const builds = together ? [sources] : Object.entries(sources).map(([lang, source]) => ({ [lang]: source }));
  for (const group of builds) {
    try {
      const built = buildSite(group, createArticleSanitizer(window), {}, site);
      for (const artifact of built.artifacts) documents.set(artifact.path, artifact.contents);
    } catch {
      // The build would refuse it; a server would keep serving the last good documents.
      for (const lang of Object.keys(group)) badFeeds.add(lang);
    }
  }
  const fetchMock = vi.fn((input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.replace(/^https?:\/\/[^/]+/, '');
    const lang = /^\/data\/(\w+)\//.exec(path)?.[1] ?? '';
    const override = special.get(lang);
    if (override && 'status' in override && typeof override.status === 'number')
      return Promise.resolve(new Response('error', { status: override.status }));
    if (override && 'raw' in override && typeof override.raw === 'string') return Promise.resolve(new Response(override.raw, { status: 200 }));
    if (badFeeds.has(lang)) return Promise.resolve(new Response('{"not": "a document"}', { status: 200 }));
    const body = documents.get(path);
    if (body === undefined) return Promise.resolve(new Response('not found', { status: 404 }));
    return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
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
