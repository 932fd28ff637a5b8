import { archivePath, dataPaths } from '@/config/paths';
import { LATEST_PAGE } from '@/config/site-rules.js';
import { archiveOf } from '@/feed/edition-views';
import type { ArchiveDoc, Article, Edition, ListPageDoc } from '@/feed/types';
import { type Derived, jsonDocument } from './derived';
import type { Summarize } from './summaries';

/** The archive: its index of days by month, and each day's stories with links to the days beside it. */
export function deriveArchive(edition: Edition, summarize: Summarize): Derived {
  const { lang } = edition;
  const archive: ArchiveDoc = { kind: 'archive', months: archiveOf(edition) };
  const derived: Derived = { artifacts: [jsonDocument(dataPaths.archive(lang), archive)], pages: [] };
  // Each story's day once, not the whole archive once per day: an archive has thousands of days.
  const byDay = new Map<string, Article[]>();
  for (const article of edition.articles) {
    const day = article.published?.slice(0, 10);
    if (!day) continue;
    const list = byDay.get(day);
    if (list) list.push(article);
    else byDay.set(day, [article]);
  }
  const days = archive.months.flatMap((month) => month.days.map(({ day }) => day));
  for (const [index, day] of days.entries()) {
    const newerDay = days[index - 1];
    const olderDay = days[index + 1];
    // A day is one page: its neighbours are days, not pages of it.
    const doc: ListPageDoc = { kind: 'list-page', items: (byDay.get(day) ?? []).map(summarize), page: LATEST_PAGE, newer: null, older: null };
    if (newerDay) doc.newerDay = newerDay;
    if (olderDay) doc.olderDay = olderDay;
    derived.artifacts.push(jsonDocument(dataPaths.list(lang, { type: 'day', day }, LATEST_PAGE), doc));
    derived.pages.push(archivePath(lang, day));
  }
  return derived;
}
