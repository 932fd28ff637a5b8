import { shortHash } from './short-hash.js';
import { slugify } from './slug';

/**
 * Topics: every tag of a story names one. Tags that differ only in case or spacing (`Storms`,
 * `storms`, `STORMS`; `storm  surge` and `storm surge`) are one topic, named as it is first met
 * (newest story first). Each topic has a slug for its address: the name's words (Cyrillic
 * transliterated, src/lib/slug.ts), or a hash of it for scripts with no Latin form. When two topics
 * would share a slug, the one that reached the edition first keeps it and the others get their
 * hash after it, so a topic's address does not change when a newer topic arrives.
 */

/** A topic as pages link to it. */
export type Topic = { name: string; slug: string };

/** A topic with its stories, in the order they were given (newest first). */
export type TopicStories<T> = { topic: Topic; stories: T[] };

/** What a story needs to have topics: its tags, and its date for who keeps a shared slug. */
export type Tagged = { readonly tags: readonly string[]; readonly published?: string };

/** A tag as written for people: trimmed, each run of spaces one space. */
function topicName(tag: string): string {
  return tag.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** What two spellings of one topic share: the tidied name in lower case ('' for a blank tag). */
export function topicKey(tag: string): string {
  return topicName(tag).toLowerCase();
}

/** The slug a topic would have alone: its words, else (no Latin form) a hash of its key. */
function baseTopicSlug(key: string): string {
  return slugify(key) || shortHash(key);
}

type Group<T> = { key: string; name: string; stories: T[]; firstPublished: string | undefined };

/**
 * Every topic of a list of stories (newest first), in the order first met, each with its stories;
 * `of` gives the topics a story's tags name, each once, in the story's order.
 */
export function topicsOf<T extends Tagged>(stories: readonly T[]): { topics: TopicStories<T>[]; of: (tags: readonly string[]) => Topic[] } {
  const groups = new Map<string, Group<T>>();
  for (const story of stories) {
    for (const tag of story.tags) {
      const key = topicKey(tag);
      if (key === '') continue;
      let group = groups.get(key);
      if (!group) {
        group = { key, name: topicName(tag), stories: [], firstPublished: undefined };
        groups.set(key, group);
      }
      // A story tagged both `Storms` and `storms` counts once.
      if (group.stories.at(-1) === story) continue;
      group.stories.push(story);
      if (story.published !== undefined && (group.firstPublished === undefined || story.published < group.firstPublished)) {
        group.firstPublished = story.published;
      }
    }
  }
  const slugs = assignSlugs([...groups.values()]);
  const byKey = new Map<string, Topic>();
  const topics = [...groups.values()].map((group) => {
    const topic: Topic = { name: group.name, slug: slugs.get(group.key) ?? '' };
    byKey.set(group.key, topic);
    return { topic, stories: group.stories };
  });
  const of = (tags: readonly string[]) => {
    const found = new Set<Topic>();
    for (const tag of tags) {
      const topic = byKey.get(topicKey(tag));
      if (topic) found.add(topic);
    }
    return [...found];
  };
  return { topics, of };
}

/**
 * Slugs for every topic. Topics that would share one are ranked by arrival (the first story's
 * date, oldest first; topics with only undated stories after, as if just arrived; then by key, so the
 * feed's order does not matter): the first keeps the slug, the others get their hash after it.
 */
function assignSlugs<T>(groups: Group<T>[]): Map<string, string> {
  const byBase = new Map<string, Group<T>[]>();
  for (const group of groups) {
    const base = baseTopicSlug(group.key);
    const same = byBase.get(base);
    if (same) same.push(group);
    else byBase.set(base, [group]);
  }
  const taken = new Set(byBase.keys());
  const slugs = new Map<string, string>();
  for (const [base, same] of byBase) {
    same.sort(byArrival).forEach((group, rank) => {
      if (rank === 0) {
        slugs.set(group.key, base);
        return;
      }
      // A hash suffix that names another topic's slug is not expected; a counter keeps them apart.
      const hashed = `${base}-${shortHash(group.key)}`;
      let slug = hashed;
      for (let n = 2; taken.has(slug); n++) slug = `${hashed}-${n}`;
      taken.add(slug);
      slugs.set(group.key, slug);
    });
  }
  return slugs;
}

function byArrival<T>(a: Group<T>, b: Group<T>): number {
  if (a.firstPublished !== b.firstPublished) {
    if (a.firstPublished === undefined) return 1;
    if (b.firstPublished === undefined) return -1;
    return a.firstPublished < b.firstPublished ? -1 : 1;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
