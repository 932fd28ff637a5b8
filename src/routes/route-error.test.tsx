import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoFeed } from '../../tests/fixtures/feeds';
import { renderRoute, serveFeeds } from '../../tests/render-route';

describe('when the feed cannot be read', () => {
  it('explains a server error and offers a retry that recovers', async () => {
    serveFeeds({ en: { status: 503 } });
    renderRoute('/en/');
    expect(await screen.findByRole('heading', { level: 1, name: 'The news could not be loaded' })).toBeInTheDocument();
    expect(screen.getByText('The news server answered with an error (503).')).toBeInTheDocument();

    serveFeeds({ en: demoFeed() });
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Lead story' })).toBeInTheDocument();
  });

  it('says the feed is damaged when the JSON is truncated', async () => {
    serveFeeds({ en: { raw: '{"version": "https://jsonfeed.org/version/1.1", "items": [' } });
    renderRoute('/en/');
    expect(await screen.findByText('The news feed is damaged and could not be read.')).toBeInTheDocument();
  });

  it('says the edition is damaged when a document is valid JSON of the wrong kind', async () => {
    serveFeeds({ en: { hello: 'world' } });
    renderRoute('/en/');
    expect(await screen.findByText('The news feed is damaged and could not be read.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('explains a network failure in the edition’s language', async () => {
    const { vi } = await import('vitest');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    renderRoute('/ru/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Не удалось загрузить новости' })).toBeInTheDocument();
  });
});

describe('addresses outside any edition', () => {
  it('shows a not-found page for an unknown language', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/xx/world/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('sends / to the remembered edition', async () => {
    localStorage.setItem('meridian:edition', 'de');
    serveFeeds({ de: demoFeed() });
    const { router } = renderRoute('/');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/de/');
    });
  });

  it('ignores a remembered value that is not an edition', async () => {
    localStorage.setItem('meridian:edition', '<script>');
    serveFeeds({ en: demoFeed() });
    const { router } = renderRoute('/');
    await waitFor(() => {
      expect(router.state.location.pathname).toMatch(/^\/(en|ru|de|fr|pt|es)\/$/);
    });
  });
});
