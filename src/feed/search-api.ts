import { LIST_PAGE_SIZE, SEARCH_BUNDLES } from '@/config/site-rules.js';
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

/** Where the build writes the index (scripts/search-index.mjs): the archive's part holds the code. */
const BUNDLE = `${SEARCH_BUNDLES.archive}pagefind.js`;

let loading: Promise<Pagefind> | undefined;

/** The index's code loads on the first search only; the page's own <html lang> picks the edition's index. */
function pagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ BUNDLE) as Promise<Pagefind>)
    .then(async (module) => {
      // No web worker: Trusted Types allow no script URL that our policy did not make, and a
      // search of one edition is a few milliseconds of WebAssembly on the page's own thread.
      await module.options({ excerptLength: 24, noWorker: true });
      await module.init();
      // The newest stories' part of the index, in this page's language (site-rules.js SEARCH_BUNDLES).
      await module.mergeIndex(SEARCH_BUNDLES.recent, { language: document.documentElement.lang });
      // Loads the filter index, without which searches report no counts per section.
      await module.filters();
      return module;
    })
    .catch((error: unknown) => {
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
