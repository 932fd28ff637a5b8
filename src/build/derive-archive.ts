import { archivePath, dataPaths } from '@/config/paths';
import { LATEST_PAGE } from '@/config/site-rules.js';
import { archiveDayOf, archiveOf } from '@/feed/edition-views';
import type { ArchiveDoc, Edition, ListPageDoc } from '@/feed/types';
import { type Derived, jsonDocument } from './derived';
import type { Summarize } from './summaries';

/** The archive: its index of days by month, and each day's stories with links to the days beside it. */
export function deriveArchive(edition: Edition, summarize: Summarize): Derived {
  const { lang } = edition;
  const archive: ArchiveDoc = { kind: 'archive', months: archiveOf(edition) };
  const derived: Derived = { artifacts: [jsonDocument(dataPaths.archive(lang), archive)], pages: [] };
  for (const month of archive.months) {
    for (const { day } of month.days) {
      const { articles, newerDay, olderDay } = archiveDayOf(edition, day);
      // A day is one page: its neighbours are days, not pages of it.
      const doc: ListPageDoc = { kind: 'list-page', items: articles.map(summarize), page: LATEST_PAGE, newer: null, older: null };
      if (newerDay) doc.newerDay = newerDay;
      if (olderDay) doc.olderDay = olderDay;
      derived.artifacts.push(jsonDocument(dataPaths.list(lang, { type: 'day', day }, LATEST_PAGE), doc));
      derived.pages.push(archivePath(lang, day));
    }
  }
  return derived;
}
