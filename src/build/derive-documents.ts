import type { EditionLang } from '@/config/editions';
import type { Edition } from '@/feed/types';
import { deriveArchive } from './derive-archive';
import { deriveArticles } from './derive-articles';
import { deriveFront } from './derive-front';
import { deriveIndex, type SiteFacts } from './derive-index';
import { deriveLists } from './derive-lists';
import { deriveLive } from './derive-live';
import { deriveRails } from './derive-rails';
import { deriveTopics } from './derive-topics';
import { type Artifact, combine, type Derived, type PublishHooks, written } from './derived';
import { summarizer } from './summaries';

export type { Artifact };
export type DerivedEdition = Derived;

/*
 * From parsed editions to the small documents the client reads: one per front, rails, list page and
 * article. A page downloads what it shows and nothing of the rest of the archive. Each step is a
 * file of its own beside this one.
 */

/** Documents and prerenderable page URLs for one edition (`site`: what its index says of the whole site). */
export function deriveEdition(
  edition: Edition,
  editions: ReadonlyMap<EditionLang, Edition>,
  sanitize: (html: string) => string,
  site: Omit<SiteFacts, 'editions'> = {},
  hooks: PublishHooks = {},
): DerivedEdition {
  const summarize = summarizer(edition.lang);
  const { write } = hooks;
  // One step after the other, each step's documents written before the next is made.
  return combine(
    written(deriveIndex(edition, { ...site, editions: [...editions.keys()] }), write),
    written(deriveFront(edition, summarize), write),
    written(deriveRails(edition, summarize), write),
    written(deriveLive(edition), write),
    written(deriveLists(edition, summarize), write),
    written(deriveTopics(edition, summarize), write),
    written(deriveArchive(edition, summarize), write),
    deriveArticles(edition, editions, sanitize, hooks),
  );
}
