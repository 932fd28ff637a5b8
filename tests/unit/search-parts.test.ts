import { describe, expect, it } from 'vitest';
import { planSearch, searchBundles, searchLimits, type SearchItem, type SearchPart } from '../../scripts/search-parts.mjs';

/** `count` stories of one language, a day apart from 2026-01-01, keyed "k". */
const stories = (language: string, count: number, from = 0): SearchItem[] =>
  Array.from({ length: count }, (_, i) => ({
    url: `/${language}/story-${from + i}`,
    key: 'k',
    language,
    published: new Date(Date.UTC(2026, 0, 1 + from + i)).toISOString(),
  }));

const limits = { partSize: 10, recentLimit: 4 };

/** Names a plan's parts as a publish would, and remembers them as its manifest does. */
const publish = (plan: ReturnType<typeof planSearch>, id: string): SearchPart[] => [
  ...plan.kept,
  ...plan.made.map((part, i) => ({
    name: `${part.language}-${id}-${i}`,
    language: part.language,
    entries: Object.fromEntries(part.items.map((item) => [item.url, item.key])),
  })),
];
const urls = (items: SearchItem[]) => items.map((item) => item.url);

describe('the search index’s parts', () => {
  it('holds a small site in the newest part alone', () => {
    const plan = planSearch(stories('en', 3), [], limits);
    expect(plan.made).toEqual([]);
    expect(urls(plan.recent)).toEqual(['/en/story-0', '/en/story-1', '/en/story-2']);
  });

  it('cuts an archive into parts of one language and at most the part size, oldest first', () => {
    const plan = planSearch([...stories('en', 25).reverse(), ...stories('ru', 3)], [], limits);
    expect(plan.recent).toEqual([]);
    expect(plan.made.map((part) => [part.language, part.items.length])).toEqual([
      ['en', 10],
      ['en', 10],
      ['en', 5],
      ['ru', 3],
    ]);
    expect(urls(plan.made[0]?.items ?? []).slice(0, 2)).toEqual(['/en/story-0', '/en/story-1']);
    expect(urls(plan.made[2]?.items ?? [])).toContain('/en/story-24');
  });

  it('keeps every part while new stories fit in the newest part', () => {
    const parts = publish(planSearch(stories('en', 25), [], limits), 'p1');
    const plan = planSearch([...stories('en', 25), ...stories('en', 3, 25)], parts, limits);
    expect(plan.kept).toEqual(parts);
    expect(plan.made).toEqual([]);
    expect(urls(plan.recent)).toEqual(['/en/story-25', '/en/story-26', '/en/story-27']);
  });

  it('makes again only the part of a corrected story, with the parts not yet full', () => {
    const parts = publish(planSearch(stories('en', 25), [], limits), 'p1');
    const corrected = stories('en', 25).map((item) => (item.url === '/en/story-3' ? { ...item, key: 'corrected' } : item));
    const plan = planSearch(corrected, parts, limits);
    // The first part held story 3; the second is full and holds; the third (5 stories) is reopened.
    expect(plan.kept.map((part) => part.name)).toEqual(['en-p1-1']);
    expect(plan.made.map((part) => part.items.length)).toEqual([10, 5]);
    expect(plan.made.flatMap((part) => part.items).find((item) => item.url === '/en/story-3')?.key).toBe('corrected');
  });

  it('makes again the part a removed story leaves', () => {
    const parts = publish(planSearch(stories('en', 25), [], limits), 'p1');
    const plan = planSearch(
      stories('en', 25).filter((item) => item.url !== '/en/story-12'),
      parts,
      limits,
    );
    expect(plan.kept.map((part) => part.name)).toEqual(['en-p1-0']);
    expect(plan.made.flatMap((part) => urls(part.items))).not.toContain('/en/story-12');
    expect(plan.made.reduce((sum, part) => sum + part.items.length, 0)).toBe(14);
  });

  it('folds the newest stories into parts once they pass the limit, keeping the number of parts close to the archive’s size', () => {
    let parts: SearchPart[] = [];
    let published = 0;
    // Three stories a publish, 40 publishes: 120 stories.
    for (let run = 0; run < 40; run++) {
      published += 3;
      parts = publish(planSearch(stories('en', published), parts, limits), `p${String(run).padStart(2, '0')}`);
    }
    const held = parts.reduce((sum, part) => sum + Object.keys(part.entries).length, 0);
    expect(parts.length).toBeLessThanOrEqual(Math.ceil(held / limits.partSize) + 1);
    expect(parts.every((part) => Object.keys(part.entries).length <= limits.partSize)).toBe(true);
  });

  it('lists, for each language, the newest part first, and the newest stories’ only where it holds the language', () => {
    const part = (name: string, language: string): SearchPart => ({ name, language, entries: {} });
    const bundles = searchBundles(
      [part('en-p1-0', 'en'), part('en-p2-0', 'en'), part('ru-p1-1', 'ru')],
      ['en'],
      (name) => `/pagefind/${name}/`,
      '/pagefind/recent/',
    );
    expect(bundles).toEqual({ en: ['/pagefind/recent/', '/pagefind/en-p2-0/', '/pagefind/en-p1-0/'], ru: ['/pagefind/ru-p1-1/'] });
  });

  it('lets the environment lower the limits, never raise them', () => {
    expect(searchLimits({ MERIDIAN_SEARCH_PART_SIZE: '40', MERIDIAN_RECENT_SEARCH_LIMIT: '10' })).toEqual({ partSize: 40, recentLimit: 10 });
    const rules = searchLimits({});
    expect(searchLimits({ MERIDIAN_SEARCH_PART_SIZE: '999999999', MERIDIAN_RECENT_SEARCH_LIMIT: 'x' })).toEqual(rules);
  });
});
