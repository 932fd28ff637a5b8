import { lazy, type ReactNode, Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { EditionLang } from '@/config/editions';
import { useI18n } from '@/i18n/i18n-context';
import { plural } from '@/i18n/format';
import { hintStyleStore, touchStore } from '@/lib/input-style';
import { extractTypoContext, type TypoContext } from './typo-context';
import type { TypoDelivery, TypoOutcome } from './typo-report';
import type { TypoRequest } from './typo-dialog';

// The dialog's code comes when a reader first selects text in the article (or opens it): most
// readers never report a typo, and an article page should not make them download the form.
const loadDialog = () => import('./typo-dialog');
const TypoDialog = lazy(async () => ({ default: (await loadDialog()).TypoDialog }));

type Props = {
  articleId: string;
  edition: EditionLang;
  /** Sends or queues a report (report-queue.ts in the app, a fake in tests). */
  delivery: TypoDelivery;
  /** The article: selections are read against the <article> inside. */
  children: ReactNode;
};

/** Ctrl+Enter typed into a form field belongs to that field (a comment box, a search form). */
function isFormField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Ctrl+Enter on a focused link or button has a meaning of its own (Ctrl+Enter on a link opens a tab). */
function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('a[href], button, summary, [role="button"], [role="link"]') !== null;
}

/**
 * "Select a typo and press Ctrl+Enter": wraps an article, tells the reader how to report a mistake,
 * listens for Ctrl/⌘+Enter, offers a "Report a typo" button on touch screens, and opens the dialog.
 * Delivery comes in as a prop, so this component never fetches or stores anything itself.
 */
export function TypoReporter({ articleId, edition, delivery, children }: Props) {
  const { locale, messages } = useI18n();
  const scopeRef = useRef<HTMLDivElement>(null);
  const dialogOpen = useRef(false);
  const [request, setRequest] = useState<TypoRequest | null>(null);
  const [openings, setOpenings] = useState(0);
  const [touchContext, setTouchContext] = useState<TypoContext | null>(null);
  // Keeps the touch button in place while it is the element focus must return to.
  const [holdButton, setHoldButton] = useState(false);
  const hintStyle = useSyncExternalStore(hintStyleStore.subscribe, hintStyleStore.getSnapshot, hintStyleStore.getServerSnapshot);
  const touch = useSyncExternalStore(touchStore.subscribe, touchStore.getSnapshot, touchStore.getServerSnapshot);
  const pending = useSyncExternalStore(delivery.subscribe, delivery.pendingCount, () => 0);

  // Reports an earlier visit could not deliver go out now, and whenever the browser comes back online.
  useEffect(() => delivery.start(), [delivery]);

  const readSelection = useCallback(() => {
    const scope = scopeRef.current;
    const root = scope?.querySelector('article') ?? scope;
    return root ? extractTypoContext(document.getSelection(), root) : ({ kind: 'empty' } as const);
  }, []);

  const open = useCallback(
    (next: TypoRequest) => {
      delivery.prepare?.();
      dialogOpen.current = true;
      setRequest(next);
      setOpenings((count) => count + 1);
    },
    [delivery],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.repeat || event.isComposing || dialogOpen.current || isFormField(event.target)) return;
      // With nothing selected, the key belongs to the focused link or button, not to us.
      if (isControl(event.target) && (document.getSelection()?.isCollapsed ?? true)) return;
      event.preventDefault();
      const extraction = readSelection();
      open(extraction.kind === 'ok' ? { kind: 'quote', context: extraction.context } : extraction);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, readSelection]);

  useEffect(() => {
    // A selection in the article may become a report: fetch the dialog's code now, once.
    function onSelectionChange() {
      const selection = document.getSelection();
      const scope = scopeRef.current;
      if (!selection || selection.isCollapsed || !scope?.contains(selection.anchorNode)) return;
      document.removeEventListener('selectionchange', onSelectionChange);
      void loadDialog();
      delivery.prepare?.();
    }
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [delivery]);

  useEffect(() => {
    if (!touch) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Selection handles fire selectionchange continuously while dragged: look once they settle.
    function onSelectionChange() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (dialogOpen.current) return;
        const extraction = readSelection();
        setTouchContext(extraction.kind === 'ok' ? extraction.context : null);
      }, 150);
    }
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [touch, readSelection]);

  function openFromButton(button: HTMLButtonElement) {
    // The selection as it is now; if tapping cleared it, the one that made the button appear.
    const extraction = readSelection();
    // Focused (a keyboard press): focus comes back here after the dialog, so the button must stay.
    setHoldButton(document.activeElement === button);
    if (extraction.kind === 'ok') open({ kind: 'quote', context: extraction.context });
    else if (touchContext) open({ kind: 'quote', context: touchContext });
    else open(extraction);
  }

  function close() {
    dialogOpen.current = false;
    setRequest(null);
    // That selection has been dealt with; the button stays only while focus returns to it.
    setTouchContext(null);
  }

  function send(comment: string): Promise<TypoOutcome> {
    if (request?.kind !== 'quote') return Promise.resolve('rejected');
    const { selection, before, after } = request.context;
    const url = `${window.location.origin}${window.location.pathname}`;
    return delivery.submit({ articleId, url, edition, selection, before, after, comment });
  }

  const hint = hintStyle === 'touch' ? messages.typoHintTouch : hintStyle === 'mac' ? messages.typoHintMac : messages.typoHint;

  return (
    <>
      <div ref={scopeRef} className="typo-scope">
        {children}
      </div>
      <p className="typo-hint">{hint}</p>
      <p className="typo-pending" role="status">
        {pending > 0 && plural(messages.typoPending, pending, locale)}
      </p>
      {touch && (touchContext || holdButton) && (
        <button
          type="button"
          className="typo-touch-button"
          // Keep the reader's selection: a press on the button must not collapse it.
          onMouseDown={(event) => {
            event.preventDefault();
          }}
          onClick={(event) => {
            openFromButton(event.currentTarget);
          }}
          onBlur={() => {
            if (!dialogOpen.current) setHoldButton(false);
          }}
        >
          {messages.typoButton}
        </button>
      )}
      {request && (
        <Suspense fallback={null}>
          <TypoDialog key={openings} request={request} onSend={send} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
