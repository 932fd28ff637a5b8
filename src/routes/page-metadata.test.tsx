import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { demoFeed, feed, item } from '../../tests/fixtures/feeds';
import { renderRoute, serveFeeds } from '../../tests/render-route';

const SITE = 'https://news.example';
const LOGO = { url: '/images/previews/logo-512x512.png', width: 512, height: 512 };
const PREVIEW = { url: '/images/previews/harbour-1200x630.jpg', width: 1200, height: 630 };

/** The demo edition, and the lead story's Russian translation in a Russian edition. */
function serveEditions() {
  const ru = feed([item({ id: 'ru-lead', title: 'Гавани договорились', date_published: '2026-11-28T10:00:00Z', _news: { section: 'world' } })]);
  serveFeeds({ en: demoFeed(), ru }, { together: true, site: { siteUrl: SITE, logo: LOGO, previews: { '/images/harbour.svg': PREVIEW } } });
}

const meta = (key: string) => [...document.head.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));
const canonical = () => [...document.head.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href'));

/** The page's structured data, once its effect has put it in <head> (which may follow the page's text on a busy machine). */
async function structuredData(): Promise<Record<string, unknown>[]> {
  const scripts = await vi.waitFor(
    () => {
      const found = document.head.querySelectorAll('script[type="application/ld+json"]');
      expect(found).toHaveLength(1);
      return found;
    },
    { timeout: 5000 },
  );
  const data = JSON.parse(scripts[0]?.textContent ?? '{}') as { '@context': string; '@graph': Record<string, unknown>[] };
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
}

async function openLead() {
  serveEditions();
  const { router } = renderRoute('/en/');
  const lead = await screen.findByRole('region', { name: 'Lead story' });
  const path = within(lead).getByRole('link', { name: 'Harbour towns agree to share storm warnings' }).getAttribute('href') ?? '';
  await router.navigate(path);
  await screen.findByRole('heading', { level: 1, name: 'Harbour towns agree to share storm warnings' });
  return path;
}

describe('what an article tells search engines and link previews', () => {
  it('names its absolute canonical address, its edition’s locale and its translation’s', async () => {
    const path = await openLead();
    expect(canonical()).toEqual([`${SITE}${path}`]);
    expect(meta('og:url')).toEqual([`${SITE}${path}`]);
    expect(meta('og:type')).toEqual(['article']);
    expect(meta('og:title')).toEqual(['Harbour towns agree to share storm warnings']);
    expect(meta('og:description')).toEqual(['Eleven towns will pass warnings to each other within five minutes.']);
    expect(meta('og:site_name')).toEqual(['Meridian']);
    expect(meta('og:locale')).toEqual(['en_GB']);
    expect(meta('og:locale:alternate')).toEqual(['ru_RU']);
    expect(document.head.querySelector('link[rel="alternate"][hreflang="ru"]')?.getAttribute('href')).toMatch(
      /^https:\/\/news\.example\/ru\/world\/[a-z0-9-]+$/,
    );
    expect(meta('twitter:card')).toEqual(['summary_large_image']);
    expect(meta('robots')).toEqual(['max-image-preview:large']);
  });

  it('shows the build’s raster preview and says when, where and under which tags it was published', async () => {
    await openLead();
    expect(meta('og:image')).toEqual([`${SITE}${PREVIEW.url}`]);
    expect([...meta('og:image:width'), ...meta('og:image:height'), ...meta('og:image:alt')]).toEqual(['1200', '630', 'A tide gauge on a harbour wall.']);
    expect(meta('article:published_time')).toEqual(['2026-11-28T09:00:00.000Z']);
    expect(meta('article:modified_time')).toEqual(['2026-11-28T11:30:00.000Z']);
    expect(meta('article:section')).toEqual(['World']);
    expect(meta('article:tag')).toEqual(['storms', 'coasts']);
  });

  it('describes itself as a NewsArticle, with the breadcrumbs from the front to the story', async () => {
    const path = await openLead();
    const [story, trail] = await structuredData();
    expect(story).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Harbour towns agree to share storm warnings',
      description: 'Eleven towns will pass warnings to each other within five minutes.',
      image: [`${SITE}${PREVIEW.url}`],
      datePublished: '2026-11-28T09:00:00.000Z',
      dateModified: '2026-11-28T11:30:00.000Z',
      author: [
        { '@type': 'Person', name: 'Daniel Reyes', url: `${SITE}/en/authors/daniel-reyes/` },
        { '@type': 'Person', name: 'Mira Holt', url: `${SITE}/en/authors/mira-holt/` },
      ],
      publisher: { '@type': 'Organization', name: 'Meridian', logo: { '@type': 'ImageObject', url: `${SITE}${LOGO.url}`, width: 512, height: 512 } },
      inLanguage: 'en-GB',
      articleSection: 'World',
      isAccessibleForFree: true,
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}${path}` },
    });
    expect(story).not.toHaveProperty('correction');
    expect(trail).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Meridian', item: `${SITE}/en/` },
        { '@type': 'ListItem', position: 2, name: 'World', item: `${SITE}/en/world/` },
        { '@type': 'ListItem', position: 3, name: 'Harbour towns agree to share storm warnings', item: `${SITE}${path}` },
      ],
    });
  });

  it('leaves the previous page’s structured data behind on a client-side navigation', async () => {
    await openLead();
    expect((await structuredData())[0]).toMatchObject({ '@type': 'NewsArticle' });
    screen.getAllByRole('link', { name: 'World' })[0]?.click();
    await screen.findByRole('heading', { level: 1, name: 'World' });
    // The article's script goes when its page's effects are cleaned up, which may follow the new heading.
    await vi.waitFor(
      () => {
        expect(document.head.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
      },
      { timeout: 5000 },
    );
    expect(meta('og:type')).toEqual(['website']);
    expect(canonical()).toEqual([`${SITE}/en/world/`]);
  });
});

describe('what a front tells search engines and link previews', () => {
  it('is the edition’s website, published by the newsroom, with the other editions’ fronts as alternates', async () => {
    serveEditions();
    renderRoute('/en/');
    await screen.findByRole('region', { name: 'Lead story' });
    expect(canonical()).toEqual([`${SITE}/en/`]);
    expect(meta('og:type')).toEqual(['website']);
    expect(meta('og:locale')).toEqual(['en_GB']);
    expect(meta('og:locale:alternate')).toEqual(['ru_RU']);
    expect(meta('og:image')).toEqual([`${SITE}${LOGO.url}`]);
    const [site, newsroom] = await structuredData();
    expect(site).toMatchObject({ '@type': 'WebSite', name: 'Meridian', url: `${SITE}/en/`, inLanguage: 'en-GB' });
    expect(newsroom).toMatchObject({ '@type': 'Organization', name: 'Meridian', url: `${SITE}/`, logo: { url: `${SITE}${LOGO.url}` } });
  });
});

describe('what a list page tells search engines', () => {
  // 45 stories: the 20 oldest are ?page=1, the 25 newest the section's own page.
  const stories = Array.from({ length: 45 }, (_, i) =>
    item({ id: `l-${i}`, date_published: new Date(Date.UTC(2026, 10, 28, 12) - i * 3_600_000).toISOString(), _news: { section: 'world' } }),
  );

  it('keeps its page number in the canonical address, ?page=1 included, and drops every other parameter', async () => {
    serveFeeds({ en: feed(stories) }, { site: { siteUrl: `${SITE}/` } });
    renderRoute('/en/world/?page=1&utm_source=newsletter');
    await screen.findByRole('heading', { level: 1, name: 'World' });
    expect(canonical()).toEqual([`${SITE}/en/world/?page=1`]);
    expect(meta('og:url')).toEqual([`${SITE}/en/world/?page=1`]);
    expect(meta('og:locale:alternate')).toEqual([]);
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
  });

  it('names the list’s own address, without a page, as the canonical of its newest stories', async () => {
    serveFeeds({ en: feed(stories) }, { site: { siteUrl: `${SITE}/` } });
    renderRoute('/en/world/?utm_source=newsletter');
    await screen.findByRole('heading', { level: 1, name: 'World' });
    expect(canonical()).toEqual([`${SITE}/en/world/`]);
  });
});
