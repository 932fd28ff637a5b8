/**
 * Reading preferences remembered in localStorage: the colour theme and the article text size.
 *
 * Stored values are validated on read like feed data: anything unknown falls back to the default.
 * src/head-script.js reads the same keys before first paint (so the page never flashes the wrong
 * theme or size): keys and values are site rules (src/config/site-rules.js).
 *
 * Nothing here touches the browser at import time: the app is prerendered on a server.
 */

import { STORAGE_KEYS, TEXT_SIZES, THEMES } from '@/config/site-rules.js';

export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];

export const DEFAULT_THEME: Theme = 'system';
export const DEFAULT_TEXT_SIZE: TextSize = 'standard';

const THEME_KEY = STORAGE_KEYS.theme;
const TEXT_SIZE_KEY = STORAGE_KEYS.textSize;

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'string' && (TEXT_SIZES as readonly string[]).includes(value);
}

function read(key: string): string | null {
  try {
    return globalThis.localStorage.getItem(key);
  } catch {
    return null; // Storage can be missing (a server) or blocked (private modes, policies).
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage.setItem(key, value);
  } catch {
    // Not remembering is acceptable; failing the reader's choice for this page is not.
  }
}

/*
 * This session's choices, so a choice holds for the visit even where storage refuses to keep it.
 * A change in another tab clears them: storage is the truth again.
 */
const session: { theme?: Theme; textSize?: TextSize } = {};

export function readTheme(): Theme {
  if (session.theme) return session.theme;
  const value = read(THEME_KEY);
  return isTheme(value) ? value : DEFAULT_THEME;
}

export function readTextSize(): TextSize {
  if (session.textSize) return session.textSize;
  const value = read(TEXT_SIZE_KEY);
  return isTextSize(value) ? value : DEFAULT_TEXT_SIZE;
}

/*
 * The document element carries the choices as data attributes; CSS does the rest. "system" and
 * "standard" remove the attribute, so the stylesheet's defaults (and prefers-color-scheme) apply.
 */
function applyAttribute(name: 'data-theme' | 'data-text-size', value: string | undefined): void {
  if (typeof document === 'undefined') return;
  if (value === undefined) document.documentElement.removeAttribute(name);
  else document.documentElement.setAttribute(name, value);
}

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: changes made here, and in other tabs of the same site. */
export function subscribePreferences(onChange: () => void): () => void {
  listeners.add(onChange);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_KEY && event.key !== TEXT_SIZE_KEY) return;
    delete session.theme;
    delete session.textSize;
    applyAttribute('data-theme', themeAttribute(readTheme()));
    applyAttribute('data-text-size', textSizeAttribute(readTextSize()));
    onChange();
  };
  globalThis.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    globalThis.removeEventListener('storage', onStorage);
  };
}

const themeAttribute = (theme: Theme) => (theme === 'system' ? undefined : theme);
const textSizeAttribute = (size: TextSize) => (size === DEFAULT_TEXT_SIZE ? undefined : size);

export function setTheme(theme: Theme): void {
  session.theme = theme;
  write(THEME_KEY, theme);
  applyAttribute('data-theme', themeAttribute(theme));
  notify();
}

export function setTextSize(size: TextSize): void {
  session.textSize = size;
  write(TEXT_SIZE_KEY, size);
  applyAttribute('data-text-size', textSizeAttribute(size));
  notify();
}
