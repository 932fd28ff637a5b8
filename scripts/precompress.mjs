// Writes a compressed twin beside every hashed asset (dist/assets/*.js, *.css): `.gz` made with
// Zopfli, gzip-compatible and 3–5% smaller than gzip -9, and `.br` at Brotli's highest quality.
// The files are immutable, so the slow, thorough compression is paid once at build time instead of
// on every request; nginx serves them with brotli_static and gzip_static (deploy/nginx.conf), and so
// does server/static-server.mjs, as a CDN would.
// Usage: node scripts/precompress.mjs [app build folder, default MERIDIAN_APP_DIR]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { buildDirs } from './publish-store.mjs';

const PRECOMPRESSED = /\.(js|css)$/;

/** Compresses every asset under `dir`; returns how many files and bytes before and after gzip. */
export async function precompress(dir) {
  const names = (await readdir(dir)).filter((name) => PRECOMPRESSED.test(name));
  let raw = 0;
  let gzipped = 0;
  for (const name of names) {
    const file = join(dir, name);
    const body = await readFile(file);
    // Small files gain little from more iterations; large ones (React DOM) dominate the time.
    const gz = await gzipAsync(body, { numiterations: body.length > 100_000 ? 10 : 15 });
    const br = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    await writeFile(`${file}.gz`, gz);
    await writeFile(`${file}.br`, br);
    raw += body.length;
    gzipped += gz.length;
  }
  return { files: names.length, raw, gzipped };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const assets = join(process.argv[2] ? resolve(process.argv[2]) : buildDirs(process.env).app, 'assets');
  const { files, raw, gzipped } = await precompress(assets);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`precompressed ${files} assets: ${kb(raw)} -> ${kb(gzipped)} gzip in ${Math.round(performance.now() - started)} ms`);
}
