import { describe, expect, it } from 'vitest';
import type { EditionIndex } from '@/feed/types';
import { demoFeed, feed, item } from '../../tests/fixtures/feeds';
import { deriveIndex } from './derive-index';
import { readEdition } from './edition-artifacts';
import { DOCUMENT_FORMAT } from '@/config/site-rules.js';

const edition = (json: Record<string, unknown>) => readEdition('en', JSON.stringify(json), 'en.json');
const indexOf = (json: Record<string, unknown>) => JSON.parse(deriveIndex(edition(json)).artifacts[0]?.contents ?? '{}') as EditionIndex;

describe('the edition index', () => {
  it('names the edition and its sections, in the feed’s order, with the year of its newest story', () => {
    const derived = deriveIndex(edition(demoFeed()));
    expect(derived.artifacts.map((a) => a.path)).toEqual(['/data/en/index.json']);
    expect(indexOf(demoFeed())).toEqual({
      format: DOCUMENT_FORMAT,
      kind: 'edition-index',
      lang: 'en',
      title: 'Meridian',
      sections: [
        { id: 'world', title: 'World' },
        { id: 'opinion', title: 'Opinion' },
        { id: 'sport', title: 'Sport' },
      ],
      year: 2026,
    });
  });

  it('carries the feed’s description when it has one', () => {
    expect(indexOf({ ...demoFeed(), description: 'News from the coast' }).description).toBe('News from the coast');
  });

  it('takes the year from the newest dated story when the newest stories have no date', () => {
    const json = feed([item({ id: 'undated', date_published: 'soon' }), item({ id: 'dated', date_published: '2024-03-01T00:00:00Z' })]);
    expect(indexOf(json).year).toBe(2024);
  });

  it('lists the pages every edition has', () => {
    expect(deriveIndex(edition(demoFeed())).pages).toEqual([
      '/en/',
      '/en/authors/',
      '/en/archive/',
      '/en/sitemap/',
      '/en/search/',
      '/en/about/',
      '/en/advertising/',
    ]);
  });
});
