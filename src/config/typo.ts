/**
 * Where readers' typo reports are POSTed. A newsroom points the app at its own receiver at build time
 * with VITE_TYPO_ENDPOINT (a same-site path, or an https URL that allows the site's origin by CORS);
 * the default is the receiver that `npm start`, `npm run dev` and server/typo-receiver.mjs serve.
 */
export const TYPO_ENDPOINT = import.meta.env.VITE_TYPO_ENDPOINT || '/api/typo';

/** Longest selection a report carries; longer ones are cut and the reader is told. */
export const SELECTION_MAX = 256;
/** Context kept on each side of the selection. */
export const CONTEXT_MAX = 60;

/**
 * The limits of a typo report on the wire. The receiver (server/typo-receiver.mjs) checks the
 * same ones; tests/unit/typo-receiver.test.ts keeps the two in step.
 */
export const TYPO_LIMITS = {
  id: 64,
  articleId: 512,
  url: 2048,
  selection: SELECTION_MAX,
  context: CONTEXT_MAX,
  comment: 1000,
  /** The receiver refuses bodies larger than this. */
  bodyBytes: 8192,
} as const;
