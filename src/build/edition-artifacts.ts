import { EDITION_LANGS, type EditionLang } from '@/config/editions';
import {
  aboutPath,
  advertisingPath,
  allNewsPath,
  archivePath,
  articlePath,
  authorPath,
  authorsPath,
  editionFeedPath,
  editionPath,
  sectionFeedPath,
  sectionPath,
  sitemapPath,
  topicFeedPath,
  topicPath,
  topicsPath,
} from '@/config/paths';
import { SITE_URL } from '@/config/site';
import { archiveOf, authorsOf } from '@/feed/edition-views';
import { parseFeed } from '@/feed/parse-feed';
import type { Article, Edition, ImageSource } from '@/feed/types';
import { topicsOf } from '@/lib/topics';
import { deriveEdition } from './derive-documents';
import { type SearchRecord, searchRecords } from './search-records';
import { translationPaths } from './translations';

/*
 * Files the build derives from the edition feeds: a JSON Feed and an RSS 2.0 feed for each edition,
 * each section and each topic, and one sitemap.xml for every edition's pages. Runs in Node at build time.
 */

import type { Artifact } from './derive-documents';

export type { Artifact };

/** A source feed that does not parse stops the build, naming the file, so the live site stays up. */
export function readEdition(lang: EditionLang, source: string, fileName: string): Edition {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new Error(`${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const result = parseFeed(json, lang);
  if (!result.ok) {
    const problems = result.error.kind === 'invalid-feed' ? result.error.problems.join('; ') : result.error.kind;
    throw new Error(`${fileName}: not a JSON Feed (${problems})`);
  }
  return result.edition;
}

const xml = (text: string) =>
  text
    // XML 1.0 cannot hold these at all, not even escaped: one in a feed's text would make the whole RSS
    // file unreadable to every feed reader, so they are dropped (tab, newline and return stay).
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

const FEED_SIZE = 50;

function jsonFeed(edition: Edition, title: string, selfPath: string, homePath: string, articles: Article[]): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title,
      home_page_url: `${SITE_URL}${homePath}`,
      feed_url: `${SITE_URL}${selfPath}`,
      language: edition.lang,
      items: articles.slice(0, FEED_SIZE).map((a) => ({
        id: a.id,
        url: `${SITE_URL}${articlePath(edition.lang, a)}`,
        title: a.title,
        summary: a.teaser,
        content_text: a.teaser,
        ...(a.published ? { date_published: a.published } : {}),
        ...(a.modified ? { date_modified: a.modified } : {}),
        ...(a.image ? { image: a.image.url.startsWith('/') ? `${SITE_URL}${a.image.url}` : a.image.url } : {}),
        authors: a.authors.map((author) => ({ name: author.name })),
      })),
    },
    null,
    1,
  )}\n`;
}

function rssFeed(edition: Edition, title: string, selfPath: string, homePath: string, articles: Article[]): string {
  const items = articles
    .slice(0, FEED_SIZE)
    .map((a) => {
      const url = `${SITE_URL}${articlePath(edition.lang, a)}`;
      return [
        '    <item>',
        `      <title>${xml(a.title)}</title>`,
        `      <link>${xml(url)}</link>`,
        `      <guid isPermaLink="false">${xml(a.id)}</guid>`,
        `      <description>${xml(a.teaser)}</description>`,
        a.published ? `      <pubDate>${new Date(a.published).toUTCString()}</pubDate>` : '',
        ...a.authors.map((author) => `      <dc:creator>${xml(author.name)}</dc:creator>`),
        '    </item>',
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${xml(title)}</title>
    <link>${xml(`${SITE_URL}${homePath}`)}</link>
    <atom:link href="${xml(`${SITE_URL}${selfPath}`)}" rel="self" type="application/rss+xml"/>
    <description>${xml(edition.description ?? title)}</description>
    <language>${edition.lang}</language>
${items}
  </channel>
</rss>
`;
}

function editionFeeds(edition: Edition): Artifact[] {
  const { lang } = edition;
  const artifacts: Artifact[] = [
    {
      path: editionFeedPath(lang, 'json'),
      contents: jsonFeed(edition, edition.title, editionFeedPath(lang, 'json'), editionPath(lang), edition.articles),
    },
    { path: editionFeedPath(lang, 'rss'), contents: rssFeed(edition, edition.title, editionFeedPath(lang, 'rss'), editionPath(lang), edition.articles) },
  ];
  for (const section of edition.sections) {
    const articles = edition.articles.filter((a) => a.sectionId === section.id);
    const title = `${edition.title}: ${section.title}`;
    artifacts.push(
      {
        path: sectionFeedPath(lang, section.id, 'json'),
        contents: jsonFeed(edition, title, sectionFeedPath(lang, section.id, 'json'), sectionPath(lang, section.id), articles),
      },
      {
        path: sectionFeedPath(lang, section.id, 'rss'),
        contents: rssFeed(edition, title, sectionFeedPath(lang, section.id, 'rss'), sectionPath(lang, section.id), articles),
      },
    );
  }
  for (const { topic, stories } of topicsOf(edition.articles).topics) {
    const title = `${edition.title}: ${topic.name}`;
    const home = topicPath(lang, topic.slug);
    artifacts.push(
      {
        path: topicFeedPath(lang, topic.slug, 'json'),
        contents: jsonFeed(edition, title, topicFeedPath(lang, topic.slug, 'json'), home, stories),
      },
      {
        path: topicFeedPath(lang, topic.slug, 'rss'),
        contents: rssFeed(edition, title, topicFeedPath(lang, topic.slug, 'rss'), home, stories),
      },
    );
  }
  return artifacts;
}

/** Every page of every edition, with hreflang alternates for translated stories. */
function sitemap(editions: Edition[]): Artifact {
  const byLang = new Map(editions.map((e) => [e.lang, e]));
  const entries: string[] = [];
  const add = (path: string, lastmod?: string, alternates: [string, string][] = []) => {
    entries.push(
      [
        '  <url>',
        `    <loc>${xml(`${SITE_URL}${path}`)}</loc>`,
        lastmod ? `    <lastmod>${lastmod}</lastmod>` : '',
        ...alternates.map(([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${xml(`${SITE_URL}${href}`)}"/>`),
        '  </url>',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  };
  for (const edition of editions) {
    const { lang } = edition;
    add(editionPath(lang), edition.articles[0]?.published);
    for (const section of edition.sections) add(sectionPath(lang, section.id));
    for (const path of [allNewsPath(lang), authorsPath(lang), archivePath(lang), sitemapPath(lang), aboutPath(lang), advertisingPath(lang)]) add(path);
    for (const { author } of authorsOf(edition, 'en')) add(authorPath(lang, author.slug));
    for (const path of [topicsPath(lang), ...topicsOf(edition.articles).topics.map(({ topic }) => topicPath(lang, topic.slug))]) add(path);
    for (const month of archiveOf(edition)) for (const { day } of month.days) add(archivePath(lang, day));
    for (const article of edition.articles) {
      const alternates = Object.entries<string>(translationPaths(article, byLang));
      if (alternates.length > 0) alternates.unshift([lang, articlePath(lang, article)]);
      add(articlePath(lang, article), article.modified ?? article.published, alternates);
    }
  }
  return {
    path: '/sitemap.xml',
    contents: `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`,
  };
}

/** Feeds, sitemap and robots.txt for the editions whose feeds are given as `{lang: [source, fileName]}`. */
export function buildArtifacts(sources: Partial<Record<EditionLang, [string, string]>>): Artifact[] {
  return publicArtifacts(readEditions(sources));
}

function readEditions(sources: Partial<Record<EditionLang, [string, string]>>): Edition[] {
  const editions: Edition[] = [];
  for (const lang of EDITION_LANGS) {
    const source = sources[lang];
    if (source) editions.push(readEdition(lang, source[0], source[1]));
  }
  return editions;
}

function publicArtifacts(editions: Edition[]): Artifact[] {
  return [
    ...editions.flatMap(editionFeeds),
    sitemap(editions),
    { path: '/robots.txt', contents: `User-agent: *\nAllow: /\nSitemap: ${SITE_URL}/sitemap.xml\n` },
  ];
}

/**
 * Everything the build derives: the client's data documents (article bodies sanitized here, once),
 * the public feeds and sitemap, and the list of page URLs to prerender.
 */
/** Gives each story's photo the responsive copies the build made of it (scripts/image-variants.mjs). */
function withImageSources(edition: Edition, imageSources: Readonly<Record<string, ImageSource[]>>): Edition {
  const articles = edition.articles.map((article) => {
    const found = article.image && Object.hasOwn(imageSources, article.image.url) ? imageSources[article.image.url] : undefined;
    return found && article.image ? { ...article, image: { ...article.image, sources: found } } : article;
  });
  return { ...edition, articles };
}

/** What the newsroom should know of an edition's story keys: never silent (src/lib/story-key.ts). */
function keyNotices(edition: Edition): string[] {
  return edition.keyCollisions.map(
    ({ shortKey, ids }) =>
      `${edition.lang}: ${ids.length} stories share the key ${shortKey}; ${ids[0] ?? ''} keeps it, ${ids.slice(1).join(', ')} got a longer one`,
  );
}

export function buildSite(
  sources: Partial<Record<EditionLang, [string, string]>>,
  sanitize: (html: string) => string,
  imageSources: Readonly<Record<string, ImageSource[]>> = {},
): { artifacts: Artifact[]; pages: string[]; notices: string[]; searchRecords: SearchRecord[] } {
  const editions = readEditions(sources).map((edition) => withImageSources(edition, imageSources));
  const byLang = new Map(editions.map((e) => [e.lang, e]));
  const derived = editions.map((edition) => deriveEdition(edition, byLang, sanitize));
  return {
    artifacts: [...derived.flatMap((d) => d.artifacts), ...publicArtifacts(editions)],
    pages: derived.flatMap((d) => d.pages),
    notices: editions.flatMap(keyNotices),
    searchRecords: editions.flatMap((edition, i) => searchRecords(edition, derived[i]?.artifacts ?? [])),
  };
}
