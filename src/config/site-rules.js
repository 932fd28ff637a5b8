// @ts-check
// The site's rules, written once. Plain JavaScript with JSDoc types so that every side can import
// it as it is: the app and the build (TypeScript, checked through allowJs), the servers and scripts
// (Node, no build step), the head script (the values it needs are inlined at build time) and
// deploy/nginx.conf (generated from it by scripts/nginx-conf.mjs; a unit test regenerates it and
// fails on any difference). Nothing here touches the browser or Node at import time.

// ---------------------------------------------------------------------------------------------
// Editions

/** The language editions the reader knows. Order is the language switcher's order. */
export const EDITION_LANGS = /** @type {const} */ (['en', 'ru', 'de', 'fr', 'pt', 'es']);

/** @typedef {(typeof EDITION_LANGS)[number]} EditionLang */

/** @type {EditionLang} */
export const DEFAULT_LANG = 'en';

/**
 * @param {unknown} value
 * @returns {value is EditionLang}
 */
export function isEditionLang(value) {
  return typeof value === 'string' && /** @type {readonly string[]} */ (EDITION_LANGS).includes(value);
}

// ---------------------------------------------------------------------------------------------
// Derived documents

/**
 * The format of the documents the build derives (data/**.json), written into each one. Raise it with
 * any change a client of the previous format could misread: a client that meets another format asks
 * the network again, past every cache, then shows the retry page (src/feed/feed-api.ts). Format 2:
 * story keys (`key`) in summaries and articles. Format 3: articles name their topics (`topics`).
 * Format 4: list pages are cut from the oldest story (`latest.json` and chunks `<k>.json`, with
 * `page`, `newer` and `older` in place of `pageCount` and `total`).
 */
export const DOCUMENT_FORMAT = 4;

// ---------------------------------------------------------------------------------------------
// The public origin

/** Where `npm start` serves the build: the origin of absolute URLs when none is configured. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/**
 * The site's public origin, for every absolute URL the build writes: canonical links, Open Graph,
 * structured data, sitemaps, robots.txt and the feeds out. The build reads it when it prerenders
 * (scripts/prerender.mjs), so `npm run refresh` can move a site without rebuilding the app:
 * MERIDIAN_SITE_URL, else VITE_SITE_URL (the older, build-time name), else DEFAULT_SITE_URL. It goes
 * to the browser in each edition's index document. Only an origin: the site's pages live at its root.
 * @param {Record<string, string | undefined>} env
 * @returns {string} the origin, without a trailing slash
 */
export function siteUrlFrom(env) {
  const value = env.MERIDIAN_SITE_URL || env.VITE_SITE_URL || DEFAULT_SITE_URL;
  /** @type {URL | null} */
  let url = null;
  try {
    url = new URL(value);
  } catch {
    // Reported below.
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`MERIDIAN_SITE_URL must be an http(s) origin such as https://news.example, not ${JSON.stringify(value)}`);
  }
  return url.origin;
}

// ---------------------------------------------------------------------------------------------
// Route names

/** The pseudo-section that holds every story ("All news") and stories with no known section. */
export const ALL_NEWS = 'news';

/**
 * First path segments under /<lang>/ that are the site's own routes, so a feed can never name a
 * section after one. `search` and `topics` are held for the search and topic pages.
 * src/app/router.test.ts checks that every fixed route of the router is listed here.
 */
export const RESERVED_NAMES = /** @type {const} */ ([ALL_NEWS, 'authors', 'archive', 'sitemap', 'about', 'advertising', 'feeds', 'search', 'topics']);

/**
 * @param {string} name
 * @returns {boolean}
 */
export function isReservedName(name) {
  return /** @type {readonly string[]} */ (RESERVED_NAMES).includes(name);
}

// ---------------------------------------------------------------------------------------------
// Sizes

/** Stories on one page of a list (all news, a section, an author). */
export const LIST_PAGE_SIZE = 20;

/** Newest stories of each section on the front. */
export const FRONT_SECTION_SIZE = 4;

/** Stories on a front without sections. */
export const FRONT_UNSECTIONED_SIZE = 12;

/** Stories each rail shows. */
export const RAIL_SIZES = /** @type {const} */ ({ nowReading: 5, popular: 5, opinion: 4, latest: 8 });

/** Newest stories in the document an open page checks for news (data/<lang>/live.json). */
export const LIVE_SIZE = 60;

/** How often an open page checks for news while the reader can see it, in seconds. */
export const LIVE_CHECK_SECONDS = 30;

/**
 * The rails document carries one story more than each rail shows: an article page leaves out the
 * story being read and still has a full rail.
 */
export const RAIL_SPARE = 1;

// ---------------------------------------------------------------------------------------------
// List pages: the list's own address, and ?page=N for its older stories

/*
 * Lists (all news, a section, an author, a topic) are cut from their OLDEST story, so that a page's
 * address keeps its stories for good and a publish rewrites as few files as it can. With n stories,
 * newest first, and S = LIST_PAGE_SIZE, there are c = floor(n / S) full chunks counted from the
 * oldest: chunk k holds the stories at positions [(k-1)S, kS) counted from the oldest. `?page=k`
 * shows chunk k for 1 <= k <= c-1; the list's own address (no ?page=) shows everything newer, between
 * S and 2S-1 stories once n >= S (all n below 2S). The own page's "older" link is ?page=c-1; chunk k's
 * older is k-1 (none for 1), its newer k+1, or the own address when k+1 = c.
 *
 * Worked example, S = 20. n = 45: c = 2; ?page=1 holds the 20 oldest (newest-first indexes 25-44),
 * the own address the 25 newest (0-24). Stories 46 to 59 join the own page only (c stays 2; 59 gives
 * 39 there). Story 60 completes chunk c = 3: the own page drops to 20 (40-59 from the oldest), the new
 * file ?page=2 appears (old c = 2; from the oldest, 20-39) and ?page=1's newer link turns from the own
 * address to ?page=2. So a new story changes the own page only, except when n reaches a multiple of S
 * (from 2S on): then one new page, ?page=<old c>, and one existing page's newer link, ?page=<old c - 1>
 * (none when old c = 1). Removing or back-dating a story shifts the chunks from its position onward
 * (the older of its old and new places): a bounded number of pages, those newer than it.
 * docs/decisions/0010-stable-list-pages.md.
 */

/** The one query parameter that changes what a page shows. */
export const PAGE_PARAM = 'page';

/** The list's own address, its newest stories: `latest` in its data document's name. */
export const LATEST_PAGE = 'latest';

/**
 * A page of a list: LATEST_PAGE (the list's own address), or a chunk's number counted from the oldest.
 * @typedef {typeof LATEST_PAGE | number} ListPage
 */

/**
 * One page of a list of `total` stories, newest first: its stories are `list.slice(start, end)`.
 * @typedef {{ page: ListPage, start: number, end: number, newer: ListPage | null, older: number | null }} ListPageSlice
 */

/**
 * Every page of a list of `total` stories, the list's own page first, then each chunk from the newest
 * (c-1) to the oldest (1), as the rule above cuts them. A list with no stories has one empty own page.
 * @param {number} total
 * @param {number} [size]
 * @returns {ListPageSlice[]}
 */
export function listPageSlices(total, size = LIST_PAGE_SIZE) {
  // Chunk pages 1..c-1: chunk c, the newest full one, stays on the own page with whatever is newer.
  const chunks = Math.max(0, Math.floor(total / size) - 1);
  /** @type {ListPageSlice[]} */
  const slices = [{ page: LATEST_PAGE, start: 0, end: total - chunks * size, newer: null, older: chunks > 0 ? chunks : null }];
  for (let k = chunks; k >= 1; k--) {
    slices.push({ page: k, start: total - k * size, end: total - (k - 1) * size, newer: k === chunks ? LATEST_PAGE : k + 1, older: k > 1 ? k - 1 : null });
  }
  return slices;
}

/** A page number as it may be written in an address: a whole number from 1, at most six digits. */
const PAGE_NUMBER_PATTERN = '[1-9][0-9]{0,5}';
const PAGE_NUMBER = new RegExp(`^${PAGE_NUMBER_PATTERN}$`);

/**
 * The page an address asks for: LATEST_PAGE without the parameter, the chunk's number, or null when
 * it is malformed (`?page=0`, `?page=02`, `?page=x`). A number past the list's last chunk is the
 * loaders' to find missing (it has no document).
 * @param {URLSearchParams} search
 * @returns {ListPage | null}
 */
export function pageNumber(search) {
  const raw = search.get(PAGE_PARAM);
  if (raw === null) return LATEST_PAGE;
  return PAGE_NUMBER.test(raw) ? Number(raw) : null;
}

/**
 * The query that asks for a list's page: none for its own page, `?page=N` for chunk N (1 included).
 * @param {ListPage} page
 * @returns {string}
 */
export function pageQuery(page) {
  return page === LATEST_PAGE ? '' : `?${PAGE_PARAM}=${page}`;
}

/**
 * Where a list's chunk pages live in the build: /en/news/?page=1 is the file en/news/page-1.html
 * (the list's own page is its index.html). Null when the address is not a chunk page.
 * @param {string} pathname
 * @param {string} search
 * @returns {string | null}
 */
export function listPageFile(pathname, search) {
  const page = pageNumber(new URLSearchParams(search));
  if (typeof page !== 'number' || !pathname.endsWith('/')) return null;
  return `${pathname}page-${page}.html`;
}

/** nginx's form of listPageFile: a `map` of $arg_page to the file name (any page from 1). */
export const NGINX_LIST_PAGE_MAP = `"~^(?<n>${PAGE_NUMBER_PATTERN})$" "page-$n.html";`;

/**
 * The address a prerendered page for this URL was rendered for: the path, plus `?page=N` as
 * written. Tracking parameters (`utm_source` and the like) change nothing: a story opened from a
 * newsletter is still its prerendered page, and is hydrated, not replaced. The head script gets
 * this function's text inlined, with PAGE_PARAM (scripts/head-script.mjs).
 * @param {string} pathname
 * @param {string} search
 * @returns {string}
 */
export function renderedAddress(pathname, search) {
  const page = new URLSearchParams(search).get(PAGE_PARAM);
  return page === null ? pathname : `${pathname}?${PAGE_PARAM}=${page}`;
}

// ---------------------------------------------------------------------------------------------
// What the browser remembers (localStorage), read before the app runs by the head script

export const STORAGE_KEYS = /** @type {const} */ ({
  theme: 'meridian:theme',
  textSize: 'meridian:text-size',
  edition: 'meridian:edition',
  scroll: 'meridian:scroll',
  typoWaiting: 'meridian:typo-waiting',
});

/** "system" is the absence of data-theme: the stylesheet follows prefers-color-scheme. */
export const THEMES = /** @type {const} */ (['system', 'light', 'dark']);
/** "standard" is the absence of data-text-size. */
export const TEXT_SIZES = /** @type {const} */ (['small', 'standard', 'large', 'larger']);

// ---------------------------------------------------------------------------------------------
// Security policy

/**
 * The Content-Security-Policy, for each kind of response:
 * - `page-meta`: each prerendered page's <meta> (its inlined stylesheet allowed by hash; a meta tag
 *   cannot carry frame-ancestors);
 * - `page`: the header sent with every page (the stylesheet's hash changes with each build, so the
 *   header allows inline styles and the page's meta, the stricter, forbids all but its own);
 * - `worker`: the service worker.
 * Scripts and styles under /assets/ get none, as data documents get none: a browser applies a policy
 * to documents and workers only, and every byte of headers counts on a phone's first visit.
 * Scripts only from this origin and the head script by its hash (WebAssembly may compile, for search);
 * Trusted Types for every DOM sink.
 * @param {'page-meta' | 'page' | 'worker'} kind
 * @param {{ scripts?: string[], styles?: string[] }} [hashes] CSP sources ('sha256-…') of inline code
 * @returns {string}
 */
export function contentSecurityPolicy(kind, { scripts = [], styles = [] } = {}) {
  const trustedTypes = ["require-trusted-types-for 'script'"];
  if (kind === 'worker') return ["default-src 'self'", "script-src 'self'", ...trustedTypes].join('; ');
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets search compile its WebAssembly (Pagefind); no JavaScript eval.
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(' '),
    ["style-src 'self'", ...(kind === 'page' ? ["'unsafe-inline'"] : styles)].join(' '),
    "img-src 'self' https: data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(kind === 'page' ? ["frame-ancestors 'none'"] : []),
    "manifest-src 'self'",
    "worker-src 'self'",
    ...trustedTypes,
    'trusted-types meridian',
  ].join('; ');
}

/** Sent with every response the site serves. */
export const SECURITY_HEADERS = /** @type {const} */ ({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
});

/** Cache lifetimes: hashed assets never change; everything else is republished and revalidated. */
export const CACHE_CONTROL = /** @type {const} */ ({
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'no-cache',
});

/**
 * The file a prerendered address is written to: a list's `?page=N` file, `index.html` for a folder
 * address, else the address with `.html` (what both servers try, in that order).
 * @param {string} address a path with, for a list page, its query
 * @returns {string}
 */
export function pageFile(address) {
  const url = new URL(address, 'http://site.invalid');
  return listPageFile(url.pathname, url.search) ?? (url.pathname.endsWith('/') ? `${url.pathname}index.html` : `${url.pathname}.html`);
}

/** Where a removed story's page and document are kept: answered with 410 Gone at their old address. */
export const GONE_FOLDER = '/gone';

/**
 * @param {string} file a site path
 * @returns {string}
 */
export function goneFile(file) {
  return `${GONE_FOLDER}${file}`;
}

const SEARCH_FOLDER = '/pagefind/';

/**
 * Where the search index (Pagefind, scripts/search-index.mjs) is served, in bundles searched as one
 * (decision 0012): parts of the archive, each of one language and at most SEARCH_PART_SIZE stories,
 * made once and kept while their stories hold, and the newest stories' part, which each publish that
 * changed it makes again. `bundles` lists, for each language, the bundles a page in it searches.
 */
export const SEARCH_INDEX = /** @type {const} */ ({
  folder: SEARCH_FOLDER,
  bundles: `${SEARCH_FOLDER}bundles.json`,
  /**
   * @param {string} key what the newest part holds, hashed: a page open across publishes sees the list
   *   change whenever the part does, and loads it again (src/feed/search-api.ts)
   */
  recent: (key) => `${SEARCH_FOLDER}recent-${key}/`,
  /** @param {string} bundle a bundle's address: whether it is the newest stories' part */
  isRecent: (bundle) => bundle.startsWith(`${SEARCH_FOLDER}recent-`),
  /** @param {string} name a part's folder in the publishes' store */
  part: (name) => `${SEARCH_FOLDER}${name}/`,
});

/**
 * The most stories one part of the search index holds. Pagefind holds a run's records in memory
 * (about 65 KB a story), so this bounds a publish's memory on any archive; a first search loads a
 * little of each part of its language, so it also sets how many a search merges.
 */
export const SEARCH_PART_SIZE = 10_000;

/**
 * The most stories the newest part of the search index holds before they are folded into parts. Each
 * publish that changes the newest part indexes all of it again (Pagefind alone, on two cores: 0.6 s
 * for 1,000 stories, 1.5 s for 2,000), and a fold makes the open parts again (up to SEARCH_PART_SIZE
 * stories: 8 s for 10,000).
 */
export const RECENT_SEARCH_LIMIT = 1000;
