// @ts-check
// The limits of a typo report, written once. Plain JavaScript with JSDoc types and no dependencies:
// the article page imports them (the selection is cut to fit before a dialog or a schema is loaded),
// and so do the report schema (typo-report-schema.js) and, through it, server/typo-receiver.mjs.

/** Longest selection a report carries; longer ones are cut and the reader is told. */
export const SELECTION_MAX = 256;

/** Context kept on each side of the selection. */
export const CONTEXT_MAX = 60;

/** The limits of a typo report on the wire, checked in the browser and by the receiver alike. */
export const TYPO_LIMITS = Object.freeze(
  /** @type {const} */ ({
    id: 64,
    articleId: 512,
    url: 2048,
    selection: SELECTION_MAX,
    context: CONTEXT_MAX,
    comment: 1000,
    /** Longest `createdAt` (an ISO 8601 time with nanoseconds and an offset is 35 characters). */
    createdAt: 40,
    /** The receiver refuses bodies larger than this. */
    bodyBytes: 8192,
  }),
);
