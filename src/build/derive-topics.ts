import { EDITION_LOCALES } from '@/config/editions';
import { dataPaths, topicPath, topicsPath } from '@/config/paths';
import type { Edition, TopicsDoc } from '@/feed/types';
import { topicsOf } from '@/lib/topics';
import { combine, type Derived, jsonDocument } from './derived';
import { listPages } from './derive-lists';
import type { Summarize } from './summaries';

/**
 * Topics (src/lib/topics.ts): the edition's topics with their story counts, most stories first, then
 * by name in the edition's collation; and each topic's stories, newest first, in pages of a list.
 */
export function deriveTopics(edition: Edition, summarize: Summarize): Derived {
  const { lang } = edition;
  const { topics } = topicsOf(edition.articles);
  const collator = new Intl.Collator(EDITION_LOCALES[lang]);
  const doc: TopicsDoc = {
    kind: 'topics',
    topics: topics
      .map(({ topic, stories }) => ({ topic, count: stories.length }))
      .sort((a, b) => b.count - a.count || collator.compare(a.topic.name, b.topic.name) || (a.topic.slug < b.topic.slug ? -1 : 1)),
  };
  const pages = topics.map(({ topic, stories }) =>
    listPages(edition, { type: 'topic', slug: topic.slug }, (page) => topicPath(lang, topic.slug, page), stories, summarize, { topic }),
  );
  return combine({ artifacts: [jsonDocument(dataPaths.topics(lang), doc)], pages: [topicsPath(lang)] }, ...pages);
}
