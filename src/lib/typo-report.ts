import * as v from 'valibot';
import { EDITION_LANGS } from '@/config/editions';
import { TYPO_LIMITS } from '@/config/typo';

/** The typo report on the wire (limits in src/config/typo.ts), and how the browser hands one to the receiver. */

const bounded = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const TypoReportSchema = v.strictObject({
  /** Random per report: the queue's key, and how the receiver recognises a report sent twice. */
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/)),
  articleId: v.pipe(v.string(), v.minLength(1), v.maxLength(TYPO_LIMITS.articleId)),
  url: v.pipe(v.string(), v.maxLength(TYPO_LIMITS.url), v.regex(/^https?:\/\//)),
  edition: v.picklist(EDITION_LANGS),
  selection: v.pipe(v.string(), v.minLength(1), v.maxLength(TYPO_LIMITS.selection)),
  before: bounded(TYPO_LIMITS.context),
  after: bounded(TYPO_LIMITS.context),
  comment: bounded(TYPO_LIMITS.comment),
  /** When the reader pressed Send (ISO 8601, UTC), not when the report finally got through. */
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
});

export type TypoReport = v.InferOutput<typeof TypoReportSchema>;

/** What the reader's page knows; the id and time are added when the report is made. */
export type TypoReportDraft = Omit<TypoReport, 'id' | 'createdAt'>;

/** What the reader is told after pressing Send. */
export type TypoOutcome = 'sent' | 'queued' | 'rejected';

/** One delivery attempt's result. `retry`: worth trying again later; `rejected`: never worth it. */
export type SendResult =
  | { kind: 'delivered' }
  | { kind: 'rejected'; status: number }
  | { kind: 'retry'; reason: 'offline' | 'network' | 'timeout' | 'http'; status?: number };

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
