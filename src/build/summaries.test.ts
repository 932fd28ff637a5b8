import { describe, expect, it } from 'vitest';
import { demoFeed } from '../../tests/fixtures/feeds';
import { readEdition } from './edition-artifacts';
import { summarizer, toSummary, withDateLabels } from './summaries';

const [lead] = readEdition('en', JSON.stringify(demoFeed()), 'en.json').articles;
if (!lead) throw new Error('the demo feed has a lead');

describe('summaries', () => {
  it('keep what a card shows and leave the body, tags and translations in the article', () => {
    const summary = toSummary(lead, 'en-GB');
    expect(summary).toMatchObject({ id: 'lead', title: 'Harbour towns agree to share storm warnings', sectionId: 'world', video: false });
    expect(summary.image?.url).toBe('/images/harbour.svg');
    for (const field of ['contentHtml', 'contentText', 'summary', 'tags', 'translations', 'editor']) expect(summary).not.toHaveProperty(field);
  });

  it('label the dates in the edition’s locale, so pages never format dates while they start', () => {
    expect(withDateLabels(lead, 'en-GB')).toMatchObject({ publishedLabel: '28 November 2026 at 09:00', modifiedLabel: '28 November 2026 at 11:30' });
    expect(summarizer('de')(lead).publishedLabel).toBe(toSummary(lead, 'de-DE').publishedLabel);
    expect(summarizer('de')(lead).publishedLabel).not.toBe(summarizer('en')(lead).publishedLabel);
  });

  it('have no date labels for a story without dates', () => {
    const { published: _p, modified: _m, ...undated } = lead;
    const summary = toSummary(undated, 'en-GB');
    expect(summary).not.toHaveProperty('publishedLabel');
    expect(summary).not.toHaveProperty('modifiedLabel');
  });
});
