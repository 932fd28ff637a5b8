import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  const timer = setInterval(onChange, 60_000);
  return () => {
    clearInterval(timer);
  };
};

let minute = 0;
const getNow = () => {
  // One value per minute, so React sees a stable snapshot between ticks.
  const current = Math.floor(Date.now() / 60_000) * 60_000;
  if (current !== minute) minute = current;
  return minute;
};

/**
 * The current time for relative dates, or null while rendering on a server or hydrating: pages
 * first show absolute dates (the same everywhere), then switch to "5 minutes ago" in the browser.
 */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, getNow, () => null);
}
