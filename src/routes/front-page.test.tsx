import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoFeed, feed, item } from '../../tests/fixtures/feeds';
import { renderRoute, serveFeeds } from '../../tests/render-route';

function railLinks(name: string) {
  const rail = within(screen.getByRole('complementary', { name: 'More stories' })).getByRole('region', { name });
  return within(rail)
    .getAllByRole('link')
    .map((link) => link.textContent)
    .filter((text) => !['World', 'Opinion', 'Sport'].includes(text));
}

describe('the edition front', () => {
  it('leads with the newest story that has a photo, then a block per section in feed order', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/');
    const lead = await screen.findByRole('region', { name: 'Lead story' });
    expect(within(lead).getByRole('heading', { name: 'Harbour towns agree to share storm warnings' })).toBeInTheDocument();
    const blocks = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(blocks.slice(1, 4)).toEqual(['World', 'Opinion', 'Sport']);
  });

  it('shows "Now reading" from the feed, skipping ids that do not exist', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/');
    await screen.findByRole('region', { name: 'Now reading' });
    expect(railLinks('Now reading')).toEqual(['Underdogs reach the cup semi-final', 'In defence of the slow news day']);
  });

  it('shows "Popular" in its ranked order with the first story’s summary', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/');
    const rail = await screen.findByRole('region', { name: 'Popular' });
    expect(
      within(rail)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Mountain pass reopens after landslide', 'Harbour towns agree to share storm warnings', 'Underdogs reach the cup semi-final']);
    expect(within(rail).getByText(/The lead of test story/)).toBeInTheDocument();
  });

  it('lists opinion columns with their columnists', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/');
    const rails = await screen.findByRole('complementary', { name: 'More stories' });
    const rail = within(rails).getByRole('region', { name: 'Opinion' });
    expect(within(rail).getByText('Margaret Ellery')).toBeInTheDocument();
    expect(within(rail).getByRole('link', { name: 'In defence of the slow news day' })).toBeInTheDocument();
  });

  it('lists the latest stories newest first with a video marker', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/');
    const rail = await screen.findByRole('region', { name: 'Latest' });
    const titles = within(rail)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(titles.slice(0, 2)).toEqual(['Harbour towns agree to share storm warnings', 'Mountain pass reopens after landslide']);
    expect(within(rail).getAllByText('Video')).toHaveLength(2);
  });

  it('falls back to the newest stories when the feed declares no rails', async () => {
    serveFeeds({
      en: feed([
        item({ title: 'Newest', date_published: '2026-11-28T10:00:00Z' }),
        item({ title: 'Middle', date_published: '2026-11-27T10:00:00Z' }),
        item({ title: 'Oldest', date_published: '2026-11-26T10:00:00Z' }),
      ]),
    });
    renderRoute('/en/');
    await screen.findByRole('region', { name: 'Now reading' });
    expect(railLinks('Now reading')).toEqual(['Newest', 'Middle', 'Oldest']);
    expect(screen.getByRole('region', { name: 'Popular' })).toBeInTheDocument();
  });

  it('makes a readable front from a plain JSON Feed without the _news extension', async () => {
    serveFeeds({
      en: {
        version: 'https://jsonfeed.org/version/1',
        title: 'A plain blog',
        items: [{ id: '1', content_text: 'Just a note about the weather today.', date_published: '2026-11-01T08:00:00Z' }],
      },
    });
    renderRoute('/en/');
    const lead = await screen.findByRole('region', { name: 'Lead story' });
    expect(within(lead).getByRole('link', { name: 'Just a note about the weather today.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All news' })).toHaveAttribute('href', '/en/news/');
  });
});
