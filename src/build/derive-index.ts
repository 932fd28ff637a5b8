import { aboutPath, advertisingPath, archivePath, authorsPath, dataPaths, editionPath, searchPath, sitemapPath } from '@/config/paths';
import type { Edition, EditionIndex } from '@/feed/types';
import { type Derived, jsonDocument } from './derived';

/** The edition's index (its name and navigation, which every page needs) and the pages every edition has. */
export function deriveIndex(edition: Edition): Derived {
  const { lang } = edition;
  const newest = edition.articles.find((a) => a.published)?.published;
  const index: EditionIndex = {
    kind: 'edition-index',
    lang,
    title: edition.title,
    sections: edition.sections,
    year: newest ? Number(newest.slice(0, 4)) : new Date().getUTCFullYear(),
  };
  if (edition.description) index.description = edition.description;
  return {
    artifacts: [jsonDocument(dataPaths.index(lang), index)],
    pages: [editionPath(lang), authorsPath(lang), archivePath(lang), sitemapPath(lang), searchPath(lang), aboutPath(lang), advertisingPath(lang)],
  };
}
