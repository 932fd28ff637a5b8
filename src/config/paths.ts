import type { EditionLang } from './editions';

/** The only place the app builds its own URLs. */

/** The pseudo-section that holds every story ("All news") and stories with no known section. */
export const ALL_NEWS = 'news';

export const editionPath = (lang: EditionLang) => `/${lang}/`;
export const sectionPath = (lang: EditionLang, sectionId: string) => `/${lang}/${sectionId}/`;
export const allNewsPath = (lang: EditionLang, page = 1) => (page > 1 ? `/${lang}/${ALL_NEWS}/?page=${page}` : `/${lang}/${ALL_NEWS}/`);
export const articlePath = (lang: EditionLang, article: { sectionId: string | null; slug: string }) =>
  `/${lang}/${article.sectionId ?? ALL_NEWS}/${article.slug}`;
export const authorsPath = (lang: EditionLang) => `/${lang}/authors/`;
export const authorPath = (lang: EditionLang, authorSlug: string) => `/${lang}/authors/${authorSlug}/`;
export const archivePath = (lang: EditionLang, day?: string) => (day ? `/${lang}/archive/${day}/` : `/${lang}/archive/`);
export const sitemapPath = (lang: EditionLang) => `/${lang}/sitemap/`;
export const aboutPath = (lang: EditionLang) => `/${lang}/about/`;
export const advertisingPath = (lang: EditionLang) => `/${lang}/advertising/`;

/**
 * A story in another edition known only by its id: the article route finds it by the id's hash
 * and redirects to its canonical URL.
 */
export const storyByIdPath = (lang: EditionLang, idHash: string) => `/${lang}/${ALL_NEWS}/${idHash}`;

/** Feeds the build derives from each edition (see src/build/edition-artifacts.ts). */
export const editionFeedPath = (lang: EditionLang, format: 'json' | 'rss') => `/feeds/${lang}/all.${format === 'json' ? 'json' : 'xml'}`;
export const sectionFeedPath = (lang: EditionLang, sectionId: string, format: 'json' | 'rss') =>
  `/feeds/${lang}/${sectionId}.${format === 'json' ? 'json' : 'xml'}`;
