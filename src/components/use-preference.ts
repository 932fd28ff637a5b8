import { useSyncExternalStore } from 'react';
import { DEFAULT_TEXT_SIZE, DEFAULT_THEME, readTextSize, readTheme, subscribePreferences, type TextSize, type Theme } from '@/lib/preferences';

/*
 * The remembered choices, hydration-safe: the server (and the first client render) use the
 * defaults, then the browser's stored value takes over. The page itself already shows the stored
 * theme and size before that, from src/head-script.js; only the controls' values catch up.
 */

export function useTheme(): Theme {
  return useSyncExternalStore(subscribePreferences, readTheme, () => DEFAULT_THEME);
}

export function useTextSize(): TextSize {
  return useSyncExternalStore(subscribePreferences, readTextSize, () => DEFAULT_TEXT_SIZE);
}
