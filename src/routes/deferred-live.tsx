import { lazy, Suspense, useEffect, useState } from 'react';
import type { EditionLang } from '@/config/editions';
import { LIVE_CHECK_SECONDS } from '@/config/site-rules.js';
import type { ArticleDoc } from '@/feed/types';
import type { LiveNewsProps } from './live-news';

// Checking for news is not part of reading the page: its code loads shortly before the first check.
const LiveNews = lazy(async () => ({ default: (await import('./live-news')).LiveNews }));
const LiveArticle = lazy(async () => ({ default: (await import('./live-article')).LiveArticle }));

/** The checks' code loads this long before their first check is due: early enough, and not at startup. */
const LOAD_AHEAD_MS = 10_000;

/**
 * Null until the checks' code should load, then how long until their first check, so that it still
 * comes LIVE_CHECK_SECONDS after the page opened. The code is no part of reading a page: it loads
 * once the first check nears, or at once when the reader comes back to the tab or back online
 * (when a check is due at once), never during startup.
 */
function useFirstCheck(): number | null {
  const [firstCheckMs, setFirstCheckMs] = useState<number | null>(null);
  useEffect(() => {
    const opened = performance.now();
    const interval = LIVE_CHECK_SECONDS * 1000;
    const start = (at: 'due' | 'now') => {
      setFirstCheckMs((current) => current ?? (at === 'now' ? 0 : Math.max(0, interval - (performance.now() - opened))));
    };
    const timer = setTimeout(() => {
      start('due');
    }, interval - LOAD_AHEAD_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'visible') start('now');
    };
    const onOnline = () => {
      start('now');
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('online', onOnline);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', onOnline);
    };
  }, []);
  return firstCheckMs;
}

export function DeferredLiveNews(props: LiveNewsProps) {
  const firstCheckMs = useFirstCheck();
  return firstCheckMs === null ? null : (
    <Suspense fallback={null}>
      <LiveNews {...props} firstCheckMs={firstCheckMs} />
    </Suspense>
  );
}

export function DeferredLiveArticle(props: { lang: EditionLang; doc: ArticleDoc }) {
  const firstCheckMs = useFirstCheck();
  return firstCheckMs === null ? null : (
    <Suspense fallback={null}>
      <LiveArticle {...props} firstCheckMs={firstCheckMs} />
    </Suspense>
  );
}
