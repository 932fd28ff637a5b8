import type { TypoReport } from './typo-report-schema.js';

/**
 * How the browser hands a typo report to the receiver. The report itself, and its limits, are
 * typo-report-schema.js and typo-limits.js, shared with server/typo-receiver.mjs.
 */

export type { TypoReport };

/**
 * Where readers' typo reports are POSTed. A newsroom points the app at its own receiver at build time
 * with VITE_TYPO_ENDPOINT (a same-site path, or an https URL that allows the site's origin by CORS);
 * the default is the receiver that `npm start`, `npm run dev` and server/typo-receiver.mjs serve.
 */
export const TYPO_ENDPOINT = import.meta.env.VITE_TYPO_ENDPOINT || '/api/typo';

/** What the reader's page knows; the id and time are added when the report is made. */
export type TypoReportDraft = Omit<TypoReport, 'id' | 'createdAt'>;

/** What the reader is told after pressing Send. */
export type TypoOutcome = 'sent' | 'queued' | 'rejected';

/** One delivery attempt's result. `retry`: worth trying again later; `rejected`: never worth it. */
export type SendResult =
  { kind: 'delivered' } | { kind: 'rejected'; status: number } | { kind: 'retry'; reason: 'offline' | 'network' | 'timeout' | 'http'; status?: number };

/** What components get (as a prop) to hand a report over: they never fetch or queue themselves. */
export type TypoDelivery = {
  submit: (draft: TypoReportDraft) => Promise<TypoOutcome>;
  /** Reports saved on this device and not yet delivered. */
  pendingCount: () => number;
  subscribe: (listener: () => void) => () => void;
  /** Begins delivering saved reports (now, when back online, on back-off timers); returns a stop function. */
  start: () => () => void;
  /** A report may follow soon: load what sending needs now, while the network is surely there. */
  prepare?: () => void;
};

/**
 * The receiver's own "this report is bad" answers: sending the same body again cannot succeed. Any
 * other failure (5xx, 404 from a proxy while the receiver is being deployed, 408, 429) is retried,
 * because losing a reader's correction is worse than one more request.
 */
const REJECTED_STATUSES = new Set([400, 413, 415, 422]);

export async function postTypoReport(endpoint: string, report: TypoReport, timeoutMs = 10_000): Promise<SendResult> {
  const deadline = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(report),
      signal: deadline,
      cache: 'no-store',
    });
  } catch {
    return { kind: 'retry', reason: deadline.aborted ? 'timeout' : 'network' };
  }
  if (response.ok) return { kind: 'delivered' };
  if (REJECTED_STATUSES.has(response.status)) return { kind: 'rejected', status: response.status };
  return { kind: 'retry', reason: 'http', status: response.status };
}
