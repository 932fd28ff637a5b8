type SchedulerWithYield = { yield?: () => Promise<void> };

/**
 * Ends the current task and continues in a new one, so the browser can paint and handle input in
 * between. Startup work is split at these points: one long task would freeze a phone's page while
 * the reader is already trying to scroll it.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}
