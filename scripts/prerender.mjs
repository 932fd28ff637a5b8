// After `vite build` (client) and `vite build --ssr` (server entry): derive the data documents,
// feeds and sitemap from public/feeds/*.json, and prerender every page to static HTML.
// Also runnable on its own (`npm run refresh`) to republish feeds without rebuilding the app.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { makeImageVariants } from './image-variants.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.MERIDIAN_OUT_DIR ?? 'dist');
const ssrDir = resolve(root, process.env.MERIDIAN_SSR_DIR ?? 'dist-ssr');
const feedsDir = resolve(root, process.env.MERIDIAN_FEEDS_DIR ?? 'public/feeds');
const LANGS = ['en', 'ru', 'de', 'fr', 'pt', 'es'];

const started = performance.now();
const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);

const sources = {};
for (const lang of LANGS) {
  const file = join(feedsDir, `${lang}.json`);
  if (existsSync(file)) sources[lang] = [readFileSync(file, 'utf8'), `${feedsDir.replace(`${root}/`, '')}/${lang}.json`];
}

let site;
try {
  // Bodies are sanitized here, once, on a DOM that jsdom provides.
  site = server.buildSite(sources, server.createArticleSanitizer(new JSDOM('').window), await makeImageVariants(outDir));
} catch (error) {
  console.error(`prerender: ${error instanceof Error ? error.message : String(error)}`);
  console.error('prerender: nothing was written; the previous deployment stays as it is.');
  process.exit(1);
}

const documents = new Map();
for (const artifact of site.artifacts) {
  documents.set(artifact.path, artifact.contents);
  const target = join(outDir, artifact.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, artifact.contents);
}

// Loaders fetch documents by URL: answer them from what was just built, as the web server will.
globalThis.fetch = async (input) => {
  const url = new URL(typeof input === 'string' ? input : input.url, 'http://prerender.local');
  const body = documents.get(url.pathname);
  return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
};

// Re-runs (npm run refresh) start from the shell as Vite wrote it.
const template = readFileSync(join(outDir, 'index.html'), 'utf8').replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
const css = [...template.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)];
// Above-the-fold styles inline: no render-blocking stylesheet request.
let shell = template;
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
 * The page's own Content-Security-Policy: scripts only from this origin and the theme script by its
 * hash (the query state is inert JSON), the inlined stylesheet allowed by its hash, Trusted Types for
 * every DOM sink. The web server sends the same policy as a header, with frame-ancestors (which a
 * meta tag cannot carry); where both apply the stricter wins.
 */
function cspMeta(styleSources) {
  const policy = [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${styleSources.join(' ')}`.trim(),
    "img-src 'self' https: data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types meridian',
  ].join('; ');
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}
shell = shell.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${cspMeta(styleHashes)}`);
// The app shell (addresses that were not prerendered) keeps its stylesheet link and gets the policy too.
writeFileSync(join(outDir, 'index.html'), template.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${cspMeta([])}`));

let written = 0;
for (const page of site.pages) {
  const url = new URL(page, 'http://prerender.local');
  // Paged lists (?page=2) are rendered on the client from their documents.
  if (url.search) continue;
  const result = await server.renderPage(page);
  if (result.kind !== 'page' || result.status !== 200) {
    console.error(`prerender: ${page} did not render (${result.kind === 'page' ? result.status : `redirect to ${result.location}`})`);
    process.exit(1);
  }
  const html = shell
    .replace(/<html lang="[^"]*">/, `<html lang="${result.lang}">`)
    .replace(/<title>[^<]*<\/title>/, '')
    .replace('</head>', `${result.head}</head>`)
    .replace('<div id="root"></div>', `<div id="root">${result.body}</div><script type="application/json" id="query-state" data-url="${page}">${result.state}</script>`);
  const file = join(outDir, url.pathname.endsWith('/') ? `${url.pathname}index.html` : `${url.pathname}.html`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  written++;
}
console.log(`prerender: ${site.artifacts.length} documents, ${written} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
