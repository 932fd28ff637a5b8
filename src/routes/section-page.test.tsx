import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoFeed, feed, item } from '../../tests/fixtures/feeds';
import { renderRoute, serveFeeds } from '../../tests/render-route';

describe('section fronts and all news', () => {
  it('lists a section’s stories newest first', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/opinion/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Opinion' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    const titles = within(main)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(titles.slice(0, 2)).toEqual(['In defence of the slow news day', 'Benches, not screens']);
    expect(document.title).toBe('Opinion — Meridian');
  });

  it('loads the first story’s photo at once and the others as the reader scrolls near', async () => {
    const stories = [1, 2, 3].map((n) =>
      item({ id: `w${n}`, title: `World story ${n}`, image: `/images/w${n}.svg`, date_published: `2026-11-2${n}T09:00:00Z`, _news: { section: 'world' } }),
    );
    serveFeeds({ en: feed(stories) });
    renderRoute('/en/world/');
    await screen.findByRole('heading', { level: 1, name: 'World' });
    // Card photos are decorative (alt=""), so they have no role to find them by.
    const [list] = within(screen.getByRole('main')).getAllByRole('list');
    const photos = [...(list?.querySelectorAll('img') ?? [])];
    expect(photos).toHaveLength(3);
    expect(photos[0]).toHaveAttribute('src', '/images/w3.svg');
    expect(photos[0]).toHaveAttribute('fetchpriority', 'high');
    expect(photos[0]).not.toHaveAttribute('loading');
    for (const photo of photos.slice(1)) expect(photo).toHaveAttribute('loading', 'lazy');
  });

  it('marks the current section in the navigation', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/sport/');
    await screen.findByRole('heading', { level: 1, name: 'Sport' });
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Sport' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows stories without a known section under All news', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/news/');
    await screen.findByRole('heading', { level: 1, name: 'All news' });
    expect(within(screen.getByRole('main')).getAllByRole('link', { name: 'A story with no section at all' })[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/en\/news\/a-story-with-no-section-at-all-\w+$/),
    );
  });

  it('pages all news with the page number in the URL', async () => {
    const items = Array.from({ length: 45 }, (_, i) =>
      item({ title: `Numbered story ${i + 1}`, date_published: new Date(Date.UTC(2026, 10, 28, 12) - i * 3600_000).toISOString() }),
    );
    serveFeeds({ en: feed(items) });
    renderRoute('/en/news/?page=2');
    await screen.findByRole('heading', { level: 1, name: 'All news' });
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByText('Page 2 of 3')).toBeInTheDocument();
    expect(within(pages).getByRole('link', { name: /Newer stories/ })).toHaveAttribute('href', '/en/news/');
    expect(within(pages).getByRole('link', { name: /Older stories/ })).toHaveAttribute('href', '/en/news/?page=3');
    const listed = within(screen.getByRole('main'))
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(listed.slice(0, 2)).toEqual(['Numbered story 21', 'Numbered story 22']);
    expect(listed).not.toContain('Numbered story 20');
  });

  it('shows a not-found page for an unknown section', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/gardening/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('lists an author’s stories on their page', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/authors/margaret-ellery/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Margaret Ellery' })).toBeInTheDocument();
    expect(screen.getByText('1 story')).toBeInTheDocument();
  });
});
