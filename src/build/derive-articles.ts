import type { EditionLang } from '@/config/editions';
import { EDITION_LOCALES } from '@/config/editions';
import { articlePath, dataPaths } from '@/config/paths';
import type { Article, ArticleBody, ArticleDoc, Correction, Edition } from '@/feed/types';
import { formatDateTime } from '@/i18n/format';
import { htmlToText } from '@/lib/html-text';
import { readingMinutes } from '@/lib/reading-time';
import { topicsOf } from '@/lib/topics';
import { type Derived, jsonDocument, type PublishHooks } from './derived';
import { withDateLabels } from './summaries';
import { translationPaths } from './translations';

/** An article's body as pages show it: the feed's HTML sanitized, or its text in paragraphs. */
export function articleBody(article: Article, sanitize: (html: string) => string): ArticleBody {
  return article.contentHtml
    ? { html: sanitize(article.contentHtml) }
    : {
        paragraphs: (article.contentText ?? '')
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean),
      };
}

/**
 * Minutes to read a body, counted here, once: counting words in the browser costs a phone time on
 * every article it opens.
 */
export function bodyReadingMinutes(body: ArticleBody, lang: EditionLang, textOf: (html: string) => string = htmlToText): number {
  return readingMinutes('html' in body ? textOf(body.html) : body.paragraphs.join('\n'), lang);
}

/** Each correction with its date as the edition writes it, formatted here like the story's own dates. */
function withCorrectionLabels<T extends { corrections?: Correction[] }>(article: T, locale: string): T {
  if (!article.corrections) return article;
  return { ...article, corrections: article.corrections.map((c) => ({ ...c, dateLabel: formatDateTime(c.date, locale) })) };
}

/**
 * One document per article, without the feed's raw HTML, and its page. A story whose inputs (the
 * parsed item, its translations' addresses, its topics) are those the live publish derived its
 * document from is carried over (`carry`): on a big archive, most of a publish's stories.
 */
export function deriveArticles(
  edition: Edition,
  editions: ReadonlyMap<EditionLang, Edition>,
  sanitize: (html: string) => string,
  { textOf = htmlToText, carry, write }: PublishHooks = {},
): Derived {
  const { lang } = edition;
  const locale = EDITION_LOCALES[lang];
  const derived: Derived = { artifacts: [], pages: [], carried: [] };
  const topics = topicsOf(edition.articles);
  for (const article of edition.articles) {
    const path = dataPaths.article(lang, article.key);
    const links = translationPaths(article, editions);
    const articleTopics = topics.of(article.tags);
    derived.pages.push(articlePath(lang, article));
    // The feed's raw HTML and text stay out: the body replaces them.
    const { contentHtml, contentText, ...rest } = article;
    // The body as it came, beside the rest as JSON: escaping a big archive's bodies into JSON only
    // to compare them would be most of a refresh.
    if (carry?.(path, [JSON.stringify([lang, rest, links, articleTopics]), contentHtml ?? '', contentText ?? ''])) {
      derived.carried?.push(path);
      continue;
    }
    const body = articleBody(article, sanitize);
    const doc: ArticleDoc = {
      kind: 'article',
      article: withCorrectionLabels(withDateLabels(rest, locale), locale),
      body,
      readingMinutes: bodyReadingMinutes(body, lang, textOf),
      translationPaths: links,
      topics: articleTopics,
    };
    const artifact = jsonDocument(path, doc);
    if (write) write(artifact);
    else derived.artifacts.push(artifact);
  }
  return derived;
}
