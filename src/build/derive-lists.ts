import { EDITION_LOCALES } from '@/config/editions';
import { allNewsPath, authorPath, dataPaths, type ListRef, sectionPath } from '@/config/paths';
import { type ListPage, listPageSlices } from '@/config/site-rules.js';
import { articlesByAuthor, authorsOf, sectionArticles } from '@/feed/edition-views';
import type { Article, AuthorsDoc, Edition, ListPageDoc } from '@/feed/types';
import { combine, type Derived, jsonDocument } from './derived';
import type { Summarize } from './summaries';

/**
 * One list's pages of summaries, cut from its oldest story (listPageSlices in site-rules.js): its own
 * page and each chunk, with the page URL of each. `extra` goes into every page's document (an author
 * page names its author). No document counts the list, so a new story rewrites the own page only
 * (and, every LIST_PAGE_SIZE stories, adds one chunk and the newer link of the one before it).
 */
export function listPages(
  edition: Edition,
  list: ListRef,
  pagePath: (page: ListPage) => string,
  articles: Article[],
  summarize: Summarize,
  extra: Partial<ListPageDoc> = {},
): Derived {
  const derived: Derived = { artifacts: [], pages: [] };
  for (const { page, start, end, newer, older } of listPageSlices(articles.length)) {
    const doc: ListPageDoc = { kind: 'list-page', items: articles.slice(start, end).map(summarize), page, newer, older, ...extra };
    derived.artifacts.push(jsonDocument(dataPaths.list(edition.lang, list, page), doc));
    derived.pages.push(pagePath(page));
  }
  return derived;
}

/** The lists: all news, each section, and each author (with the authors' index). */
export function deriveLists(edition: Edition, summarize: Summarize): Derived {
  const { lang } = edition;
  const news = listPages(edition, { type: 'news' }, (page) => allNewsPath(lang, page), edition.articles, summarize);
  const sections = edition.sections.map((section) =>
    listPages(
      edition,
      { type: 'section', id: section.id },
      (page) => sectionPath(lang, section.id, page),
      sectionArticles(edition, section.id),
      summarize,
    ),
  );
  const authors: AuthorsDoc = { kind: 'authors', authors: authorsOf(edition, EDITION_LOCALES[lang]) };
  const byAuthor = authors.authors.map(({ author }) =>
    listPages(
      edition,
      { type: 'author', slug: author.slug },
      (page) => authorPath(lang, author.slug, page),
      articlesByAuthor(edition, author.slug).articles,
      summarize,
      {
        author,
      },
    ),
  );
  return combine(news, ...sections, { artifacts: [jsonDocument(dataPaths.authors(lang), authors)], pages: [] }, ...byAuthor);
}
