import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { feed, item } from '../../tests/fixtures/feeds';
import { renderRoute, serveFeeds } from '../../tests/render-route';

describe('an author with more stories than a page holds', () => {
  const stories = Array.from({ length: 25 }, (_, i) =>
    item({
      id: `a${i}`,
      title: `Column number ${i + 1}`,
      date_published: `2026-11-${String(28 - i).padStart(2, '0')}T08:00:00Z`,
      authors: [{ name: 'Margaret Ellery' }],
    }),
  );

  it('has a later page with the older stories, reached by its link', async () => {
    serveFeeds({ en: feed(stories) });
    const { router } = renderRoute('/en/authors/margaret-ellery/');
    await screen.findByRole('heading', { level: 1, name: 'Margaret Ellery' });
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Column number 1' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: 'Column number 25' })).not.toBeInTheDocument();

    await router.navigate('/en/authors/margaret-ellery/?page=2');
    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Column number 25' })).toBeInTheDocument();
    expect(screen.getByText('25 stories')).toBeInTheDocument();
  });
});
