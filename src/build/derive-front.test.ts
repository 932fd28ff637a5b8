import { describe, expect, it } from 'vitest';
import { FRONT_SECTION_SIZE, FRONT_UNSECTIONED_SIZE } from '@/config/site-rules.js';
import type { FrontDoc } from '@/feed/types';
import { demoFeed, feed, item } from '../../tests/fixtures/feeds';
import { deriveFront } from './derive-front';
import { readEdition } from './edition-artifacts';
import { summarizer } from './summaries';

function frontOf(json: Record<string, unknown>): FrontDoc {
  const derived = deriveFront(readEdition('en', JSON.stringify(json), 'en.json'), summarizer('en'));
  expect(derived.artifacts.map((a) => a.path)).toEqual(['/data/en/front.json']);
  expect(derived.pages).toEqual([]);
  return JSON.parse(derived.artifacts[0]?.contents ?? '{}') as FrontDoc;
}

const dated = (i: number) => `2026-11-${String(28 - i).padStart(2, '0')}T10:00:00Z`;

describe('the front document', () => {
  it('leads with the newest story that has a picture and does not repeat it in its section', () => {
    const front = frontOf(demoFeed());
    expect(front.lead?.title).toBe('Harbour towns agree to share storm warnings');
    expect(front.blocks.map((b) => [b.section.id, b.articles.map((a) => a.title)])).toEqual([
      ['world', ['Mountain pass reopens after landslide']],
      ['opinion', ['In defence of the slow news day', 'Benches, not screens']],
      ['sport', ['Underdogs reach the cup semi-final']],
    ]);
    expect(front.total).toBe(6);
  });

  it(`gives each section its ${FRONT_SECTION_SIZE} newest stories`, () => {
    const items = Array.from({ length: FRONT_SECTION_SIZE + 4 }, (_, i) => item({ id: `w${i}`, date_published: dated(i), _news: { section: 'world' } }));
    const front = frontOf(feed(items));
    // The first, with no picture in the section, leads the front.
    expect(front.blocks[0]?.articles.map((a) => a.id)).toEqual(items.slice(1, FRONT_SECTION_SIZE + 1).map((i) => i.id));
    expect(front.unsectioned).toEqual([]);
  });

  it(`gives a feed without sections its ${FRONT_UNSECTIONED_SIZE} newest stories after the lead`, () => {
    const items = Array.from({ length: FRONT_UNSECTIONED_SIZE + 5 }, (_, i) => item({ id: `n${i}`, date_published: dated(i) }));
    const front = frontOf(feed(items, {}));
    expect(front.lead?.id).toBe('n0');
    expect(front.unsectioned.map((a) => a.id)).toEqual(items.slice(1, FRONT_UNSECTIONED_SIZE + 1).map((i) => i.id));
  });

  it('carries summaries with their date labels, not bodies', () => {
    const { lead } = frontOf(demoFeed());
    expect(lead).toMatchObject({
      teaser: 'Eleven towns will pass warnings to each other within five minutes.',
      publishedLabel: '28 November 2026 at 09:00',
    });
    expect(lead).not.toHaveProperty('contentHtml');
    expect(lead).not.toHaveProperty('tags');
  });
});
