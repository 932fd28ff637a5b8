import { FeedFailure } from './types';

/** Retries back off and stop; a missing or malformed feed, or a client error, is not retried. */
export function retryFeed(failureCount: number, error: unknown): boolean {
  if (error instanceof FeedFailure) {
    const { problem } = error;
    if (problem.kind === 'invalid-feed' || problem.kind === 'not-found' || problem.kind === 'gone') return false;
    if (problem.kind === 'http' && problem.status < 500) return false;
  }
  return failureCount < 2;
}

export function feedRetryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 4000);
}
