/**
 * A story's key: the part of its address and document name that finds it (`/en/world/<slug>-<key>`,
 * `data/en/articles/<key>.json`). Item ids may be long URLs, so the key is a short hash of the id;
 * headline edits change the slug but not the key, so links keep working (docs/decisions/0005).
 *
 * Short keys are 32 bits, so two ids in a large archive can share one (about 1% at 10,000 stories).
 * The story published first keeps the short key; any later story with the same short key gets a
 * long key: the short key and a second, independent 32-bit hash. A story's key therefore never
 * changes when a newer story arrives, and two stories never share an address.
 */

import { shortHash } from './short-hash.js';

/** The key most stories have: seven base-36 characters. */
export function shortKey(id: string): string {
  return shortHash(id);
}

/** The key of a story whose short key an earlier story holds: fourteen characters. */
export function longKey(id: string): string {
  return shortKey(id) + shortHash(id, 0x050c5d1f);
}

/** What a key looks like in an address (any other ending is not a story). */
export const STORY_KEY = /^[0-9a-z]{7}(?:[0-9a-z]{7}(?:-[1-9][0-9]*)?)?$/;

/** The key at the end of a slug ("…-1x2y3z4"), or a bare key. */
export function keyOfSlug(slug: string): string {
  const match = /(?:^|-)([0-9a-z]{7}(?:[0-9a-z]{7}(?:-[1-9][0-9]*)?)?)$/.exec(slug);
  return match?.[1] ?? '';
}

export type KeyedStory = { id: string; published?: string };

export type KeyCollision = { shortKey: string; ids: string[] };

/**
 * Keys for every story of an edition, and the collisions that needed a long key (the build reports
 * them). Stories are ranked by publication (oldest first; undated stories after dated ones, as if
 * they had just arrived), then by id, so the result does not depend on the feed's order.
 */
export function assignStoryKeys(stories: readonly KeyedStory[]): { keys: Map<string, string>; collisions: KeyCollision[] } {
  const byShort = new Map<string, KeyedStory[]>();
  for (const story of stories) {
    const key = shortKey(story.id);
    const group = byShort.get(key);
    if (group) group.push(story);
    else byShort.set(key, [story]);
  }
  const keys = new Map<string, string>();
  const collisions: KeyCollision[] = [];
  const taken = new Set(byShort.keys());
  for (const [key, group] of byShort) {
    if (group.length === 1) {
      keys.set(group[0]?.id ?? '', key);
      continue;
    }
    const ranked = [...group].sort(byArrival);
    collisions.push({ shortKey: key, ids: ranked.map((story) => story.id) });
    ranked.forEach((story, rank) => {
      if (rank === 0) {
        keys.set(story.id, key);
        return;
      }
      // Two 32-bit hashes that both agree are not expected in any archive; if they ever do, a
      // counter still keeps the addresses apart.
      let long = longKey(story.id);
      for (let n = 1; taken.has(long); n++) long = `${longKey(story.id)}-${n}`;
      taken.add(long);
      keys.set(story.id, long);
    });
  }
  return { keys, collisions };
}

function byArrival(a: KeyedStory, b: KeyedStory): number {
  if (a.published !== b.published) {
    if (a.published === undefined) return 1;
    if (b.published === undefined) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
