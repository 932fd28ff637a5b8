// How the search index is split (decision 0012): parts of at most SEARCH_PART_SIZE stories of one
// language, each made once by a Pagefind run of its own and shared by the publishes that follow,
// and the newest stories' part, which each publish that changed it makes again. A run's memory
// follows the stories it indexes, so bounded parts bound it on any archive; a corrected story
// makes its own part again, not the archive.
import { RECENT_SEARCH_LIMIT, SEARCH_PART_SIZE } from '../src/config/site-rules.js';

/**
 * @typedef {object} SearchItem a story the index holds
 * @property {string} url
 * @property {string} key what its record is made from, hashed: a changed key makes its part again
 * @property {string} language
 * @property {string} published when it was published (ISO), or '' when the feed does not say
 *
 * @typedef {object} SearchPart a part a publish made, as its manifest remembers it
 * @property {string} name its folder's name in the store
 * @property {string} language
 * @property {Record<string, string>} entries each story's url and key
 *
 * @typedef {object} SearchPlan
 * @property {SearchPart[]} kept parts of the live publish that still hold: shared as they are
 * @property {{ language: string, items: SearchItem[] }[]} made parts to make
 * @property {SearchItem[]} recent the newest part's stories (none after a fold)
 */

/**
 * Which parts a publish keeps, which it makes and what the newest part holds.
 *
 * A part holds while each of its stories is still published with the same key. The stories no
 * part holds make the newest part while they are few (at most `recentLimit`); past that, they are
 * folded into parts, together with the stories of parts not yet full, so that parts stay full but
 * the last of each language, and their number follows the archive, not the number of publishes.
 * Within a language, parts are cut by publication date: the stories that change most (the newest)
 * share parts, and the archive's older parts are seldom made again.
 * @param {SearchItem[]} items every story the index holds
 * @param {SearchPart[]} previous the live publish's parts
 * @param {{ partSize?: number, recentLimit?: number }} [limits]
 * @returns {SearchPlan}
 */
export function planSearch(items, previous, { partSize = SEARCH_PART_SIZE, recentLimit = RECENT_SEARCH_LIMIT } = {}) {
  const keys = new Map(items.map((item) => [item.url, item.key]));
  const holding = previous.filter((part) => Object.entries(part.entries).every(([url, key]) => keys.get(url) === key));
  const held = new Set(holding.flatMap((part) => Object.keys(part.entries)));
  const loose = items.filter((item) => !held.has(item.url));
  if (loose.length <= recentLimit) return { kept: holding, made: [], recent: loose };

  const open = new Set(holding.filter((part) => Object.keys(part.entries).length < partSize));
  const reopened = new Set([...open].flatMap((part) => Object.keys(part.entries)));
  /** @type {Map<string, SearchItem[]>} */
  const pools = new Map();
  for (const item of items) {
    if (held.has(item.url) && !reopened.has(item.url)) continue;
    const pool = pools.get(item.language) ?? [];
    pool.push(item);
    pools.set(item.language, pool);
  }
  const made = [];
  for (const [language, pool] of [...pools].sort(([a], [b]) => a.localeCompare(b))) {
    pool.sort((a, b) => a.published.localeCompare(b.published) || a.url.localeCompare(b.url));
    for (let start = 0; start < pool.length; start += partSize) made.push({ language, items: pool.slice(start, start + partSize) });
  }
  return { kept: holding.filter((part) => !open.has(part)), made, recent: [] };
}

/**
 * The limits a publish plans with: the site's rules, which MERIDIAN_SEARCH_PART_SIZE and
 * MERIDIAN_RECENT_SEARCH_LIMIT lower so that tests make many parts of a small site.
 * @param {Record<string, string | undefined>} env
 * @returns {{ partSize: number, recentLimit: number }}
 */
export function searchLimits(env) {
  const limit = (value, rule) => (Number(value) >= 1 ? Math.min(Math.floor(Number(value)), rule) : rule);
  return { partSize: limit(env.MERIDIAN_SEARCH_PART_SIZE, SEARCH_PART_SIZE), recentLimit: limit(env.MERIDIAN_RECENT_SEARCH_LIMIT, RECENT_SEARCH_LIMIT) };
}

/**
 * Which bundles a page in `language` searches, newest first: the browser loads the first's code and
 * merges the others (src/feed/search-api.ts). Only bundles that hold the language are listed, since
 * Pagefind answers from another language's index when a bundle lacks the page's.
 * @param {SearchPart[]} parts
 * @param {string[]} recentLanguages the languages the newest part holds
 * @param {(name: string) => string} partPath where a part is served
 * @param {string} recentPath where the newest part is served
 * @returns {Record<string, string[]>}
 */
export function searchBundles(parts, recentLanguages, partPath, recentPath) {
  /** @type {Record<string, string[]>} */
  const bundles = {};
  for (const language of recentLanguages) bundles[language] = [recentPath];
  // Parts are named in the order they were made: the newer first.
  for (const part of [...parts].sort((a, b) => b.name.localeCompare(a.name))) {
    (bundles[part.language] ??= []).push(partPath(part.name));
  }
  return bundles;
}
