import type { EditionLang } from '@/config/editions';
import { articlePath } from '@/config/paths';
import { findArticleById } from '@/feed/edition-views';
import type { Article, Edition } from '@/feed/types';

/**
 * Where a story's translations are, by edition: the canonical path of each translation the feed
 * names that its edition really has (an id no story carries, or an edition not built, is left out).
 * For the article's language links and the sitemap's hreflang alternates.
 */
export function translationPaths(article: Article, editions: ReadonlyMap<EditionLang, Edition>): Partial<Record<EditionLang, string>> {
  const paths: Partial<Record<EditionLang, string>> = {};
  for (const [other, id] of Object.entries(article.translations) as [EditionLang, string][]) {
    const edition = editions.get(other);
    const target = edition ? findArticleById(edition, id) : undefined;
    if (target) paths[other] = articlePath(other, target);
  }
  return paths;
}
