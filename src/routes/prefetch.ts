import type { QueryClient, QueryFunction, QueryKey } from '@tanstack/react-query';
import { isEditionLang } from '@/config/editions';
import { slugHash } from '@/feed/edition-views';
import { articleQuery, listQuery } from '@/feed/feed-queries';

const SITE_PAGES = new Set(['news', 'authors', 'archive', 'sitemap', 'about', 'advertising']);

function warm<TData, TKey extends QueryKey>(queryClient: QueryClient, options: { queryKey: TKey; queryFn?: QueryFunction<TData, TKey> }) {
  // A prefetch may fail quietly: the click will load (and report) for real.
  queryClient.query({ queryKey: options.queryKey, queryFn: options.queryFn, staleTime: 60_000 }).catch(() => undefined);
}

/**
 * Warms the cache and the page's code for an internal link the reader is about to follow (hover or
 * keyboard focus), so the click renders without waiting for the network.
 */
export function prefetchPath(queryClient: QueryClient, href: string): void {
  const url = new URL(href, 'http://site.local');
  const [lang, first, second] = url.pathname.split('/').filter(Boolean);
  if (!isEditionLang(lang) || !first) return;
  if (second && !SITE_PAGES.has(first)) {
    warm(queryClient, articleQuery(lang, slugHash(second)));
    void import('@/routes/article-page');
    return;
  }
  if (!second && !SITE_PAGES.has(first)) {
    warm(queryClient, listQuery(lang, { type: 'section', id: first }, 1));
    void import('@/routes/section-page');
  } else if (first === 'news' && !second) {
    warm(queryClient, listQuery(lang, { type: 'news' }, Number(url.searchParams.get('page') ?? 1) || 1));
    void import('@/routes/section-page');
  }
}

/** Listens once on the document: any same-site link under the pointer or focus is prefetched. */
export function listenForPrefetch(queryClient: QueryClient): () => void {
  const seen = new Set<string>();
  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="/"]') : null;
    const href = link?.getAttribute('href');
    if (!href || seen.has(href)) return;
    seen.add(href);
    prefetchPath(queryClient, href);
  };
  document.addEventListener('pointerover', onIntent, { passive: true });
  document.addEventListener('focusin', onIntent);
  document.addEventListener('touchstart', onIntent, { passive: true });
  return () => {
    document.removeEventListener('pointerover', onIntent);
    document.removeEventListener('focusin', onIntent);
    document.removeEventListener('touchstart', onIntent);
  };
}
