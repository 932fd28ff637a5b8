import { dataPaths } from '@/config/paths';
import { LIVE_SIZE } from '@/config/site-rules.js';
import type { Edition, LiveDoc, LiveStory } from '@/feed/types';
import { type Derived, jsonDocument } from './derived';

/** The document open pages check for news: the newest stories, with only what counting them needs. */
export function deriveLive(edition: Edition): Derived {
  const stories = edition.articles.slice(0, LIVE_SIZE).map((article) => {
    const story: LiveStory = { id: article.id, key: article.key, sectionId: article.sectionId };
    if (article.published) story.published = article.published;
    if (article.modified) story.modified = article.modified;
    return story;
  });
  const live: LiveDoc = { kind: 'live', stories };
  return { artifacts: [jsonDocument(dataPaths.live(edition.lang), live)], pages: [] };
}
