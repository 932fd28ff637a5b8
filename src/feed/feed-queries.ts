import { queryOptions } from '@tanstack/react-query';
import type { EditionLang } from '@/config/editions';
import type { ListRef } from '@/config/paths';
import type { ListPage } from '@/config/site-rules.js';
import { fetchArchive, fetchArticle, fetchAuthors, fetchFront, fetchIndex, fetchList, fetchRails, fetchTopics } from './feed-api';

/** Query keys, general to specific, with every input in them. */
export const editionKeys = {
  all: ['edition'] as const,
  edition: (lang: EditionLang) => ['edition', lang] as const,
  index: (lang: EditionLang) => ['edition', lang, 'index'] as const,
  front: (lang: EditionLang) => ['edition', lang, 'front'] as const,
  rails: (lang: EditionLang) => ['edition', lang, 'rails'] as const,
  list: (lang: EditionLang, list: ListRef, page: ListPage) => ['edition', lang, 'list', list, page] as const,
  article: (lang: EditionLang, key: string) => ['edition', lang, 'article', key] as const,
  authors: (lang: EditionLang) => ['edition', lang, 'authors'] as const,
  archive: (lang: EditionLang) => ['edition', lang, 'archive'] as const,
  topics: (lang: EditionLang) => ['edition', lang, 'topics'] as const,
  search: (lang: EditionLang, term: string, section: string | undefined, page: number) =>
    ['edition', lang, 'search', term, section ?? null, page] as const,
};

/*
 * One options object per query, shared by route loaders, pages and hover prefetching. A newsroom
 * republishes its documents during the day: fronts and lists refetch in the background after a
 * minute, articles after ten.
 */
const LIVE = 60_000;

export const indexQuery = (lang: EditionLang) =>
  queryOptions({ queryKey: editionKeys.index(lang), queryFn: ({ signal }) => fetchIndex(lang, { signal }), staleTime: 10 * LIVE });

export const frontQuery = (lang: EditionLang) =>
  queryOptions({ queryKey: editionKeys.front(lang), queryFn: ({ signal }) => fetchFront(lang, { signal }), staleTime: LIVE });

export const railsQuery = (lang: EditionLang) =>
  queryOptions({ queryKey: editionKeys.rails(lang), queryFn: ({ signal }) => fetchRails(lang, { signal }), staleTime: LIVE });

export const listQuery = (lang: EditionLang, list: ListRef, page: ListPage) =>
  queryOptions({ queryKey: editionKeys.list(lang, list, page), queryFn: ({ signal }) => fetchList(lang, list, page, { signal }), staleTime: LIVE });

export const articleQuery = (lang: EditionLang, key: string) =>
  queryOptions({ queryKey: editionKeys.article(lang, key), queryFn: ({ signal }) => fetchArticle(lang, key, { signal }), staleTime: 10 * LIVE });

export const authorsQuery = (lang: EditionLang) =>
  queryOptions({ queryKey: editionKeys.authors(lang), queryFn: ({ signal }) => fetchAuthors(lang, { signal }), staleTime: 10 * LIVE });

export const archiveQuery = (lang: EditionLang) =>
  queryOptions({ queryKey: editionKeys.archive(lang), queryFn: ({ signal }) => fetchArchive(lang, { signal }), staleTime: 10 * LIVE });

export const topicsQuery = (lang: EditionLang) =>
  queryOptions({ queryKey: editionKeys.topics(lang), queryFn: ({ signal }) => fetchTopics(lang, { signal }), staleTime: 10 * LIVE });

/** A search of the edition's static index: run in the browser only, kept while the reader types on. */
export const searchQuery = (lang: EditionLang, term: string, section: string | undefined, page: number) =>
  queryOptions({
    queryKey: editionKeys.search(lang, term, section, page),
    // The search client loads with the first search, not with every page's startup code.
    queryFn: async () => (await import('./search-api')).searchStories(term, section, page),
    staleTime: 10 * LIVE,
  });
