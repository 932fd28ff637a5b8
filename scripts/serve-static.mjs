// A small production-like static server for the benchmark: compression (brotli or gzip), long
// caching of hashed assets, prerendered pages by path, and the SPA shell for everything else —
// the same rules as the nginx config. Not a framework; loopback only.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { listPageFile } from './list-page-file.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/** Resolves a URL like nginx's try_files (a list's ?page=N file) $uri $uri.html $uri/index.html /index.html. */
function resolveFile(root, pathname, search, extraRoutes) {
  if (extraRoutes[pathname]) return { file: extraRoutes[pathname], status: 200 };
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (!base.startsWith(root)) return { file: join(root, 'index.html'), status: 404 };
  const listPage = listPageFile(clean, search);
  for (const candidate of [...(listPage ? [join(root, listPage)] : []), base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return { file: candidate, status: 200 };
  }
  // Data documents and assets that don't exist are real 404s; pages fall back to the app shell.
  if (clean.startsWith('/data/') || clean.startsWith('/assets/') || extname(clean)) return { file: null, status: 404 };
  return { file: join(root, 'index.html'), status: 200 };
}

const cache = new Map();

export function serveStatic(root, { port = 0, extraRoutes = {} } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const { file, status } = resolveFile(root, url.pathname, url.search, extraRoutes);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file);
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    const accept = String(request.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.has(ext) && /\b(br|gzip)\b/.test(accept)) {
      const encoding = /\bbr\b/.test(accept) ? 'br' : 'gzip';
      const key = `${file}:${encoding}`;
      let body = cache.get(key);
      if (!body) {
        // The build's precompressed twin when there is one (scripts/precompress.mjs), as nginx's
        // gzip_static or a CDN would serve it; otherwise compressed here, once.
        const twin = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
        if (existsSync(twin)) body = readFileSync(twin);
        else {
          const raw = readFileSync(file);
          body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(raw, { level: 9 });
        }
        cache.set(key, body);
      }
      response.writeHead(status, { ...headers, 'content-encoding': encoding, 'content-length': body.length }).end(body);
      return;
    }
    response.writeHead(status, headers);
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({ server, port: server.address().port }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  const { port } = await serveStatic(join(process.cwd(), root), { port: Number(process.env.PORT ?? 4173) });
  console.log(`serving ${root} on http://127.0.0.1:${port}`);
}
