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
import { type Artifact, type CarryOver, combine, type Derived } from './derived';
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
  textOf?: (html: string) => string,
  carry?: CarryOver,
): DerivedEdition {
  const summarize = summarizer(edition.lang);
  return combine(
    deriveIndex(edition, { ...site, editions: [...editions.keys()] }),
    deriveFront(edition, summarize),
    deriveRails(edition, summarize),
    deriveLive(edition),
    deriveLists(edition, summarize),
    deriveTopics(edition, summarize),
    deriveArchive(edition, summarize),
    deriveArticles(edition, editions, sanitize, textOf, carry),
  );
}
