import type { EditionLang } from '@/config/editions';
import { dataPaths, type ListRef } from '@/config/paths';
import { DOCUMENT_FORMAT, type ListPage } from '@/config/site-rules.js';
import { checkJson, getJson } from '@/lib/http';
import {
  type ArchiveDoc,
  type ArticleDoc,
  type AuthorsDoc,
  type EditionIndex,
  FeedFailure,
  type FrontDoc,
  type LiveDoc,
  type ListPageDoc,
  type RailsDoc,
  type TopicsDoc,
} from './types';

/** The main content's deadline; rails get less, so a slow rail never holds up the story. */
const MAIN_TIMEOUT_MS = 4500;
const RAIL_TIMEOUT_MS = 2000;

/** Where the derived documents are served from (same site by default). */
const DATA_BASE = (import.meta.env.VITE_DATA_BASE_URL ?? '').replace(/\/$/, '');

type Doc = EditionIndex | FrontDoc | RailsDoc | ListPageDoc | ArticleDoc | AuthorsDoc | ArchiveDoc | LiveDoc | TopicsDoc;

/**
 * Fetches one derived document. The build validated and sanitized everything in it (the boundary
 * is src/feed/parse-feed.ts); here we only make sure it is the document we asked for, in the format
 * this code reads, so a wrong, damaged or outdated file is an error page rather than a crash.
 */
async function fetchDoc<K extends Doc['kind']>(
  path: string,
  kind: K,
  options: { signal?: AbortSignal; timeoutMs?: number },
): Promise<Extract<Doc, { kind: K }>> {
  const first = await fetchDocOnce(path, kind, options, 'default');
  if (first.format === DOCUMENT_FORMAT) return first.doc;
  // A document of another format was kept by a cache (the service worker, a CDN) across a publish
  // that changed the format, or this page's code is older than the publish: ask the network itself.
  const fresh = await fetchDocOnce(path, kind, options, 'reload');
  if (fresh.format === DOCUMENT_FORMAT) return fresh.doc;
  throw new FeedFailure({ kind: 'invalid-feed', problems: [`${path} has format ${String(fresh.format)}, this page reads ${DOCUMENT_FORMAT}`] });
}

async function fetchDocOnce<K extends Doc['kind']>(
  path: string,
  kind: K,
  options: { signal?: AbortSignal; timeoutMs?: number },
  cache: RequestCache,
): Promise<{ doc: Extract<Doc, { kind: K }>; format: unknown }> {
  const result = await getJson(`${DATA_BASE}${path}`, { signal: options.signal, timeoutMs: options.timeoutMs ?? MAIN_TIMEOUT_MS, cache });
  if (!result.ok) {
    const { failure } = result;
    if (failure.kind === 'http' && failure.status === 404) throw new FeedFailure({ kind: 'not-found' });
    if (failure.kind === 'http' && failure.status === 410) throw new FeedFailure({ kind: 'gone' });
    if (failure.kind === 'not-json') throw new FeedFailure({ kind: 'invalid-feed', problems: [`${path} is not valid JSON`] });
    throw new FeedFailure(failure);
  }
  const doc = result.json;
  if (typeof doc !== 'object' || doc === null || (doc as { kind?: unknown }).kind !== kind) {
    throw new FeedFailure({ kind: 'invalid-feed', problems: [`${path} is not a ${kind} document`] });
  }
  return { doc: doc as Extract<Doc, { kind: K }>, format: (doc as { format?: unknown }).format };
}

type Options = { signal?: AbortSignal };

export const fetchIndex = (lang: EditionLang, o: Options = {}) => fetchDoc(dataPaths.index(lang), 'edition-index', o);
export const fetchFront = (lang: EditionLang, o: Options = {}) => fetchDoc(dataPaths.front(lang), 'front', o);
export const fetchRails = (lang: EditionLang, o: Options = {}) => fetchDoc(dataPaths.rails(lang), 'rails', { ...o, timeoutMs: RAIL_TIMEOUT_MS });

/** A list's page. One that names another page is damaged: it would show other stories at this address. */
export async function fetchList(lang: EditionLang, list: ListRef, page: ListPage, o: Options = {}): Promise<ListPageDoc> {
  const path = dataPaths.list(lang, list, page);
  const doc = await fetchDoc(path, 'list-page', o);
  if (doc.page !== page) throw new FeedFailure({ kind: 'invalid-feed', problems: [`${path} is not page ${String(page)} of its list`] });
  return doc;
}

export const fetchArticle = (lang: EditionLang, key: string, o: Options = {}) => fetchDoc(dataPaths.article(lang, key), 'article', o);
export const fetchAuthors = (lang: EditionLang, o: Options = {}) => fetchDoc(dataPaths.authors(lang), 'authors', o);
export const fetchArchive = (lang: EditionLang, o: Options = {}) => fetchDoc(dataPaths.archive(lang), 'archive', o);
export const fetchTopics = (lang: EditionLang, o: Options = {}) => fetchDoc(dataPaths.topics(lang), 'topics', o);

/** What an open page's check for news learns of one document. */
export type DocCheck<T> = { kind: 'unchanged' } | { kind: 'changed'; doc: T; etag: string | null } | { kind: 'gone' } | { kind: 'failed' };

async function checkDoc<K extends Doc['kind']>(path: string, kind: K, etag: string | null): Promise<DocCheck<Extract<Doc, { kind: K }>>> {
  const result = await checkJson(`${DATA_BASE}${path}`, { etag, timeoutMs: RAIL_TIMEOUT_MS });
  if (result.kind !== 'changed') return result;
  const doc = result.json as { kind?: unknown; format?: unknown } | null;
  // A document this page cannot read is no news: the next check, or a reload, will tell.
  if (typeof doc !== 'object' || doc === null || doc.kind !== kind || doc.format !== DOCUMENT_FORMAT) return { kind: 'failed' };
  return { kind: 'changed', doc: doc as Extract<Doc, { kind: K }>, etag: result.etag };
}

export const checkLive = (lang: EditionLang, etag: string | null) => checkDoc(dataPaths.live(lang), 'live', etag);
export const checkArticle = (lang: EditionLang, key: string, etag: string | null) => checkDoc(dataPaths.article(lang, key), 'article', etag);
