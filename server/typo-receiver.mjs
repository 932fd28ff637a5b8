// @ts-check
/**
 * The newsroom end of "select a typo and press Ctrl+Enter": one Node module, no framework, no
 * dependencies. It takes a typo report as JSON, checks every field's type and size, appends it as one
 * line to a JSON-lines file and says clearly what happened. The file is fixed by the server's own
 * configuration (TYPO_REPORTS_FILE); nothing in a request can choose a file, a path or a recipient.
 *
 * Used three ways:
 *  - as middleware inside `vite` and `vite preview` (scripts/typo-receiver-plugin.ts), so `npm run dev`
 *    and `npm start` accept reports;
 *  - standalone in production behind nginx: `node server/typo-receiver.mjs` (PORT, HOST,
 *    TYPO_REPORTS_FILE, TYPO_PATH from the environment);
 *  - from tests, through `createTypoReceiver` / `startTypoReceiver`.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Must match TYPO_LIMITS in src/lib/typo-report.ts (a unit test compares them). */
export const LIMITS = Object.freeze({
  id: 64,
  articleId: 512,
  url: 2048,
  selection: 256,
  context: 60,
  comment: 1000,
  bodyBytes: 8192,
});

export const EDITIONS = Object.freeze(['en', 'ru', 'de', 'fr', 'pt', 'es']);

export const DEFAULT_REPORTS_FILE = 'data/typo-reports.jsonl';
export const DEFAULT_PATH = '/api/typo';

const FIELDS = ['id', 'articleId', 'url', 'edition', 'selection', 'before', 'after', 'comment', 'createdAt'];
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * @typedef {{ id: string, articleId: string, url: string, edition: string, selection: string,
 *   before: string, after: string, comment: string, createdAt: string }} TypoReport
 */

/**
 * Checks a parsed body. Returns the report (only the known fields, in a fixed order) or the problems.
 * @param {unknown} body
 * @returns {{ ok: true, report: TypoReport } | { ok: false, problems: string[] }}
 */
export function validateReport(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, problems: ['the body must be a JSON object'] };
  const record = /** @type {Record<string, unknown>} */ (body);
  const problems = [];
  // Unknown fields are refused, not ignored: no "to", "file" or "recipient" can ride along unnoticed.
  for (const key of Object.keys(record)) if (!FIELDS.includes(key)) problems.push(`unknown field "${key}"`);

  /** @param {string} name @param {number} max @param {number} [min] */
  const text = (name, max, min = 0) => {
    const value = record[name];
    if (typeof value !== 'string') problems.push(`"${name}" must be a string`);
    else if (value.length > max) problems.push(`"${name}" is longer than ${max} characters`);
    else if (value.trim().length < min) problems.push(`"${name}" must not be empty`);
  };
  text('id', LIMITS.id, 8);
  text('articleId', LIMITS.articleId, 1);
  text('url', LIMITS.url, 1);
  text('selection', LIMITS.selection, 1);
  text('before', LIMITS.context);
  text('after', LIMITS.context);
  text('comment', LIMITS.comment);
  text('createdAt', 40, 1);
  if (typeof record.id === 'string' && !/^[A-Za-z0-9-]+$/.test(record.id)) problems.push('"id" may hold only letters, digits and hyphens');
  if (typeof record.url === 'string' && !/^https?:\/\//.test(record.url)) problems.push('"url" must be an http(s) URL');
  if (typeof record.edition !== 'string' || !EDITIONS.includes(record.edition)) problems.push(`"edition" must be one of ${EDITIONS.join(', ')}`);
  if (typeof record.createdAt === 'string' && (!ISO_TIMESTAMP.test(record.createdAt) || Number.isNaN(Date.parse(record.createdAt)))) {
    problems.push('"createdAt" must be an ISO 8601 time');
  }
  if (problems.length > 0) return { ok: false, problems };
  const report = /** @type {TypoReport} */ (Object.fromEntries(FIELDS.map((key) => [key, record[key]])));
  return { ok: true, report };
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
 * @param {{ file?: string, path?: string, log?: (message: string) => void }} [options]
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
    const tooLarge = { ok: false, error: 'too-large', message: `A typo report may be at most ${LIMITS.bodyBytes} bytes.` };
    if (Number.isFinite(declared) && declared > LIMITS.bodyBytes) {
      // Refuse before reading; close the connection rather than drain a large upload.
      answer(res, 413, tooLarge, { connection: 'close' });
      req.resume();
      return;
    }
    let raw;
    try {
      raw = await readBody(req, LIMITS.bodyBytes);
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
 * @param {{ port?: number, host?: string, file?: string, path?: string, log?: (message: string) => void }} [options]
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
        close: () => new Promise((done) => server.close(() => done(undefined))),
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
