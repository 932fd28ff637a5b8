import { lazy, Suspense, useEffect, useState } from 'react';
import type { EditionLang } from '@/config/editions';
import type { ArticleDoc } from '@/feed/types';
import type { LiveNewsProps } from './live-news';

// Checking for news is not part of reading the page: its code loads once the app has started.
const LiveNews = lazy(async () => ({ default: (await import('./live-news')).LiveNews }));
const LiveArticle = lazy(async () => ({ default: (await import('./live-article')).LiveArticle }));

/** True once the page has hydrated and the browser is idle: nothing here runs during startup. */
function useStarted(): boolean {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    const start = () => {
      setStarted(true);
    };
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(start, { timeout: 3000 });
      return () => {
        window.cancelIdleCallback(id);
      };
    }
    const id = setTimeout(start, 1000);
    return () => {
      clearTimeout(id);
    };
  }, []);
  return started;
}

export function DeferredLiveNews(props: LiveNewsProps) {
  const started = useStarted();
  return started ? (
    <Suspense fallback={null}>
      <LiveNews {...props} />
    </Suspense>
  ) : null;
}

export function DeferredLiveArticle(props: { lang: EditionLang; doc: ArticleDoc }) {
  const started = useStarted();
  return started ? (
    <Suspense fallback={null}>
      <LiveArticle {...props} />
    </Suspense>
  ) : null;
}
