import { describe, expect, it } from 'vitest';
import { RAIL_SIZES, RAIL_SPARE } from '@/config/site-rules.js';
import type { RailsDoc } from '@/feed/types';
import { feed, item, SECTIONS } from '../../tests/fixtures/feeds';
import { deriveRails } from './derive-rails';
import { readEdition } from './edition-artifacts';
import { summarizer } from './summaries';

const ids = Array.from({ length: 14 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`);

/** More stories than any rail shows: the first seven are opinion, the newsroom picks and ranks more than a rail holds. */
function railsOf(news: Record<string, unknown>): RailsDoc {
  const items = ids.map((id, i) =>
    item({ id, date_published: `2026-11-${String(28 - i).padStart(2, '0')}T10:00:00Z`, _news: { section: i < 7 ? 'opinion' : 'world' } }),
  );
  const edition = readEdition('en', JSON.stringify(feed(items, { sections: SECTIONS, ...news })), 'en.json');
  const [document] = deriveRails(edition, summarizer('en')).artifacts;
  return JSON.parse(document?.contents ?? '{}') as RailsDoc;
}

describe('the rails document', () => {
  it('is written once per edition and prerenders no page of its own', () => {
    const edition = readEdition('en', JSON.stringify(feed([item({ id: 'only' })])), 'en.json');
    const derived = deriveRails(edition, summarizer('en'));
    expect(derived.artifacts.map((a) => a.path)).toEqual(['/data/en/rails.json']);
    expect(derived.pages).toEqual([]);
  });

  it.each(Object.keys(RAIL_SIZES) as (keyof typeof RAIL_SIZES)[])(
    'holds the %s rail’s size plus the spare, when the edition has enough stories',
    (rail) => {
      const rails = railsOf({ now_reading: ids.slice(0, 8), popular: [...ids].reverse().slice(0, 8) });
      expect(rails[rail]).toHaveLength(RAIL_SIZES[rail] + RAIL_SPARE);
    },
  );

  it('keeps the newsroom’s picks and ranking in their order', () => {
    const rails = railsOf({ now_reading: ['r09', 'r03', 'r11'], popular: ['r14', 'r01'] });
    expect(rails.nowReading.map((a) => a.id)).toEqual(['r09', 'r03', 'r11']);
    expect(rails.popular.map((a) => a.id)).toEqual(['r14', 'r01']);
  });

  it('falls back to the newest stories without picks, and takes opinion only from the opinion section', () => {
    const rails = railsOf({});
    expect(rails.nowReading.map((a) => a.id)).toEqual(ids.slice(0, RAIL_SIZES.nowReading + RAIL_SPARE));
    expect(rails.latest.map((a) => a.id)).toEqual(ids.slice(0, RAIL_SIZES.latest + RAIL_SPARE));
    expect(rails.opinion.map((a) => a.id)).toEqual(ids.slice(0, RAIL_SIZES.opinion + RAIL_SPARE));
    expect(rails.opinion.every((a) => a.sectionId === 'opinion')).toBe(true);
  });

  it('carries summaries, not bodies', () => {
    const [story] = railsOf({}).latest;
    expect(story).toHaveProperty('teaser');
    expect(story).not.toHaveProperty('contentHtml');
  });
});
