// @ts-check
/**
 * The site's static server: what `npm start`, the benchmark and the browser tests serve the build
 * with, and the same answers as production's nginx (deploy/nginx.conf, generated from the same
 * rules by scripts/nginx-conf.mjs): one Node module, no framework, no dependencies.
 *
 * - Headers from src/config/site-rules.js, by kind of response (RESPONSE_KINDS): the page policy
 *   with the head script's hash (headScriptHash(), or the build's own if it differs, with a
 *   warning), the asset and worker policies, the security headers, a year's caching for hashed
 *   assets and revalidation for everything else.
 * - Compression: the build's precompressed twins (`x.js.br`, `x.js.gz`, scripts/precompress.mjs) to
 *   a client that accepts them, as nginx's brotli_static and gzip_static do; other compressible
 *   files gzipped on the fly (level 6 from 512 bytes, as nginx's gzip does).
 * - Pages by path, as nginx's try_files: a list's later page (`?page=N`, listPageFile), the path, the
 *   path + `.html`, the path's `index.html`, then the app shell (`/index.html`, 200). Missing data
 *   documents, feeds, assets, the service worker and anything that looks like a file are real 404s.
 * - ETag and Last-Modified on every file, 304 for If-None-Match / If-Modified-Since; HEAD.
 * - Nothing is cached: each request opens the file and reads its size and time from the open file,
 *   so a new publish (`npm run build`, `npm run refresh`) is served at once, without a restart.
 * - The typo receiver (server/typo-receiver.mjs) at /api/typo, writing to TYPO_REPORTS_FILE.
 *
 * `node server/static-server.mjs [dir]` serves `dir`, MERIDIAN_OUT_DIR or dist/ on HOST (127.0.0.1)
 * and PORT (4173). Tests and the benchmark call `startStaticServer`.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, posix, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { headScriptHash } from '../scripts/head-script.mjs';
import { CACHE_CONTROL, contentSecurityPolicy, GONE_FOLDER, goneFile, listPageFile, SECURITY_HEADERS } from '../src/config/site-rules.js';
import { createTypoReceiver, DEFAULT_PATH as TYPO_PATH, DEFAULT_REPORTS_FILE } from './typo-receiver.mjs';

const gzipAsync = promisify(gzip);

/**
 * What each kind of response carries: a Content-Security-Policy (a kind of contentSecurityPolicy,
 * or none) and a cache lifetime (a key of CACHE_CONTROL, or none), besides SECURITY_HEADERS. The
 * nginx config's `add_header` lines are written from this table too.
 * - page: prerendered pages, the app shell and everything else in the site's root;
 * - asset: /assets/ (hashed, immutable); worker: /sw.js; data: /data/ and /feeds/ documents;
 * - api: the typo receiver (its answers set their own Cache-Control: no-store).
 * Scripts and styles get no Permissions-Policy either: it governs documents, and a phone's first
 * visit pays for every header byte of every chunk.
 */
export const RESPONSE_KINDS = /** @type {const} */ ({
  page: { csp: 'page', cache: 'revalidate' },
  asset: { csp: null, cache: 'immutable', permissions: false },
  worker: { csp: 'worker', cache: 'revalidate' },
  data: { csp: null, cache: 'revalidate' },
  api: { csp: 'page', cache: null },
});

/** @typedef {keyof typeof RESPONSE_KINDS} ResponseKind */

/**
 * The headers a kind of response carries, in the order the nginx config writes them.
 * @param {ResponseKind} kind
 * @param {string} headHash the head script's CSP source (headScriptHash())
 * @returns {Record<string, string>}
 */
export function responseHeaders(kind, headHash) {
  const { csp, cache } = RESPONSE_KINDS[kind];
  /** @type {Record<string, string>} */
  const headers = {};
  if (cache) headers['Cache-Control'] = CACHE_CONTROL[cache];
  if (csp) headers['Content-Security-Policy'] = contentSecurityPolicy(csp, csp === 'page' ? { scripts: [headHash] } : {});
  const { 'Permissions-Policy': permissions, ...security } = SECURITY_HEADERS;
  return { ...headers, ...security, ...('permissions' in RESPONSE_KINDS[kind] ? {} : { 'Permissions-Policy': permissions }) };
}

/**
 * The kind of response an address gets (nginx: its `location`).
 * @param {string} pathname decoded
 * @returns {Exclude<ResponseKind, 'api'>}
 */
export function kindOf(pathname) {
  if (pathname.startsWith('/assets/')) return 'asset';
  if (pathname === '/sw.js') return 'worker';
  if (/^\/(data|feeds)\//.test(pathname)) return 'data';
  return 'page';
}

/**
 * An address that names a file (`/favicon.ico`, `/en/logo.png`): when it is missing, it is a 404, not
 * the app shell. Pages' addresses never have an extension (slugs are [a-z0-9-]). nginx's `@shell`
 * location uses the same pattern.
 */
export const FILE_PATH_PATTERN = '\\.[A-Za-z0-9]+$';
const FILE_PATH = new RegExp(FILE_PATH_PATTERN);

/** Content types by extension; anything else is application/octet-stream. */
const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
});
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.xml', '.txt', '.svg']);
/** nginx's gzip_min_length: smaller bodies gain nothing. */
const GZIP_MIN_LENGTH = 512;

/** @typedef {'br' | 'gzip'} Encoding */
/** Twins' file suffixes, by encoding. */
const TWIN = /** @type {const} */ ({ br: '.br', gzip: '.gz' });

/**
 * The encoding to send, from the client's Accept-Encoding (q-values honoured) and what the file has:
 * the highest q among the offered encodings, the first offered on a tie; null for none.
 * @param {string} header
 * @param {readonly Encoding[]} offered in order of preference
 * @returns {Encoding | null}
 */
export function negotiateEncoding(header, offered) {
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (!coding) continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param);
      if (match?.[1]) q = Number(match[1]);
    }
    weights.set(coding, q);
  }
  /** @type {Encoding | null} */
  let best = null;
  let bestQ = 0;
  for (const coding of offered) {
    const q = weights.get(coding) ?? weights.get('*') ?? 0;
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}

/**
 * The decoded, normalized path of a request target; null when it is not a plain path or it climbs
 * (`..` in any form, `%2e%2e`, NUL). Slashes are merged, as nginx's merge_slashes does.
 * @param {string} target the path part of the request line, still encoded
 * @returns {string | null}
 */
export function decodePath(target) {
  if (!target.startsWith('/')) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split(/[/\\]/).includes('..')) return null;
  return posix.normalize(decoded);
}

/**
 * The files that may answer an address, in nginx's try_files order (paths in the build). A page's
 * address ends with the app shell; an address that names a file, or any other kind, does not.
 * @param {string} pathname decoded
 * @param {string} search the query, with its `?` (or empty)
 * @returns {string[]}
 */
function candidates(pathname, search) {
  // A removed story's page and document are kept under GONE_FOLDER (scripts/publish.mjs): 410 Gone
  // at their own address, and nothing at GONE_FOLDER's.
  if (pathname.startsWith(`${GONE_FOLDER}/`)) return [];
  if (kindOf(pathname) !== 'page') return [pathname, goneFile(pathname)];
  const listPage = listPageFile(pathname, search);
  const paths = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}.html`, `${pathname}/index.html`];
  return [...(listPage ? [listPage] : []), ...paths, ...paths.map(goneFile), ...(FILE_PATH.test(pathname) ? [] : ['/index.html'])];
}

/**
 * @typedef {{ handle: import('node:fs/promises').FileHandle, stat: import('node:fs').Stats, path: string }} OpenFile
 */

/**
 * Opens a regular file; null when there is none (missing, a directory). Its size and time come
 * from the open file, so they describe the bytes that will be read even if a publish replaces it.
 * Every file opened is added to `opened`, for the caller to close.
 * @param {string} file absolute
 * @param {string} path what it answers, for its type
 * @param {OpenFile[]} opened
 * @returns {Promise<OpenFile | null>}
 */
async function openFile(file, path, opened) {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'ENAMETOOLONG' || code === 'EACCES') return null;
    throw error;
  }
  const entry = { handle, stat: await handle.stat(), path };
  opened.push(entry);
  return entry.stat.isFile() ? entry : null;
}

/**
 * A validator for one representation of a file: its time and size, and the encoding.
 * @param {import('node:fs').Stats} stat
 * @param {string} suffix
 */
function entityTag(stat, suffix) {
  return `"${Math.floor(stat.mtimeMs).toString(16)}-${stat.size.toString(16)}${suffix}"`;
}

/**
 * True when the client's copy is current (RFC 9110: If-None-Match, weak comparison, wins over
 * If-Modified-Since).
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {string} etag
 * @param {import('node:fs').Stats} stat
 */
function isFresh(headers, etag, stat) {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
  }
  const since = Date.parse(headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(stat.mtimeMs / 1000) * 1000 <= since;
}

/**
 * The head script's hash as the pages being served carry it: the hash of the one inline script of
 * the build's app shell (every page is made from it, and scripts/prerender.mjs allows the same hash
 * in each page's meta policy), read again whenever a publish replaces the shell. It is
 * headScriptHash(), the hash deploy/nginx.conf is generated with, unless the build and the source
 * disagree: that is logged, since nginx would then block the script. Null when the shell has no
 * inline script (nginx's hash is used then).
 * @param {string} root
 * @param {(message: string) => void} log
 * @returns {() => Promise<string | null>}
 */
function builtHeadScriptHash(root, log) {
  const shell = join(root, 'index.html');
  let key = '';
  /** @type {string | null} */
  let hash = null;
  return async () => {
    /** @type {OpenFile[]} */
    const opened = [];
    try {
      const file = await openFile(shell, '/index.html', opened);
      if (!file) return null;
      const fileKey = `${file.stat.ino}:${file.stat.size}:${file.stat.mtimeMs}`;
      if (fileKey === key) return hash;
      const html = (await file.handle.readFile()).toString('utf8');
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
        ([, code = '']) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
      );
      hash = scripts.length === 1 ? (scripts[0] ?? null) : null;
      key = fileKey;
      if (hash && hash !== headScriptHash()) {
        log(
          `warning: the head script in ${shell} (${hash}) is not src/head-script.js as scripts/head-script.mjs makes it (${headScriptHash()}): deploy/nginx.conf would block it`,
        );
      }
      return hash;
    } finally {
      await Promise.all(opened.map((entry) => entry.handle.close()));
    }
  };
}

/**
 * @typedef {object} StaticServerOptions
 * @property {string} [root] the build to serve (default MERIDIAN_OUT_DIR or dist)
 * @property {number} [port] default 4173; 0 for any free port
 * @property {string} [host] default 127.0.0.1
 * @property {string | false} [typoReports] the typo receiver's file (default TYPO_REPORTS_FILE or
 *   data/typo-reports.jsonl); false to answer /api/typo like any other address
 * @property {Record<string, string>} [extraFiles] files served at fixed addresses besides the build
 *   (the benchmark's floor page), as pages
 * @property {(message: string) => void} [log]
 */

/**
 * Makes the request handler.
 * @param {Omit<StaticServerOptions, 'port' | 'host'>} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createStaticHandler(options = {}) {
  const root = resolve(options.root ?? process.env.MERIDIAN_OUT_DIR ?? 'dist');
  const log = options.log ?? (() => undefined);
  const typoFile = options.typoReports ?? process.env.TYPO_REPORTS_FILE ?? DEFAULT_REPORTS_FILE;
  const typo = typoFile === false ? null : createTypoReceiver({ file: typoFile, path: TYPO_PATH, log: (message) => log(`[typo-receiver] ${message}`) });
  const headersByKind = /** @type {Record<ResponseKind, Record<string, string>>} */ (
    Object.fromEntries(Object.keys(RESPONSE_KINDS).map((kind) => [kind, responseHeaders(/** @type {ResponseKind} */ (kind), headScriptHash())]))
  );
  const pagePolicy = builtHeadScriptHash(root, log);
  /** @param {ResponseKind} kind @returns {Promise<Record<string, string>>} */
  const headersFor = async (kind) => {
    if (RESPONSE_KINDS[kind].csp !== 'page') return headersByKind[kind];
    const hash = await pagePolicy();
    return hash ? responseHeaders(kind, hash) : headersByKind[kind];
  };
  const extraFiles = new Map(Object.entries(options.extraFiles ?? {}));

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {Record<string, string>} headers
   * @param {string} message
   */
  const plain = (res, status, headers, message) => {
    const body = `${message}\n`;
    res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)) });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  };

  return async function staticHandler(req, res) {
    const target = req.url ?? '/';
    const queryAt = target.indexOf('?');
    const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
    const search = queryAt === -1 ? '' : target.slice(queryAt);

    if (typo && rawPath === TYPO_PATH) {
      for (const [name, value] of Object.entries(await headersFor('api'))) res.setHeader(name, value);
      await typo(req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, { ...(await headersFor('page')), Allow: 'GET, HEAD' }, 'Method not allowed');
      return;
    }
    const pathname = decodePath(rawPath);
    if (pathname === null) {
      plain(res, 400, await headersFor('page'), 'Bad request');
      return;
    }
    const kind = kindOf(pathname);
    const headers = await headersFor(kind);

    /** @type {OpenFile[]} */
    const opened = [];
    // The output may be a link that a publish moves (scripts/publish-store.mjs): every file of one
    // answer comes from the publish the link named when the request arrived.
    const base = await realpath(root).catch(() => root);
    /** @param {string} path */
    const inRoot = (path) => {
      const file = join(base, path);
      return file.startsWith(base + sep) ? file : null;
    };
    try {
      /** @type {OpenFile | null} */
      let file = null;
      const extra = extraFiles.get(pathname);
      if (extra) file = await openFile(extra, extra, opened);
      for (const candidate of extra ? [] : candidates(pathname, search)) {
        const path = inRoot(candidate);
        file = path ? await openFile(path, candidate, opened) : null;
        if (file) break;
      }
      if (!file) {
        plain(res, 404, headers, 'Not found');
        return;
      }
      const status = file.path.startsWith(`${GONE_FOLDER}/`) ? 410 : 200;

      const ext = extname(file.path);
      // The build's twins, unless one is older than the file itself (then it is not its twin).
      /** @type {Partial<Record<Encoding, OpenFile>>} */
      const twins = {};
      for (const encoding of extra ? [] : /** @type {const} */ (['br', 'gzip'])) {
        const path = inRoot(`${file.path}${TWIN[encoding]}`);
        const found = path ? await openFile(path, path, opened) : null;
        if (found && found.stat.mtimeMs >= file.stat.mtimeMs) twins[encoding] = found;
      }
      const gzipOnTheFly = COMPRESSIBLE.has(ext) && file.stat.size >= GZIP_MIN_LENGTH;
      /** @type {Encoding[]} */
      const offered = [];
      if (twins.br) offered.push('br');
      if (twins.gzip || gzipOnTheFly) offered.push('gzip');
      const encoding = negotiateEncoding(String(req.headers['accept-encoding'] ?? ''), offered);
      const twin = encoding ? twins[encoding] : undefined;

      const sent = twin ?? file;
      const etag = entityTag(sent.stat, encoding ? `-${encoding}` : '');
      /** @type {Record<string, string>} */
      const validators = {
        ...headers,
        ETag: etag,
        'Last-Modified': new Date(file.stat.mtimeMs).toUTCString(),
        // As nginx's gzip_vary: only where another encoding could be sent.
        ...(offered.length > 0 ? { Vary: 'Accept-Encoding' } : {}),
      };
      if (status === 200 && isFresh(req.headers, etag, file.stat)) {
        res.writeHead(304, validators).end();
        return;
      }
      const raw = await sent.handle.readFile();
      const body = encoding && !twin ? await gzipAsync(raw, { level: 6 }) : raw;
      res.writeHead(status, {
        ...validators,
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        'Content-Length': String(body.length),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } finally {
      await Promise.all(opened.map((entry) => entry.handle.close()));
    }
  };
}

/**
 * Starts the server. Resolves once it listens, with its port, its address and a close function.
 * @param {StaticServerOptions} [options]
 * @returns {Promise<{ server: import('node:http').Server, port: number, url: string, close: () => Promise<void> }>}
 */
export function startStaticServer(options = {}) {
  const handler = createStaticHandler(options);
  const log = options.log ?? (() => undefined);
  const server = createServer((req, res) => {
    handler(req, res).catch((/** @type {unknown} */ error) => {
      log(`${req.method ?? ''} ${req.url ?? ''} failed: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal error\n');
      else res.destroy();
    });
  });
  // Slow or stuck clients must not hold sockets open.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4173, host, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : (options.port ?? 4173);
      resolveStart({
        server,
        port,
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done(undefined));
            server.closeAllConnections();
          }),
      });
    });
  });
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const root = resolve(process.argv[2] ?? process.env.MERIDIAN_OUT_DIR ?? 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`There is no build in ${root}: run npm run build first (npm start does both).`);
    process.exit(1);
  }
  const typoReports = process.env.TYPO_REPORTS_FILE ?? DEFAULT_REPORTS_FILE;
  try {
    const { url, close } = await startStaticServer({
      root,
      port: Number(process.env.PORT ?? 4173),
      host: process.env.HOST ?? '127.0.0.1',
      typoReports,
      log: (message) => console.log(message),
    });
    console.log(`Meridian is served on ${url} (${relative(process.cwd(), root) || '.'}; typo reports to ${resolve(typoReports)})`);
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void close().then(() => process.exit(0)));
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    console.error(code === 'EADDRINUSE' ? `Port ${process.env.PORT ?? 4173} is in use: stop the other server or set PORT.` : String(error));
    process.exit(1);
  }
}
