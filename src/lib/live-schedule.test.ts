import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleChecks } from './live-schedule';

describe('the schedule of checks for news', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks every interval while the page is seen, never two at a time', async () => {
    const check = vi.fn(() => Promise.resolve());
    const stop = scheduleChecks(check, 1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(check).toHaveBeenCalledTimes(3);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('makes the first check sooner when the page was open before its code loaded, then keeps the interval', async () => {
    const check = vi.fn(() => Promise.resolve());
    const stop = scheduleChecks(check, 30_000, 9_000);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(check).toHaveBeenCalledTimes(2);
    stop();
  });
});
