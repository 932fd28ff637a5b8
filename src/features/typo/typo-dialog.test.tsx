import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-context';
import { en } from '@/i18n/messages/en';
import { ru } from '@/i18n/messages/ru';
import type { TypoContext } from './typo-context';
import type { TypoOutcome } from './typo-report';
import { polyfillDialog } from '../../../tests/polyfill-dialog';
import { TypoDialog, type TypoRequest } from './typo-dialog';

beforeAll(polyfillDialog);

const context: TypoContext = {
  selection: 'warnigns',
  before: 'agreed on Tuesday to share storm ',
  after: ' with each other',
  trimmed: false,
  beforeClipped: true,
  afterClipped: true,
};

/** An "Open" button that mounts the dialog, as TypoReporter does, and unmounts it on close. */
function Harness({ request, onSend }: { request: TypoRequest; onSend: (comment: string) => Promise<TypoOutcome> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
        }}
      >
        Open
      </button>
      {open && (
        <TypoDialog
          request={request}
          onSend={onSend}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

function renderIn(lang: 'en' | 'ru', ui: ReactNode) {
  return render(
    <I18nProvider lang={lang} messages={lang === 'en' ? en : ru}>
      {ui}
    </I18nProvider>,
  );
}

async function openDialog(request: TypoRequest = { kind: 'quote', context }, onSend = vi.fn((_comment: string) => Promise.resolve<TypoOutcome>('sent'))) {
  const user = userEvent.setup();
  renderIn('en', <Harness request={request} onSend={onSend} />);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  return { user, onSend, dialog: screen.getByRole('dialog', { name: 'Report a mistake' }) };
}

describe('the typo dialog', () => {
  it('quotes the selection inside its context, with the selection highlighted', async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).getByText('The text you selected, in context:')).toBeInTheDocument();
    const quote = dialog.querySelector('blockquote');
    expect(quote).toHaveTextContent('… agreed on Tuesday to share storm warnigns with each other …');
    expect(quote?.querySelector('mark')).toHaveTextContent(/^warnigns$/);
    expect(dialog).toHaveAccessibleDescription('The text you selected, in context:');
  });

  it('moves focus to the comment field when it opens and back to the opener when it is cancelled', async () => {
    const { user } = await openDialog();
    expect(screen.getByRole('textbox', { name: 'Comment (optional)' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('sends the trimmed comment and tells the reader it was sent', async () => {
    const { user, onSend } = await openDialog();
    await user.type(screen.getByRole('textbox', { name: 'Comment (optional)' }), '  Should be "warnings".  ');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith('Should be "warnings".');
    expect(await screen.findByRole('status')).toHaveTextContent('Thank you! Your report has been sent to the editors.');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('tells the reader when the report was saved to send later', async () => {
    const { user } = await openDialog(
      undefined,
      vi.fn(() => Promise.resolve<TypoOutcome>('queued')),
    );
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/saved on this device and will be sent automatically/);
  });

  it('shows that it is sending and cannot be sent twice meanwhile', async () => {
    let finish: (outcome: TypoOutcome) => void = () => undefined;
    const onSend = vi.fn(() => new Promise<TypoOutcome>((resolve) => (finish = resolve)));
    const { user } = await openDialog(undefined, onSend);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const sending = screen.getByRole('button', { name: 'Sending…' });
    expect(sending).toBeDisabled();
    await user.click(sending);
    expect(onSend).toHaveBeenCalledTimes(1);
    finish('sent');
    expect(await screen.findByText('Thank you! Your report has been sent to the editors.')).toBeInTheDocument();
  });

  it('notes that a long selection was trimmed', async () => {
    await openDialog({ kind: 'quote', context: { ...context, trimmed: true } });
    expect(screen.getByText('Your selection is long, so only its first 256 characters will be sent.')).toBeInTheDocument();
  });

  it('explains what to do when nothing was selected, with a Close button to return', async () => {
    const { user } = await openDialog({ kind: 'empty' });
    const dialog = screen.getByRole('dialog', { name: 'Report a mistake' });
    expect(dialog).toHaveAccessibleDescription(/^Nothing is selected\. Select the mistake in the article text first/);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await user.click(close);
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('explains that a selection outside the article cannot be reported', async () => {
    await openDialog({ kind: 'outside' });
    expect(screen.getByText(/^That text is not part of the article\./)).toBeInTheDocument();
  });

  it('closes when the browser closes it (Escape) and returns focus', async () => {
    await openDialog();
    // In a browser Escape fires `cancel` then `close` on a modal dialog; jsdom has no Escape handling.
    screen.getByRole('dialog').dispatchEvent(new Event('close'));
    expect(await screen.findByRole('button', { name: 'Open' })).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('speaks the edition’s language', async () => {
    const user = userEvent.setup();
    renderIn('ru', <Harness request={{ kind: 'quote', context }} onSend={() => Promise.resolve('sent')} />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('dialog', { name: 'Сообщить об ошибке' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Отправить' }));
    expect(await screen.findByText('Спасибо! Ваше сообщение отправлено в редакцию.')).toBeInTheDocument();
  });
});
