/** Types for scripts/watch.mjs (a plain Node script: `npm run watch`). */
export type UnchangedSummary = {
  ok: true;
  unchanged: true;
  added: number;
  changed: number;
  removed: number;
  written: number;
  seconds: number;
  warnings?: string[];
};
export type PublishedSummary = {
  ok: true;
  unchanged: false;
  id: string;
  added: number;
  changed: number;
  removed: number;
  written: number;
  rendered: number;
  documents: number;
  seconds: number;
  warnings?: string[];
};
export type FailedSummary = { ok: false; error: string; warnings?: string[] };
export type PublishSummary = UnchangedSummary | PublishedSummary | FailedSummary;

export const DEFAULT_INTERVAL_SECONDS: number;
export const DEFAULT_MAX_BACKOFF_SECONDS: number;
export const ALIVE_EVERY_SECONDS: number;
export const GRACE_SECONDS: number;
export function intervalFromEnv(env: Record<string, string | undefined>): number;
export function sleep(ms: number, signal?: AbortSignal): Promise<void>;
export function nextWaitSeconds(intervalSeconds: number, failures: number, maxBackoffSeconds: number): number;
export function watch(options: {
  intervalSeconds: number;
  publish: () => Promise<PublishSummary>;
  log?: (line: string) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  maxBackoffSeconds?: number;
  aliveEverySeconds?: number;
  now?: () => Date;
}): Promise<void>;
export function runPublish(options?: {
  script?: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
  signal?: AbortSignal;
  forceSignal?: AbortSignal;
  graceSeconds?: number;
  report?: (text: string) => void;
}): Promise<PublishSummary>;
