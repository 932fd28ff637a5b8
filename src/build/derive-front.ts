import { dataPaths } from '@/config/paths';
import { frontOf } from '@/feed/edition-views';
import type { Edition, FrontDoc } from '@/feed/types';
import { type Derived, jsonDocument } from './derived';
import type { Summarize } from './summaries';

/** The front's document: its lead, each section's newest stories (or, without sections, the newest). */
export function deriveFront(edition: Edition, summarize: Summarize): Derived {
  const front = frontOf(edition);
  const doc: FrontDoc = {
    kind: 'front',
    blocks: front.blocks.map((b) => ({ section: b.section, articles: b.articles.map(summarize) })),
    unsectioned: front.unsectioned.map(summarize),
    total: edition.articles.length,
  };
  if (front.lead) doc.lead = summarize(front.lead);
  return { artifacts: [jsonDocument(dataPaths.front(edition.lang), doc)], pages: [] };
}
