import type { EditionLang } from './editions';
import { ALL_NEWS, LATEST_PAGE, type ListPage, pageQuery } from './site-rules.js';

/** The only place the app builds its own URLs (the rules they follow are in site-rules.js). */

export const editionPath = (lang: EditionLang) => `/${lang}/`;
export const sectionPath = (lang: EditionLang, sectionId: string, page: ListPage = LATEST_PAGE) => `/${lang}/${sectionId}/${pageQuery(page)}`;
export const allNewsPath = (lang: EditionLang, page: ListPage = LATEST_PAGE) => `/${lang}/${ALL_NEWS}/${pageQuery(page)}`;
export const articlePath = (lang: EditionLang, article: { sectionId: string | null; slug: string }) =>
  `/${lang}/${article.sectionId ?? ALL_NEWS}/${article.slug}`;
export const authorsPath = (lang: EditionLang) => `/${lang}/authors/`;
export const authorPath = (lang: EditionLang, authorSlug: string, page: ListPage = LATEST_PAGE) => `/${lang}/authors/${authorSlug}/${pageQuery(page)}`;
export const archivePath = (lang: EditionLang, day?: string) => (day ? `/${lang}/archive/${day}/` : `/${lang}/archive/`);
export const sitemapPath = (lang: EditionLang) => `/${lang}/sitemap/`;
export const topicsPath = (lang: EditionLang) => `/${lang}/topics/`;
export const topicPath = (lang: EditionLang, topicSlug: string, page: ListPage = LATEST_PAGE) => `/${lang}/topics/${topicSlug}/${pageQuery(page)}`;
export const searchPath = (lang: EditionLang, query?: string) => `/${lang}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;
export const aboutPath = (lang: EditionLang) => `/${lang}/about/`;
export const advertisingPath = (lang: EditionLang) => `/${lang}/advertising/`;

/** Feeds the build derives from each edition (see src/build/edition-artifacts.ts). */
export const editionFeedPath = (lang: EditionLang, format: 'json' | 'rss') => `/feeds/${lang}/all.${format === 'json' ? 'json' : 'xml'}`;
export const sectionFeedPath = (lang: EditionLang, sectionId: string, format: 'json' | 'rss') =>
  `/feeds/${lang}/${sectionId}.${format === 'json' ? 'json' : 'xml'}`;
export const topicFeedPath = (lang: EditionLang, topicSlug: string, format: 'json' | 'rss') =>
  `/feeds/${lang}/topics/${topicSlug}.${format === 'json' ? 'json' : 'xml'}`;

/** Which list of summaries a page shows; each has its own pages of data. */
export type ListRef =
  { type: 'news' } | { type: 'section'; id: string } | { type: 'author'; slug: string } | { type: 'topic'; slug: string } | { type: 'day'; day: string };

/** Where the build writes the documents the client reads (see src/build/derive-documents.ts). */
export const dataPaths = {
  index: (lang: EditionLang) => `/data/${lang}/index.json`,
  front: (lang: EditionLang) => `/data/${lang}/front.json`,
  rails: (lang: EditionLang) => `/data/${lang}/rails.json`,
  live: (lang: EditionLang) => `/data/${lang}/live.json`,
  authors: (lang: EditionLang) => `/data/${lang}/authors.json`,
  archive: (lang: EditionLang) => `/data/${lang}/archive.json`,
  topics: (lang: EditionLang) => `/data/${lang}/topics.json`,
  article: (lang: EditionLang, key: string) => `/data/${lang}/articles/${key}.json`,
  /** A list's own page is `latest.json`, its chunk k `<k>.json` (LATEST_PAGE and the rule in site-rules.js). */
  list: (lang: EditionLang, list: ListRef, page: ListPage) => {
    switch (list.type) {
      case 'news':
        return `/data/${lang}/news/${page}.json`;
      case 'section':
        return `/data/${lang}/sections/${list.id}/${page}.json`;
      case 'author':
        return `/data/${lang}/authors/${list.slug}/${page}.json`;
      case 'topic':
        return `/data/${lang}/topics/${list.slug}/${page}.json`;
      case 'day':
        return `/data/${lang}/days/${list.day}.json`;
    }
  },
};

/** Whether a site path is an article's document (dataPaths.article): the publish tells stories by it. */
export const isArticleDocument = (path: string) => /^\/data\/[^/]+\/articles\/[^/]+\.json$/.test(path);
