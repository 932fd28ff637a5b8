import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router-dom';
import { DEFAULT_LANG, type EditionLang, isEditionLang, pickEditionLang } from '@/config/editions';
import { articlePath, editionPath } from '@/config/paths';
import { articlesByAuthor, findArticleBySlug, findSection } from '@/feed/edition-views';
import { editionQuery } from '@/feed/feed-queries';
import { FeedFailure } from '@/feed/types';
import { messagesQuery } from '@/i18n/messages-query';
import { readStoredEdition } from './edition-preference';
import { pageParam } from './route-params';

/*
 * Loaders prime the query cache; pages read it with useSuspenseQuery. They live apart from the page
 * components so that the router can start fetching data while a page's code is still downloading.
 */

const notFound = () => new FeedFailure({ kind: 'not-found' });

/** Cached data is used as it is (pages refetch stale data in the background); else it loads. */
function primeEdition(queryClient: QueryClient, lang: EditionLang) {
  // query() does not retry unless told to: follow the client's policy, as observers do.
  const { retry, retryDelay } = queryClient.getDefaultOptions().queries ?? {};
  return queryClient.query({ ...editionQuery(lang), staleTime: 'static', retry: retry ?? false, retryDelay });
}

function langOf(params: LoaderFunctionArgs['params']): EditionLang {
  if (!isEditionLang(params.lang)) throw notFound();
  return params.lang;
}

/** `/`: the remembered edition, else the browser's languages, else English. */
export function rootRedirectLoader() {
  const stored = readStoredEdition();
  const lang = stored ?? (typeof navigator === 'undefined' ? DEFAULT_LANG : pickEditionLang(navigator.languages));
  return redirect(editionPath(lang));
}

/** Every page of an edition needs its strings; unknown languages get a not-found page in English. */
export const shellLoader = (queryClient: QueryClient) => async ({ params }: LoaderFunctionArgs) => {
  const lang = isEditionLang(params.lang) ? params.lang : DEFAULT_LANG;
  await queryClient.query({ ...messagesQuery(lang), staleTime: 'static' });
  if (!isEditionLang(params.lang)) throw notFound();
  return null;
};

export const editionLoader = (queryClient: QueryClient) => async ({ params }: LoaderFunctionArgs) => {
  await primeEdition(queryClient, langOf(params));
  return null;
};

export const sectionLoader = (queryClient: QueryClient) => async ({ params, request }: LoaderFunctionArgs) => {
  const edition = await primeEdition(queryClient, langOf(params));
  if (!params.section || !findSection(edition, params.section)) throw notFound();
  if (pageParam(new URL(request.url).searchParams) === null) throw notFound();
  return null;
};

export const allNewsLoader = (queryClient: QueryClient) => async ({ params, request }: LoaderFunctionArgs) => {
  await primeEdition(queryClient, langOf(params));
  if (pageParam(new URL(request.url).searchParams) === null) throw notFound();
  return null;
};

/** Finds the story by the hash at the end of its slug and sends old or partial URLs to the canonical one. */
export const articleLoader = (queryClient: QueryClient) => async ({ params }: LoaderFunctionArgs) => {
  const lang = langOf(params);
  const edition = await primeEdition(queryClient, lang);
  const article = params.slug ? findArticleBySlug(edition, params.slug) : undefined;
  if (!article) throw notFound();
  const canonical = articlePath(lang, article);
  if (canonical !== `/${lang}/${params.section ?? ''}/${params.slug ?? ''}`) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect is a Response by design
    throw redirect(canonical);
  }
  return null;
};

export const authorLoader = (queryClient: QueryClient) => async ({ params }: LoaderFunctionArgs) => {
  const edition = await primeEdition(queryClient, langOf(params));
  if (!params.author || !articlesByAuthor(edition, params.author).author) throw notFound();
  return null;
};

export const archiveDayLoader = (queryClient: QueryClient) => async ({ params }: LoaderFunctionArgs) => {
  const edition = await primeEdition(queryClient, langOf(params));
  const day = params.day ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !edition.articles.some((a) => a.published?.startsWith(day))) throw notFound();
  return null;
};

export function notFoundLoader(): never {
  throw notFound();
}
