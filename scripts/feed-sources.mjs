// @ts-check
/**
 * Where a publish reads each edition's JSON Feed from: files (`<feedsDir>/<lang>.json`, public/feeds
 * unless MERIDIAN_FEEDS_DIR says otherwise) or a feed server (`<MERIDIAN_FEEDS_URL>/<lang>.json`).
 *
 * - Paging: a document's `next_url` leads to the next document of the edition (JSON Feed 1.1); the
 *   edition's feed is its first document with every document's items, in chain order. A file chain
 *   leads only to files, a URL chain only to http(s). A loop or FEED_PAGE_LIMIT stops the chain with
 *   a warning; what was read is kept.
 * - One failure (a status other than 200 or 304, a timeout, a network error, a document that is not
 *   JSON or not a JSON Feed, anywhere in a chain) fails the whole read with a FeedSourceError naming
 *   the document: the caller then publishes nothing and the site stays as it was. On a feed server
 *   every edition is expected, so a 404 is such a failure: a misconfigured server never unpublishes.
 * - The cache (`cacheDir`, optional): one JSON file per document, `<sha256 of its URL>.json` (files by
 *   their file: URL), with the sha256 of its contents and, for a URL that has validators, its ETag,
 *   Last-Modified and body, so the next read asks conditionally and takes a 304's body from here; and
 *   one record per edition, `edition-<sha256 of its first URL>.json`, the chain of URLs it read.
 *   An edition is `changed: false` when every document is the one cached (a 304, or the same bytes)
 *   and its chain is the recorded one.
 * - The cache changes only when a whole read has succeeded: were a failed read to keep the validators
 *   it got, the next read would get 304s for data that was never published and call it unchanged.
 *   Documents are staged in `cacheDir/.pending-*` as they come (so a 200,000-story archive is never
 *   held in memory twice) and moved into place by `commit()`, at the end of a successful read; a
 *   caller that wants `changed` to mean "since the last publish" passes `commit: false` and calls
 *   `commit()` once it has published. A commit first deletes the records of the editions it touches
 *   and writes them last: one cut short leaves editions without a record, which read as changed.
 *   One read at a time per cacheDir.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The most documents one edition's next_url chain may have. A feed server that pages without end (a
 * `?page=N+1` it always answers) would otherwise hold a publish forever; 5000 pages still carry a
 * 200,000-story archive at 40 stories a page.
 */
const FEED_PAGE_LIMIT = 5000;

/** How long one document may take, request to last byte; MERIDIAN_FEED_TIMEOUT_S (feedSourcesFromEnv) overrides it. */
export const FEED_TIMEOUT_SECONDS = 30;

/** Staging folders older than this are left from a read that crashed or was never committed. */
const STALE_STAGING_MS = 24 * 60 * 60 * 1000;
const STAGING_PREFIX = '.pending-';
// http: too, as parseFeed accepts it: this check must not refuse a feed the parser takes.
const VERSION = /^https?:\/\/jsonfeed\.org\/version\//;

/** A feed document that could not be read; `url` is its URL, or its path for a file. */
export class FeedSourceError extends Error {
  /**
   * @param {string} url
   * @param {string} message
   * @param {{ cause?: unknown }} [options]
   */
  constructor(url, message, options) {
    super(message, options);
    this.name = 'FeedSourceError';
    /** @readonly */
    this.url = url;
  }
}

/**
 * @typedef {{ version: string; items: unknown[]; [key: string]: unknown }} JsonFeed
 * @typedef {{ feed: JsonFeed; name: string; documents: number; changed: boolean }} FeedEdition
 * @typedef {{ etag?: string; lastModified?: string; body?: string; sha256: string }} CacheEntry
 */

/**
 * Where the feeds are, from the environment: MERIDIAN_FEEDS_URL (http or https; wins when set), else
 * MERIDIAN_FEEDS_DIR (relative to `root`, default public/feeds); and MERIDIAN_FEED_TIMEOUT_S.
 * @param {Record<string, string | undefined>} env
 * @param {string} root
 * @returns {{ feedsDir: string; feedsUrl: string | undefined; timeoutSeconds: number }}
 */
export function feedSourcesFromEnv(env, root) {
  const feedsUrl = env.MERIDIAN_FEEDS_URL || undefined;
  if (feedsUrl !== undefined && !isHttpUrl(feedsUrl)) {
    throw new Error(`MERIDIAN_FEEDS_URL must be an http:// or https:// URL (where <lang>.json are), not ${JSON.stringify(feedsUrl)}`);
  }
  const timeout = env.MERIDIAN_FEED_TIMEOUT_S || undefined;
  const timeoutSeconds = timeout === undefined ? FEED_TIMEOUT_SECONDS : Number(timeout);
  if (!(timeoutSeconds > 0 && Number.isFinite(timeoutSeconds))) {
    throw new Error(`MERIDIAN_FEED_TIMEOUT_S must be a number of seconds above 0, not ${JSON.stringify(timeout)}`);
  }
  return { feedsDir: resolve(root, env.MERIDIAN_FEEDS_DIR || 'public/feeds'), feedsUrl, timeoutSeconds };
}

/**
 * Reads every edition's feed. Editions are read one after another (a chain is sequential anyway, and
 * one edition's archive at a time is what memory holds besides the items).
 * @template {string} L
 * @param {{
 *   feedsDir?: string;
 *   feedsUrl?: string;
 *   langs: readonly L[];
 *   cacheDir?: string;
 *   fetch?: typeof globalThis.fetch;
 *   timeoutSeconds?: number;
 *   pageLimit?: number;
 *   log?: (message: string) => void;
 *   commit?: boolean;
 * }} options
 * @returns {Promise<{ editions: Partial<Record<L, FeedEdition>>; warnings: string[]; commit: () => Promise<void> }>}
 */
export async function readFeedSources({
  feedsDir,
  feedsUrl,
  langs,
  cacheDir,
  fetch = globalThis.fetch,
  timeoutSeconds = FEED_TIMEOUT_SECONDS,
  pageLimit = FEED_PAGE_LIMIT,
  log = console.warn,
  commit = true,
}) {
  if (feedsUrl !== undefined && !isHttpUrl(feedsUrl)) throw new Error(`feedsUrl must be an http:// or https:// URL, not ${JSON.stringify(feedsUrl)}`);
  if (feedsUrl === undefined && feedsDir === undefined) throw new Error('readFeedSources needs feedsUrl or feedsDir');
  if (!(timeoutSeconds > 0 && Number.isFinite(timeoutSeconds))) throw new Error(`timeoutSeconds must be above 0, not ${timeoutSeconds}`);
  if (!(Number.isInteger(pageLimit) && pageLimit >= 1)) throw new Error(`pageLimit must be a whole number from 1, not ${pageLimit}`);

  /** @type {string[]} */
  const warnings = [];
  /** @param {string} message */
  const warn = (message) => {
    warnings.push(message);
    log(message);
  };
  const cache = cacheDir === undefined ? null : await openCache(cacheDir);
  /** @type {Load} */
  const load = (url, where, first) =>
    url.protocol === 'file:' ? loadFile(url, where, first, cache) : loadHttp(url, where, { cache, fetch, timeoutSeconds });
  /** @type {Partial<Record<L, FeedEdition>>} */
  const editions = {};
  try {
    for (const lang of langs) {
      const first = feedsUrl === undefined ? pathToFileURL(join(resolve(feedsDir ?? ''), `${lang}.json`)) : langUrl(feedsUrl, lang);
      const edition = await readEdition(first, { load, cache, pageLimit, warn });
      if (edition) editions[lang] = edition;
      else cache?.forgetChain(first.href);
    }
  } catch (error) {
    await cache?.discard();
    throw error;
  }
  const result = { editions, warnings, commit: async () => cache?.commit() };
  if (commit) await result.commit();
  return result;
}

/**
 * @typedef {{ text: string; unchanged: boolean; base: URL }} Loaded
 * @typedef {(url: URL, where: string, first: boolean) => Promise<Loaded | null>} Load
 * @typedef {ReturnType<typeof cacheIn>} Cache
 */

/**
 * One edition: its first document and the chain after it, or null when its first file does not exist.
 * @param {URL} first
 * @param {{ load: Load; cache: Cache | null; pageLimit: number; warn: (message: string) => void }} io
 * @returns {Promise<FeedEdition | null>}
 */
async function readEdition(first, { load, cache, pageLimit, warn }) {
  const name = displayName(first);
  const chain = [first.href];
  const seen = new Set(chain);
  let url = first;
  let unchanged = true;
  /** @type {JsonFeed | undefined} */
  let feed;
  for (;;) {
    const where = chain.length === 1 ? name : `${displayName(url)} (document ${chain.length} of ${name})`;
    const loaded = await load(url, where, chain.length === 1);
    if (!loaded) return null;
    // The text goes out of scope with this iteration: only the items stay.
    const page = parseDocument(loaded.text, url, where);
    unchanged &&= loaded.unchanged;
    const next = nextUrl(page.next_url, loaded.base, url, where);
    if (feed === undefined) {
      feed = page;
      delete feed.next_url;
    } else {
      // One by one: spreading an archive's items into push() can overflow the stack.
      for (const item of page.items) feed.items.push(item);
    }
    if (next === undefined) break;
    if (seen.has(next.href)) {
      warn(`${name}: next_url ${next.href} is a document this chain already read (a loop); the chain stops there`);
      break;
    }
    if (chain.length >= pageLimit) {
      warn(`${name}: stopped at the page limit of ${pageLimit} documents (FEED_PAGE_LIMIT); ${next.href} and any documents after it were not read`);
      break;
    }
    chain.push(next.href);
    seen.add(next.href);
    url = next;
  }
  const previous = cache ? await cache.chain(first.href) : null;
  cache?.recordChain(first.href, chain);
  const changed = !(unchanged && previous !== null && previous.length === chain.length && previous.every((href, i) => href === chain[i]));
  return { feed, name, documents: chain.length, changed };
}

/**
 * @param {string} text
 * @param {URL} url
 * @param {string} where
 * @returns {JsonFeed}
 */
function parseDocument(text, url, where) {
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FeedSourceError(urlName(url), `${where}: not JSON (${messageOf(error)})`, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FeedSourceError(urlName(url), `${where}: not a JSON Feed (not a JSON object)`);
  }
  const doc = /** @type {Record<string, unknown>} */ (value);
  // Only enough to tell a feed from an error page or another document: parseFeed checks the rest.
  if (typeof doc.version !== 'string' || !VERSION.test(doc.version)) {
    throw new FeedSourceError(urlName(url), `${where}: not a JSON Feed (no "version" of https://jsonfeed.org/version/…)`);
  }
  if (!Array.isArray(doc.items)) throw new FeedSourceError(urlName(url), `${where}: not a JSON Feed (no "items" array)`);
  return /** @type {JsonFeed} */ (doc);
}

/**
 * The document a `next_url` leads to, resolved against the document's own URL; undefined at the end.
 * @param {unknown} value
 * @param {URL} base
 * @param {URL} url
 * @param {string} where
 */
function nextUrl(value, base, url, where) {
  if (value === undefined || value === null) return undefined;
  /** @type {URL | undefined} */
  let next;
  try {
    if (typeof value === 'string' && value.trim() !== '') next = new URL(value, base);
  } catch {
    // Reported below.
  }
  if (!next) throw new FeedSourceError(urlName(url), `${where}: "next_url" ${JSON.stringify(value)} is not a URL`);
  next.hash = '';
  const files = base.protocol === 'file:';
  if (files ? next.protocol !== 'file:' : !isHttpUrl(next.href)) {
    throw new FeedSourceError(urlName(url), `${where}: "next_url" ${next.href} leads out of a chain of ${files ? 'files' : 'http(s) URLs'}`);
  }
  return next;
}

/**
 * @param {URL} url
 * @param {string} where
 * @param {boolean} first
 * @param {Cache | null} cache
 * @returns {Promise<Loaded | null>}
 */
async function loadFile(url, where, first, cache) {
  const path = fileURLToPath(url);
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (error) {
    // A missing first file is an edition the site does not have (yet); a missing page is a broken chain.
    if (first && /** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return null;
    throw new FeedSourceError(path, `${where}: could not be read (${messageOf(error)})`, { cause: error });
  }
  // The bytes are hashed as read: a big feed's text made into bytes again is 100 MB of garbage.
  const sha256 = hash(bytes);
  const entry = cache ? await cache.entry(url.href) : null;
  const unchanged = entry?.sha256 === sha256;
  if (cache && !unchanged) await cache.stage(url.href, { sha256 });
  // An editor's byte order mark is no reason to refuse a feed.
  return { text: bytes.toString('utf8').replace(/^\uFEFF/, ''), unchanged, base: url };
}

/**
 * @param {URL} url
 * @param {string} where
 * @param {{ cache: Cache | null; fetch: typeof globalThis.fetch; timeoutSeconds: number }} io
 * @returns {Promise<Loaded>}
 */
async function loadHttp(url, where, { cache, fetch, timeoutSeconds }) {
  const href = url.href;
  const entry = cache ? await cache.entry(href) : null;
  /** @type {Record<string, string>} */
  const headers = { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' };
  if (entry?.body !== undefined && entry.etag) headers['if-none-match'] = entry.etag;
  if (entry?.body !== undefined && entry.lastModified) headers['if-modified-since'] = entry.lastModified;
  const signal = AbortSignal.timeout(timeoutSeconds * 1000);
  /** @type {Response} */
  let response;
  /** @type {string} */
  let text;
  try {
    response = await fetch(href, { headers, signal, redirect: 'follow' });
    if (response.status === 304) {
      await response.body?.cancel();
      if (entry?.body === undefined) throw new FeedSourceError(href, `${where}: answered 304 Not Modified to a request that named no cached copy`);
      text = entry.body;
    } else if (response.status === 200) {
      text = await response.text();
    } else {
      await response.body?.cancel();
      throw new FeedSourceError(href, `${where}: HTTP ${response.status} ${response.statusText}`.trimEnd());
    }
  } catch (error) {
    if (error instanceof FeedSourceError) throw error;
    if (signal.aborted) throw new FeedSourceError(href, `${where}: timed out after ${timeoutSeconds} s`, { cause: error });
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    throw new FeedSourceError(href, `${where}: network error (${messageOf(cause)})`, { cause: error });
  }
  const etag = response.headers.get('etag') ?? (response.status === 304 ? entry?.etag : undefined);
  const lastModified = response.headers.get('last-modified') ?? (response.status === 304 ? entry?.lastModified : undefined);
  const sha256 = response.status === 304 && entry ? entry.sha256 : hash(text);
  // A server that ignores the validators but sends the same bytes has not changed the document either.
  const unchanged = entry?.sha256 === sha256;
  if (cache && !(unchanged && etag === entry?.etag && lastModified === entry?.lastModified)) {
    // The body is kept only where a validator can bring it back: without one it is never asked for.
    await cache.stage(href, {
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
      ...(etag || lastModified ? { body: text } : {}),
      sha256,
    });
  }
  return { text, unchanged, base: new URL(response.url || href) };
}

/**
 * @param {string} dir
 */
async function openCache(dir) {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const path = join(dir, name);
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > STALE_STAGING_MS) await rm(path, { recursive: true, force: true });
  }
  return cacheIn(dir, await mkdtemp(join(dir, STAGING_PREFIX)));
}

/**
 * @param {string} dir
 * @param {string} staging
 */
function cacheIn(dir, staging) {
  /** @type {Set<string>} */
  const staged = new Set();
  /** @type {Map<string, { url: string; chain: string[] | null }>} by record file; a null chain is deleted */
  const records = new Map();
  let settled = false;
  const documentFile = (/** @type {string} */ href) => `${hash(href)}.json`;
  const recordFile = (/** @type {string} */ href) => `edition-${hash(href)}.json`;
  /** @param {string} file */
  const readJson = async (file) => {
    try {
      return /** @type {unknown} */ (JSON.parse(await readFile(join(dir, file), 'utf8')));
    } catch {
      // Missing or damaged: as if never cached, so the document is fetched and read as changed.
      return null;
    }
  };
  return {
    /**
     * @param {string} href
     * @returns {Promise<CacheEntry | null>}
     */
    async entry(href) {
      const value = /** @type {Partial<CacheEntry> & { url?: unknown } | null} */ (await readJson(documentFile(href)));
      if (value?.url !== href || typeof value.sha256 !== 'string') return null;
      const body = typeof value.body === 'string' ? value.body : undefined;
      return {
        sha256: value.sha256,
        ...(body !== undefined && typeof value.etag === 'string' ? { etag: value.etag } : {}),
        ...(body !== undefined && typeof value.lastModified === 'string' ? { lastModified: value.lastModified } : {}),
        ...(body !== undefined ? { body } : {}),
      };
    },
    /**
     * @param {string} href
     * @param {CacheEntry} entry
     */
    async stage(href, entry) {
      const file = documentFile(href);
      await writeFile(join(staging, file), JSON.stringify({ url: href, ...entry }));
      staged.add(file);
    },
    /**
     * @param {string} href the edition's first URL
     * @returns {Promise<string[] | null>}
     */
    async chain(href) {
      const value = /** @type {{ url?: unknown; chain?: unknown } | null} */ (await readJson(recordFile(href)));
      return value?.url === href && Array.isArray(value.chain) && value.chain.every((u) => typeof u === 'string') ? value.chain : null;
    },
    /**
     * @param {string} href
     * @param {string[]} chain
     */
    recordChain(href, chain) {
      records.set(recordFile(href), { url: href, chain });
    },
    /** An edition this read did not find: a later read that finds it again reads it as changed. */
    forgetChain(/** @type {string} */ href) {
      records.set(recordFile(href), { url: href, chain: null });
    },
    async commit() {
      if (settled) return;
      settled = true;
      for (const file of records.keys()) await rm(join(dir, file), { force: true });
      for (const file of staged) await rename(join(staging, file), join(dir, file));
      for (const [file, { url, chain }] of records) {
        if (chain === null) continue;
        // Through the staging folder, so a record is either whole or absent.
        await writeFile(join(staging, file), JSON.stringify({ url, chain }));
        await rename(join(staging, file), join(dir, file));
      }
      await rm(staging, { recursive: true, force: true });
    },
    async discard() {
      if (settled) return;
      settled = true;
      await rm(staging, { recursive: true, force: true });
    },
  };
}

/**
 * `<feedsUrl>/<lang>.json`, keeping a query (a token) the feeds URL may carry.
 * @param {string} feedsUrl
 * @param {string} lang
 */
function langUrl(feedsUrl, lang) {
  const url = new URL(feedsUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${lang}.json`;
  url.hash = '';
  return url;
}

/** @param {string} value */
function isHttpUrl(value) {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A short name for messages: a file relative to the working directory when it is inside it, else the URL.
 * @param {URL} url
 */
function displayName(url) {
  if (url.protocol !== 'file:') return url.href;
  const path = fileURLToPath(url);
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * The URL, or a file's path, for FeedSourceError.url.
 * @param {URL} url
 */
function urlName(url) {
  return url.protocol === 'file:' ? fileURLToPath(url) : url.href;
}

/** @param {string | Uint8Array} text */
function hash(text) {
  return createHash('sha256').update(text).digest('hex');
}

/** @param {unknown} error */
function messageOf(error) {
  return error instanceof Error ? error.message || error.name : String(error);
}
