import * as v from 'valibot';
import { type EditionLang, isEditionLang } from '@/config/editions';
import { isReservedName } from '@/config/site-rules.js';
import { htmlToText } from '@/lib/html-text';
import { shortHash } from '@/lib/short-hash.js';
import { slugify } from '@/lib/slug';
import { assignStoryKeys } from '@/lib/story-key';
import { safeUrl } from '@/lib/url';
import type { Article, ArticleImage, Author, Correction, Edition, FeedError, ImageCredit, Section } from './types';

/*
 * The boundary: JSON Feed 1.0/1.1 documents (plus the `_news` extension) in, domain types out.
 * Wire shapes stay in this file. The rules are lenient where readers gain (a wrong optional field
 * drops that field, a broken item drops that item) and strict where they don't (a document that is
 * not a JSON Feed is an error the UI explains).
 */

const LIMITS = { title: 300, teaser: 280, text: 2000, name: 120, html: 400_000, tag: 60 } as const;

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never leave half of a surrogate pair (an emoji) before the ellipsis.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A string field: wrong type or blank becomes undefined; surrounding space trimmed; size capped. */
const text = (max: number) =>
  v.fallback(
    v.optional(
      v.pipe(
        v.string(),
        v.transform((s) => s.trim()),
        v.transform((s) => (s === '' ? undefined : clip(s, max))),
      ),
    ),
    undefined,
  );

const url = v.fallback(v.optional(v.pipe(v.unknown(), v.transform(safeUrl))), undefined);

/** An array whose bad entries are dropped one by one instead of failing the whole field. */
function lenientArray<T extends v.GenericSchema>(entry: T) {
  return v.fallback(
    v.optional(
      v.pipe(
        v.array(v.unknown()),
        v.transform((values) =>
          values.flatMap((value) => {
            const result = v.safeParse(entry, value);
            return result.success ? [result.output] : [];
          }),
        ),
      ),
    ),
    undefined,
  );
}

const WireAuthor = v.object({
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1),
    v.transform((s) => clip(s, LIMITS.name)),
  ),
  url,
  avatar: url,
});

const WireCredit = v.object({
  text: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1),
    v.transform((s) => clip(s, LIMITS.text)),
  ),
  url,
  license: text(LIMITS.name),
  license_url: url,
});

const WireSection = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,40}$/)),
  title: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1),
    v.transform((s) => clip(s, LIMITS.name)),
  ),
});

/** A correction without a real date or without text is dropped on its own; the story stays. */
const WireCorrection = v.object({
  date: v.pipe(
    v.string(),
    v.transform((s) => isoDate(s.trim())),
    v.string(),
  ),
  text: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1),
    v.transform((s) => clip(s, LIMITS.text)),
  ),
});

const WireItemNews = v.object({
  section: text(LIMITS.name),
  editor: text(LIMITS.name),
  image_caption: text(LIMITS.text),
  image_credit: v.fallback(v.optional(WireCredit), undefined),
  video: v.fallback(v.optional(v.boolean()), undefined),
  translations: v.fallback(v.optional(v.record(v.string(), v.unknown())), undefined),
  corrections: lenientArray(WireCorrection),
});

const WireItem = v.object({
  // The spec asks readers to coerce a non-string id to a string.
  id: v.pipe(
    v.union([v.string(), v.pipe(v.number(), v.finite())]),
    v.transform((id) => String(id).trim()),
    v.minLength(1),
    v.maxLength(1000),
  ),
  url,
  external_url: url,
  title: text(LIMITS.title),
  summary: text(LIMITS.text),
  content_html: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(LIMITS.html))), undefined),
  content_text: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(LIMITS.html))), undefined),
  image: url,
  banner_image: url,
  date_published: text(64),
  date_modified: text(64),
  authors: lenientArray(WireAuthor),
  author: v.fallback(v.optional(WireAuthor), undefined),
  tags: lenientArray(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.tag))),
  language: text(35),
  _news: v.fallback(v.optional(WireItemNews), undefined),
});

/** Ids in rails are matched like item ids, which readers coerce from numbers. */
const ItemRef = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.finite())]),
  v.transform((id) => String(id).trim()),
);

const WireFeedNews = v.object({
  sections: lenientArray(WireSection),
  now_reading: lenientArray(ItemRef),
  popular: lenientArray(ItemRef),
});

const WireFeed = v.object({
  version: v.pipe(
    v.string('a JSON Feed has a "version" string'),
    v.regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/, 'the "version" is not a JSON Feed version URL'),
  ),
  title: text(LIMITS.title),
  description: text(LIMITS.text),
  home_page_url: url,
  authors: lenientArray(WireAuthor),
  author: v.fallback(v.optional(WireAuthor), undefined),
  items: v.array(v.unknown(), 'a JSON Feed has an "items" array'),
  _news: v.fallback(v.optional(WireFeedNews), undefined),
});

type WireAuthor = v.InferOutput<typeof WireAuthor>;
type WireItem = v.InferOutput<typeof WireItem>;

export type ParseResult = { ok: true; edition: Edition } | { ok: false; error: FeedError };

function toAuthor(wire: WireAuthor): Author {
  const author: Author = { name: wire.name, slug: slugify(wire.name) || shortHash(wire.name) };
  if (wire.url) author.url = wire.url;
  if (wire.avatar) author.avatar = wire.avatar;
  return author;
}

/** RFC 3339, as JSON Feed requires; Date.parse alone accepts junk such as "Episode 3". */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

function isoDate(value: string | undefined): string | undefined {
  const match = value ? RFC3339.exec(value) : null;
  if (!value || !match) return undefined;
  const ms = Date.parse(value.replace(' ', 'T'));
  if (Number.isNaN(ms)) return undefined;
  // Impossible calendar dates (2025-02-30) roll over in Date.parse: refuse them instead.
  const [, year, month, day] = match;
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) return undefined;
  return new Date(ms).toISOString();
}

function toImage(item: WireItem): ArticleImage | undefined {
  const src = item.image ?? item.banner_image;
  if (!src) return undefined;
  const image: ArticleImage = { url: src };
  if (item._news?.image_caption) image.caption = item._news.image_caption;
  const credit = item._news?.image_credit;
  if (credit) {
    const c: ImageCredit = { text: credit.text };
    if (credit.url) c.url = credit.url;
    if (credit.license) c.license = credit.license;
    if (credit.license_url) c.licenseUrl = credit.license_url;
    image.credit = c;
  }
  return image;
}

/** Oldest first; corrections of the same moment keep the feed's order. */
function toCorrections(item: WireItem): Correction[] | undefined {
  const corrections = (item._news?.corrections ?? []).toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return corrections.length > 0 ? corrections.map(({ date, text }) => ({ date, text })) : undefined;
}

function toTranslations(raw: Record<string, unknown> | undefined, lang: EditionLang): Article['translations'] {
  const translations: Article['translations'] = {};
  if (!raw) return translations;
  for (const [key, id] of Object.entries(raw)) {
    if (isEditionLang(key) && key !== lang && typeof id === 'string' && id.trim() !== '') {
      translations[key] = id.trim();
    }
  }
  return translations;
}

function toArticle(item: WireItem, lang: EditionLang, sectionIds: Set<string>, feedAuthors: Author[]): Article {
  // The body's text only when the item lacks a summary or a title: most have both, and a big
  // archive's bodies are most of its feed.
  let text: string | undefined;
  const plain = () => (text ??= item.content_text?.trim() || htmlToText(item.content_html ?? ''));
  const teaser = item.summary ? clip(item.summary, LIMITS.teaser) : clip(plain(), LIMITS.teaser);
  // Some real feeds have untitled items (notes, links): fall back to their first words.
  const title = item.title ?? (clip(item.summary ?? plain(), 90) || clip(item.id, LIMITS.title));
  const wireAuthors = item.authors?.length ? item.authors : item.author ? [item.author] : undefined;
  const section = item._news?.section;

  const article: Article = {
    id: item.id,
    // The key is given once the whole edition is read (assignStoryKeys); the slug ends with it.
    key: '',
    slug: slugify(title, 70) || 'story',
    sectionId: section && sectionIds.has(section) ? section : null,
    title,
    teaser,
    authors: wireAuthors ? wireAuthors.map(toAuthor) : feedAuthors,
    video: item._news?.video === true,
    tags: item.tags ?? [],
    translations: toTranslations(item._news?.translations, lang),
  };
  const image = toImage(item);
  if (image) article.image = image;
  const published = isoDate(item.date_published);
  if (published) article.published = published;
  const corrections = toCorrections(item);
  if (corrections) article.corrections = corrections;
  // A correction changes the story: when the newest one is later than date_modified (or there is
  // none), its date is the story's modified date.
  const feedModified = isoDate(item.date_modified);
  const corrected = corrections?.at(-1)?.date;
  const modified = corrected && (!feedModified || corrected > feedModified) ? corrected : feedModified;
  if (modified && modified !== published) article.modified = modified;
  if (item.summary) article.summary = item.summary;
  if (item.content_html?.trim()) article.contentHtml = item.content_html;
  if (item.content_text?.trim()) article.contentText = item.content_text;
  if (item.url) article.url = item.url;
  if (item.external_url) article.externalUrl = item.external_url;
  if (item._news?.editor) article.editor = item._news.editor;
  if (item.language) article.language = item.language;
  return article;
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.slice(0, 5).map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Newest first; undated stories after every dated one, keeping their feed order. */
function byNewest(a: { published?: string; index: number }, b: { published?: string; index: number }): number {
  if (a.published && b.published) {
    if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  } else if (a.published) return -1;
  else if (b.published) return 1;
  return a.index - b.index;
}

/** Turns any JSON value into an Edition, or a typed error when it is not a JSON Feed at all. */
export function parseFeed(json: unknown, lang: EditionLang): ParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: { kind: 'invalid-feed', problems: ['the document is not a JSON object'] } };
  }
  const feed = v.safeParse(WireFeed, json);
  if (!feed.success) {
    return { ok: false, error: { kind: 'invalid-feed', problems: describeIssues(feed.issues) } };
  }
  const wire = feed.output;

  const sections: Section[] = [];
  for (const section of wire._news?.sections ?? []) {
    if (isReservedName(section.id) || sections.some((s) => s.id === section.id)) continue;
    sections.push({ id: section.id, title: section.title });
  }
  const sectionIds = new Set(sections.map((s) => s.id));
  const feedWireAuthors = wire.authors?.length ? wire.authors : wire.author ? [wire.author] : [];
  const feedAuthors = feedWireAuthors.map(toAuthor);

  const seen = new Set<string>();
  const indexed: (Article & { index: number })[] = [];
  let skippedItems = 0;
  wire.items.forEach((raw, index) => {
    const item = v.safeParse(WireItem, raw);
    if (!item.success || seen.has(item.output.id)) {
      skippedItems++;
      return;
    }
    const hasContent = Boolean(item.output.content_html?.trim() || item.output.content_text?.trim());
    if (!hasContent) {
      skippedItems++;
      return;
    }
    seen.add(item.output.id);
    indexed.push({ ...toArticle(item.output, lang, sectionIds, feedAuthors), index });
  });
  indexed.sort(byNewest);
  const { keys, collisions } = assignStoryKeys(indexed);
  const articles: Article[] = indexed.map(({ index: _index, ...article }) => {
    const key = keys.get(article.id) ?? '';
    return { ...article, key, slug: `${article.slug}-${key}` };
  });

  const ids = new Set(articles.map((a) => a.id));
  const existing = (list: string[] | undefined) => [...new Set(list ?? [])].filter((id) => ids.has(id));

  const edition: Edition = {
    lang,
    title: wire.title ?? 'Meridian',
    sections,
    articles,
    nowReading: existing(wire._news?.now_reading),
    popular: existing(wire._news?.popular),
    skippedItems,
    keyCollisions: collisions,
  };
  if (wire.description) edition.description = wire.description;
  if (wire.home_page_url) edition.homePageUrl = wire.home_page_url;
  return { ok: true, edition };
}
