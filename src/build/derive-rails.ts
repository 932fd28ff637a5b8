import { dataPaths } from '@/config/paths';
import { RAIL_SIZES, RAIL_SPARE } from '@/config/site-rules.js';
import { latestOf, nowReadingOf, opinionOf, popularOf } from '@/feed/edition-views';
import type { Edition, RailsDoc } from '@/feed/types';
import { type Derived, jsonDocument } from './derived';
import type { Summarize } from './summaries';

/**
 * The rails' document, one for every page: each rail's stories plus RAIL_SPARE more, so an article
 * page can leave out the story being read and still show a full rail (routes/edition-rails.tsx).
 */
export function deriveRails(edition: Edition, summarize: Summarize): Derived {
  const rails: RailsDoc = {
    kind: 'rails',
    nowReading: nowReadingOf(edition, undefined, RAIL_SIZES.nowReading + RAIL_SPARE).map(summarize),
    popular: popularOf(edition, undefined, RAIL_SIZES.popular + RAIL_SPARE).map(summarize),
    opinion: opinionOf(edition, undefined, RAIL_SIZES.opinion + RAIL_SPARE).map(summarize),
    latest: latestOf(edition, undefined, RAIL_SIZES.latest + RAIL_SPARE).map(summarize),
  };
  return { artifacts: [jsonDocument(dataPaths.rails(edition.lang), rails)], pages: [] };
}
