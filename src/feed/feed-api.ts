import { type EditionLang, feedUrl } from '@/config/editions';
import { getJson } from '@/lib/http';
import { parseFeed } from './parse-feed';
import { type Edition, FeedFailure } from './types';

/** The main content's deadline: past it the reader gets a message and a retry, not a spinner. */
export const EDITION_TIMEOUT_MS = 4500;

export async function fetchEdition(lang: EditionLang, options: { signal?: AbortSignal } = {}): Promise<Edition> {
  const result = await getJson(feedUrl(lang), { signal: options.signal, timeoutMs: EDITION_TIMEOUT_MS });
  if (!result.ok) {
    const failure = result.failure;
    if (failure.kind === 'not-json') {
      throw new FeedFailure({ kind: 'invalid-feed', problems: ['the document is not valid JSON'] });
    }
    throw new FeedFailure(failure);
  }
  const parsed = parseFeed(result.json, lang);
  if (!parsed.ok) throw new FeedFailure(parsed.error);
  return parsed.edition;
}
