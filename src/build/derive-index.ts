import { aboutPath, advertisingPath, archivePath, authorsPath, dataPaths, editionPath, searchPath, sitemapPath } from '@/config/paths';
import type { Edition, EditionIndex } from '@/feed/types';
import { type Derived, jsonDocument } from './derived';

/** What every page's head needs of the whole site: its public origin, the editions built, the logo. */
export type SiteFacts = Pick<EditionIndex, 'siteUrl' | 'editions' | 'logo'>;

/** The edition's index (its name and navigation, which every page needs) and the pages every edition has. */
export function deriveIndex(edition: Edition, site: SiteFacts = {}): Derived {
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
  if (site.siteUrl) index.siteUrl = site.siteUrl;
  if (site.editions) index.editions = site.editions;
  if (site.logo) index.logo = site.logo;
  return {
    artifacts: [jsonDocument(dataPaths.index(lang), index)],
    pages: [editionPath(lang), authorsPath(lang), archivePath(lang), sitemapPath(lang), searchPath(lang), aboutPath(lang), advertisingPath(lang)],
  };
}
