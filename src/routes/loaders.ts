import type { QueryClient, QueryFunction, QueryKey } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router-dom';
import { DEFAULT_LANG, type EditionLang, isEditionLang, pickEditionLang } from '@/config/editions';
import { articlePath, editionPath } from '@/config/paths';
import { keyOfSlug } from '@/lib/story-key';
import { archiveQuery, articleQuery, authorsQuery, frontQuery, indexQuery, listQuery, railsQuery, topicsQuery } from '@/feed/feed-queries';
import { FeedFailure } from '@/feed/types';
import { messagesQuery } from '@/i18n/messages-query';
import { readStoredEdition } from './edition-preference';
import { LATEST_PAGE, type ListPage, pageNumber } from '@/config/site-rules.js';

/*
 * Loaders prime the query cache; pages read it with useSuspenseQuery. They live apart from the page
 * components so that the router can start fetching data while a page's code is still downloading.
 */

const notFound = () => new FeedFailure({ kind: 'not-found' });

/** Cached data is used as it is (pages refetch stale data in the background); else it loads. */
function prime<TData, TKey extends QueryKey>(queryClient: QueryClient, options: { queryKey: TKey; queryFn?: QueryFunction<TData, TKey> }): Promise<TData> {
  // query() does not retry unless told to: follow the client's policy, as observers do.
  const { retry, retryDelay } = queryClient.getDefaultOptions().queries ?? {};
  return queryClient.query({ queryKey: options.queryKey, queryFn: options.queryFn, staleTime: 'static', retry: retry ?? false, retryDelay });
}

/**
 * Rails load beside the page and may fail on their own: never let them fail the page. They change
 * with every story published, so only fronts (rewritten by every publish anyway) are prerendered
 * with them; elsewhere the browser loads them after the page (docs/decisions/0011-incremental-publishing.md), and a new story
 * rewrites the pages it is on, not every page of the archive.
 */
function primeRails(queryClient: QueryClient, lang: EditionLang, { prerendered = false } = {}): Promise<void> {
  if (import.meta.env.SSR && !prerendered) return Promise.resolve();
  const { queryKey, queryFn } = railsQuery(lang);
  return queryClient.query({ queryKey, queryFn, staleTime: 'static' }).then(
    () => undefined,
    () => undefined,
  );
}

function langOf(params: LoaderFunctionArgs['params']): EditionLang {
  if (!isEditionLang(params.lang)) throw notFound();
  return params.lang;
}

/** The list page an address asks for; a malformed ?page= is not found, as a number past the oldest chunk is (it has no document). */
function pageOf(request: Request): ListPage {
  const page = pageNumber(new URL(request.url).searchParams);
  if (page === null) throw notFound();
  return page;
}

/** `/`: the remembered edition, else the browser's languages, else English. */
export function rootRedirectLoader() {
  const stored = readStoredEdition();
  const lang = stored ?? (typeof navigator === 'undefined' ? DEFAULT_LANG : pickEditionLang(navigator.languages));
  return redirect(editionPath(lang));
}

/** Every page of an edition needs its strings; unknown languages get a not-found page in English. */
export const shellLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const lang = isEditionLang(params.lang) ? params.lang : DEFAULT_LANG;
    await queryClient.query({ ...messagesQuery(lang), staleTime: 'static' });
    if (!isEditionLang(params.lang)) throw notFound();
    return null;
  };

/** The edition's name and navigation, for the header on every page. */
export const editionLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await prime(queryClient, indexQuery(langOf(params)));
    return null;
  };

export const frontLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const lang = langOf(params);
    await Promise.all([prime(queryClient, frontQuery(lang)), primeRails(queryClient, lang, { prerendered: true })]);
    return null;
  };

export const sectionLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const lang = langOf(params);
    const page = pageOf(request);
    const index = await prime(queryClient, indexQuery(lang));
    const section = index.sections.find((s) => s.id === params.section);
    if (!section) throw notFound();
    await Promise.all([prime(queryClient, listQuery(lang, { type: 'section', id: section.id }, page)), primeRails(queryClient, lang)]);
    return null;
  };

export const allNewsLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const lang = langOf(params);
    await Promise.all([prime(queryClient, listQuery(lang, { type: 'news' }, pageOf(request))), primeRails(queryClient, lang)]);
    return null;
  };

/** Finds the story by the hash at the end of its slug and sends old or partial URLs to the canonical one. */
export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const lang = langOf(params);
    const key = keyOfSlug(params.slug ?? '');
    if (!key) throw notFound();
    const [doc] = await Promise.all([prime(queryClient, articleQuery(lang, key)), primeRails(queryClient, lang)]);
    const canonical = articlePath(lang, doc.article);
    if (canonical !== `/${lang}/${params.section ?? ''}/${params.slug ?? ''}`) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect is a Response by design
      throw redirect(canonical);
    }
    return null;
  };

export const authorLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const lang = langOf(params);
    if (!params.author || !/^[a-z0-9-]+$/.test(params.author)) throw notFound();
    await Promise.all([prime(queryClient, listQuery(lang, { type: 'author', slug: params.author }, pageOf(request))), primeRails(queryClient, lang)]);
    return null;
  };

export const authorsLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await prime(queryClient, authorsQuery(langOf(params)));
    return null;
  };

export const topicsLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await prime(queryClient, topicsQuery(langOf(params)));
    return null;
  };

/** A topic's stories, paged like a section; an unknown topic or a page past the newest chunk is not found. */
export const topicLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const lang = langOf(params);
    const page = pageOf(request);
    if (!params.topic || !/^[a-z0-9-]+$/.test(params.topic)) throw notFound();
    await Promise.all([prime(queryClient, listQuery(lang, { type: 'topic', slug: params.topic }, page)), primeRails(queryClient, lang)]);
    return null;
  };

export const archiveLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await prime(queryClient, archiveQuery(langOf(params)));
    return null;
  };

export const archiveDayLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const lang = langOf(params);
    const day = params.day ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw notFound();
    await prime(queryClient, listQuery(lang, { type: 'day', day }, LATEST_PAGE));
    return null;
  };

export const sitemapLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await prime(queryClient, listQuery(langOf(params), { type: 'news' }, LATEST_PAGE));
    return null;
  };

export function notFoundLoader(): never {
  throw notFound();
}
