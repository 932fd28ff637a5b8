import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoFeed, feed, item } from '../../tests/fixtures/feeds';
import { renderRoute, serveFeeds } from '../../tests/render-route';

const LEAD = 'Harbour towns agree to share storm warnings';

describe('topic pages', () => {
  it('are where an article’s tag leads, listing the story', async () => {
    serveFeeds({ en: demoFeed() });
    const { router } = renderRoute('/en/');
    const lead = await screen.findByRole('region', { name: 'Lead story' });
    await router.navigate(within(lead).getByRole('link', { name: LEAD }).getAttribute('href') ?? '');
    const article = await screen.findByRole('article', { name: LEAD });
    const tag = within(article).getByRole('link', { name: 'storms' });
    expect(tag).toHaveAttribute('href', '/en/topics/storms/');
    await userEvent.click(tag);
    expect(await screen.findByRole('heading', { level: 1, name: 'storms' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/en/topics/storms/');
    const listed = within(screen.getByRole('main'))
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(listed[0]).toBe(LEAD);
    // No count: a topic page changes only with its own stories.
    expect(screen.queryByText(/1 story/)).not.toBeInTheDocument();
    expect(document.title).toBe('storms — Meridian');
  });

  it('link the topic’s own RSS and JSON Feed for feed readers', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/topics/coasts/');
    await screen.findByRole('heading', { level: 1, name: 'coasts' });
    expect(document.querySelector('link[rel="alternate"][type="application/rss+xml"][href="/feeds/en/topics/coasts.xml"]')).not.toBeNull();
    expect(document.querySelector('link[rel="alternate"][type="application/feed+json"][href="/feeds/en/topics/coasts.json"]')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'RSS' })).toHaveAttribute('href', '/feeds/en/topics/coasts.xml');
  });

  it('gather tags that differ only in case or spacing, and page them like a section', async () => {
    // 43 stories: the 20 oldest are ?page=1, the 23 newest the topic's own page.
    const items = Array.from({ length: 43 }, (_, i) =>
      item({
        title: `Tide story ${i + 1}`,
        date_published: new Date(Date.UTC(2026, 10, 28, 12) - i * 3600_000).toISOString(),
        tags: [['Spring tides', 'spring  tides', 'SPRING TIDES'][i % 3]],
      }),
    );
    serveFeeds({ en: feed(items) });
    renderRoute('/en/topics/spring-tides/?page=1');
    await screen.findByRole('heading', { level: 1, name: 'Spring tides' });
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('link', { name: /Newer stories/ })).toHaveAttribute('href', '/en/topics/spring-tides/');
    expect(within(pages).queryByRole('link', { name: /Older stories/ })).not.toBeInTheDocument();
    const listed = within(screen.getByRole('main'))
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(listed.slice(0, 3)).toEqual(['Tide story 24', 'Tide story 25', 'Tide story 26']);
    expect(listed).toContain('Tide story 43');
    expect(listed).not.toContain('Tide story 23');
    expect(document.title).toBe('Spring tides (1) — Meridian');
  });

  it('list every topic with its number of stories, as links', async () => {
    serveFeeds({ en: feed([item({ tags: ['Ferries', 'Storms'] }), item({ tags: ['storms'] })]) });
    renderRoute('/en/topics/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Topics' })).toBeInTheDocument();
    const [first, second] = within(screen.getByRole('main')).getAllByRole('listitem');
    expect(first).toHaveTextContent('Storms 2 stories');
    expect(within(first as HTMLElement).getByRole('link', { name: 'Storms' })).toHaveAttribute('href', '/en/topics/storms/');
    expect(second).toHaveTextContent('Ferries 1 story');
  });

  it('speak the edition’s language', async () => {
    serveFeeds({ ru: feed([item({ tags: ['Шторма'] }), item({ tags: ['шторма'] })]) });
    renderRoute('/ru/topics/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Темы' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Шторма' })).toHaveAttribute('href', '/ru/topics/shtorma/');
    expect(screen.getByText('2 материала')).toBeInTheDocument();
  });

  it('show a not-found page for an unknown topic and for a page past the newest chunk', async () => {
    serveFeeds({ en: demoFeed() });
    const { router } = renderRoute('/en/topics/gardening/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    // One story: its own page holds it, and ?page=1 (the oldest chunk of 20) does not exist yet.
    await router.navigate('/en/topics/storms/?page=1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
