import { IDBFactory } from 'fake-indexeddb';
import { createStore, entries, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, browserLock, createReportQueue, indexedDbQueueStore, memoryQueueStore, type QueueEntry, resilientStore } from './report-queue';
import { typoDraft } from './typo-draft.fixture';
import type { SendResult, TypoReport } from './typo-report';

const draft = typoDraft;

/** A queue over a memory store, a scripted network and a switchable online flag. */
function setup(options: { results?: SendResult[]; initial?: unknown[] } = {}) {
  const store = memoryQueueStore(options.initial);
  const results = [...(options.results ?? [])];
  const sent: TypoReport[] = [];
  const send = vi.fn((report: TypoReport) => {
    sent.push(report);
    return Promise.resolve(results.shift() ?? ({ kind: 'delivered' } as const));
  });
  let online = true;
  const events = new EventTarget();
  let ids = 0;
  const waiting: number[] = [];
  const queue = createReportQueue({
    store,
    send,
    isOnline: () => online,
    random: () => 0.5,
    newId: () => `report-${String(++ids).padStart(4, '0')}`,
    lock: (task) => task(),
    events: () => events,
    onWaiting: (count) => waiting.push(count),
  });
  return {
    waiting,
    store,
    queue,
    send,
    sent,
    setOnline: (value: boolean) => {
      online = value;
      if (value) events.dispatchEvent(new Event('online'));
    },
  };
}

/** Lets pending promise chains (store reads, sends) run. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-28T12:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the typo report queue', () => {
  it('sends a report straight away when the network answers', async () => {
    const { queue, sent, store } = setup();
    await expect(queue.submit(draft)).resolves.toBe('sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ ...draft, id: 'report-0001', createdAt: '2026-11-28T12:00:00.000Z' });
    expect(store.values).toEqual([]);
  });

  it('queues a report without trying the network while the browser is offline', async () => {
    const { queue, send, store, setOnline } = setup();
    setOnline(false);
    queue.start();
    await expect(queue.submit(draft)).resolves.toBe('queued');
    expect(send).not.toHaveBeenCalled();
    expect(queue.pendingCount()).toBe(1);
    expect(store.values).toEqual([expect.objectContaining({ id: 'report-0001', attempts: 0, report: expect.objectContaining(draft) as unknown })]);
    // No timer spins while offline: only the online event brings the queue back.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).not.toHaveBeenCalled();
  });

  it('delivers the queued report when the browser comes back online', async () => {
    const { queue, send, sent, setOnline } = setup();
    setOnline(false);
    queue.start();
    await queue.submit(draft);
    const listener = vi.fn();
    queue.subscribe(listener);
    setOnline(true);
    await vi.waitFor(() => {
      expect(queue.pendingCount()).toBe(0);
    });
    expect(send).toHaveBeenCalledTimes(1);
    expect(sent[0]?.selection).toBe('warnigns');
    expect(listener).toHaveBeenCalled();
  });

  it('says how many reports wait, so the next visit knows to load it and deliver them', async () => {
    const { queue, waiting, setOnline } = setup();
    setOnline(false);
    queue.start();
    await queue.submit(draft);
    expect(waiting.at(-1)).toBe(1);
    setOnline(true);
    await vi.waitFor(() => {
      expect(waiting.at(-1)).toBe(0);
    });
  });

  it('queues a report the server failed on and retries it with growing back-off', async () => {
    const { queue, send } = setup({
      results: [
        { kind: 'retry', reason: 'http', status: 503 },
        { kind: 'retry', reason: 'http', status: 503 },
      ],
    });
    queue.start();
    await settle();
    await expect(queue.submit(draft)).resolves.toBe('queued');
    expect(send).toHaveBeenCalledTimes(1);

    // First retry after about 2 s, the next after about 4 s more.
    await vi.advanceTimersByTimeAsync(1900);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3800);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(send).toHaveBeenCalledTimes(3);
    expect(queue.pendingCount()).toBe(0);
  });

  it('grows the back-off to a ceiling of 30 minutes', () => {
    expect(backoffDelay(1, () => 0.5)).toBe(2000);
    expect(backoffDelay(2, () => 0.5)).toBe(4000);
    expect(backoffDelay(30, () => 0.5)).toBe(30 * 60_000);
    expect(backoffDelay(3, () => 0)).toBe(6400);
    expect(backoffDelay(3, () => 1)).toBe(9600);
  });

  it('delivers what an earlier visit left behind as soon as it starts', async () => {
    const earlier: QueueEntry = {
      id: 'left-behind-1',
      report: { ...draft, id: 'left-behind-1', createdAt: '2026-11-27T09:00:00.000Z' },
      attempts: 3,
      nextAttemptAt: Date.parse('2026-11-27T09:05:00Z'),
    };
    const { queue, sent, store } = setup({ initial: [earlier] });
    queue.start();
    await vi.waitFor(() => {
      expect(store.values).toEqual([]);
    });
    expect(sent.map((report) => report.id)).toEqual(['left-behind-1']);
  });

  it('drops stored values that are not valid queue entries instead of sending them', async () => {
    const { queue, send, store } = setup({
      initial: [
        { id: 'junk', report: { articleId: 42 } },
        'not even an object',
        { id: 'x', report: { ...draft, id: 'y', createdAt: 'yesterday' }, attempts: 0, nextAttemptAt: 0 },
      ],
    });
    queue.start();
    await vi.waitFor(() => {
      expect(store.values).toEqual([]);
    });
    expect(send).not.toHaveBeenCalled();
    expect(queue.pendingCount()).toBe(0);
  });

  it('does not queue the same correction twice when Send is pressed again offline', async () => {
    const { queue, setOnline, send } = setup();
    setOnline(false);
    queue.start();
    await queue.submit(draft);
    await queue.submit(draft);
    expect(queue.pendingCount()).toBe(1);
    setOnline(true);
    await vi.waitFor(() => {
      expect(queue.pendingCount()).toBe(0);
    });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends each queued report once even when several triggers flush at the same moment', async () => {
    const { queue, setOnline, send } = setup();
    setOnline(false);
    queue.start();
    await queue.submit(draft);
    await queue.submit({ ...draft, comment: 'second' });
    setOnline(true);
    void queue.flush({ force: true });
    void queue.flush({ force: true });
    await vi.waitFor(() => {
      expect(queue.pendingCount()).toBe(0);
    });
    await vi.runOnlyPendingTimersAsync();
    expect(send.mock.calls.map(([report]) => report.comment)).toEqual(['', 'second']);
  });

  it('tells the reader a report the server refused was not accepted, and does not keep it', async () => {
    const { queue, store } = setup({ results: [{ kind: 'rejected', status: 422 }] });
    await expect(queue.submit(draft)).resolves.toBe('rejected');
    expect(store.values).toEqual([]);
  });

  it('refuses a draft that breaks the report limits before it reaches the network', async () => {
    const { queue, send } = setup();
    await expect(queue.submit({ ...draft, selection: 'x'.repeat(300) })).resolves.toBe('rejected');
    expect(send).not.toHaveBeenCalled();
  });

  it('stops a flush at the first network failure and leaves the rest for the online event', async () => {
    const { queue, setOnline, send } = setup({ results: [{ kind: 'retry', reason: 'network' }] });
    setOnline(false);
    queue.start();
    await queue.submit(draft);
    await queue.submit({ ...draft, comment: 'second' });
    send.mockClear();
    // Online again, but the first request still fails at the network level.
    setOnline(true);
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    expect(queue.pendingCount()).toBe(2);
    // The failed one waits out its back-off; then both go.
    await vi.advanceTimersByTimeAsync(2500);
    expect(send).toHaveBeenCalledTimes(3);
    expect(queue.pendingCount()).toBe(0);
  });

  it('keeps reports in memory when IndexedDB fails, so they still go out during this visit', async () => {
    const broken = memoryQueueStore();
    broken.put = () => Promise.reject(new Error('QuotaExceededError'));
    broken.all = () => Promise.reject(new Error('QuotaExceededError'));
    const onFallback = vi.fn();
    const store = resilientStore(broken, onFallback);
    const entry: QueueEntry = {
      id: 'a1b2c3d4',
      report: { ...draft, id: 'a1b2c3d4', createdAt: '2026-11-28T12:00:00.000Z' },
      attempts: 0,
      nextAttemptAt: 0,
    };
    await store.put(entry);
    await expect(store.all()).resolves.toEqual([[entry.id, entry]]);
    expect(onFallback).toHaveBeenCalledTimes(1);
  });
});

/** A queue entry for `id`, as the queue stores it. */
function entry(id: string, attempts = 0): QueueEntry {
  return { id, report: { ...draft, id, createdAt: '2026-11-28T12:00:00.000Z' }, attempts, nextAttemptAt: 0 };
}

/** Opens (creating when new) the queue's database as an earlier version of the app did: entries keyed by their own `id`. */
function openEarlierVersionDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('meridian-typo-reports', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('queue', { keyPath: 'id' });
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('open failed'));
    };
  });
}

describe('the queue in IndexedDB', () => {
  // The queue's own database and store, read directly to see what really is on disk.
  const raw = () => createStore('meridian-typo-reports', 'queue');

  beforeEach(() => {
    // fake-indexeddb schedules its work on real timers; each test gets an empty browser profile.
    vi.useRealTimers();
    vi.stubGlobal('indexedDB', new IDBFactory());
  });

  it('stores an entry under its id and reads it back on a later visit', async () => {
    await indexedDbQueueStore().put(entry('a1b2c3d4'));
    await expect(entries(raw())).resolves.toEqual([['a1b2c3d4', entry('a1b2c3d4')]]);
    await expect(indexedDbQueueStore().all()).resolves.toEqual([['a1b2c3d4', entry('a1b2c3d4')]]);
  });

  it('replaces an entry stored again (a failed attempt) instead of adding a second', async () => {
    const store = indexedDbQueueStore();
    await store.put(entry('a1b2c3d4'));
    await store.put(entry('a1b2c3d4', 2));
    await expect(store.all()).resolves.toEqual([['a1b2c3d4', entry('a1b2c3d4', 2)]]);
  });

  it('deletes a delivered entry and leaves the others', async () => {
    const store = indexedDbQueueStore();
    await store.put(entry('a1b2c3d4'));
    await store.put(entry('e5f6a7b8'));
    await store.remove('a1b2c3d4');
    await expect(entries(raw())).resolves.toEqual([['e5f6a7b8', entry('e5f6a7b8')]]);
  });

  it('drops a malformed stored record instead of sending it, and delivers the valid one beside it', async () => {
    await set('broken-1', { id: 'broken-1', report: { articleId: 42 } }, raw());
    await set('stored-under-another-key', entry('a1b2c3d4'), raw());
    await indexedDbQueueStore().put(entry('e5f6a7b8'));
    const send = vi.fn((_report: TypoReport) => Promise.resolve<SendResult>({ kind: 'delivered' }));
    const queue = createReportQueue({ store: indexedDbQueueStore(), send, lock: (task) => task() });
    await queue.flush();
    expect(send.mock.calls.map(([report]) => report.id)).toEqual(['e5f6a7b8']);
    await expect(entries(raw())).resolves.toEqual([]);
  });

  it('keeps the reports an earlier version of the app queued, and can still add and delete entries beside them', async () => {
    const earlier = await openEarlierVersionDatabase();
    await new Promise<void>((resolve, reject) => {
      const transaction = earlier.transaction('queue', 'readwrite');
      transaction.objectStore('queue').put(entry('left-behind-1'));
      transaction.oncomplete = () => {
        resolve();
      };
      transaction.onerror = () => {
        reject(transaction.error ?? new Error('put failed'));
      };
    });
    earlier.close();
    const store = indexedDbQueueStore();
    await expect(store.all()).resolves.toEqual([['left-behind-1', entry('left-behind-1')]]);
    await store.put(entry('a1b2c3d4'));
    await store.remove('left-behind-1');
    await expect(store.all()).resolves.toEqual([['a1b2c3d4', entry('a1b2c3d4')]]);
  });

  it('fails, so the queue falls back to memory, where the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(indexedDbQueueStore().all()).rejects.toThrow('IndexedDB is not available');
  });
});

/** A promise and the function that resolves it. */
function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** A Web Locks manager that, like the browser's, grants each name to one holder at a time, in order. */
function fakeLockManager() {
  const held = new Map<string, Promise<unknown>>();
  const requested: string[] = [];
  const request = <T>(name: string, task: () => Promise<T>): Promise<T> => {
    requested.push(name);
    const result = (held.get(name) ?? Promise.resolve()).then(task);
    held.set(
      name,
      result.catch(() => undefined),
    );
    return result;
  };
  return { request, requested };
}

describe('the lock a flush holds', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'locks');
  });

  it("is shared by the tabs through Web Locks: a second tab's flush waits for the first to end", async () => {
    const locks = fakeLockManager();
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
    // Each tab makes its own lock; only the name is shared.
    const firstTab = browserLock('meridian-typo-queue');
    const secondTab = browserLock('meridian-typo-queue');
    const events: string[] = [];
    const firstMayEnd = deferred();
    const first = firstTab(async () => {
      events.push('first starts');
      await firstMayEnd.promise;
      events.push('first ends');
      return 'first';
    });
    const second = secondTab(() => {
      events.push('second starts');
      return Promise.resolve('second');
    });
    await settle();
    expect(events).toEqual(['first starts']);
    firstMayEnd.resolve();
    await expect(Promise.all([first, second])).resolves.toEqual(['first', 'second']);
    expect(events).toEqual(['first starts', 'first ends', 'second starts']);
    expect(locks.requested).toEqual(['meridian-typo-queue', 'meridian-typo-queue']);
  });

  it('still runs the work, one flush at a time in this tab, where the browser has no Web Locks', async () => {
    expect('locks' in navigator).toBe(false);
    const lock = browserLock('meridian-typo-queue');
    const events: string[] = [];
    const firstMayEnd = deferred();
    const first = lock(async () => {
      events.push('first starts');
      await firstMayEnd.promise;
      throw new Error('the first flush failed');
    });
    const second = lock(() => {
      events.push('second starts');
      return Promise.resolve('second');
    });
    await settle();
    expect(events).toEqual(['first starts']);
    firstMayEnd.resolve();
    await expect(first).rejects.toThrow('the first flush failed');
    // A failed flush does not keep the lock: the next one runs.
    await expect(second).resolves.toBe('second');
    expect(events).toEqual(['first starts', 'second starts']);
  });
});
