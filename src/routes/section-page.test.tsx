import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  /** `count` stories, "Numbered story 1" the newest, an hour apart. */
  const numbered = (count: number, news: Record<string, unknown> = {}) =>
    Array.from({ length: count }, (_, i) =>
      item({ title: `Numbered story ${i + 1}`, date_published: new Date(Date.UTC(2026, 10, 28, 12) - i * 3600_000).toISOString(), _news: news }),
    );
  const listed = () =>
    within(screen.getByRole('main'))
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
  const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `Numbered story ${from + i}`);

  it('shows the newest stories at all news’ own address, with the way to older ones and no count', async () => {
    // 45 stories, 20 a page: the 20 oldest are ?page=1, the 25 newest stay at the list’s own address.
    serveFeeds({ en: feed(numbered(45)) });
    renderRoute('/en/news/');
    await screen.findByRole('heading', { level: 1, name: 'All news' });
    expect(listed().slice(0, 25)).toEqual(numbers(1, 25));
    expect(listed()).not.toContain('Numbered story 26');
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('link', { name: /Older stories/ })).toHaveAttribute('href', '/en/news/?page=1');
    expect(within(pages).queryByRole('link', { name: /Newer stories/ })).not.toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveTextContent(/Page \d|\d+ stories|\bof \d/);
    expect(document.title).toBe('All news — Meridian');
  });

  it('keeps the oldest stories at ?page=1, linked to the newer ones', async () => {
    serveFeeds({ en: feed(numbered(45)) });
    renderRoute('/en/news/?page=1');
    await screen.findByRole('heading', { level: 1, name: 'All news' });
    expect(listed().slice(0, 20)).toEqual(numbers(26, 45));
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('link', { name: /Newer stories/ })).toHaveAttribute('href', '/en/news/');
    expect(within(pages).queryByRole('link', { name: /Older stories/ })).not.toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveTextContent(/Page \d|\d+ stories|\bof \d/);
    expect(document.title).toBe('All news (1) — Meridian');
  });

  it('shows chunk k of a section at ?page=k, between the chunk newer and the chunk older', async () => {
    // 65 stories: chunks of 20 from the oldest; chunk 3 and the 5 newer stories are the own page.
    serveFeeds({ en: feed(numbered(65, { section: 'world' })) });
    const { router } = renderRoute('/en/world/?page=2');
    await screen.findByRole('heading', { level: 1, name: 'World' });
    expect(listed().slice(0, 20)).toEqual(numbers(26, 45));
    let pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('link', { name: /Newer stories/ })).toHaveAttribute('href', '/en/world/');
    expect(within(pages).getByRole('link', { name: /Older stories/ })).toHaveAttribute('href', '/en/world/?page=1');

    await userEvent.click(within(pages).getByRole('link', { name: /Older stories/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Numbered story 46' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=1');
    pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('link', { name: /Newer stories/ })).toHaveAttribute('href', '/en/world/?page=2');
    expect(within(pages).queryByRole('link', { name: /Older stories/ })).not.toBeInTheDocument();
  });

  it('has no pages links on a list that fits its own page', async () => {
    serveFeeds({ en: feed(numbered(39)) });
    renderRoute('/en/news/');
    await screen.findByRole('heading', { level: 1, name: 'All news' });
    expect(listed().filter((title) => title.startsWith('Numbered story'))).toEqual(numbers(1, 39));
    expect(screen.queryByRole('navigation', { name: 'Pages' })).not.toBeInTheDocument();
  });

  it('shows a not-found page for a page past the newest chunk, page 0 or a number written otherwise', async () => {
    serveFeeds({ en: feed(numbered(45)) });
    const { router } = renderRoute('/en/news/?page=2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    for (const search of ['?page=0', '?page=01', '?page=x', '?page=']) {
      await router.navigate(`/en/news/${search}`);
      expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' }), search).toBeInTheDocument();
    }
    await router.navigate('/en/news/?page=1');
    expect(await screen.findByRole('heading', { level: 1, name: 'All news' })).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown section', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/gardening/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('lists an author’s stories on their page, without counting them', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/authors/margaret-ellery/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Margaret Ellery' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('heading', { level: 2, name: 'In defence of the slow news day' })).toBeInTheDocument();
    expect(screen.queryByText('1 story')).not.toBeInTheDocument();
  });
});
