import { QueryClient } from '@tanstack/react-query';
import { feedRetryDelay, retryFeed } from '@/feed/feed-retry';

/** Defaults in one place. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, retry: retryFeed, retryDelay: feedRetryDelay },
    },
  });
}
