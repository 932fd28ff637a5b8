import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { feed, item } from '../../tests/fixtures/feeds';
import { renderRoute, serveFeeds } from '../../tests/render-route';

describe('an author with more stories than a page holds', () => {
  // 45 columns, 20 a page counted from the oldest: the 20 oldest are ?page=1, the 25 newest the author's page.
  const stories = Array.from({ length: 45 }, (_, i) =>
    item({
      id: `a${i}`,
      title: `Column number ${i + 1}`,
      date_published: new Date(Date.UTC(2026, 10, 28, 8) - i * 86_400_000).toISOString(),
      authors: [{ name: 'Margaret Ellery' }],
    }),
  );

  it('has an older page with the oldest stories, reached by its link, and counts none of them', async () => {
    serveFeeds({ en: feed(stories) });
    const { router } = renderRoute('/en/authors/margaret-ellery/');
    await screen.findByRole('heading', { level: 1, name: 'Margaret Ellery' });
    expect(screen.getAllByRole('link', { name: 'Column number 25' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: 'Column number 26' })).not.toBeInTheDocument();
    const older = within(screen.getByRole('navigation', { name: 'Pages' })).getByRole('link', { name: /Older stories/ });
    expect(older).toHaveAttribute('href', '/en/authors/margaret-ellery/?page=1');
    expect(screen.queryByText(/45 stories|Page 1/)).not.toBeInTheDocument();

    await router.navigate('/en/authors/margaret-ellery/?page=1');
    expect(await screen.findByRole('link', { name: 'Column number 45' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Column number 26' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Pages' })).getByRole('link', { name: /Newer stories/ })).toHaveAttribute(
      'href',
      '/en/authors/margaret-ellery/',
    );
    expect(document.title).toBe('Margaret Ellery (1) — Meridian');
    expect(screen.queryByText(/45 stories|Page 1/)).not.toBeInTheDocument();
  });
});
