import { describe, expect, it } from 'vitest';
import { demoFeed } from '../../tests/fixtures/feeds';
import { buildArtifacts } from './edition-artifacts';

/** Found by the naughty-strings edition of tests/e2e/hostile-feed.spec.ts: RSS that no reader could parse. */
describe('RSS written from feed text with characters XML cannot hold', () => {
  const hostileTitle = 'Roses are \u001b[0;31mred\u001b[0m, bells \u0007ring, a\bback, \u0000nul, lone \ud800 half, \uffff end';

  function rss(): string {
    const feed = demoFeed();
    const items = feed.items as Record<string, unknown>[];
    const source = JSON.stringify({
      ...feed,
      title: hostileTitle,
      items: items.map((item, i) => (i === 0 ? { ...item, title: hostileTitle, summary: `Lead \u000b\u000c${hostileTitle}` } : item)),
    });
    return buildArtifacts({ en: [source, 'x.json'] }).find((a) => a.path === '/feeds/en/all.xml')?.contents ?? '';
  }

  it('is still well-formed XML', () => {
    const document = new DOMParser().parseFromString(rss(), 'application/xml');
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.querySelector('channel > title')?.textContent).toBe('Roses are [0;31mred[0m, bells ring, aback, nul, lone  half,  end');
  });

  it('keeps the text around the dropped characters, and keeps emoji whole', () => {
    const feed = demoFeed();
    const source = JSON.stringify({ ...feed, title: 'Tide 🌊 & ferries\tline\none' });
    const text = buildArtifacts({ en: [source, 'x.json'] }).find((a) => a.path === '/feeds/en/all.xml')?.contents ?? '';
    expect(text).toContain('<title>Tide 🌊 &amp; ferries\tline\none</title>');
  });
});
