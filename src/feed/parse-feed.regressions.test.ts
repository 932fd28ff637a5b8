import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';
import { sanitizeArticleHtml } from './sanitize';

const feedOf = (items: unknown[], news?: unknown) => ({ version: 'https://jsonfeed.org/version/1.1', items, _news: news });

function edition(items: unknown[], news?: unknown) {
  const result = parseFeed(feedOf(items, news), 'en');
  if (!result.ok) throw new Error('expected an edition');
  return result.edition;
}

describe('edge cases found in review', () => {
  it('treats words that Date.parse would accept as a missing date', () => {
    const [first, second] = edition([
      { id: 'junk', content_text: 'a', date_published: 'Episode 3' },
      { id: 'real', content_text: 'b', date_published: '2020-01-01T00:00:00Z' },
    ]).articles;
    expect(first?.id).toBe('real');
    expect(second?.published).toBeUndefined();
  });

  it('refuses impossible calendar dates instead of rolling them over', () => {
    expect(edition([{ id: 'x', content_text: 'a', date_published: '2025-02-30' }]).articles[0]?.published).toBeUndefined();
  });

  it('clips a title taken from a long id', () => {
    expect(edition([{ id: 'x'.repeat(1000), content_html: '<img src="/a.jpg">' }]).articles[0]?.title.length).toBeLessThanOrEqual(300);
  });

  it('never cuts an emoji in half when clipping', () => {
    const title = edition([{ id: 'e', content_text: 'a', title: `${'a'.repeat(298)}😀${'b'.repeat(10)}` }]).articles[0]?.title ?? '';
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(title)).toBe(false);
  });

  it('matches numeric ids in rails as item ids are matched', () => {
    expect(edition([{ id: 7, content_text: 'a' }], { now_reading: [7] }).nowReading).toEqual(['7']);
  });

  it('keeps table spans and language attributes in article bodies', () => {
    const html = sanitizeArticleHtml('<table><tr><td colspan="2" scope="col" lang="de">x</td></tr></table>');
    expect(html).toContain('colspan="2"');
    expect(html).toContain('lang="de"');
  });
});
