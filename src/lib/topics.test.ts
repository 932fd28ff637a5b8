import { describe, expect, it } from 'vitest';
import { shortHash } from './short-hash.js';
import { topicKey, topicsOf } from './topics';

type Story = { id: string; tags: string[]; published?: string };
const story = (id: string, tags: string[], published?: string): Story => (published ? { id, tags, published } : { id, tags });
const names = (stories: Story[]) => topicsOf(stories).topics.map(({ topic }) => topic.name);

describe('topics', () => {
  it('are one topic for tags that differ only in case or spacing, named as first met', () => {
    const stories = [story('a', ['Storms']), story('b', [' storms ']), story('c', ['STORMS', 'storm  surge']), story('d', ['Storm surge'])];
    const { topics } = topicsOf(stories);
    expect(topics.map(({ topic, stories }) => [topic.name, stories.map((s) => s.id)])).toEqual([
      ['Storms', ['a', 'b', 'c']],
      ['storm surge', ['c', 'd']],
    ]);
    expect(topicKey(' STORM \t surge ')).toBe('storm surge');
  });

  it('count a story once when two of its tags are one topic', () => {
    const { topics } = topicsOf([story('a', ['Ferries', 'ferries'])]);
    expect(topics).toEqual([{ topic: { name: 'Ferries', slug: 'ferries' }, stories: [expect.objectContaining({ id: 'a' })] }]);
  });

  it('have slugs in Latin letters for Latin and Cyrillic names', () => {
    const { topics } = topicsOf([story('a', ['Électricité verte', 'Региональные перевозки', 'Fußball'])]);
    expect(topics.map(({ topic }) => topic.slug)).toEqual(['electricite-verte', 'regionalnye-perevozki', 'fussball']);
  });

  it('have a stable hash for a slug in scripts that have no Latin form', () => {
    const { topics } = topicsOf([story('a', ['地震', 'Σεισμός'])]);
    expect(topics.map(({ topic }) => topic.slug)).toEqual([shortHash('地震'), shortHash('σεισμός')]);
    expect(topicsOf([story('b', ['地震'])]).topics[0]?.topic.slug).toBe(shortHash('地震'));
  });

  it('stay apart when their slugs would be one: the topic that came first keeps it', () => {
    const stories = [story('new', ['C++'], '2026-11-28T10:00:00.000Z'), story('old', ['C'], '2026-11-20T10:00:00.000Z')];
    const slugs = Object.fromEntries(topicsOf(stories).topics.map(({ topic }) => [topic.name, topic.slug]));
    expect(slugs).toEqual({ C: 'c', 'C++': `c-${shortHash('c++')}` });
    // The same whatever order the stories come in.
    expect(Object.fromEntries(topicsOf([...stories].reverse()).topics.map(({ topic }) => [topic.name, topic.slug]))).toEqual(slugs);
  });

  it('name a story’s topics once each, in the order of its tags', () => {
    const { of } = topicsOf([story('a', ['Storms', 'Coasts']), story('b', ['coasts'])]);
    expect(of(['COASTS', 'storms', 'Coasts', 'unknown'])).toEqual([
      { name: 'Coasts', slug: 'coasts' },
      { name: 'Storms', slug: 'storms' },
    ]);
  });

  it('ignore blank tags', () => {
    expect(names([story('a', ['  ', 'Tides'])])).toEqual(['Tides']);
  });
});
