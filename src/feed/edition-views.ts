import { FRONT_SECTION_SIZE, FRONT_UNSECTIONED_SIZE, RAIL_SIZES } from '@/config/site-rules.js';
import type { Article, Author, Edition, Section } from './types';

/**
 * Pure selections over an Edition: what each page and rail shows, decided in one place. How many
 * stories each shows are site rules (src/config/site-rules.js).
 */

export function findArticleById(edition: Edition, id: string): Article | undefined {
  return edition.articles.find((article) => article.id === id);
}

export function sectionArticles(edition: Edition, sectionId: string): Article[] {
  return edition.articles.filter((article) => article.sectionId === sectionId);
}

type FrontBlock = { section: Section; articles: Article[] };
export type Front = { lead?: Article; blocks: FrontBlock[]; unsectioned: Article[] };

/** The front: the newest story with a picture leads, then each section's newest stories in feed order. */
export function frontOf(edition: Edition, perSection = FRONT_SECTION_SIZE): Front {
  const lead = edition.articles.find((a) => a.image) ?? edition.articles[0];
  const rest = edition.articles.filter((a) => a !== lead);
  const blocks = edition.sections
    .map((section) => ({ section, articles: rest.filter((a) => a.sectionId === section.id).slice(0, perSection) }))
    .filter((block) => block.articles.length > 0);
  // A feed without sections still gets a front: its newest stories.
  const unsectioned = edition.sections.length === 0 ? rest.slice(0, FRONT_UNSECTIONED_SIZE) : [];
  return { lead, blocks, unsectioned };
}

function pick(edition: Edition, ids: string[], excludeId: string | undefined): Article[] {
  return ids.map((id) => findArticleById(edition, id)).filter((a): a is Article => a !== undefined && a.id !== excludeId);
}

function newestExcept(edition: Edition, exclude: Set<string>, count: number): Article[] {
  return edition.articles.filter((a) => !exclude.has(a.id)).slice(0, count);
}

/** "Now reading": the newsroom's picks, else the newest other stories. Never the story being read. */
export function nowReadingOf(edition: Edition, excludeId?: string, count: number = RAIL_SIZES.nowReading): Article[] {
  const picked = pick(edition, edition.nowReading, excludeId).slice(0, count);
  if (picked.length > 0) return picked;
  return newestExcept(edition, new Set(excludeId ? [excludeId] : []), count);
}

/** "Popular": the feed's ranking; without one, the newest stories after the few the front leads with. */
export function popularOf(edition: Edition, excludeId?: string, count: number = RAIL_SIZES.popular): Article[] {
  const ranked = pick(edition, edition.popular, excludeId).slice(0, count);
  if (ranked.length > 0) return ranked;
  return edition.articles.filter((a) => a.id !== excludeId).slice(1, count + 1);
}

const OPINION_SECTION = 'opinion';

export function opinionOf(edition: Edition, excludeId?: string, count: number = RAIL_SIZES.opinion): Article[] {
  return edition.articles.filter((a) => a.sectionId === OPINION_SECTION && a.id !== excludeId).slice(0, count);
}

export function latestOf(edition: Edition, excludeId?: string, count: number = RAIL_SIZES.latest): Article[] {
  return newestExcept(edition, new Set(excludeId ? [excludeId] : []), count);
}

export type AuthorEntry = { author: Author; count: number };

/** Every author of the edition once, by name in the edition's collation. */
export function authorsOf(edition: Edition, locale: string): AuthorEntry[] {
  const bySlug = new Map<string, AuthorEntry>();
  for (const article of edition.articles) {
    for (const author of article.authors) {
      const entry = bySlug.get(author.slug);
      if (entry) entry.count++;
      else bySlug.set(author.slug, { author, count: 1 });
    }
  }
  const collator = new Intl.Collator(locale);
  return [...bySlug.values()].sort((a, b) => collator.compare(a.author.name, b.author.name));
}

export function articlesByAuthor(edition: Edition, authorSlug: string): { author?: Author; articles: Article[] } {
  const articles = edition.articles.filter((a) => a.authors.some((author) => author.slug === authorSlug));
  const author = articles[0]?.authors.find((a) => a.slug === authorSlug);
  return author ? { author, articles } : { articles };
}

export type ArchiveMonth = { month: string; days: { day: string; count: number }[] };

/** Days that have stories, newest first, grouped by month (UTC calendar days, as the newsroom dates them). */
export function archiveOf(edition: Edition): ArchiveMonth[] {
  const counts = new Map<string, number>();
  for (const article of edition.articles) {
    if (!article.published) continue;
    const day = article.published.slice(0, 10);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const months: ArchiveMonth[] = [];
  for (const day of [...counts.keys()].sort().reverse()) {
    const month = day.slice(0, 7);
    let entry = months.at(-1);
    if (entry?.month !== month) {
      entry = { month, days: [] };
      months.push(entry);
    }
    entry.days.push({ day, count: counts.get(day) ?? 0 });
  }
  return months;
}
