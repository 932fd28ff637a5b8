// Renders prerendered pages to HTML files: used by scripts/prerender.mjs directly for a small site,
// and by scripts/prerender-worker.mjs in each worker thread for a large one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listPageFile } from '../src/config/site-rules.js';

/**
 * The module preloads for a page's own code (its route's chunk) and the chunks it imports, minus
 * what the app's template already loads. Vite's manifest lists every dynamically imported module,
 * so a module missing from it is a wrong path: the build fails rather than quietly preload nothing.
 * @param {Record<string, { file: string, imports?: string[] }>} manifest
 * @param {string[]} modules source paths, as the server entry reports them
 * @param {string} shell the page template, whose app code is already listed
 */
export function pagePreloads(manifest, modules, shell) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in Vite's manifest: does a route's handle.module name its file?`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const module of modules) visit(module);
  return [...files]
    .filter((file) => !shell.includes(`"/${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('');
}

/**
 * @param {{ ssrDir: string, outDir: string, shell: string, pages: string[], documents: Map<string, string>, manifest: Record<string, { file: string, imports?: string[] }> }} options
 * @returns {Promise<number>} pages written
 */
export async function renderPages({ ssrDir, outDir, shell, pages, documents, manifest }) {
  // Loaders fetch documents by URL: answer them from what was just built, as the web server will.
  globalThis.fetch = async (input) => {
    const url = new URL(typeof input === 'string' ? input : input.url, 'http://prerender.local');
    const body = documents.get(url.pathname);
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
  };
  const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
  // Pages of one route share their preloads: worked out once per route, not once per page.
  const preloadsFor = new Map();
  let written = 0;
  for (const page of pages) {
    const url = new URL(page, 'http://prerender.local');
    const listPage = listPageFile(url.pathname, url.search);
    if (url.search && !listPage) throw new Error(`${page}: a prerendered address has no query but a list's ?page=N`);
    const result = await server.renderPage(page);
    if (result.kind !== 'page' || result.status !== 200) {
      throw new Error(`${page} did not render (${result.kind === 'page' ? result.status : `redirect to ${result.location}`})`);
    }
    const key = result.modules.join(' ');
    if (!preloadsFor.has(key)) preloadsFor.set(key, pagePreloads(manifest, result.modules, shell));
    const html = shell
      .replace(/<html lang="[^"]*">/, `<html lang="${result.lang}">`)
      .replace(/<title>[^<]*<\/title>/, '')
      .replace('</head>', `${result.head}</head>`)
      .replace('</template>', `${preloadsFor.get(key)}</template>`)
      .replace(
        '<div id="root"></div>',
        `<div id="root">${result.body}</div><script type="application/json" id="query-state" data-url="${page}">${result.state}</script>`,
      );
    const file = join(outDir, listPage ?? (url.pathname.endsWith('/') ? `${url.pathname}index.html` : `${url.pathname}.html`));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    written++;
  }
  return written;
}
