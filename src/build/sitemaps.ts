import type { EditionLang } from '@/config/editions';
import { articlePath } from '@/config/paths';
import type { Edition } from '@/feed/types';
import type { Artifact } from './derived';
import { xml } from './xml';

/*
 * Sitemaps besides /sitemap.xml (every page of every edition, in edition-artifacts.ts): one news
 * sitemap per edition in Google News's format, and the index that names them all, which robots.txt
 * points to. Another sitemap joins the index by adding its path to the list buildSite gives it.
 */

export const sitemapFiles = {
  /** What robots.txt names. */
  index: '/sitemap-index.xml',
  /** Every page of every edition, with hreflang alternates. */
  pages: '/sitemap.xml',
  news: (lang: EditionLang) => `/sitemaps/news-${lang}.xml`,
};

/** Google News takes stories of the last two days from a news sitemap. */
const NEWS_WINDOW_HOURS = 48;
/** And at most this many in one file. */
const NEWS_SITEMAP_LIMIT = 1000;

/** The edition's stories published in the 48 hours up to `now` (none dated later), newest first. */
function recentStories(edition: Edition, now: Date): Edition['articles'] {
  const until = now.getTime();
  const from = until - NEWS_WINDOW_HOURS * 3600_000;
  return edition.articles
    .filter((article) => {
      const published = article.published ? Date.parse(article.published) : Number.NaN;
      return published >= from && published <= until;
    })
    .slice(0, NEWS_SITEMAP_LIMIT);
}

/** An edition's news sitemap: its stories of the last 48 hours, each with its publication, date and headline. */
export function newsSitemap(edition: Edition, siteUrl: string, now: Date): Artifact {
  const entries = recentStories(edition, now).map((article) =>
    [
      '  <url>',
      `    <loc>${xml(`${siteUrl}${articlePath(edition.lang, article)}`)}</loc>`,
      '    <news:news>',
      '      <news:publication>',
      `        <news:name>${xml(edition.title)}</news:name>`,
      `        <news:language>${edition.lang}</news:language>`,
      '      </news:publication>',
      `      <news:publication_date>${article.published ?? ''}</news:publication_date>`,
      `      <news:title>${xml(article.title)}</news:title>`,
      '    </news:news>',
      '  </url>',
    ].join('\n'),
  );
  return {
    path: sitemapFiles.news(edition.lang),
    contents: `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${entries.map((entry) => `${entry}\n`).join('')}</urlset>
`,
  };
}

/** The sitemap index: each sitemap's absolute address. */
export function sitemapIndex(siteUrl: string, paths: readonly string[]): Artifact {
  return {
    path: sitemapFiles.index,
    contents: `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((path) => `  <sitemap>\n    <loc>${xml(`${siteUrl}${path}`)}</loc>\n  </sitemap>\n`).join('')}</sitemapindex>
`,
  };
}
