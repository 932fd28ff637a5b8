import { articlePath, dataPaths } from '@/config/paths';
import type { ArticleDoc, Edition } from '@/feed/types';
import { htmlToText } from '@/lib/html-text';

/** What the search index holds of one story (Pagefind's custom record), in its edition's language. */
type SearchRecord = {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
};

/**
 * A story the search index holds, before its record is made: the publish makes records only for
 * the part of the index it writes again (scripts/publish.mjs), from the article document it wrote.
 * What the record says follows from the document and the section's title, so those name it.
 */
export type SearchEntry = {
  url: string;
  language: string;
  document: string;
  section: string;
  /** When it was published (ISO), or '' when the feed does not say: parts of the index are cut by it. */
  published: string;
  record: (document: string) => SearchRecord;
};

/**
 * One entry per story, whose record comes from its article document (the body as pages show it,
 * already sanitized): the headline, lead and body are searched; the section is a filter; newer
 * stories sort first. Each edition is indexed in its own language, so its own stemming applies
 * (Russian inflections). `textOf` is the body's text (a publish keeps it with the sanitized body).
 */
export function searchEntries(edition: Edition, textOf: (html: string) => string = htmlToText): SearchEntry[] {
  const { lang } = edition;
  const sectionTitles = new Map(edition.sections.map((section) => [section.id, section.title]));
  return edition.articles.map((article) => {
    const section = article.sectionId ? sectionTitles.get(article.sectionId) : undefined;
    const url = articlePath(lang, article);
    // Only what the record needs: the entry outlives the edition's articles and their bodies.
    const { title, teaser, summary, published } = article;
    return {
      url,
      language: lang,
      document: dataPaths.article(lang, article.key),
      section: section ?? '',
      published: published ?? '',
      record: (contents: string): SearchRecord => {
        const doc = JSON.parse(contents) as ArticleDoc;
        const body = 'html' in doc.body ? textOf(doc.body.html) : doc.body.paragraphs.join('\n\n');
        const meta: Record<string, string> = { title, teaser };
        if (section) meta.section = section;
        if (doc.article.publishedLabel) meta.date = doc.article.publishedLabel;
        if (published) meta.published = published;
        const filters: Record<string, string[]> = section ? { section: [section] } : {};
        const sort: Record<string, string> = published ? { date: published } : {};
        return {
          url,
          content: [title, summary ?? teaser, body].join('\n\n'),
          language: lang,
          meta,
          filters,
          sort,
        };
      },
    };
  });
}
