// After `vite build` (client) and `vite build --ssr` (server entry): derive the data documents,
// feeds and sitemap from public/feeds/*.json, and prerender every page to static HTML.
// Also runnable on its own (`npm run refresh`) to republish feeds without rebuilding the app.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { JSDOM } from 'jsdom';
import { renderPages } from './render-pages.mjs';
import { makeImageVariants } from './image-variants.mjs';
import { makeImagePreviews } from './image-previews.mjs';
import { writeSearchIndex } from './search-index.mjs';
import { contentSecurityPolicy, EDITION_LANGS, siteUrlFrom } from '../src/config/site-rules.js';

// React and the router have development builds that check far more and render far slower: a
// build renders with the production ones, whatever the shell says.
process.env.NODE_ENV = 'production';
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.MERIDIAN_OUT_DIR ?? 'dist');
const ssrDir = resolve(root, process.env.MERIDIAN_SSR_DIR ?? 'dist-ssr');
const feedsDir = resolve(root, process.env.MERIDIAN_FEEDS_DIR ?? 'public/feeds');

const started = performance.now();
const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);

const sources = {};
for (const lang of EDITION_LANGS) {
  const file = join(feedsDir, `${lang}.json`);
  if (existsSync(file)) sources[lang] = [readFileSync(file, 'utf8'), `${feedsDir.replace(`${root}/`, '')}/${lang}.json`];
}

let site;
try {
  // Every absolute URL (canonical, Open Graph, structured data, sitemaps, feeds) is on this origin.
  const siteUrl = siteUrlFrom(process.env);
  if (!process.env.MERIDIAN_SITE_URL && !process.env.VITE_SITE_URL) console.log(`prerender: MERIDIAN_SITE_URL is not set; absolute URLs use ${siteUrl}`);
  const imageSources = await makeImageVariants(outDir);
  const { previews, logo } = await makeImagePreviews(outDir);
  // Bodies are sanitized here, once, on a DOM that jsdom provides.
  site = server.buildSite(sources, server.createArticleSanitizer(new JSDOM('').window), imageSources, {
    siteUrl,
    previews,
    ...(logo ? { logo } : {}),
    now: new Date(),
  });
} catch (error) {
  console.error(`prerender: ${error instanceof Error ? error.message : String(error)}`);
  console.error('prerender: nothing was written; the previous deployment stays as it is.');
  process.exit(1);
}

for (const notice of site.notices) console.warn(`prerender: ${notice}`);
const derived = performance.now();
const documents = new Map();
for (const artifact of site.artifacts) {
  documents.set(artifact.path, artifact.contents);
  const target = join(outDir, artifact.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, artifact.contents);
}

// Re-runs (npm run refresh) start from the shell as Vite wrote it.
const template = readFileSync(join(outDir, 'index.html'), 'utf8').replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
const css = [...template.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)];
// Above-the-fold styles inline: no render-blocking stylesheet request.
let shell = template;
// Vite's manifest (build.manifest): which chunk holds each source module, so every page can preload
// its own route's code with the app instead of a round trip later.
const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
const styleHashes = [];
// The one inline script (src/head-script.js, inlined by Vite) is allowed by its hash, nothing else.
const scriptHashes = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
  ([, code]) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
);
for (const [tag, href] of css) {
  const styles = readFileSync(join(outDir, href), 'utf8');
  styleHashes.push(`'sha256-${createHash('sha256').update(styles).digest('base64')}'`);
  shell = shell.replace(tag, `<style>${styles}</style>`);
}

/**
 * The page's own Content-Security-Policy (site-rules.js): the head script and the inlined stylesheet
 * allowed by their hashes. The web server sends the page policy as a header too, with
 * frame-ancestors (which a meta tag cannot carry); where both apply the stricter wins.
 */
const cspMeta = (styles) =>
  `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('page-meta', { scripts: scriptHashes, styles })}" />`;
shell = shell.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${cspMeta(styleHashes)}`);
// The app shell (addresses that were not prerendered) keeps its stylesheet link and gets the policy too.
writeFileSync(join(outDir, 'index.html'), template.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${cspMeta([])}`));

// Rendering is the long part of a big build: split across the machine's cores (React renders on one
// thread), in worker threads that each load the server entry. A small site renders right here.
const cores = Math.max(1, Math.min(availableParallelism(), Number(process.env.MERIDIAN_PRERENDER_THREADS) || Infinity));
// MERIDIAN_PRERENDER_THREADS sets the number of threads (tests use it to exercise the split on a small site).
const shares = process.env.MERIDIAN_PRERENDER_THREADS ? cores : site.pages.length < 1000 ? 1 : cores;
let written = 0;
const rendering = performance.now();
try {
  if (shares === 1) {
    written = await renderPages({ ssrDir, outDir, shell, pages: site.pages, documents, manifest });
  } else {
    const counts = await Promise.all(
      Array.from({ length: shares }, (_, share) => {
        const pages = site.pages.filter((_, i) => i % shares === share);
        const worker = new Worker(new URL('./prerender-worker.mjs', import.meta.url), {
          workerData: { ssrDir, outDir, shell, pages, documents: [...documents], manifest },
        });
        return new Promise((resolve, reject) => {
          worker.once('message', (message) => (message.error ? reject(new Error(message.error)) : resolve(message.written)));
          worker.once('error', reject);
        });
      }),
    );
    written = counts.reduce((a, b) => a + b, 0);
  }
} catch (error) {
  console.error(`prerender: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const seconds = (from, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;
console.log(
  `prerender: ${site.artifacts.length} documents, ${written} pages in ${seconds(started)} (feeds to documents ${seconds(started, derived)}, pages ${seconds(rendering)} on ${shares} thread${shares > 1 ? 's' : ''})`,
);

// Search comes after the pages: a reader can read a new story before it is searchable.
const indexing = performance.now();
try {
  const indexed = await writeSearchIndex(site.searchRecords, outDir);
  console.log(`prerender: search index of ${indexed} stories in ${seconds(indexing)}`);
} catch (error) {
  // The pages are published; search keeps its previous index until the next publish.
  console.error(`prerender: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
