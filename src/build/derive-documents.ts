import type { EditionLang } from '@/config/editions';
import {
  aboutPath,
  advertisingPath,
  allNewsPath,
  archivePath,
  articlePath,
  authorPath,
  authorsPath,
  dataPaths,
  editionPath,
  type ListRef,
  sectionPath,
  sitemapPath,
} from '@/config/paths';
import {
  archiveDayOf,
  archiveOf,
  articlesByAuthor,
  authorsOf,
  findArticleById,
  frontOf,
  idHash,
  latestOf,
  nowReadingOf,
  opinionOf,
  PAGE_SIZE,
  paginate,
  popularOf,
  sectionArticles,
} from '@/feed/edition-views';
import type {
  Article,
  ArticleDoc,
  ArticleSummary,
  ArchiveDoc,
  AuthorsDoc,
  Edition,
  EditionIndex,
  FrontDoc,
  ListPageDoc,
  RailsDoc,
} from '@/feed/types';
import { EDITION_LOCALES } from '@/config/editions';
import { formatDateTime } from '@/i18n/format';
import { readingMinutes, textOfHtml } from '@/lib/reading-time';
export type Artifact = { path: string; contents: string };

/*
 * From parsed editions to the small documents the client reads: one per front, rails, list page and
 * article. A page downloads what it shows and nothing of the rest of the archive.
 */

/** An article's dates with their labels in the edition's format (see ArticleSummary). */
function withDateLabels<T extends ArticleSummary>(article: T, locale: string): T {
  const labelled = { ...article };
  if (article.published) labelled.publishedLabel = formatDateTime(article.published, locale);
  if (article.modified) labelled.modifiedLabel = formatDateTime(article.modified, locale);
  return labelled;
}

/** What cards and rails need; bodies stay in article documents. */
export function toSummary(article: Article, locale: string): ArticleSummary {
  const summary: ArticleSummary = {
    id: article.id,
    slug: article.slug,
    sectionId: article.sectionId,
    title: article.title,
    teaser: article.teaser,
    authors: article.authors,
    video: article.video,
  };
  if (article.image) summary.image = article.image;
  if (article.published) summary.published = article.published;
  if (article.modified) summary.modified = article.modified;
  return withDateLabels(summary, locale);
}

const json = (value: unknown) => JSON.stringify(value);

export type DerivedEdition = { artifacts: Artifact[]; pages: string[] };

function listPages(edition: Edition, list: ListRef, articles: Article[], extra: Partial<ListPageDoc> = {}): { artifacts: Artifact[]; count: number } {
  const { lang } = edition;
  const locale = EDITION_LOCALES[lang];
  const first = paginate(articles, 1);
  const artifacts: Artifact[] = [];
  for (let page = 1; page <= first.pageCount; page++) {
    const { items, pageCount, total } = paginate(articles, page, PAGE_SIZE);
    const doc: ListPageDoc = { kind: 'list-page', items: items.map((article) => toSummary(article, locale)), page, pageCount, total, ...extra };
    artifacts.push({ path: dataPaths.list(lang, list, page), contents: json(doc) });
  }
  return { artifacts, count: first.pageCount };
}

/** Documents and prerenderable page URLs for one edition. */
export function deriveEdition(
  edition: Edition,
  editions: ReadonlyMap<EditionLang, Edition>,
  sanitize: (html: string) => string,
): DerivedEdition {
  const { lang } = edition;
  const locale = EDITION_LOCALES[lang];
  const summarize = (article: Article) => toSummary(article, locale);
  const artifacts: Artifact[] = [];
  const pages: string[] = [editionPath(lang), authorsPath(lang), archivePath(lang), sitemapPath(lang), aboutPath(lang), advertisingPath(lang)];
  const newest = edition.articles.find((a) => a.published)?.published;

  const index: EditionIndex = {
    kind: 'edition-index',
    lang,
    title: edition.title,
    sections: edition.sections,
    year: newest ? Number(newest.slice(0, 4)) : new Date().getUTCFullYear(),
  };
  if (edition.description) index.description = edition.description;
  artifacts.push({ path: dataPaths.index(lang), contents: json(index) });

  const front = frontOf(edition);
  const frontDoc: FrontDoc = {
    kind: 'front',
    blocks: front.blocks.map((b) => ({ section: b.section, articles: b.articles.map(summarize) })),
    unsectioned: front.unsectioned.map(summarize),
    total: edition.articles.length,
  };
  if (front.lead) frontDoc.lead = summarize(front.lead);
  artifacts.push({ path: dataPaths.front(lang), contents: json(frontDoc) });

  const rails: RailsDoc = {
    kind: 'rails',
    nowReading: nowReadingOf(edition, undefined, 6).map(summarize),
    popular: popularOf(edition, undefined, 6).map(summarize),
    opinion: opinionOf(edition, undefined, 5).map(summarize),
    latest: latestOf(edition, undefined, 9).map(summarize),
  };
  artifacts.push({ path: dataPaths.rails(lang), contents: json(rails) });

  const addList = (list: ListRef, path: (page: number) => string, articles: Article[], extra?: Partial<ListPageDoc>) => {
    const result = listPages(edition, list, articles, extra);
    artifacts.push(...result.artifacts);
    for (let page = 1; page <= result.count; page++) pages.push(path(page));
  };
  addList({ type: 'news' }, (page) => allNewsPath(lang, page), edition.articles);
  for (const section of edition.sections) {
    addList({ type: 'section', id: section.id }, (page) => `${sectionPath(lang, section.id)}${page > 1 ? `?page=${page}` : ''}`, sectionArticles(edition, section.id));
  }

  const authors: AuthorsDoc = { kind: 'authors', authors: authorsOf(edition, EDITION_LOCALES[lang]) };
  artifacts.push({ path: dataPaths.authors(lang), contents: json(authors) });
  for (const { author } of authors.authors) {
    const byAuthor = articlesByAuthor(edition, author.slug).articles;
    // Author pages list every story on one page for now; the data is paged like any list.
    addList({ type: 'author', slug: author.slug }, () => authorPath(lang, author.slug), byAuthor, { author });
  }

  const archive: ArchiveDoc = { kind: 'archive', months: archiveOf(edition) };
  artifacts.push({ path: dataPaths.archive(lang), contents: json(archive) });
  for (const month of archive.months) {
    for (const { day } of month.days) {
      const { articles, newerDay, olderDay } = archiveDayOf(edition, day);
      const doc: ListPageDoc = { kind: 'list-page', items: articles.map(summarize), page: 1, pageCount: 1, total: articles.length };
      if (newerDay) doc.newerDay = newerDay;
      if (olderDay) doc.olderDay = olderDay;
      artifacts.push({ path: dataPaths.list(lang, { type: 'day', day }, 1), contents: json(doc) });
      pages.push(archivePath(lang, day));
    }
  }

  for (const article of edition.articles) {
    const { contentHtml, contentText, ...rest } = article;
    const translationPaths: ArticleDoc['translationPaths'] = {};
    for (const [other, id] of Object.entries(article.translations) as [EditionLang, string][]) {
      const otherEdition = editions.get(other);
      const target = otherEdition ? findArticleById(otherEdition, id) : undefined;
      if (target) translationPaths[other] = articlePath(other, target);
    }
    const body: ArticleDoc['body'] = contentHtml
      ? { html: sanitize(contentHtml) }
      : { paragraphs: (contentText ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) };
    const doc: ArticleDoc = {
      kind: 'article',
      article: withDateLabels(rest, locale),
      body,
      // Counted here, once: counting words in the browser costs a phone time on every article it opens.
      readingMinutes: readingMinutes('html' in body ? textOfHtml(body.html) : body.paragraphs.join('\n'), lang),
      translationPaths,
    };
    artifacts.push({ path: dataPaths.article(lang, idHash(article.id)), contents: json(doc) });
    pages.push(articlePath(lang, article));
  }
  return { artifacts, pages };
}
