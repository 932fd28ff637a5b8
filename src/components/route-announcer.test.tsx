import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoFeed } from '../../tests/fixtures/feeds';
import { renderRoute, serveFeeds } from '../../tests/render-route';

/** The announcer is the polite live region that only ever holds a page title. */
const announcer = () => document.querySelector('[aria-live="polite"]');

describe('page changes for screen-reader users', () => {
  it('leave focus and the announcer alone on the first page', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/world/');
    await screen.findByRole('heading', { level: 1, name: 'World' });
    expect(document.activeElement).toBe(document.body);
    expect(announcer()).toHaveTextContent('');
  });

  it('move focus to the new page’s heading and announce its title after a navigation', async () => {
    serveFeeds({ en: demoFeed() });
    const { router } = renderRoute('/en/');
    await screen.findByRole('region', { name: 'Lead story' });
    await act(() => router.navigate('/en/world/'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'World' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    await waitFor(() => {
      expect(announcer()).toHaveTextContent('World — Meridian');
    });
  });

  it('announce a page even when its title is the same as the last one', async () => {
    serveFeeds({ en: demoFeed() });
    const { router } = renderRoute('/en/');
    await screen.findByRole('region', { name: 'Lead story' });
    await act(() => router.navigate('/en/world/'));
    await waitFor(() => {
      expect(announcer()).toHaveTextContent('World — Meridian');
    });
    const before = announcer()?.textContent;
    // The same page at another address (a newsletter's link): a new page for the reader all the same.
    await act(() => router.navigate('/en/world/?utm_source=newsletter'));
    await waitFor(() => {
      expect(announcer()?.textContent).not.toBe(before);
    });
    expect(announcer()).toHaveTextContent('World — Meridian');
  });
});
