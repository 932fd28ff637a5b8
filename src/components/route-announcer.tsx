import { useEffect, useRef, useState } from 'react';
import { type Location, useLocation, useNavigation } from 'react-router-dom';

/** The page's own heading if it can take focus (every page's h1 has tabIndex={-1}), else <main>. */
function focusTarget(): HTMLElement | null {
  const heading = document.querySelector<HTMLElement>('main h1[tabindex]');
  return heading ?? document.querySelector<HTMLElement>('#main, main');
}

const pageOf = (location: Location) => `${location.pathname}${location.search}`;

/**
 * A single-page app changes pages without the browser noticing, so screen readers would stay on the
 * old one. After each client-side navigation (never the first load, which the browser announces
 * itself) this moves focus to the new page's heading and says the new title in a polite live region.
 * Only the fragment changing (the skip link, in-page anchors) is left to the browser.
 */
export function RouteAnnouncer() {
  const location = useLocation();
  const navigation = useNavigation();
  const [message, setMessage] = useState('');
  const seen = useRef({ key: location.key, page: pageOf(location) });

  useEffect(() => {
    if (navigation.state !== 'idle' || seen.current.key === location.key) return;
    const samePage = seen.current.page === pageOf(location);
    seen.current = { key: location.key, page: pageOf(location) };
    // The page changed its own address as the reader typed (search): focus stays where they type,
    // and the page announces what changed itself.
    if ((location.state as { keepFocus?: boolean } | null)?.keepFocus) return;
    if (samePage) {
      // A reload of the same address (say, "Try again") replaced what had focus: don't drop the reader on <body>.
      if (document.activeElement === document.body || !document.activeElement?.isConnected) {
        focusTarget()?.focus({ preventScroll: true });
      }
      return;
    }
    // Scroll position is ScrollRestoration's job (top for new pages, restored on back), so focus must not scroll.
    focusTarget()?.focus({ preventScroll: true });
    // React has committed the new page's <title> by now; the frame lets it settle before reading.
    const frame = requestAnimationFrame(() => {
      const title = document.title;
      // Live regions speak only when their text changes: a page with the same title still gets said.
      setMessage((previous) => (previous === title ? `${title}\u00a0` : title));
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [location, navigation.state]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
