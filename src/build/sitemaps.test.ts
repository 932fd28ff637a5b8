import { describe, expect, it } from 'vitest';
import { feed, item } from '../../tests/fixtures/feeds';
import { buildArtifacts, readEdition } from './edition-artifacts';
import { newsSitemap, sitemapIndex } from './sitemaps';

const NOW = new Date('2026-12-01T12:00:00Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3600_000).toISOString();

const stories = [
  item({ id: 'future', title: 'Scheduled for tomorrow', date_published: hoursAgo(-20) }),
  item({ id: 'fresh', title: 'Ferries & trains <today>', date_published: hoursAgo(1), _news: { section: 'world' } }),
  item({ id: 'yesterday', title: 'Yesterday’s story', date_published: hoursAgo(30) }),
  item({ id: 'edge', title: 'Just inside two days', date_published: hoursAgo(48) }),
  item({ id: 'old', title: 'Just outside two days', date_published: hoursAgo(48.01) }),
  item({ id: 'undated', title: 'No date at all', date_published: 'not a date' }),
];
const source = JSON.stringify(feed(stories));
const locs = (text: string) => [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
const titles = (text: string) => [...text.matchAll(/<news:title>([^<]+)<\/news:title>/g)].map((m) => m[1]);

describe('an edition’s news sitemap', () => {
  const sitemap = newsSitemap(readEdition('ru', source, 'ru.json'), 'https://news.example', NOW);

  it('lists exactly the stories published in the 48 hours before the build’s clock, newest first', () => {
    expect(sitemap.path).toBe('/sitemaps/news-ru.xml');
    expect(titles(sitemap.contents)).toEqual(['Ferries &amp; trains &lt;today&gt;', 'Yesterday’s story', 'Just inside two days']);
    expect(locs(sitemap.contents)[0]).toMatch(/^https:\/\/news\.example\/ru\/world\/ferries-trains-today-[a-z0-9]{7}$/);
  });

  it('names the publication and the edition’s language, and gives each story’s date, in Google News’s format', () => {
    expect(sitemap.contents).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(sitemap.contents.match(/<news:name>Meridian<\/news:name>/g)).toHaveLength(3);
    expect(sitemap.contents.match(/<news:language>ru<\/news:language>/g)).toHaveLength(3);
    expect(sitemap.contents).toContain(`<news:publication_date>${hoursAgo(1)}</news:publication_date>`);
  });

  it('is an empty list when nothing is that new', () => {
    const quiet = newsSitemap(readEdition('en', source, 'en.json'), 'https://news.example', new Date('2027-06-01T00:00:00Z'));
    expect(locs(quiet.contents)).toEqual([]);
    expect(quiet.contents).toContain('<urlset');
  });
});

describe('the sitemaps the build publishes', () => {
  const artifacts = buildArtifacts({ en: [source, 'en.json'], ru: [source, 'ru.json'] }, { siteUrl: 'https://news.example/', now: NOW });
  const file = (path: string) => artifacts.find((a) => a.path === path)?.contents ?? '';

  it('names one index in robots.txt, which lists every page’s sitemap and each edition’s news', () => {
    expect(file('/robots.txt')).toContain('Sitemap: https://news.example/sitemap-index.xml\n');
    expect(locs(file('/sitemap-index.xml'))).toEqual([
      'https://news.example/sitemap.xml',
      'https://news.example/sitemaps/news-en.xml',
      'https://news.example/sitemaps/news-ru.xml',
    ]);
    expect(titles(file('/sitemaps/news-en.xml'))).toHaveLength(3);
  });

  it('keeps every page in sitemap.xml, on the configured origin', () => {
    expect(locs(file('/sitemap.xml'))).toContain('https://news.example/en/');
    expect(locs(file('/sitemap.xml'))).toContain('https://news.example/ru/archive/');
  });

  it('writes any list of sitemaps as an index', () => {
    expect(locs(sitemapIndex('https://news.example', ['/a.xml', '/b&c.xml']).contents)).toEqual([
      'https://news.example/a.xml',
      'https://news.example/b&amp;c.xml',
    ]);
  });
});
