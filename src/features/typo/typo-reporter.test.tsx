import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-context';
import { en } from '@/i18n/messages/en';
import type { TypoDelivery, TypoOutcome, TypoReportDraft } from './typo-report';
import { polyfillDialog } from '../../../tests/polyfill-dialog';
import { TypoReporter } from './typo-reporter';

beforeAll(polyfillDialog);

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  Reflect.deleteProperty(navigator, 'maxTouchPoints');
});

function fakeDelivery(overrides: Partial<TypoDelivery> = {}) {
  const stop = vi.fn();
  const delivery = {
    submit: vi.fn((_draft: TypoReportDraft) => Promise.resolve<TypoOutcome>('sent')),
    pendingCount: () => 0,
    subscribe: () => () => undefined,
    start: vi.fn(() => stop),
    ...overrides,
  };
  return { delivery, stop };
}

function renderReporter(delivery = fakeDelivery().delivery) {
  const view = render(
    <I18nProvider lang="en" messages={en}>
      <label>
        Search <input type="search" />
      </label>
      <p>Text outside the article.</p>
      <TypoReporter articleId="story-001" edition="en" delivery={delivery}>
        <article>
          <h1>Harbour towns agree</h1>
          <p>Eleven towns will share storm warnigns with each other.</p>
        </article>
      </TypoReporter>
    </I18nProvider>,
  );
  return { ...view, delivery };
}

function selectText(text: string, word: string) {
  const node = screen.getByText(text).firstChild as Text;
  const at = node.data.indexOf(word);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + word.length);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

const ctrlEnter = (target: Element = document.body) => fireEvent.keyDown(target, { key: 'Enter', ctrlKey: true });

describe('the typo reporter', () => {
  it('tells the reader under the article how to report a mistake', () => {
    renderReporter();
    expect(screen.getByText('Spotted a mistake? Select it with the mouse and press Ctrl+Enter.')).toBeInTheDocument();
  });

  it('opens the dialog with the selection in context on Ctrl+Enter', async () => {
    renderReporter();
    selectText('Eleven towns will share storm warnigns with each other.', 'warnigns');
    ctrlEnter();
    const dialog = await screen.findByRole('dialog', { name: 'Report a mistake' });
    expect(dialog.querySelector('blockquote')).toHaveTextContent(/^Eleven towns will share storm warnigns with each other\.$/);
    expect(dialog.querySelector('mark')).toHaveTextContent('warnigns');
  });

  it('gets ready to send as soon as text in the article is selected, not for selections elsewhere', () => {
    const prepare = vi.fn();
    renderReporter(fakeDelivery({ prepare }).delivery);
    selectText('Text outside the article.', 'outside');
    document.dispatchEvent(new Event('selectionchange'));
    expect(prepare).not.toHaveBeenCalled();
    selectText('Eleven towns will share storm warnigns with each other.', 'warnigns');
    document.dispatchEvent(new Event('selectionchange'));
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('answers Cmd+Enter too, as macOS readers press it', async () => {
    renderReporter();
    selectText('Eleven towns will share storm warnigns with each other.', 'storm');
    fireEvent.keyDown(document.body, { key: 'Enter', metaKey: true });
    expect(await screen.findByRole('dialog', { name: 'Report a mistake' })).toBeInTheDocument();
  });

  it('leaves Ctrl+Enter typed in a form field alone', () => {
    renderReporter();
    selectText('Eleven towns will share storm warnigns with each other.', 'warnigns');
    const event = ctrlEnter(screen.getByRole('searchbox', { name: 'Search' }));
    expect(event).toBe(true);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('leaves Ctrl+Enter on a focused link to the link when nothing is selected', () => {
    renderReporter();
    const link = document.createElement('a');
    link.href = '/en/world/';
    link.textContent = 'World';
    document.body.append(link);
    expect(ctrlEnter(link)).toBe(true);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    link.remove();
  });

  it('ignores plain Enter and other modifier combinations', () => {
    renderReporter();
    selectText('Eleven towns will share storm warnigns with each other.', 'warnigns');
    fireEvent.keyDown(document.body, { key: 'Enter' });
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true, shiftKey: true });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('explains what to do when the selection is outside the article', async () => {
    renderReporter();
    selectText('Text outside the article.', 'outside');
    ctrlEnter();
    expect(await screen.findByRole('dialog')).toHaveAccessibleDescription(/^That text is not part of the article\./);
  });

  it('explains what to do when nothing is selected', async () => {
    renderReporter();
    ctrlEnter();
    expect(await screen.findByRole('dialog')).toHaveAccessibleDescription(/^Nothing is selected\./);
  });

  it('hands the report to delivery with the article, edition, page address and context', async () => {
    const user = userEvent.setup();
    const { delivery } = renderReporter();
    selectText('Eleven towns will share storm warnigns with each other.', 'warnigns');
    ctrlEnter();
    await user.type(screen.getByRole('textbox', { name: 'Comment (optional)' }), 'warnings');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(delivery.submit).toHaveBeenCalledWith({
      articleId: 'story-001',
      url: `${window.location.origin}${window.location.pathname}`,
      edition: 'en',
      selection: 'warnigns',
      before: 'Eleven towns will share storm ',
      after: ' with each other.',
      comment: 'warnings',
    });
    expect(await screen.findByText('Thank you! Your report has been sent to the editors.')).toBeInTheDocument();
  });

  it('starts delivery of saved reports while mounted and stops it when the article goes', () => {
    const { delivery, stop } = fakeDelivery();
    const { unmount } = renderReporter(delivery);
    expect(delivery.start).toHaveBeenCalled();
    unmount();
    expect(stop).toHaveBeenCalled();
  });

  it('says how many reports are waiting to be sent', () => {
    let count = 2;
    const listeners = new Set<() => void>();
    const { delivery } = fakeDelivery({
      pendingCount: () => count,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    renderReporter(delivery);
    expect(screen.getByText('2 typo reports are waiting to be sent. They will go out automatically as soon as possible.')).toBeInTheDocument();
    act(() => {
      count = 1;
      for (const listener of listeners) listener();
    });
    expect(screen.getByText('1 typo report is waiting to be sent. It will go out automatically as soon as possible.')).toBeInTheDocument();
  });

  it('offers a "Report a typo" button on touch screens once text in the article is selected', async () => {
    Object.defineProperty(navigator, 'maxTouchPoints', { value: 5, configurable: true });
    const user = userEvent.setup();
    renderReporter();
    expect(screen.queryByRole('button', { name: 'Report a typo' })).not.toBeInTheDocument();
    selectText('Eleven towns will share storm warnigns with each other.', 'warnigns');
    document.dispatchEvent(new Event('selectionchange'));
    await user.click(await screen.findByRole('button', { name: 'Report a typo' }));
    expect((await screen.findByRole('dialog', { name: 'Report a mistake' })).querySelector('mark')).toHaveTextContent('warnigns');
  });

  it('shows no touch button for a selection outside the article', async () => {
    Object.defineProperty(navigator, 'maxTouchPoints', { value: 5, configurable: true });
    renderReporter();
    selectText('Text outside the article.', 'outside');
    document.dispatchEvent(new Event('selectionchange'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('button', { name: 'Report a typo' })).not.toBeInTheDocument();
  });
});
