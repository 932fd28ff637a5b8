import { STORAGE_KEYS } from '@/config/site-rules.js';
import type { TypoDelivery } from './typo-report';
import { sharedStart } from '@/lib/shared-start';

/*
 * Most readers never report a typo, so an article page should not download the delivery queue
 * (IndexedDB, validation, back-off). The queue keeps a count of waiting reports in localStorage;
 * this stand-in loads the real queue when a report is sent, or at once when that count says an
 * earlier visit left reports waiting.
 */

const WAITING_KEY = STORAGE_KEYS.typoWaiting;

/** Written by the queue whenever its count changes. */
export function recordWaitingReports(count: number): void {
  try {
    if (count > 0) localStorage.setItem(WAITING_KEY, String(count));
    else localStorage.removeItem(WAITING_KEY);
  } catch {
    // Storage blocked: a later visit just won't know to deliver before the next report is sent.
  }
}

/** The recorded count; anything that is not a small whole number counts as none. */
export function waitingReports(): number {
  try {
    const count = Number(localStorage.getItem(WAITING_KEY));
    return Number.isInteger(count) && count > 0 && count < 10_000 ? count : 0;
  } catch {
    return 0;
  }
}

/** A TypoDelivery that loads the real one only when there is something to deliver. */
export function lazyTypoDelivery(load: () => Promise<TypoDelivery>, waiting: () => number = waitingReports): TypoDelivery {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  let real: TypoDelivery | undefined;
  let loading: Promise<TypoDelivery> | undefined;
  let recorded: number | undefined;
  let stopReal: (() => void) | undefined;
  const started = sharedStart(() => {
    if (real) stopReal = real.start();
    else if (waiting() > 0) void loadReal();
    return () => {
      stopReal?.();
      stopReal = undefined;
    };
  });

  function loadReal(): Promise<TypoDelivery> {
    loading ??= load().then((delivery) => {
      if (real) return real;
      real = delivery;
      delivery.subscribe(notify);
      if (started.active()) stopReal = delivery.start();
      notify();
      return delivery;
    });
    return loading;
  }

  return {
    async submit(draft) {
      return (await loadReal()).submit(draft);
    },
    prepare() {
      // A failed load (offline) is retried by the next prepare or submit.
      loadReal().catch(() => {
        loading = undefined;
      });
    },
    pendingCount() {
      if (real) return real.pendingCount();
      recorded ??= waiting();
      return recorded;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start: started.start,
  };
}

/** The app's delivery: the queue in report-queue.ts, loaded when needed. */
export const typoDelivery: TypoDelivery = lazyTypoDelivery(async () => (await import('./report-queue')).getTypoDelivery(recordWaitingReports));
