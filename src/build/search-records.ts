import { articlePath, dataPaths } from '@/config/paths';
import type { ArticleDoc, Edition } from '@/feed/types';
import { htmlToText } from '@/lib/html-text';
import type { Artifact } from './derived';

/** What the search index holds of one story (Pagefind's custom record), in its edition's language. */
export type SearchRecord = {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
};

/**
 * One record per story, from its article document (the body as pages show it, already sanitized):
 * the headline, lead and body are searched; the section is a filter; newer stories sort first.
 * Each edition is indexed in its own language, so its own stemming applies (Russian inflections).
 */
export function searchRecords(edition: Edition, artifacts: readonly Artifact[]): SearchRecord[] {
  const { lang } = edition;
  const documents = new Map(artifacts.map((artifact) => [artifact.path, artifact.contents]));
  const sectionTitles = new Map(edition.sections.map((section) => [section.id, section.title]));
  return edition.articles.flatMap((article) => {
    const contents = documents.get(dataPaths.article(lang, article.key));
    if (contents === undefined) return [];
    const doc = JSON.parse(contents) as ArticleDoc;
    const body = 'html' in doc.body ? htmlToText(doc.body.html) : doc.body.paragraphs.join('\n\n');
    const section = article.sectionId ? sectionTitles.get(article.sectionId) : undefined;
    const meta: Record<string, string> = { title: article.title, teaser: article.teaser };
    if (section) meta.section = section;
    if (doc.article.publishedLabel) meta.date = doc.article.publishedLabel;
    if (article.published) meta.published = article.published;
    const filters: Record<string, string[]> = section ? { section: [section] } : {};
    const sort: Record<string, string> = article.published ? { date: article.published } : {};
    const record: SearchRecord = {
      url: articlePath(lang, article),
      content: [article.title, article.summary ?? article.teaser, body].join('\n\n'),
      language: lang,
      meta,
      filters,
      sort,
    };
    return [record];
  });
}
