import { LIVE_CHECK_SECONDS } from '@/config/site-rules.js';

/** While the tab is hidden, checks go on this many times more slowly (its title still counts news). */
const HIDDEN_SLOWDOWN = 4;

/**
 * Runs `check` every LIVE_CHECK_SECONDS while the reader can see the page, four times more slowly
 * while the tab is hidden, and not at all offline; back in view or back online it checks at once.
 * Never two checks at a time; the first after `firstDelayMs`. Returns the function that stops it.
 */
export function scheduleChecks(check: () => Promise<void>, intervalMs = LIVE_CHECK_SECONDS * 1000, firstDelayMs = intervalMs): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let running = false;
  const hidden = () => document.visibilityState === 'hidden';
  const online = () => navigator.onLine;

  // The first check may come sooner: the page was open before this code loaded (src/routes/deferred-live.tsx).
  let first = true;
  function plan() {
    clearTimeout(timer);
    if (stopped || !online()) return;
    const delay = first ? firstDelayMs : intervalMs;
    first = false;
    timer = setTimeout(() => void run(), hidden() ? delay * HIDDEN_SLOWDOWN : delay);
  }
  async function run() {
    if (stopped || running || !online()) return;
    running = true;
    try {
      await check();
    } catch {
      // A failed check is no news; the next one will tell.
    } finally {
      running = false;
      plan();
    }
  }
  const now = () => {
    clearTimeout(timer);
    void run();
  };
  const onVisibility = () => {
    if (hidden()) plan();
    else now();
  };
  const onOffline = () => {
    clearTimeout(timer);
  };

  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('online', now);
  window.addEventListener('offline', onOffline);
  plan();
  return () => {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('online', now);
    window.removeEventListener('offline', onOffline);
  };
}
