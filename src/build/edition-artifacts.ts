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
import { DEFAULT_SITE_URL, siteUrlFrom } from '@/config/site-rules.js';
import { archiveOf, authorsOf } from '@/feed/edition-views';
import { parseFeed } from '@/feed/parse-feed';
import type { Article, Edition, ImagePreview, ImageSource } from '@/feed/types';
import { topicsOf } from '@/lib/topics';
import { deriveEdition } from './derive-documents';
import { type SearchEntry, searchEntries } from './search-records';
import { newsSitemap, sitemapFiles, sitemapIndex } from './sitemaps';
import { translationPaths } from './translations';
import { xml } from './xml';

/*
 * Files the build derives from the edition feeds: a JSON Feed and an RSS 2.0 feed for each edition,
 * each section and each topic, and one sitemap.xml for every edition's pages. Runs in Node at build time.
 */

import type { Artifact } from './derive-documents';
import { type PublishHooks, written } from './derived';

export type { Artifact };

/**
 * A source feed that does not parse stops the build, naming the file, so the live site stays up. It
 * comes as text, or already parsed (scripts/feed-sources.mjs joins a feed's pages into one object).
 */
export function readEdition(lang: EditionLang, source: unknown, fileName: string): Edition {
  let json: unknown = source;
  if (typeof source === 'string') {
    try {
      json = JSON.parse(source);
    } catch (error) {
      throw new Error(`${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
  }
  const result = parseFeed(json, lang);
  if (!result.ok) {
    const problems = result.error.kind === 'invalid-feed' ? result.error.problems.join('; ') : result.error.kind;
    throw new Error(`${fileName}: not a JSON Feed (${problems})`);
  }
  return result.edition;
}

const FEED_SIZE = 50;

function jsonFeed(siteUrl: string, edition: Edition, title: string, selfPath: string, homePath: string, articles: Article[]): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title,
      home_page_url: `${siteUrl}${homePath}`,
      feed_url: `${siteUrl}${selfPath}`,
      language: edition.lang,
      items: articles.slice(0, FEED_SIZE).map((a) => ({
        id: a.id,
        url: `${siteUrl}${articlePath(edition.lang, a)}`,
        title: a.title,
        summary: a.teaser,
        content_text: a.teaser,
        ...(a.published ? { date_published: a.published } : {}),
        ...(a.modified ? { date_modified: a.modified } : {}),
        ...(a.image ? { image: a.image.url.startsWith('/') ? `${siteUrl}${a.image.url}` : a.image.url } : {}),
        authors: a.authors.map((author) => ({ name: author.name })),
      })),
    },
    null,
    1,
  )}\n`;
}

function rssFeed(siteUrl: string, edition: Edition, title: string, selfPath: string, homePath: string, articles: Article[]): string {
  const items = articles
    .slice(0, FEED_SIZE)
    .map((a) => {
      const url = `${siteUrl}${articlePath(edition.lang, a)}`;
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
    <link>${xml(`${siteUrl}${homePath}`)}</link>
    <atom:link href="${xml(`${siteUrl}${selfPath}`)}" rel="self" type="application/rss+xml"/>
    <description>${xml(edition.description ?? title)}</description>
    <language>${edition.lang}</language>
${items}
  </channel>
</rss>
`;
}

function editionFeeds(edition: Edition, siteUrl: string): Artifact[] {
  const { lang } = edition;
  const artifacts: Artifact[] = [
    {
      path: editionFeedPath(lang, 'json'),
      contents: jsonFeed(siteUrl, edition, edition.title, editionFeedPath(lang, 'json'), editionPath(lang), edition.articles),
    },
    {
      path: editionFeedPath(lang, 'rss'),
      contents: rssFeed(siteUrl, edition, edition.title, editionFeedPath(lang, 'rss'), editionPath(lang), edition.articles),
    },
  ];
  for (const section of edition.sections) {
    const articles = edition.articles.filter((a) => a.sectionId === section.id);
    const title = `${edition.title}: ${section.title}`;
    artifacts.push(
      {
        path: sectionFeedPath(lang, section.id, 'json'),
        contents: jsonFeed(siteUrl, edition, title, sectionFeedPath(lang, section.id, 'json'), sectionPath(lang, section.id), articles),
      },
      {
        path: sectionFeedPath(lang, section.id, 'rss'),
        contents: rssFeed(siteUrl, edition, title, sectionFeedPath(lang, section.id, 'rss'), sectionPath(lang, section.id), articles),
      },
    );
  }
  for (const { topic, stories } of topicsOf(edition.articles).topics) {
    const title = `${edition.title}: ${topic.name}`;
    const home = topicPath(lang, topic.slug);
    artifacts.push(
      {
        path: topicFeedPath(lang, topic.slug, 'json'),
        contents: jsonFeed(siteUrl, edition, title, topicFeedPath(lang, topic.slug, 'json'), home, stories),
      },
      {
        path: topicFeedPath(lang, topic.slug, 'rss'),
        contents: rssFeed(siteUrl, edition, title, topicFeedPath(lang, topic.slug, 'rss'), home, stories),
      },
    );
  }
  return artifacts;
}

/** Every page of every edition, with hreflang alternates for translated stories. */
function sitemap(editions: Edition[], siteUrl: string): Artifact {
  const byLang = new Map(editions.map((e) => [e.lang, e]));
  const entries: string[] = [];
  const add = (path: string, lastmod?: string, alternates: [string, string][] = []) => {
    entries.push(
      [
        '  <url>',
        `    <loc>${xml(`${siteUrl}${path}`)}</loc>`,
        lastmod ? `    <lastmod>${lastmod}</lastmod>` : '',
        ...alternates.map(([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${xml(`${siteUrl}${href}`)}"/>`),
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

/** Each edition's feed, as text or parsed, with the name messages give it (a file or a URL). */
export type FeedSources = Partial<Record<EditionLang, [source: unknown, name: string]>>;

/** What the build is told beyond the feeds (scripts/prerender.mjs); each has a default for tests. */
export type SiteOptions = {
  /** The public origin of every absolute URL: MERIDIAN_SITE_URL (siteUrlFrom in site-rules.js). */
  siteUrl?: string;
  /** The 1200×630 link previews of the images the site ships, by image path (scripts/image-previews.mjs). */
  previews?: Readonly<Record<string, ImagePreview>>;
  /** The publisher's raster logo (scripts/image-previews.mjs). */
  logo?: ImagePreview;
  /** The build's clock: the news sitemaps list the 48 hours before it. */
  now?: Date;
} & PublishHooks;

/** Feeds, sitemaps and robots.txt for the editions whose feeds are given as `{lang: [source, fileName]}`. */
export function buildArtifacts(sources: FeedSources, options: SiteOptions = {}): Artifact[] {
  return publicArtifacts(readEditions(sources), options);
}

/** The editions whose feeds are given, parsed and validated (the feeds' objects are not kept). */
export function readEditions(sources: FeedSources): Edition[] {
  const editions: Edition[] = [];
  for (const lang of EDITION_LANGS) {
    const source = sources[lang];
    if (source) editions.push(readEdition(lang, source[0], source[1]));
  }
  return editions;
}

function publicArtifacts(editions: Edition[], options: SiteOptions): Artifact[] {
  const siteUrl = siteUrlFrom({ MERIDIAN_SITE_URL: options.siteUrl ?? DEFAULT_SITE_URL });
  const news = editions.map((edition) => newsSitemap(edition, siteUrl, options.now ?? new Date()));
  // Another sitemap joins the index, which robots.txt names, by being listed here.
  const sitemaps = [sitemap(editions, siteUrl), ...news];
  return [
    ...editions.flatMap((edition) => editionFeeds(edition, siteUrl)),
    ...sitemaps,
    sitemapIndex(
      siteUrl,
      sitemaps.map((file) => file.path),
    ),
    { path: '/robots.txt', contents: `User-agent: *\nAllow: /\nSitemap: ${siteUrl}${sitemapFiles.index}\n` },
  ];
}

/**
 * Everything the build derives: the client's data documents (article bodies sanitized here, once),
 * the public feeds and sitemap, and the list of page URLs to prerender.
 */
/**
 * Gives each story's photo the responsive copies the build made of it (scripts/image-variants.mjs),
 * and its image the link preview (scripts/image-previews.mjs).
 */
function withImageSources(
  edition: Edition,
  imageSources: Readonly<Record<string, ImageSource[]>>,
  previews: Readonly<Record<string, ImagePreview>> = {},
): Edition {
  const articles = edition.articles.map((article) => {
    const image = article.image;
    if (!image) return article;
    const sources = Object.hasOwn(imageSources, image.url) ? imageSources[image.url] : undefined;
    const preview = Object.hasOwn(previews, image.url) ? previews[image.url] : undefined;
    return sources || preview ? { ...article, image: { ...image, ...(sources ? { sources } : {}), ...(preview ? { preview } : {}) } } : article;
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

type Site = { artifacts: Artifact[]; pages: string[]; carried: string[]; notices: string[]; search: SearchEntry[] };

export function buildSite(
  sources: FeedSources,
  sanitize: (html: string) => string,
  imageSources: Readonly<Record<string, ImageSource[]>> = {},
  options: SiteOptions = {},
): Site {
  return deriveSite(readEditions(sources), sanitize, imageSources, options);
}

/**
 * buildSite from editions already read (readEditions): a publish lets go of the feeds' objects, a
 * big archive's hundreds of megabytes, before deriving.
 */
export function deriveSite(
  read: Edition[],
  sanitize: (html: string) => string,
  imageSources: Readonly<Record<string, ImageSource[]>> = {},
  options: SiteOptions = {},
): Site {
  const editions = read.map((edition) => withImageSources(edition, imageSources, options.previews));
  const byLang = new Map(editions.map((e) => [e.lang, e]));
  const siteUrl = siteUrlFrom({ MERIDIAN_SITE_URL: options.siteUrl ?? DEFAULT_SITE_URL });
  const { textOf, carry, write } = options;
  const derived = editions.map((edition) =>
    deriveEdition(edition, byLang, sanitize, { siteUrl, ...(options.logo ? { logo: options.logo } : {}) }, { textOf, carry, write }),
  );
  const shared = publicArtifacts(editions, { ...options, siteUrl });
  return {
    artifacts: [...derived.flatMap((d) => d.artifacts), ...written({ artifacts: shared, pages: [] }, write).artifacts],
    pages: derived.flatMap((d) => d.pages),
    carried: derived.flatMap((d) => d.carried ?? []),
    notices: editions.flatMap(keyNotices),
    search: editions.flatMap((edition) => searchEntries(edition, options.textOf)),
  };
}
