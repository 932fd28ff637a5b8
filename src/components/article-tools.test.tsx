import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setTextSize } from '@/lib/preferences';
import { demoFeed } from '../../tests/fixtures/feeds';
import { renderRoute, serveFeeds } from '../../tests/render-route';

async function openLead() {
  serveFeeds({ en: demoFeed() });
  const { router } = renderRoute('/en/');
  const lead = await screen.findByRole('region', { name: 'Lead story' });
  const href = within(lead).getByRole('link', { name: 'Harbour towns agree to share storm warnings' }).getAttribute('href') ?? '';
  await act(() => router.navigate(href));
  return screen.findByRole('article', { name: 'Harbour towns agree to share storm warnings' });
}

describe('the article’s reading tools', () => {
  it('say how long the story takes to read', async () => {
    const article = await openLead();
    // A few dozen words: under a minute still reads as one.
    expect(within(article).getByText('1 min read')).toBeInTheDocument();
  });

  it('offer the text size and sharing as a named group in the edition’s language', async () => {
    const article = await openLead();
    const tools = within(article).getByRole('group', { name: 'Reading options' });
    expect(within(tools).getByRole('combobox', { name: 'Text size' })).toHaveValue('standard');
    expect(within(tools).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });

  it('remember a text size and put it on the page', async () => {
    const article = await openLead();
    await userEvent.selectOptions(within(article).getByRole('combobox', { name: 'Text size' }), 'Large');
    expect(document.documentElement.dataset.textSize).toBe('large');
    expect(localStorage.getItem('meridian:text-size')).toBe('large');
    // The choice lives on in module state for this visit: put it back for the other tests.
    act(() => {
      setTextSize('standard');
    });
  });

  it('copy the link where there is no share sheet, and say so', async () => {
    // jsdom has neither navigator.share nor a clipboard: give it the clipboard only.
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    try {
      const article = await openLead();
      await userEvent.click(within(article).getByRole('button', { name: 'Copy link' }));
      expect(await within(article).findByText('Link copied')).toBeInTheDocument();
      // The story's own address, whatever the address bar holds (here a memory router's page).
      expect(writeText).toHaveBeenCalledWith(
        expect.stringMatching(new RegExp(`^${window.location.origin}/en/world/harbour-towns-agree-to-share-storm-warnings-[0-9a-z]{7}$`)),
      );
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('print the story’s address, hidden on screen by the stylesheet', async () => {
    await openLead();
    expect(screen.getByText(/^This story online: http:\/\/localhost(:\d+)?\/en\/world\/harbour-towns/)).toBeInTheDocument();
  });
});
