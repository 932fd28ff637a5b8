import * as v from 'valibot';
import { LIST_PAGE_SIZE, LIVE_CHECK_SECONDS, SEARCH_INDEX } from '@/config/site-rules.js';
import type { ExcerptPart, SearchHit, SearchResults } from './types';

/** The parts of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (url: string, options?: { language?: string }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    term: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: { id: string; data: () => Promise<FragmentData> }[]; filters?: Record<string, Record<string, number>> }>;
};
/** Pagefind's module: an instance of its own for each list, so a search already running on the last one ends on it. */
type PagefindModule = { createInstance: (options: Record<string, unknown>) => Pagefind };
type FragmentData = { url: string; excerpt: string; meta: Record<string, string | undefined> };

/** The bundles a page searches, by language (scripts/search-parts.mjs), as the publish lists them. */
const BundleList = v.record(v.string(), v.array(v.pipe(v.string(), v.startsWith(SEARCH_INDEX.folder))));

/**
 * A page open for long sees publishes go by: each may make the newest part and some parts again, and
 * the old ones' files go. The list is asked for again once it is older than a check for news, and a
 * changed list loads the index again, so a search finds what was published since the page opened.
 */
const RECHECK_MS = LIVE_CHECK_SECONDS * 1000;

let loaded: { bundles: string; checked: number; index: Promise<Pagefind | null> } | undefined;

/** The bundles that hold the page's language (its <html lang>), newest first. */
async function bundlesFor(language: string): Promise<string[]> {
  const response = await fetch(SEARCH_INDEX.bundles, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${SEARCH_INDEX.bundles}: HTTP ${response.status}`);
  const lists = v.parse(BundleList, await response.json());
  return lists[language] ?? lists[language.split('-')[0] ?? ''] ?? [];
}

/**
 * The index's code loads on the first search only, from the first bundle; the others are merged
 * into it, each in the page's language. An edition no bundle holds has nothing to find (null).
 */
async function load(bundles: string[], language: string): Promise<Pagefind | null> {
  const [first, ...others] = bundles;
  if (!first) return null;
  const module = (await import(/* @vite-ignore */ `${first}pagefind.js`)) as PagefindModule;
  // No web worker: Trusted Types allow no script URL that our policy did not make, and a
  // search of one edition is a few milliseconds of WebAssembly on the page's own thread.
  const index = module.createInstance({ basePath: first, noWorker: true });
  await index.options({ excerptLength: 24 });
  await index.init();
  await Promise.all(others.map((bundle) => index.mergeIndex(bundle, { language })));
  // Loads the filter index, without which searches report no counts per section.
  await index.filters();
  return index;
}

/** Asks for the list again and loads the index anew if it changed. */
async function check(): Promise<Pagefind | null> {
  const now = Date.now();
  const language = document.documentElement.lang;
  let bundles: string[];
  try {
    bundles = await bundlesFor(language);
  } catch (error) {
    // Offline, say: an index already loaded still answers; without one, the next search tries again.
    if (!loaded) throw error;
    return loaded.index;
  }
  const key = bundles.join(' ');
  if (loaded && loaded.bundles === key) {
    loaded.checked = now;
    return loaded.index;
  }
  const current = { bundles: key, checked: now, index: load(bundles, language) };
  loaded = current;
  current.index.catch(() => {
    if (loaded === current) loaded = undefined;
  });
  return current.index;
}

let checking: Promise<Pagefind | null> | undefined;

function pagefind(): Promise<Pagefind | null> {
  if (loaded && Date.now() - loaded.checked < RECHECK_MS) return loaded.index;
  // Searches typed while the list is being asked for wait for the one answer.
  checking ??= check().finally(() => {
    checking = undefined;
  });
  return checking;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * Pagefind's excerpt is escaped text with <mark> around the matches: split into parts React renders
 * as text (no HTML is parsed, so Trusted Types have nothing to check).
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (whole, name: string) => ENTITIES[name] ?? whole);
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('<mark>') ? { text: decode(part.slice(6, -7)), marked: true } : { text: decode(part), marked: false }));
}

/** One page of the stories that match, by relevance, in one section or all. */
export async function searchStories(term: string, section: string | undefined, page: number): Promise<SearchResults> {
  const index = await pagefind();
  if (!index) return { hits: [], total: 0, sections: [], page, pageCount: 1 };
  const all = await index.search(term);
  const found = section ? await index.search(term, { filters: { section } }) : all;
  const counts = all.filters?.section ?? {};
  const sections = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const pageCount = Math.max(1, Math.ceil(found.results.length / LIST_PAGE_SIZE));
  const slice = found.results.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
  const hits = await Promise.all(
    slice.map(async (result) => {
      const data = await result.data();
      const hit: SearchHit = { url: data.url, title: data.meta.title ?? data.url, excerpt: excerptParts(data.excerpt) };
      if (data.meta.section) hit.section = data.meta.section;
      if (data.meta.date) hit.date = data.meta.date;
      return hit;
    }),
  );
  return { hits, total: found.results.length, sections, page, pageCount };
}
