import { describe, expect, it } from 'vitest';
import { DOCUMENT_FORMAT, LIST_PAGE_SIZE } from '@/config/site-rules.js';
import type { ListPageDoc, TopicsDoc } from '@/feed/types';
import { feed, item } from '../../tests/fixtures/feeds';
import { deriveTopics } from './derive-topics';
import { readEdition } from './edition-artifacts';
import { summarizer } from './summaries';

const hoursAgo = (i: number) => new Date(Date.UTC(2026, 10, 28, 12) - i * 3_600_000).toISOString();

function topics(lang: 'en' | 'de' | 'ru', items: Record<string, unknown>[]) {
  const derived = deriveTopics(readEdition(lang, JSON.stringify(feed(items)), `${lang}.json`), summarizer(lang));
  const byPath = new Map(derived.artifacts.map((a) => [a.path, a.contents]));
  return {
    pages: derived.pages,
    paths: derived.artifacts.map((a) => a.path),
    doc: (path: string): unknown => JSON.parse(byPath.get(path) ?? 'null'),
  };
}

describe('topic documents', () => {
  it('list the edition’s topics with their story counts, most stories first, then by name', () => {
    const { doc } = topics('en', [
      item({ id: 'a', date_published: hoursAgo(0), tags: ['Storms', 'ferries'] }),
      item({ id: 'b', date_published: hoursAgo(1), tags: ['storms', 'Coasts'] }),
      item({ id: 'c', date_published: hoursAgo(2), tags: ['STORMS', 'coasts', 'Bridges'] }),
    ]);
    expect(doc('/data/en/topics.json')).toEqual({
      format: DOCUMENT_FORMAT,
      kind: 'topics',
      topics: [
        { topic: { name: 'Storms', slug: 'storms' }, count: 3 },
        { topic: { name: 'Coasts', slug: 'coasts' }, count: 2 },
        { topic: { name: 'Bridges', slug: 'bridges' }, count: 1 },
        { topic: { name: 'ferries', slug: 'ferries' }, count: 1 },
      ],
    });
  });

  it('order names of equal counts in the edition’s collation', () => {
    const { doc } = topics('de', [item({ tags: ['Zoll', 'Ärzte', 'Ampel'] })]);
    expect((doc('/data/de/topics.json') as TopicsDoc).topics.map(({ topic }) => topic.name)).toEqual(['Ampel', 'Ärzte', 'Zoll']);
  });

  it(`page a topic’s stories from the oldest, ${LIST_PAGE_SIZE} a chunk, each page naming its topic`, () => {
    const count = 2 * LIST_PAGE_SIZE + 2;
    const { doc, pages, paths } = topics(
      'en',
      Array.from({ length: count }, (_, i) => item({ id: `s${i}`, date_published: hoursAgo(i), tags: [i % 2 ? 'Tides' : 'tides'] })),
    );
    expect(paths.filter((p) => p.startsWith('/data/en/topics/'))).toEqual(['/data/en/topics/tides/latest.json', '/data/en/topics/tides/1.json']);
    expect(pages).toEqual(['/en/topics/', '/en/topics/tides/', '/en/topics/tides/?page=1']);
    const own = doc('/data/en/topics/tides/latest.json') as ListPageDoc;
    expect(own).toMatchObject({ kind: 'list-page', page: 'latest', newer: null, older: 1, topic: { name: 'tides', slug: 'tides' } });
    expect(own).not.toHaveProperty('total');
    expect(own.items.map((a) => a.id)).toEqual(Array.from({ length: LIST_PAGE_SIZE + 2 }, (_, i) => `s${i}`));
    const oldest = doc('/data/en/topics/tides/1.json') as ListPageDoc;
    expect(oldest).toMatchObject({ page: 1, newer: 'latest', older: null, topic: { name: 'tides', slug: 'tides' } });
    expect(oldest.items.map((a) => a.id)).toEqual(Array.from({ length: LIST_PAGE_SIZE }, (_, i) => `s${LIST_PAGE_SIZE + 2 + i}`));
  });

  it('give Russian topics transliterated slugs', () => {
    const { paths } = topics('ru', [item({ tags: ['Шторма'] })]);
    expect(paths).toContain('/data/ru/topics/shtorma/latest.json');
  });

  it('write an edition without tags an empty topics list and its page', () => {
    const { doc, pages } = topics('en', [item({})]);
    expect(doc('/data/en/topics.json')).toEqual({ format: DOCUMENT_FORMAT, kind: 'topics', topics: [] });
    expect(pages).toEqual(['/en/topics/']);
  });
});
