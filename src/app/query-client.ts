import { QueryClient } from '@tanstack/react-query';
import { feedRetryDelay, retryFeed } from '@/feed/feed-retry';

/** Defaults in one place. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // An open page is not redrawn when the tab regains focus or the network returns: news is told
      // by a notice and shown when the reader asks (src/routes/live-news.tsx), so nothing jumps.
      queries: { staleTime: 60_000, retry: retryFeed, retryDelay: feedRetryDelay, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}
