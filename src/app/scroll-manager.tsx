import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router-dom';
import { STORAGE_KEYS } from '@/config/site-rules.js';

const STORAGE_KEY = STORAGE_KEYS.scroll;
// Server rendering has no layout: the effect only matters in a browser.
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

function readSaved(): Record<string, number> {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof saved !== 'object' || saved === null) return {};
    return Object.fromEntries(Object.entries(saved).filter((entry): entry is [string, number] => Number.isFinite(entry[1])));
  } catch {
    return {};
  }
}

/**
 * Where each page of this tab's history was scrolled to: client-side navigations start new pages
 * at the top (or at their #fragment) and bring back and forward to where the reader was.
 *
 * The first page is left alone. It was prerendered and the reader may already be scrolling it while
 * the app starts; jumping to the top then (what the router's own ScrollRestoration does) would
 * throw them back to the headline. A reload keeps the browser's own restoration.
 */
export function ScrollManager() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const positions = useRef<Record<string, number> | null>(null);
  // The page scroll events belong to: switched during the commit of a new page, before any
  // scroll event the switch itself causes (the old page's height going away, our scrollTo).
  const currentKey = useRef(location.key);
  const first = useRef(true);

  useEffect(() => {
    positions.current ??= readSaved();
    const onScroll = () => {
      if (positions.current) positions.current[currentKey.current] = window.scrollY;
    };
    const onPageHide = () => {
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions.current ?? {}));
      } catch {
        // Storage blocked or full: back still works, it just starts at the top.
      }
    };
    // The reader may have scrolled before the app started listening.
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, []);

  useBrowserLayoutEffect(() => {
    currentKey.current = location.key;
    if (first.current) {
      first.current = false;
      return;
    }
    // From the first client-side navigation on, this component restores positions, not the browser.
    window.history.scrollRestoration = 'manual';
    positions.current ??= readSaved();
    const saved = positions.current[location.key];
    if (navigationType === NavigationType.Pop && saved !== undefined) {
      window.scrollTo(0, saved);
      return;
    }
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [location.key]);

  return null;
}
