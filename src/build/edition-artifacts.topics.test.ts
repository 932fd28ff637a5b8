import { describe, expect, it } from 'vitest';
import { feed, item } from '../../tests/fixtures/feeds';
import { buildArtifacts } from './edition-artifacts';

/** Each topic's own feeds and its place in sitemap.xml. */
describe('a topic’s feeds', () => {
  const stories = [
    item({ id: 'new', title: 'Ferries stay in port as the gale arrives', date_published: '2026-11-28T09:00:00Z', tags: ['Storms', 'Ferries'] }),
    item({ id: 'mid', title: 'Bridge opens & closes <twice>', date_published: '2026-11-27T09:00:00Z', tags: ['Bridges'] }),
    item({ id: 'old', title: 'A winter of storms, counted', date_published: '2026-11-26T09:00:00Z', tags: [' storms '] }),
  ];
  const artifacts = buildArtifacts({ en: [JSON.stringify(feed(stories)), 'en.json'] });
  const file = (path: string) => artifacts.find((a) => a.path === path)?.contents ?? '';

  it('are valid RSS 2.0: a channel named after the topic with its stories, newest first', () => {
    const rss = new DOMParser().parseFromString(file('/feeds/en/topics/storms.xml'), 'application/xml');
    expect(rss.querySelector('parsererror')).toBeNull();
    expect(rss.documentElement.tagName).toBe('rss');
    expect(rss.documentElement.getAttribute('version')).toBe('2.0');
    const channel = rss.querySelector('rss > channel');
    expect(channel?.querySelector(':scope > title')?.textContent).toBe('Meridian: Storms');
    expect(channel?.querySelector(':scope > link')?.textContent).toMatch(/\/en\/topics\/storms\/$/);
    const items = [...rss.querySelectorAll('channel > item')];
    expect(items.map((i) => i.querySelector('title')?.textContent)).toEqual(['Ferries stay in port as the gale arrives', 'A winter of storms, counted']);
    for (const entry of items) {
      expect(entry.querySelector('link')?.textContent).toMatch(/^https?:\/\/[^/]+\/en\/news\/[a-z0-9-]+$/);
      expect(entry.querySelector('guid')?.textContent).toBeTruthy();
    }
  });

  it('keep text XML cannot hold as it is escaped', () => {
    const rss = new DOMParser().parseFromString(file('/feeds/en/topics/bridges.xml'), 'application/xml');
    expect(rss.querySelector('parsererror')).toBeNull();
    expect(rss.querySelector('item > title')?.textContent).toBe('Bridge opens & closes <twice>');
  });

  it('are valid JSON Feed 1.1: version, title, the feed’s own address and items with id, url and title', () => {
    const json = JSON.parse(file('/feeds/en/topics/storms.json')) as {
      version: string;
      title: string;
      feed_url: string;
      home_page_url: string;
      items: { id: string; url: string; title: string }[];
    };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.title).toBe('Meridian: Storms');
    expect(json.feed_url).toMatch(/\/feeds\/en\/topics\/storms\.json$/);
    expect(json.home_page_url).toMatch(/\/en\/topics\/storms\/$/);
    expect(json.items.map((i) => i.id)).toEqual(['new', 'old']);
    for (const entry of json.items) {
      expect(entry.title).toEqual(expect.any(String));
      expect(new URL(entry.url).pathname).toMatch(/^\/en\/news\/[a-z0-9-]+$/);
    }
  });

  it('sit beside the topics pages, which sitemap.xml lists', () => {
    expect(artifacts.map((a) => a.path).filter((p) => p.startsWith('/feeds/en/topics/'))).toEqual([
      '/feeds/en/topics/storms.json',
      '/feeds/en/topics/storms.xml',
      '/feeds/en/topics/ferries.json',
      '/feeds/en/topics/ferries.xml',
      '/feeds/en/topics/bridges.json',
      '/feeds/en/topics/bridges.xml',
    ]);
    const sitemap = new DOMParser().parseFromString(file('/sitemap.xml'), 'application/xml');
    const locs = [...sitemap.querySelectorAll('url > loc')].map((loc) => new URL(loc.textContent).pathname);
    expect(locs).toEqual(expect.arrayContaining(['/en/topics/', '/en/topics/storms/', '/en/topics/ferries/', '/en/topics/bridges/']));
  });
});
