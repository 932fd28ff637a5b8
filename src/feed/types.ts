import type { EditionLang } from '@/config/editions';
import type { ListPage } from '@/config/site-rules.js';
import type { Topic } from '@/lib/topics';

export type { Topic };

/** Domain types: the only shapes of feed data the rest of the app sees. All JSON-serializable. */

export type Section = { id: string; title: string };

export type Author = { name: string; slug: string; url?: string; avatar?: string };

export type ImageCredit = { text: string; url?: string; license?: string; licenseUrl?: string };

/** The same photo at several widths in one format, for a <picture> <source>. */
export type ImageSource = { type: 'image/avif' | 'image/webp'; srcset: string };

/** A raster image the build made, with its size: a link preview, the publisher's logo. */
export type ImagePreview = { url: string; width: number; height: number };

export type ArticleImage = {
  url: string;
  caption?: string;
  credit?: ImageCredit;
  /** Smaller copies in modern formats, made by the build for photos the site ships itself. */
  sources?: ImageSource[];
  /** The 1200×630 JPEG link previews show (og:image), made by the build for images the site ships. */
  preview?: ImagePreview;
};

/** What a card, a rail or a list needs to show a story. */
export type ArticleSummary = {
  id: string;
  /** What finds the story: the end of its slug and the name of its document (src/lib/story-key.ts). */
  key: string;
  /** The address's last segment: the headline's words and the key. */
  slug: string;
  /** A declared section's id, or null for stories only "All news" reaches. */
  sectionId: string | null;
  title: string;
  /** The feed's summary, or the start of the text when it has none: always plain text. */
  teaser: string;
  image?: ArticleImage;
  /** ISO 8601, absent when the feed's date was missing or malformed. */
  published?: string;
  modified?: string;
  /**
   * The same dates as the edition writes them, formatted by the build: a phone needs a long task
   * to load a language's date formats, so pages never format a date while they start.
   */
  publishedLabel?: string;
  modifiedLabel?: string;
  authors: Author[];
  video: boolean;
};

/** A dated note saying what a story got wrong and what it says now (`_news.corrections`). */
export type Correction = {
  /** ISO 8601. */
  date: string;
  /** Plain text. */
  text: string;
  /** The date as the edition writes it, formatted by the build (article documents carry it). */
  dateLabel?: string;
};

export type Article = ArticleSummary & {
  /** The lead as the feed wrote it (plain text); absent when the feed has no summary. */
  summary?: string;
  /** Untrusted HTML from the feed: only the sanitizer may turn it into markup. */
  contentHtml?: string;
  contentText?: string;
  url?: string;
  externalUrl?: string;
  editor?: string;
  /** Oldest first; absent when the feed gives none. The newest one moves `modified` (src/feed/parse-feed.ts). */
  corrections?: Correction[];
  tags: string[];
  translations: Partial<Record<EditionLang, string>>;
  language?: string;
};

export type Edition = {
  lang: EditionLang;
  title: string;
  description?: string;
  homePageUrl?: string;
  /** The navigation, in the feed's order. */
  sections: Section[];
  /** Newest first; stories with no usable date last, in feed order. */
  articles: Article[];
  /** Ids of existing articles only. */
  nowReading: string[];
  popular: string[];
  /** Items the parser had to discard (no id, no content, duplicate id, not an object). */
  skippedItems: number;
  /** Stories whose short key an earlier story holds, and so were given a long one. */
  keyCollisions: { shortKey: string; ids: string[] }[];
};

/** Failures as values: route error boundaries turn each kind into a localized message. */
export type FeedError =
  | { kind: 'not-found' }
  /** Taken down: the publish answers the story's address with 410 Gone. */
  | { kind: 'gone' }
  | { kind: 'invalid-feed'; problems: string[] }
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'unexpected'; message: string };

/** The Error that carries a FeedError through throw-based APIs (loaders, queries). */
export class FeedFailure extends Error {
  constructor(readonly problem: FeedError) {
    super(`Feed failure: ${problem.kind}`);
    this.name = 'FeedFailure';
  }
}

export function toFeedError(error: unknown): FeedError {
  if (error instanceof FeedFailure) return error.problem;
  if (error instanceof Error) return { kind: 'unexpected', message: error.message };
  return { kind: 'unexpected', message: String(error) };
}

/*
 * Documents the build derives from an edition (see src/build/derive-documents.ts), so that no page
 * downloads the whole archive. The client reads only these.
 */

/** Every page needs it: the edition's name and navigation. */
export type EditionIndex = {
  kind: 'edition-index';
  lang: EditionLang;
  title: string;
  description?: string;
  sections: Section[];
  /** Newest publication year, for the footer's copyright line. */
  year: number;
  /** The public origin for absolute URLs (canonical, Open Graph, structured data), as the build was told. */
  siteUrl?: string;
  /** The editions the build published, in the switcher's order. */
  editions?: EditionLang[];
  /** The publisher's raster logo, for structured data and link previews. */
  logo?: ImagePreview;
};

export type FrontDoc = {
  kind: 'front';
  lead?: ArticleSummary;
  blocks: { section: Section; articles: ArticleSummary[] }[];
  unsectioned: ArticleSummary[];
  total: number;
};

/** One more than a rail shows, so a rail can leave out the story being read and still be full. */
export type RailsDoc = {
  kind: 'rails';
  nowReading: ArticleSummary[];
  popular: ArticleSummary[];
  opinion: ArticleSummary[];
  latest: ArticleSummary[];
};

/** One story as an open page's check for news sees it: enough to count, not to show. */
export type LiveStory = { id: string; key: string; sectionId: string | null; published?: string; modified?: string };

/**
 * What an open front or list checks every half minute (src/features/live/): the edition's newest
 * stories, a few kilobytes, so a check is a 304 or a small download, never the front itself.
 */
export type LiveDoc = {
  kind: 'live';
  stories: LiveStory[];
};

/**
 * A page of summaries: a section, all news, an author's, a topic's or a day's stories. Lists are cut
 * from the oldest story (listPageSlices in site-rules.js), so nothing here counts the whole list: a
 * chunk's document changes only when its own stories do.
 */
export type ListPageDoc = {
  kind: 'list-page';
  items: ArticleSummary[];
  /** LATEST_PAGE: the list's own address, its newest stories; a number: that chunk, counted from the oldest. A day is its own page. */
  page: ListPage;
  /** The page of the next newer stories (null on the own page) and of the next older (null on chunk 1, or a list of one page). */
  newer: ListPage | null;
  older: number | null;
  /** Author pages name their author, topic pages their topic; day pages their neighbouring days. */
  author?: Author;
  topic?: Topic;
  newerDay?: string;
  olderDay?: string;
};

export type ArticleBody = { html: string } | { paragraphs: string[] };

export type ArticleDoc = {
  kind: 'article';
  /** The article without its raw HTML: the body below is already sanitized by the build. */
  article: Omit<Article, 'contentHtml' | 'contentText'>;
  body: ArticleBody;
  /** Whole minutes to read the body at the edition language's reading speed, counted by the build. */
  readingMinutes: number;
  /** Canonical paths of the same story in other editions, resolved at build time. */
  translationPaths: Partial<Record<EditionLang, string>>;
  /** The topics the story's tags name (src/lib/topics.ts), each once, with the slug of its page. */
  topics: Topic[];
};

export type AuthorsDoc = { kind: 'authors'; authors: { author: Author; count: number }[] };

/** The edition's topics, most stories first, then by name in the edition's collation. */
export type TopicsDoc = { kind: 'topics'; topics: { topic: Topic; count: number }[] };

export type ArchiveDoc = { kind: 'archive'; months: { month: string; days: { day: string; count: number }[] }[] };

/** A part of a result's excerpt: the words that matched are marked. */
export type ExcerptPart = { text: string; marked: boolean };

export type SearchHit = { url: string; title: string; section?: string; date?: string; excerpt: ExcerptPart[] };

export type SearchResults = {
  hits: SearchHit[];
  /** Matching stories in all, and per section (for the filter), whatever the page. */
  total: number;
  sections: { name: string; count: number }[];
  page: number;
  pageCount: number;
};
