/**
 * Something several parts of a page start and stop on their own (a delivery queue, a listener):
 * the first start runs `begin`, the last stop runs what it returned, and each stop counts once.
 */
export function sharedStart(begin: () => () => void): { start: () => () => void; active: () => boolean } {
  let starts = 0;
  let end: (() => void) | undefined;
  return {
    active: () => starts > 0,
    start() {
      starts += 1;
      if (starts === 1) end = begin();
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        starts -= 1;
        if (starts === 0) {
          end?.();
          end = undefined;
        }
      };
    },
  };
}
