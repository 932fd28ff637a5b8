import { EDITION_LOCALES } from '@/config/editions';
import { allNewsPath, authorPath, dataPaths, type ListRef, sectionPath } from '@/config/paths';
import { articlesByAuthor, authorsOf, paginate, sectionArticles } from '@/feed/edition-views';
import type { Article, AuthorsDoc, Edition, ListPageDoc } from '@/feed/types';
import { combine, type Derived, jsonDocument } from './derived';
import type { Summarize } from './summaries';

/**
 * One list's pages of summaries (LIST_PAGE_SIZE each) and the page URL of each; `extra` goes into
 * every page's document (an author page names its author).
 */
export function listPages(
  edition: Edition,
  list: ListRef,
  pagePath: (page: number) => string,
  articles: Article[],
  summarize: Summarize,
  extra: Partial<ListPageDoc> = {},
): Derived {
  const derived: Derived = { artifacts: [], pages: [] };
  const { pageCount } = paginate(articles, 1);
  for (let page = 1; page <= pageCount; page++) {
    const { items, total } = paginate(articles, page);
    const doc: ListPageDoc = { kind: 'list-page', items: items.map(summarize), page, pageCount, total, ...extra };
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
    // Author pages list every story on one page for now; the data is paged like any list.
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
