import { describe, expect, it } from 'vitest';
import { demoFeed, feed, item } from '../../tests/fixtures/feeds';
import { createArticleSanitizer } from '@/feed/sanitize';
import { buildArtifacts, buildSite } from './edition-artifacts';
import type { ArticleDoc, FrontDoc } from '@/feed/types';
import { DOCUMENT_FORMAT } from '@/config/site-rules.js';

const source = JSON.stringify(demoFeed());

describe('files the build derives from the editions', () => {
  it('writes a JSON Feed and an RSS feed for the edition and for each section', () => {
    const paths = buildArtifacts({ en: [source, 'public/feeds/en.json'] }).map((a) => a.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/feeds/en/all.json', '/feeds/en/all.xml', '/feeds/en/world.xml', '/feeds/en/opinion.json', '/sitemap.xml', '/robots.txt']),
    );
  });

  it('puts a section’s stories, newest first, in its RSS feed', () => {
    const rss = buildArtifacts({ en: [source, 'public/feeds/en.json'] }).find((a) => a.path === '/feeds/en/opinion.xml')?.contents ?? '';
    expect(rss).toContain('<title>Meridian: Opinion</title>');
    expect(rss.indexOf('In defence of the slow news day')).toBeLessThan(rss.indexOf('Benches, not screens'));
    expect(rss).not.toContain('Underdogs');
  });

  it('lists every edition’s pages in sitemap.xml with hreflang alternates for translations', () => {
    const ru = JSON.stringify({
      ...demoFeed(),
      items: [{ id: 'ru-lead', title: 'Гавани договорились', content_text: 'Текст.', _news: { section: 'world' } }],
    });
    const sitemap =
      buildArtifacts({ en: [source, 'public/feeds/en.json'], ru: [ru, 'public/feeds/ru.json'] }, { siteUrl: 'https://meridian.example' }).find(
        (a) => a.path === '/sitemap.xml',
      )?.contents ?? '';
    expect(sitemap).toContain('<loc>https://meridian.example/en/opinion/</loc>');
    expect(sitemap).toContain('<loc>https://meridian.example/ru/archive/</loc>');
    expect(sitemap).toMatch(/hreflang="ru" href="https:\/\/meridian\.example\/ru\/world\/gavani-dogovorilis-\w{7}"/);
  });

  it('escapes feed text in XML', () => {
    const hostile = JSON.stringify({ ...demoFeed(), title: 'Tom & Jerry <b>' });
    const rss = buildArtifacts({ en: [hostile, 'x.json'] }).find((a) => a.path === '/feeds/en/all.xml')?.contents ?? '';
    expect(rss).toContain('<title>Tom &amp; Jerry &lt;b&gt;</title>');
  });

  it('fails the build naming the file and the problem when a source feed is broken', () => {
    expect(() => buildArtifacts({ de: ['{"items": [', 'public/feeds/de.json'] })).toThrow(/public\/feeds\/de\.json: not valid JSON/);
    expect(() => buildArtifacts({ fr: ['{"title": "x"}', 'public/feeds/fr.json'] })).toThrow(/public\/feeds\/fr\.json: not a JSON Feed \(.*version/);
  });
});

describe('photos with responsive copies', () => {
  it('carry the build’s copies into the article document and the cards that show them', () => {
    // The demo fixture's lead story shows /images/harbour.svg; a photo at that path gets copies.
    const sources = [{ type: 'image/avif' as const, srcset: '/images/variants/x-480.avif 480w' }];
    const site = buildSite({ en: [source, 'public/feeds/en.json'] }, (html) => html, { '/images/harbour.svg': sources });
    const docs = site.artifacts.filter((a) => a.path.startsWith('/data/en/')).map((a) => a.contents);
    const mentions = docs.filter((contents) => contents.includes('/images/variants/x-480.avif 480w'));
    expect(mentions.some((contents) => contents.startsWith(`{"format":${DOCUMENT_FORMAT},"kind":"article"`))).toBe(true);
    expect(mentions.some((contents) => contents.startsWith(`{"format":${DOCUMENT_FORMAT},"kind":"list-page"`))).toBe(true);
  });
});

describe('a teaser made from HTML content when the feed gives no summary', () => {
  const feed = demoFeed();
  const [lead, ...rest] = feed.items as Record<string, unknown>[];
  const withoutSummary = { ...lead, summary: undefined, content_html: '<p>Caf&eacute; &mdash; &#8220;quoted&#8221;</p>' };
  const site = buildSite({ en: [JSON.stringify({ ...feed, items: [withoutSummary, ...rest] }), 'public/feeds/en.json'] }, (html) => html);
  const file = (path: string) => site.artifacts.find((a) => a.path === path)?.contents ?? '';

  it('reads as the text, every entity decoded, on the front', () => {
    const front = JSON.parse(file('/data/en/front.json')) as FrontDoc;
    expect(front.lead?.teaser).toBe('Café — “quoted”');
  });

  it('reads as the text in the RSS feed, escaped for XML', () => {
    const rss = new DOMParser().parseFromString(file('/feeds/en/all.xml'), 'application/xml');
    expect(rss.querySelector('parsererror')).toBeNull();
    expect(rss.querySelector('item > description')?.textContent).toBe('Café — “quoted”');
    expect(file('/feeds/en/all.xml')).toContain('<description>Café — “quoted”</description>');
  });

  it('reads as the text in the JSON Feed', () => {
    const json = JSON.parse(file('/feeds/en/all.json')) as { items: { summary: string; content_text: string }[] };
    expect(json.items[0]).toMatchObject({ summary: 'Café — “quoted”', content_text: 'Café — “quoted”' });
  });
});

describe('two stories whose ids share a short key', () => {
  // A real pair, found by scripts/find-key-collisions.mjs.
  const stories = [item({ id: 'en-c612382', date_published: '2026-11-24T19:40:00Z' }), item({ id: 'en-c449599', date_published: '2026-11-20T08:15:00Z' })];

  it('get a document and a page each, and the build says which story got the longer key', () => {
    const site = buildSite({ en: [JSON.stringify(feed(stories)), 'en.json'] }, createArticleSanitizer(window));
    const articles = site.artifacts.filter((a) => a.path.startsWith('/data/en/articles/'));
    expect(articles).toHaveLength(2);
    const ids = articles.map((a) => (JSON.parse(a.contents) as ArticleDoc).article.id).sort();
    expect(ids).toEqual(['en-c449599', 'en-c612382']);
    expect(site.pages.filter((page) => /^\/en\/news\/[a-z0-9-]+$/.test(page))).toHaveLength(2);
    expect(site.notices).toEqual(['en: 2 stories share the key 18rr8jm; en-c449599 keeps it, en-c612382 got a longer one']);
  });
});
