import * as v from 'valibot';
import { LIST_PAGE_SIZE, SEARCH_INDEX } from '@/config/site-rules.js';
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
type FragmentData = { url: string; excerpt: string; meta: Record<string, string | undefined> };

/** The bundles a page searches, by language (scripts/search-parts.mjs), as the publish lists them. */
const BundleList = v.record(v.string(), v.array(v.pipe(v.string(), v.startsWith(SEARCH_INDEX.folder))));

let loading: Promise<Pagefind | null> | undefined;

/**
 * The index's code loads on the first search only, from the first bundle that holds the page's
 * language (its <html lang>); the others are merged into it, each in that language. An edition no
 * bundle holds has nothing to find (null).
 */
function pagefind(): Promise<Pagefind | null> {
  loading ??= (async () => {
    const language = document.documentElement.lang;
    const response = await fetch(SEARCH_INDEX.bundles);
    if (!response.ok) throw new Error(`${SEARCH_INDEX.bundles}: HTTP ${response.status}`);
    const lists = v.parse(BundleList, await response.json());
    const [first, ...others] = lists[language] ?? lists[language.split('-')[0] ?? ''] ?? [];
    if (!first) return null;
    const module = (await import(/* @vite-ignore */ `${first}pagefind.js`)) as Pagefind;
    // No web worker: Trusted Types allow no script URL that our policy did not make, and a
    // search of one edition is a few milliseconds of WebAssembly on the page's own thread.
    await module.options({ excerptLength: 24, noWorker: true });
    await module.init();
    await Promise.all(others.map((bundle) => module.mergeIndex(bundle, { language })));
    // Loads the filter index, without which searches report no counts per section.
    await module.filters();
    return module;
  })().catch((error: unknown) => {
    loading = undefined; // Offline, say: the next search tries again.
    throw error;
  });
  return loading;
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
