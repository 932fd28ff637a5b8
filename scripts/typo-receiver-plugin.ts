import type { Connect, Plugin } from 'vite';
import { createTypoReceiver, DEFAULT_REPORTS_FILE } from '../server/typo-receiver.mjs';

/**
 * Mounts the typo-report receiver (server/typo-receiver.mjs) in `vite` (npm run dev), so reports
 * have somewhere to go without a separate process (npm start's server mounts it itself). It answers at /api/typo, the default VITE_TYPO_ENDPOINT, and writes to
 * TYPO_REPORTS_FILE (default data/typo-reports.jsonl, relative to where Vite was started).
 */
export function typoReceiver(): Plugin {
  const middleware = (): Connect.NextHandleFunction => {
    const handle = createTypoReceiver({
      file: process.env.TYPO_REPORTS_FILE ?? DEFAULT_REPORTS_FILE,
      log: (message) => {
        console.log(`[typo-receiver] ${message}`);
      },
    });
    return (req, res, next) => {
      handle(req, res, next).catch(next);
    };
  };
  return {
    name: 'meridian:typo-receiver',
    configureServer(server) {
      server.middlewares.use(middleware());
    },
  };
}
