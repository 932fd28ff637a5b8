import type { IncomingMessage, ServerResponse } from 'node:http';

/** Types for server/typo-receiver.mjs (plain JavaScript so production runs it with `node` alone). */

export declare const LIMITS: Readonly<{
  id: number;
  articleId: number;
  url: number;
  selection: number;
  context: number;
  comment: number;
  bodyBytes: number;
}>;
export declare const EDITIONS: readonly string[];
export declare const DEFAULT_REPORTS_FILE: string;
export declare const DEFAULT_PATH: string;

export type TypoReport = {
  id: string;
  articleId: string;
  url: string;
  edition: string;
  selection: string;
  before: string;
  after: string;
  comment: string;
  createdAt: string;
};

export declare function validateReport(body: unknown): { ok: true; report: TypoReport } | { ok: false; problems: string[] };

export type ReceiverOptions = { file?: string; path?: string; log?: (message: string) => void };

export declare function createTypoReceiver(
  options?: ReceiverOptions,
): (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => Promise<void>;

export declare function startTypoReceiver(
  options?: ReceiverOptions & { port?: number; host?: string },
): Promise<{ port: number; url: string; close: () => Promise<void> }>;
