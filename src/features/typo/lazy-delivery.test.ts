import { STORAGE_KEYS } from '@/config/site-rules.js';
import { lazyTypoDelivery, recordWaitingReports, waitingReports } from './lazy-delivery';
import { typoDraft as draft } from './typo-draft.fixture';
import type { TypoDelivery } from './typo-report';

function fakeQueue(pending = 0) {
  const stop = vi.fn();
  const listeners = new Set<() => void>();
  const queue = {
    submit: vi.fn(() => Promise.resolve('sent' as const)),
    pendingCount: () => pending,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: vi.fn(() => stop),
  } satisfies TypoDelivery;
  return {
    queue,
    stop,
    setPending: (count: number) => {
      pending = count;
      for (const listener of listeners) listener();
    },
  };
}

describe('the typo delivery an article page starts with', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('does not download the queue when no report is waiting', () => {
    const load = vi.fn(() => Promise.resolve(fakeQueue().queue));
    const delivery = lazyTypoDelivery(load);
    const stop = delivery.start();
    expect(delivery.pendingCount()).toBe(0);
    stop();
    expect(load).not.toHaveBeenCalled();
  });

  it('loads and starts the queue at once when an earlier visit left reports waiting', async () => {
    recordWaitingReports(2);
    const { queue, setPending } = fakeQueue(2);
    const delivery = lazyTypoDelivery(() => Promise.resolve(queue));
    const changes = vi.fn();
    delivery.subscribe(changes);
    delivery.start();
    // Until the queue is here, the reader sees the recorded count.
    expect(delivery.pendingCount()).toBe(2);
    await vi.waitFor(() => {
      expect(queue.start).toHaveBeenCalledTimes(1);
    });
    setPending(0);
    expect(delivery.pendingCount()).toBe(0);
    expect(changes).toHaveBeenCalled();
  });

  it('loads the queue to send a report, and starts it when the page has started delivery', async () => {
    const { queue, stop } = fakeQueue();
    const delivery = lazyTypoDelivery(() => Promise.resolve(queue));
    const stopDelivery = delivery.start();
    await expect(delivery.submit(draft)).resolves.toBe('sent');
    expect(queue.submit).toHaveBeenCalledWith(draft);
    expect(queue.start).toHaveBeenCalledTimes(1);
    stopDelivery();
    stopDelivery();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('loads the queue only once however many reports are sent', async () => {
    const { queue } = fakeQueue();
    const load = vi.fn(() => Promise.resolve(queue));
    const delivery = lazyTypoDelivery(load);
    await Promise.all([delivery.submit(draft), delivery.submit(draft)]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(queue.submit).toHaveBeenCalledTimes(2);
  });
});

describe('preparing to send', () => {
  it('loads the queue ahead of the report, so a reader who then goes offline can still send', async () => {
    const { queue } = fakeQueue();
    const load = vi.fn(() => Promise.resolve(queue));
    const delivery = lazyTypoDelivery(load);
    delivery.prepare?.();
    await vi.waitFor(() => {
      expect(load).toHaveBeenCalledTimes(1);
    });
    await delivery.submit(draft);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again when loading failed, instead of keeping the failure', async () => {
    const { queue } = fakeQueue();
    const load = vi.fn<() => Promise<TypoDelivery>>().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue(queue);
    const delivery = lazyTypoDelivery(load);
    delivery.prepare?.();
    await vi.waitFor(() => {
      expect(load).toHaveBeenCalledTimes(1);
    });
    await Promise.resolve();
    await expect(delivery.submit(draft)).resolves.toBe('sent');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('the count of waiting reports', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('is remembered while reports wait and forgotten when none do', () => {
    recordWaitingReports(3);
    expect(waitingReports()).toBe(3);
    recordWaitingReports(0);
    expect(waitingReports()).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  it('counts anything but a small whole number as none', () => {
    for (const value of ['-1', '1.5', 'many', '1e9', '']) {
      localStorage.setItem(STORAGE_KEYS.typoWaiting, value);
      expect(waitingReports()).toBe(0);
    }
  });
});
