import { createStore, del, entries, promisifyRequest, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import { postTypoReport, type SendResult, type TypoDelivery, TYPO_ENDPOINT, type TypoOutcome, type TypoReport, type TypoReportDraft } from './typo-report';
import { TypoReportSchema } from './typo-report-schema.js';
import { sharedStart } from '@/lib/shared-start';

/*
 * Typo reports that could not be delivered wait in IndexedDB and go out again when the browser is
 * back online, on the next visit, or when a back-off timer fires. A reader's correction is never lost
 * to a flaky connection, and never delivered twice by this device: each report has an id, a flush
 * holds a lock shared by all tabs, and a delivered report leaves the queue before the next is sent.
 * The receiver also answers a repeated id as a duplicate, for the case where a response was lost.
 */

export type QueueEntry = {
  id: string;
  report: TypoReport;
  /** Delivery attempts that failed so far. */
  attempts: number;
  /** Epoch milliseconds before which a timer-driven flush leaves this entry alone. */
  nextAttemptAt: number;
};

/** Storage read back is untrusted like any feed: another version of the app, or a bug, may have written it. */
const QueueEntrySchema = v.strictObject({
  id: v.string(),
  report: TypoReportSchema,
  attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  nextAttemptAt: v.pipe(v.number(), v.finite()),
});

/** A stored value and the key it is stored under; the value is unvalidated. */
export type StoredValue = [key: IDBValidKey, value: unknown];

export type QueueStore = {
  /** Every stored value, with its key. */
  all: () => Promise<StoredValue[]>;
  /** Stores an entry under its id, replacing what was there. */
  put: (entry: QueueEntry) => Promise<void>;
  /** Removes what is stored under `key`: an entry's id, or the key of a value that failed validation. */
  remove: (key: IDBValidKey) => Promise<void>;
};

/** A queue store in memory; `initial` values are stored under their `id`, or their position when they have none. */
export function memoryQueueStore(initial: unknown[] = []): QueueStore & { readonly values: unknown[] } {
  const stored = new Map<IDBValidKey, unknown>(
    initial.map((value, index) => {
      const id = typeof value === 'object' && value !== null && 'id' in value ? value.id : undefined;
      return [typeof id === 'string' ? id : `initial-${String(index)}`, value];
    }),
  );
  return {
    get values() {
      return [...stored.values()];
    },
    all: () => Promise.resolve([...stored.entries()]),
    put(entry) {
      stored.set(entry.id, entry);
      return Promise.resolve();
    },
    remove(key) {
      stored.delete(key);
      return Promise.resolve();
    },
  };
}

const DB_NAME = 'meridian-typo-reports';
const STORE_NAME = 'queue';

/**
 * The queue in IndexedDB (through idb-keyval), opened on first use: never at import, because this
 * module is also prerendered, and not at all where there is no IndexedDB (the call then fails, and
 * resilientStore keeps the report in memory).
 */
export function indexedDbQueueStore(): QueueStore {
  let store: UseStore | undefined;
  const openStore = (): UseStore => {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    return (store ??= createStore(DB_NAME, STORE_NAME));
  };
  return {
    all: async () => entries<IDBValidKey, unknown>(openStore()),
    // Not idb-keyval's set(): a queue written by an earlier version of the app keeps each entry's key
    // inside it (keyPath "id"), and such a store refuses a put() that names the key separately.
    put: async (entry) => {
      await openStore()('readwrite', (objects) => {
        if (objects.keyPath === null) objects.put(entry, entry.id);
        else objects.put(entry);
        // Resolved on commit, not on the request's success: only then is the entry really stored.
        return promisifyRequest(objects.transaction);
      });
    },
    remove: async (key) => del(key, openStore()),
  };
}

/**
 * A store that falls back to memory for the rest of the visit when IndexedDB fails (private modes,
 * quota): the report is then at least delivered when the connection returns during this visit.
 */
export function resilientStore(primary: QueueStore, onFallback: (error: unknown) => void = () => undefined): QueueStore {
  const memory = memoryQueueStore();
  let current = primary;
  const guard =
    <A extends unknown[], R>(call: (store: QueueStore, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(current, ...args);
      } catch (error) {
        if (current === memory) throw error;
        current = memory;
        onFallback(error);
        return call(current, ...args);
      }
    };
  return {
    all: guard((store) => store.all()),
    put: guard((store, entry: QueueEntry) => store.put(entry)),
    remove: guard((store, key: IDBValidKey) => store.remove(key)),
  };
}

/** First retry after 2 s, doubling to at most 30 min, with jitter so many readers don't retry in step. */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(2000 * 2 ** Math.max(0, attempts - 1), 30 * 60_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}

type Lock = <T>(task: () => Promise<T>) => Promise<T>;

/** One flush at a time across every tab of the site (Web Locks), else at least within this tab. */
export function browserLock(name: string): Lock {
  let chain: Promise<unknown> = Promise.resolve();
  const local: Lock = (task) => {
    const result = chain.then(task, task);
    chain = result.catch(() => undefined);
    return result;
  };
  return (task) => {
    if (typeof navigator !== 'undefined' && 'locks' in navigator) return navigator.locks.request(name, task);
    return local(task);
  };
}

export type ReportQueueDeps = {
  store: QueueStore;
  send: (report: TypoReport) => Promise<SendResult>;
  isOnline?: () => boolean;
  now?: () => number;
  random?: () => number;
  newId?: () => string;
  lock?: Lock;
  /** Where `online` events come from; `window` in the browser. */
  events?: () => Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined;
  /** Told the number of waiting reports each time the queue is read (see lazy-delivery.ts). */
  onWaiting?: (count: number) => void;
};

export type ReportQueue = TypoDelivery & {
  /** Sends what is due (or everything, when `force`); resolves when this flush is done. */
  flush: (options?: { force?: boolean }) => Promise<void>;
};

function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; a plain-http intranet deployment still gets 122 random bits.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createReportQueue(deps: ReportQueueDeps): ReportQueue {
  const {
    store,
    send,
    isOnline = () => true,
    now = Date.now,
    random = Math.random,
    newId = randomId,
    lock = browserLock('meridian-typo-queue'),
    events = () => undefined,
    onWaiting = () => undefined,
  } = deps;
  const listeners = new Set<() => void>();
  let pending = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let rerun: { force: boolean } | undefined;

  async function entries(): Promise<QueueEntry[]> {
    const valid: QueueEntry[] = [];
    for (const [key, value] of await store.all()) {
      const parsed = v.safeParse(QueueEntrySchema, value);
      if (parsed.success && parsed.output.id === key && parsed.output.report.id === key) valid.push(parsed.output);
      // Unreadable entries would block the queue forever; a report nobody can read is already lost.
      else await store.remove(key);
    }
    return valid.sort((a, b) => a.report.createdAt.localeCompare(b.report.createdAt));
  }

  function setPending(count: number) {
    if (count === pending) return;
    pending = count;
    for (const listener of listeners) listener();
  }

  function schedule(queued: QueueEntry[]) {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // Offline, the `online` event is the signal to try again: a timer would only spin.
    if (queued.length === 0 || !started.active() || !isOnline()) return;
    const due = Math.min(...queued.map((entry) => entry.nextAttemptAt));
    // setTimeout overflows past 2^31-1 ms; the back-off cap keeps delays far below that anyway.
    const delay = Math.min(Math.max(0, due - now()), 2 ** 31 - 1);
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, delay);
  }

  async function settle() {
    const queued = await entries();
    onWaiting(queued.length);
    setPending(queued.length);
    schedule(queued);
  }

  /** A sender that throws is treated as a failed attempt, so the entry backs off instead of spinning. */
  async function sendSafely(report: TypoReport): Promise<SendResult> {
    try {
      return await send(report);
    } catch {
      return { kind: 'retry', reason: 'network' };
    }
  }

  async function flushOnce(force: boolean) {
    await lock(async () => {
      // Read inside the lock: another tab may have delivered some of these a moment ago.
      for (const entry of await entries()) {
        if (!isOnline()) break;
        if (!force && entry.nextAttemptAt > now()) continue;
        const result = await sendSafely(entry.report);
        if (result.kind === 'retry') {
          const attempts = entry.attempts + 1;
          await store.put({ ...entry, attempts, nextAttemptAt: now() + backoffDelay(attempts, random) });
          // The connection is down: the rest would fail the same way, and `online` will bring us back.
          if (result.reason !== 'http') break;
        } else {
          await store.remove(entry.id);
        }
      }
    });
  }

  function flush(options: { force?: boolean } = {}): Promise<void> {
    const force = options.force ?? false;
    if (running) {
      // A flush is under way: run once more after it, so a report queued meanwhile is not left waiting.
      rerun = { force: force || (rerun?.force ?? false) };
      return running;
    }
    running = (async () => {
      try {
        await flushOnce(force);
        while (rerun) {
          const again = rerun;
          rerun = undefined;
          await flushOnce(again.force);
        }
      } catch (error) {
        // Storage failed mid-flush: what is stored stays stored, and the next trigger tries again.
        console.warn('Typo report queue: flush failed', error);
      } finally {
        running = undefined;
      }
      await settle().catch((error: unknown) => {
        console.warn('Typo report queue: could not read the queue', error);
      });
    })();
    return running;
  }

  /** The same words, same place, same comment already waiting: pressing Send twice offline queues one report. */
  function isSameReport(a: TypoReport, b: TypoReportDraft) {
    return a.articleId === b.articleId && a.selection === b.selection && a.before === b.before && a.after === b.after && a.comment === b.comment;
  }

  async function enqueue(report: TypoReport, attempts: number): Promise<TypoOutcome> {
    const queued = await entries();
    if (!queued.some((entry) => isSameReport(entry.report, report))) {
      await store.put({ id: report.id, report, attempts, nextAttemptAt: attempts === 0 ? now() : now() + backoffDelay(attempts, random) });
    }
    await settle();
    return 'queued';
  }

  async function submit(draft: TypoReportDraft): Promise<TypoOutcome> {
    const parsed = v.safeParse(TypoReportSchema, { ...draft, id: newId(), createdAt: new Date(now()).toISOString() });
    if (!parsed.success) return 'rejected';
    const report = parsed.output;
    if (!isOnline()) return enqueue(report, 0);
    const result = await sendSafely(report);
    if (result.kind === 'rejected') return 'rejected';
    if (result.kind === 'retry') return enqueue(report, 1);
    // This one got through, so the network is back: anything still waiting can follow it.
    if (pending > 0) void flush({ force: true });
    return 'sent';
  }

  const started = sharedStart(() => {
    const target = events();
    const onOnline = () => void flush({ force: true });
    target?.addEventListener('online', onOnline);
    // A new visit: deliver whatever an earlier one left behind.
    void flush();
    return () => {
      target?.removeEventListener('online', onOnline);
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };
  });
  const start = started.start;

  return {
    submit,
    flush,
    start,
    pendingCount: () => pending,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let delivery: ReportQueue | undefined;

/**
 * The app's one delivery queue, made on first use (`onWaiting` hears the count of waiting reports). Creating it touches no browser API, so a page
 * can ask for it while rendering (also on the server); IndexedDB and `window` are reached only when
 * it starts or sends.
 */
export function getTypoDelivery(onWaiting?: (count: number) => void): TypoDelivery {
  delivery ??= createReportQueue({
    store: resilientStore(indexedDbQueueStore(), (error) => {
      console.warn('Typo reports are kept in memory only for this visit:', error);
    }),
    send: (report) => postTypoReport(TYPO_ENDPOINT, report),
    isOnline: () => typeof navigator === 'undefined' || navigator.onLine,
    events: () => (typeof window === 'undefined' ? undefined : window),
    onWaiting,
  });
  return delivery;
}
