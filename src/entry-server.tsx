import { dehydrate, QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import { Providers } from '@/app/providers';
import { createRoutes, type PageHandle } from '@/app/router';
import { StructuredDataSink, structuredDataScript } from '@/components/structured-data';
import { DEFAULT_LANG, isEditionLang } from '@/config/site-rules.js';

export { deriveSite, readEditions } from '@/build/edition-artifacts';
export { isArticleDocument } from '@/config/paths';
export { createArticleSanitizer } from '@/feed/sanitize';
export { htmlToText } from '@/lib/html-text';

export type RenderedPage =
  { kind: 'page'; status: number; head: string; body: string; state: string; lang: string; modules: string[] } | { kind: 'redirect'; location: string };

/**
 * The routes' loaders prime the query client they were made with. Flattening and ranking the route
 * table is a good part of a page's render, so one table serves every page a thread renders, and its
 * loaders reach the page's own client (a fresh one each page: no page sees another's data) through
 * this delegate. Pages render one after another, never two at once in one thread.
 */
const current: { queryClient: QueryClient | null } = { queryClient: null };
let handlerOnce: ReturnType<typeof createStaticHandler> | undefined;
function sharedHandler(): ReturnType<typeof createStaticHandler> {
  const delegate = new Proxy(Object.create(QueryClient.prototype) as QueryClient, {
    get(_, name) {
      const client = current.queryClient;
      if (!client) throw new Error('renderPage: no page is being rendered');
      const value: unknown = Reflect.get(client, name, client);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(client) : value;
    },
  });
  handlerOnce ??= createStaticHandler(createRoutes(delegate));
  return handlerOnce;
}

/**
 * Renders one URL to HTML at build time, with the same routes, loaders and components the browser
 * runs. Data comes through `fetch`, which the prerender script points at the documents it just built.
 */
export async function renderPage(url: string): Promise<RenderedPage> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
  current.queryClient = queryClient;
  const handler = sharedHandler();
  const request = new Request(new URL(url, 'http://prerender.local'));
  const context = await handler.query(request);
  if (context instanceof Response) {
    return { kind: 'redirect', location: context.headers.get('Location') ?? '/' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  // The page's structured data, handed over by <StructuredData> for <head> (see structured-data.tsx).
  const structuredData: string[] = [];
  const html = renderToString(
    <StrictMode>
      <StructuredDataSink value={(json) => structuredData.push(json)}>
        <Providers queryClient={queryClient}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </Providers>
      </StructuredDataSink>
    </StrictMode>,
  );
  // React places <title>, <meta> and <link> first in the output: they belong in <head>.
  const hoisted = /^(?:<(?:title)[^>]*>[^<]*<\/title>|<(?:meta|link)\b[^>]*\/?>)*/.exec(html)?.[0] ?? '';
  const first = new URL(request.url).pathname.split('/')[1];
  const lang = isEditionLang(first) ? first : DEFAULT_LANG;
  return {
    kind: 'page',
    status: context.statusCode,
    head: hoisted + structuredData.slice(-1).map(structuredDataScript).join(''),
    body: html.slice(hoisted.length),
    // Only this page's queries, as inert JSON ("<" escaped so it can never close the script tag).
    state: JSON.stringify(dehydrate(queryClient)).replace(/</g, '\\u003c'),
    lang,
    // Source modules the page's code needs beyond the app: its route's component (the messages
    // come with the state). The prerender preloads their chunks with the app.
    modules: context.matches.flatMap((match) => {
      const handle = match.route.handle as PageHandle | undefined;
      return handle ? [`src/routes/${handle.module}.tsx`] : [];
    }),
  };
}
