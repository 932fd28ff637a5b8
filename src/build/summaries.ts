import { EDITION_LOCALES, type EditionLang } from '@/config/editions';
import type { Article, ArticleSummary } from '@/feed/types';
import { formatDateTime } from '@/i18n/format';

/** An article's dates with their labels in the edition's format (see ArticleSummary). */
export function withDateLabels<T extends ArticleSummary>(article: T, locale: string): T {
  const labelled = { ...article };
  if (article.published) labelled.publishedLabel = formatDateTime(article.published, locale);
  if (article.modified) labelled.modifiedLabel = formatDateTime(article.modified, locale);
  return labelled;
}

/** What cards and rails need; bodies stay in article documents. */
export function toSummary(article: Article, locale: string): ArticleSummary {
  const summary: ArticleSummary = {
    id: article.id,
    key: article.key,
    slug: article.slug,
    sectionId: article.sectionId,
    title: article.title,
    teaser: article.teaser,
    authors: article.authors,
    video: article.video,
  };
  if (article.image) {
    // The link preview is the article page's alone: cards and lists never show it.
    const { preview: _preview, ...image } = article.image;
    summary.image = image;
  }
  if (article.published) summary.published = article.published;
  if (article.modified) summary.modified = article.modified;
  return withDateLabels(summary, locale);
}

export type Summarize = (article: Article) => ArticleSummary;

/**
 * Summaries in one edition's date format, each made once: a story is in several lists (all news,
 * its section, its author, its topics, its day), and formatting its dates is most of the work.
 */
export function summarizer(lang: EditionLang): Summarize {
  const locale = EDITION_LOCALES[lang];
  const made = new WeakMap<Article, ArticleSummary>();
  return (article) => {
    let summary = made.get(article);
    if (!summary) {
      summary = toSummary(article, locale);
      made.set(article, summary);
    }
    return summary;
  };
}
