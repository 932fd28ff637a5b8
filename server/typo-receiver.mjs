// @ts-check
/**
 * The newsroom end of "select a typo and press Ctrl+Enter": one Node module, no framework. It takes a
 * typo report as JSON, checks it with the same schema the browser uses
 * (src/features/typo/typo-report-schema.js: every field's type and size, no unknown fields), appends
 * it as one line to a JSON-lines file and says clearly what happened. The file is fixed by the
 * server's own configuration (TYPO_REPORTS_FILE); nothing in a request can choose a file, a path or
 * a recipient. It needs no build step, only node_modules (for valibot, which the schema is built with).
 *
 * Used three ways:
 *  - as middleware inside `vite` (scripts/typo-receiver-plugin.ts), so `npm run dev` accepts reports,
 *    and inside server/static-server.mjs, so `npm start` and the browser tests do;
 *  - standalone in production behind nginx: `node server/typo-receiver.mjs` (PORT, HOST,
 *    TYPO_REPORTS_FILE, TYPO_PATH from the environment);
 *  - from tests and other servers, through `createTypoReceiver` / `startTypoReceiver`.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { TYPO_LIMITS } from '../src/features/typo/typo-limits.js';
import { TypoReportSchema } from '../src/features/typo/typo-report-schema.js';

export const DEFAULT_REPORTS_FILE = 'data/typo-reports.jsonl';
export const DEFAULT_PATH = '/api/typo';

/** @typedef {import('../src/features/typo/typo-report-schema.js').TypoReport} TypoReport */

/**
 * @typedef {object} ReceiverOptions
 * @property {string} [file] where reports are appended (default DEFAULT_REPORTS_FILE, relative to the working directory)
 * @property {string} [path] the one path it answers (default DEFAULT_PATH)
 * @property {(message: string) => void} [log]
 */

/**
 * Checks a parsed body with the shared schema. Returns the report (only its fields, in a fixed order)
 * or the problems, one sentence each, as the 422 answer lists them.
 * @param {unknown} body
 * @returns {{ ok: true, report: TypoReport } | { ok: false, problems: string[] }}
 */
export function validateReport(body) {
  const result = v.safeParse(TypoReportSchema, body);
  if (result.success) return { ok: true, report: result.output };
  return { ok: false, problems: result.issues.map((issue) => issue.message) };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, unknown>} body
 * @param {Record<string, string>} [headers]
 */
function answer(res, status, body, headers = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(json)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(json);
}

/**
 * Reads at most `limit` bytes of the request body; `null` when it is larger (reading stops at once).
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer | null>}
 */
function readBody(req, limit) {
  return new Promise((resolveBody, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let done = false;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        // Stop buffering; the rest of the upload is drained and discarded.
        req.resume();
        resolveBody(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolveBody(Buffer.concat(chunks));
      }
    });
    req.on('error', (error) => {
      if (!done) {
        done = true;
        reject(error);
      }
    });
  });
}

/**
 * Makes the request handler, in the (req, res, next) shape that Vite's connect middleware and
 * node:http both accept. Requests for other paths go to `next` (or get a 404 standalone).
 * @param {ReceiverOptions} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: (error?: unknown) => void) => Promise<void>}
 */
export function createTypoReceiver(options = {}) {
  const file = resolve(options.file ?? DEFAULT_REPORTS_FILE);
  const path = options.path ?? DEFAULT_PATH;
  const log = options.log ?? (() => undefined);
  /** Ids already written, read from the file once, so a report retried after a lost answer is kept once. */
  /** @type {Promise<Set<string>> | undefined} */
  let seen;
  /** Appends run one after another: the duplicate check and the write must not interleave. */
  /** @type {Promise<unknown>} */
  let queue = Promise.resolve();

  const loadSeen = async () => {
    const ids = new Set();
    try {
      for (const line of (await readFile(file, 'utf8')).split('\n')) {
        if (!line.trim()) continue;
        try {
          const id = /** @type {{ id?: unknown }} */ (JSON.parse(line)).id;
          if (typeof id === 'string') ids.add(id);
        } catch {
          // A damaged line (a crash mid-write, a hand edit) must not stop new reports.
        }
      }
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    }
    return ids;
  };

  /** @param {TypoReport} report @returns {Promise<'stored' | 'duplicate'>} */
  const store = (report) => {
    const task = queue.then(async () => {
      seen ??= loadSeen().catch((error) => {
        seen = undefined;
        throw error;
      });
      const ids = await seen;
      if (ids.has(report.id)) return /** @type {const} */ ('duplicate');
      await mkdir(dirname(file), { recursive: true });
      await appendFile(file, `${JSON.stringify({ ...report, receivedAt: new Date().toISOString() })}\n`, 'utf8');
      ids.add(report.id);
      return /** @type {const} */ ('stored');
    });
    queue = task.catch(() => undefined);
    return task;
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {(error?: unknown) => void} [next]
   */
  return async function typoReceiver(req, res, next) {
    const pathname = new URL(req.url ?? '/', 'http://receiver.invalid').pathname;
    if (pathname !== path) {
      if (next) next();
      else answer(res, 404, { ok: false, error: 'not-found', message: `Typo reports go to ${path}.` });
      return;
    }
    if (req.method !== 'POST') {
      answer(res, 405, { ok: false, error: 'method-not-allowed', message: 'Send typo reports with POST.' }, { allow: 'POST' });
      return;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      answer(res, 415, { ok: false, error: 'unsupported-media-type', message: 'Typo reports are JSON (Content-Type: application/json).' });
      return;
    }
    const declared = Number(req.headers['content-length']);
    const tooLarge = { ok: false, error: 'too-large', message: `A typo report may be at most ${TYPO_LIMITS.bodyBytes} bytes.` };
    if (Number.isFinite(declared) && declared > TYPO_LIMITS.bodyBytes) {
      // Refuse before reading; close the connection rather than drain a large upload.
      answer(res, 413, tooLarge, { connection: 'close' });
      req.resume();
      return;
    }
    let raw;
    try {
      raw = await readBody(req, TYPO_LIMITS.bodyBytes);
    } catch {
      answer(res, 400, { ok: false, error: 'bad-request', message: 'The request body could not be read.' });
      return;
    }
    if (raw === null) {
      answer(res, 413, tooLarge, { connection: 'close' });
      return;
    }
    let body;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      answer(res, 400, { ok: false, error: 'invalid-json', message: 'The body is not valid JSON.' });
      return;
    }
    const checked = validateReport(body);
    if (!checked.ok) {
      answer(res, 422, { ok: false, error: 'invalid-report', message: 'The typo report is not valid.', problems: checked.problems });
      return;
    }
    try {
      const status = await store(checked.report);
      log(`typo report ${checked.report.id} ${status}`);
      answer(res, status === 'stored' ? 201 : 200, { ok: true, status, id: checked.report.id });
    } catch (error) {
      log(`typo report ${checked.report.id} could not be stored: ${String(error)}`);
      // 5xx: the browser keeps the report and tries again later.
      answer(res, 503, { ok: false, error: 'storage-failed', message: 'The report could not be stored; try again later.' });
    }
  };
}

/**
 * Starts a standalone HTTP server. Resolves once it listens, with its address and a close function.
 * @param {ReceiverOptions & { port?: number, host?: string }} [options]
 * @returns {Promise<{ port: number, url: string, close: () => Promise<void> }>}
 */
export function startTypoReceiver(options = {}) {
  const handler = createTypoReceiver(options);
  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) answer(res, 500, { ok: false, error: 'internal', message: 'Unexpected error.' });
    });
  });
  // Slow or stuck clients must not hold sockets open.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : (options.port ?? 8787);
      resolveStart({
        port,
        url: `http://${options.host ?? '127.0.0.1'}:${port}${options.path ?? DEFAULT_PATH}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const file = process.env.TYPO_REPORTS_FILE ?? DEFAULT_REPORTS_FILE;
  const { url, close } = await startTypoReceiver({
    port: Number(process.env.PORT ?? 8787),
    host: process.env.HOST ?? '127.0.0.1',
    path: process.env.TYPO_PATH ?? DEFAULT_PATH,
    file,
    log: (message) => console.log(message),
  });
  console.log(`Typo receiver listening on ${url}, writing to ${resolve(file)}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void close().then(() => process.exit(0)));
}
