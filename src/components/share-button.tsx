import { useState, useSyncExternalStore } from 'react';
import { useMessages } from '@/i18n/i18n-context';
import { fill } from '@/i18n/format';

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

const noSubscription = () => () => undefined;
const canShareNatively = () => 'share' in navigator;

/**
 * The system share sheet where the browser has one (phones, most desktops), else copying the link,
 * confirmed in a polite live region. If even copying is refused the address is shown to select.
 */
export function ShareButton({ title, path }: { title: string; path: string }) {
  const messages = useMessages();
  // Servers and the hydrating render say "Copy link"; browsers with a share sheet then say "Share".
  const native = useSyncExternalStore(noSubscription, canShareNatively, () => false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'failed', url });
    }
  }

  async function share() {
    // The story's own address, not the one in the bar: a reader who came from a newsletter passes
    // on the story, not the newsletter's tracking parameters.
    const url = `${window.location.origin}${path}`;
    setOutcome({ kind: 'idle' });
    if (!canShareNatively()) {
      await copy(url);
      return;
    }
    try {
      await navigator.share({ title, url });
    } catch (error) {
      // The reader closing the share sheet is a choice, not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      await copy(url);
    }
  }

  return (
    <div className="share">
      <button type="button" className="share-button" onClick={() => void share()}>
        <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="16" height="16">
          <path d="M10 13V3M6 7l4-4 4 4M4 11v6h12v-6" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        {native ? messages.share : messages.copyLink}
      </button>
      <p className="share-status" role="status">
        {outcome.kind === 'copied' && messages.linkCopied}
        {outcome.kind === 'failed' && fill(messages.copyFailed, { url: outcome.url })}
      </p>
    </div>
  );
}
