import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nProvider } from '@/i18n/i18n-context';
import { en } from '@/i18n/messages/en';
import { PublishedTime } from './published-time';

const PUBLISHED = '2026-12-01T09:50:00.000Z';
const LABEL = '1 December 2026 at 09:50';

const time = (
  <I18nProvider lang="en" messages={en}>
    <PublishedTime iso={PUBLISHED} label={LABEL} relative />
  </I18nProvider>
);

describe('a relative publication time', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('first shows what the prerendered page shows, then keeps up with the clock once a minute', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(time);
    document.body.append(container);
    expect(container.textContent).toBe(LABEL);

    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await act(() => Promise.resolve(hydrateRoot(container, time)));
    // Hydrated without a mismatch, then switched to the relative time.
    expect(errors).not.toHaveBeenCalled();
    expect(screen.getByText('10 minutes ago')).toHaveAttribute('title', LABEL);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000);
    });
    expect(screen.getByText('11 minutes ago')).toBeInTheDocument();

    // After a day the story is dated, no longer "hours ago".
    await act(async () => {
      await vi.advanceTimersByTimeAsync(24 * 3600_000);
    });
    expect(screen.getByText(LABEL)).toBeInTheDocument();
    act(() => {
      root.unmount();
    });
    container.remove();
  });
});
