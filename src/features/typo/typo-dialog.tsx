import { type SubmitEvent, useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '@/i18n/i18n-context';
import { fill } from '@/i18n/format';
import { SELECTION_MAX, TYPO_LIMITS } from './typo-limits.js';
import type { TypoContext } from './typo-context';
import type { TypoOutcome } from './typo-report';

/** What the dialog is opened for: a quote to report, or an explanation of why there is none. */
export type TypoRequest = { kind: 'quote'; context: TypoContext } | { kind: 'empty' } | { kind: 'outside' };

type Props = {
  request: TypoRequest;
  /** Hands the report over; resolves with what the reader should be told. */
  onSend: (comment: string) => Promise<TypoOutcome>;
  /** The reader closed the dialog (Cancel, Close or Escape): the owner unmounts it. */
  onClose: () => void;
};

type Phase = 'editing' | 'sending' | TypoOutcome;

/**
 * A modal <dialog>: showModal() makes the rest of the page inert and gives Escape for free. It is
 * mounted open and unmounted to close, and on the way out gives focus back to whatever had it.
 */
export function TypoDialog({ request, onSend, onClose }: Props) {
  const messages = useMessages();
  const titleId = useId();
  const textId = useId();
  const commentId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [phase, setPhase] = useState<Phase>('editing');
  const [comment, setComment] = useState('');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    // Browsers differ on what showModal() focuses; the comment field (or the only button) is the start.
    dialog.querySelector<HTMLElement>('textarea, button')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) opener.focus();
    };
  }, []);

  const done = phase === 'sent' || phase === 'queued' || phase === 'rejected';
  useEffect(() => {
    // The form (and its focused Send button) is gone: put focus on the one way out.
    if (done) closeRef.current?.focus();
  }, [done]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (phase !== 'editing') return;
    setPhase('sending');
    try {
      setPhase(await onSend(comment.trim()));
    } catch {
      // Delivery reports failures as outcomes; an exception here means the report went nowhere.
      setPhase('rejected');
    }
  }

  const outcomeText = { sent: messages.typoSent, queued: messages.typoQueued, rejected: messages.typoRejected };

  return (
    <dialog
      ref={dialogRef}
      className="typo-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      // Escape (a `cancel`) and dialog.close() both end here; the owner then unmounts the dialog.
      // Escape ends the report at once, on `cancel`: `close` comes a task later, and a Ctrl+Enter
      // in between would be taken for one pressed inside the open dialog. (onClose may run twice.)
      onCancel={onClose}
      onClose={onClose}
    >
      <h2 id={titleId} className="typo-dialog-title">
        {messages.typoDialogTitle}
      </h2>
      {request.kind === 'quote' ? (
        <>
          <p id={textId} className="typo-dialog-text">
            {messages.typoQuoteLabel}
          </p>
          <blockquote className="typo-quote">
            <p>
              {request.context.beforeClipped && '… '}
              {request.context.before}
              <mark>{request.context.selection}</mark>
              {request.context.after}
              {request.context.afterClipped && ' …'}
            </p>
          </blockquote>
          {request.context.trimmed && <p className="typo-note">{fill(messages.typoTrimmed, { max: SELECTION_MAX })}</p>}
          {!done && (
            <form className="typo-form" onSubmit={(event) => void submit(event)}>
              <label htmlFor={commentId}>{messages.typoComment}</label>
              <textarea
                id={commentId}
                name="comment"
                rows={3}
                maxLength={TYPO_LIMITS.comment}
                value={comment}
                onChange={(event) => {
                  setComment(event.target.value);
                }}
                readOnly={phase === 'sending'}
              />
              <div className="typo-actions">
                <button type="submit" className="button" disabled={phase === 'sending'}>
                  {phase === 'sending' ? messages.typoSending : messages.typoSend}
                </button>
                <button type="button" className="button typo-secondary" onClick={onClose}>
                  {messages.typoCancel}
                </button>
              </div>
            </form>
          )}
        </>
      ) : (
        <p id={textId} className="typo-dialog-text">
          {request.kind === 'empty' ? messages.typoEmpty : messages.typoOutside}
        </p>
      )}
      {/* Present from the start so screen readers announce the outcome when it is filled in. */}
      <p role="status" className="typo-outcome">
        {done && outcomeText[phase]}
      </p>
      {(done || request.kind !== 'quote') && (
        <div className="typo-actions">
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            {messages.typoClose}
          </button>
        </div>
      )}
    </dialog>
  );
}
