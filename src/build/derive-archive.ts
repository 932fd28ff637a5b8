import { archivePath, dataPaths } from '@/config/paths';
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
      const doc: ListPageDoc = { kind: 'list-page', items: articles.map(summarize), page: 1, pageCount: 1, total: articles.length };
      if (newerDay) doc.newerDay = newerDay;
      if (olderDay) doc.olderDay = olderDay;
      derived.artifacts.push(jsonDocument(dataPaths.list(lang, { type: 'day', day }, 1), doc));
      derived.pages.push(archivePath(lang, day));
    }
  }
  return derived;
}
