// Renders prerendered pages to HTML files: used by scripts/prerender.mjs directly for a small site,
// and by scripts/prerender-worker.mjs in each worker thread for a large one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { goneFile, listPageFile, pageFile } from '../src/config/site-rules.js';
import { fileIn } from './publish-store.mjs';

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
 * @typedef {object} RenderedFile
 * @property {string} page the address rendered
 * @property {string} file the site path of its HTML
 * @property {string[]} reads the data documents its render read: it is rendered again when one changes
 * @property {number} status 200, or what a removed story's page says (410)
 */

/**
 * Renders pages into `outDir`. Loaders fetch documents by URL: they are answered from the files of
 * the publish being made (`documentsDir`), as the web server will answer them, and every document a
 * page reads is recorded. `gone` addresses answer 410: a removed story's page is rendered from that.
 * @param {{ ssrDir: string, outDir: string, documentsDir: string, shell: string, pages: string[], gone?: string[], manifest: Record<string, { file: string, imports?: string[] }> }} options
 * @returns {Promise<RenderedFile[]>}
 */
export async function renderPages({ ssrDir, outDir, documentsDir, shell, pages, gone = [], manifest }) {
  const goneDocuments = new Set(gone);
  /** @type {Set<string>} */
  let reads = new Set();
  // What more than one page reads (the edition's index, fronts, rails) is read from disk once per thread.
  /** @type {Map<string, string | null>} */
  const shared = new Map();
  const readBefore = new Set();
  const read = (path) => {
    if (shared.has(path)) return shared.get(path);
    let body;
    try {
      body = readFileSync(fileIn(documentsDir, path), 'utf8');
    } catch {
      body = null;
    }
    if (readBefore.has(path)) shared.set(path, body);
    readBefore.add(path);
    return body;
  };
  globalThis.fetch = async (input) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://prerender.local');
    reads.add(url.pathname);
    if (goneDocuments.has(url.pathname)) return new Response('gone', { status: 410 });
    const body = read(url.pathname);
    return body === null ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
  };
  const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
  // Pages of one route share their preloads: worked out once per route, not once per page.
  const preloadsFor = new Map();
  /** @type {RenderedFile[]} */
  const rendered = [];
  for (const page of pages) {
    const url = new URL(page, 'http://prerender.local');
    const listPage = listPageFile(url.pathname, url.search);
    if (url.search && !listPage) throw new Error(`${page}: a prerendered address has no query but a list's ?page=N`);
    reads = new Set();
    const result = await server.renderPage(page);
    const expected = goneDocuments.size > 0 && [...reads].some((path) => goneDocuments.has(path)) ? 410 : 200;
    if (result.kind !== 'page' || (result.status !== 200 && expected === 200)) {
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
    const file = pageFile(page);
    const target = fileIn(outDir, expected === 410 ? goneFile(file) : file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, html);
    rendered.push({ page, file, reads: [...reads].sort(), status: expected });
  }
  return rendered;
}
