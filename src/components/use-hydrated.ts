import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False while React hydrates a prerendered page (it must draw what the HTML has), true right after
 * and on every render in the browser that is not hydration. For what the prerender leaves out on
 * purpose, such as the rails beside an article (src/routes/loaders.ts).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
