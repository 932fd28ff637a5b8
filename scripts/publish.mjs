// Publishes the site: reads each edition's feed (files or URLs), derives the data documents, feeds
// and sitemaps, prerenders the pages, and makes the result live in one step (scripts/publish-store.mjs).
// `npm run build` runs it after building the app; `npm run refresh` and `npm run watch` run it alone.
//
// A publish writes only what changed since the live one. Its manifest remembers each derived file's
// content hash and, for each page, the documents its render read: a page is rendered again when one
// of those documents changed or the app that renders it did, and is otherwise carried over as it is.
// A story that left the feed gets a "no longer available" page, answered with 410 at its address.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { contentSecurityPolicy, EDITION_LANGS, goneFile, pageFile, SEARCH_INDEX, siteUrlFrom } from '../src/config/site-rules.js';
import { feedSourcesFromEnv, readFeedSources } from './feed-sources.mjs';
import { makeImagePreviews } from './image-previews.mjs';
import { makeImageVariants } from './image-variants.mjs';
import {
  abandonPublish,
  beginPublish,
  buildDirs,
  commitPublish,
  fileIn,
  filesUnder,
  linkFile,
  MANIFEST_VERSION,
  shareFolder,
  storeFolder,
  writeFile,
} from './publish-store.mjs';
import { renderPages } from './render-pages.mjs';
import { writeSearchIndex } from './search-index.mjs';
import { planSearch, searchBundles, searchLimits } from './search-parts.mjs';

// React and the router have development builds that check far more and render far slower: a
// publish renders with the production ones, whatever the shell says.
process.env.NODE_ENV = 'production';
// V8 lets a heap grow to a few times what survived its last full collection before collecting
// again; a publish's garbage is large and short-lived (a refresh of 50,000 stories peaked at 0.94 GB
// with 0.24 GB live). Growing by half at most costs a refresh about 0.3 s and keeps it near 0.7 GB.
setFlagsFromString('--heap-growing-percent=50');
const root = resolve(import.meta.dirname, '..');
const { out: outDir, app: appDir, ssr: ssrDir } = buildDirs(process.env, root);
/** Orphaned app files (code an older page may still ask for) stay this long after their build left. */
const ORPHAN_HOURS = 24;
/**
 * The most pages, or bodies, one worker thread takes before it ends and a fresh one goes on: what
 * bounds a publish's memory on any archive (at 50,000 stories, threads that took half the archive
 * each grew to about a gigabyte). A fresh thread costs about half a second. A sanitizing thread's
 * memory no longer grows with its bodies (scripts/sanitize-worker.mjs), only its results do.
 */
const RENDER_CHUNK = 6000;
const SANITIZE_CHUNK = 12_500;

/**
 * Threads for `count` items of work: one on the main thread below `alone` items, else one per core.
 * MERIDIAN_PRERENDER_THREADS sets them, for sanitizing and rendering alike (tests use it to take a
 * small site through the threads).
 */
function threadsFor(count, alone) {
  const set = Number(process.env.MERIDIAN_PRERENDER_THREADS) || 0;
  const cores = Math.max(1, Math.min(availableParallelism(), set || Infinity));
  return set ? cores : count < alone ? 1 : cores;
}

const started = performance.now();
const seconds = (from, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;
const hash = (contents) => createHash('sha256').update(contents).digest('base64url').slice(0, 22);
const log = (message) => console.log(`publish: ${message}`);
// MERIDIAN_PUBLISH_TIMINGS=1 prints each step's time and the memory in use after it (for the benchmark).
const steps = [];
const step = (name) => {
  const { rss, heapUsed } = process.memoryUsage();
  steps.push(`${name} ${seconds(started)} ${Math.round(rss / 2 ** 20)} MB (heap ${Math.round(heapUsed / 2 ** 20)} MB)`);
};

/** What the watcher (scripts/watch.mjs) reads of a publish: MERIDIAN_PUBLISH_SUMMARY names the file. */
function summarize(summary) {
  if (process.env.MERIDIAN_PUBLISH_SUMMARY) writeFileSync(process.env.MERIDIAN_PUBLISH_SUMMARY, JSON.stringify(summary));
}

function fail(error, publish) {
  console.error(`publish: ${error instanceof Error ? error.message : String(error)}`);
  console.error('publish: nothing was published; the live site stays as it was.');
  if (publish) abandonPublish(publish);
  summarize({ ok: false, error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}

for (const [dir, what] of [
  [appDir, 'the app build'],
  [ssrDir, 'the server entry'],
]) {
  if (!existsSync(dir)) fail(new Error(`${what} is missing at ${dir}: run npm run build first`));
}

let publish;
try {
  publish = beginPublish(outDir);
} catch (error) {
  fail(error);
}
const previous = publish.previous?.manifest ? publish.previous : null;
// MERIDIAN_PUBLISH_ALL=1 writes and renders everything again, as a first publish does.
const rewriteAll = Boolean(process.env.MERIDIAN_PUBLISH_ALL);
const previousFiles = (!rewriteAll && previous?.manifest.files) || {};

// 1. The feeds. One that cannot be read stops the publish before anything is written.
let sources;
try {
  // The feeds' cache (validators, what was read) moves on only once this publish is live, so a
  // publish that fails after reading is tried again in full.
  sources = await readFeedSources({
    ...feedSourcesFromEnv(process.env, root),
    langs: EDITION_LANGS,
    cacheDir: join(publish.paths.cache, 'feeds'),
    commit: false,
  });
} catch (error) {
  fail(error, publish);
}
for (const warning of sources.warnings) console.warn(`publish: ${warning}`);
const editionLangs = Object.keys(sources.editions).sort();
const commitFeeds = sources.commit;

step('feeds');
// 2. What renders pages: the page shell and the server entry. Either changing renders every page.
// The app build's images get their responsive copies and link previews first (kept while fresh).
const imageSources = await makeImageVariants(appDir);
const { previews, logo } = await makeImagePreviews(appDir);
const template = readFileSync(join(appDir, 'index.html'), 'utf8').replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
const viteManifest = JSON.parse(readFileSync(join(appDir, '.vite/manifest.json'), 'utf8'));
const { shell, appShell } = pageShell(template);
// Precompressed twins (.br, .gz) travel with their file.
const appFiles = filesUnder(appDir).filter((path) => path !== '/index.html' && !path.startsWith('/.vite/') && !/\.(br|gz)$/.test(path));
const ssrFiles = filesUnder(ssrDir).map((path) => readFileSync(join(ssrDir, path)));
const renderer = hash([shell, ...ssrFiles].join('\0'));
// What derives documents: the server entry alone (the page shell renders pages, not documents).
const deriver = hash(ssrFiles.join('\0'));
const appSignature = hash(appFiles.map((path) => `${path} ${statSync(join(appDir, path)).size} ${statSync(join(appDir, path)).mtimeMs}`).join('\n'));
const feedsChanged = Object.values(sources.editions).some((edition) => edition.changed);
const editionsSame = previous && JSON.stringify(editionLangs) === JSON.stringify(previous.manifest.editions ?? []);
if (previous && !feedsChanged && editionsSame && previous.manifest.renderer === renderer && previous.manifest.app === appSignature && !rewriteAll) {
  abandonPublish(publish);
  log(`nothing changed since ${previous.id} (${seconds(started)})`);
  summarize({ ok: true, unchanged: true, added: 0, changed: 0, removed: 0, written: 0, seconds: (performance.now() - started) / 1000 });
  process.exit(0);
}

step('renderer');
// 3. Derive the documents. A story whose inputs are those the live publish derived its document
// from is carried over without deriving it (CarryOver in src/build/derived.ts): a refresh derives
// the new and changed stories only. Bodies are sanitized once per distinct body (a cache by hash).
const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
const bodies = bodyCache(join(publish.paths.cache, 'bodies'));
const sameDeriver = !rewriteAll && previous?.manifest.deriver === deriver;
const previousInputs = (sameDeriver && previous?.manifest.inputs) || {};
/** Each article document's inputs, by hash: the next publish carries over what still matches. */
const inputs = {};
const files = {};
const carry = (path, texts) => {
  const digest = createHash('sha256');
  for (const text of texts) digest.update(`${text.length}:`).update(text);
  const key = digest.digest('base64url').slice(0, 22);
  inputs[path] = key;
  if (previousInputs[path] !== key || !previousFiles[path] || !linkFile(publish, previous.dir, path)) return false;
  files[path] = previousFiles[path];
  return true;
};
// Each document is hashed and written (or linked, when the live publish has it) as soon as it is
// made: a big archive's documents are never all in memory.
let written = 0;
let artifactCount = 0;
const changedPaths = [];
const writeDocument = (artifact) => {
  artifactCount++;
  const digest = hash(artifact.contents);
  files[artifact.path] = digest;
  if (previousFiles[artifact.path] === digest && linkFile(publish, previous.dir, artifact.path)) return;
  writeFile(publish, artifact.path, artifact.contents);
  changedPaths.push(artifact.path);
  written++;
};
let site;
try {
  const siteUrl = siteUrlFrom(process.env);
  if (!process.env.MERIDIAN_SITE_URL && !process.env.VITE_SITE_URL) log(`MERIDIAN_SITE_URL is not set; absolute URLs use ${siteUrl}`);
  // The DOM the sanitizer runs on loads only when a body needs it: a refresh mostly has none.
  let sanitizer;
  const sanitizerOnce = () => (sanitizer ??= server.createArticleSanitizer(new (createRequire(import.meta.url)('jsdom').JSDOM)('').window));
  // Without a live publish to carry stories over from, every body is needed: sanitized ahead, on every core.
  if (!sameDeriver) {
    await bodies.sanitizeAhead(
      Object.values(sources.editions).flatMap((edition) => edition.feed.items.map((item) => item?.content_html)),
      sanitizerOnce,
    );
    step('sanitized');
  }
  const editions = server.readEditions(
    Object.fromEntries(Object.entries(sources.editions).map(([lang, edition]) => [lang, [edition.feed, edition.name]])),
  );
  sources.editions = {}; // The feeds' objects are read: let the collector have them before deriving.
  collectGarbage();
  site = server.deriveSite(editions, bodies.sanitize(sanitizerOnce), imageSources, {
    siteUrl,
    previews,
    ...(logo ? { logo } : {}),
    now: new Date(),
    textOf: bodies.text(server.htmlToText),
    carry,
    write: writeDocument,
  });
} catch (error) {
  fail(error, publish);
}
for (const notice of site.notices) console.warn(`publish: ${notice}`);
const derived = performance.now();

step('derived');
// 4. The app: its files by hard link from the app build; code an older build left stays a while, so a
// page a reader opened before this publish can still load the chunks it names.
for (const path of appFiles) linkFile(publish, appDir, path, { twins: true });
writeFile(publish, '/index.html', appShell);
const orphans = {};
const current = new Set(appFiles);
const now = Date.now();
for (const path of previous ? filesUnder(join(previous.dir, 'assets')).map((p) => `/assets${p}`) : []) {
  if (current.has(path) || /\.(br|gz)$/.test(path)) continue;
  const since = previous.manifest.orphans?.[path] ?? new Date(now).toISOString();
  if (now - Date.parse(since) > ORPHAN_HOURS * 3600_000) continue;
  if (linkFile(publish, previous.dir, path, { twins: true })) orphans[path] = since;
}

step('documents');
// 5. Stories that left the feed: their pages and documents answer 410 with a page that says so.
const pages = new Set(site.pages);
const isStoryDocument = server.isArticleDocument;
const gone = { ...(previous?.manifest.gone ?? {}) };
for (const [page, reads] of Object.entries(previous?.manifest.pages ?? {})) {
  const story = reads.find(isStoryDocument);
  if (!pages.has(page) && story && !(story in files)) gone[page] = { document: story, since: new Date(now).toISOString() };
}
for (const page of Object.keys(gone)) if (pages.has(page) || gone[page].document in files) delete gone[page];
const goneDocuments = Object.values(gone).map((entry) => entry.document);
for (const path of goneDocuments) writeFile(publish, goneFile(path), `${JSON.stringify({ gone: true })}\n`);

step('gone');
// 6. Pages: rendered when new, when a document they read changed, or when the renderer did.
const sameRenderer = !rewriteAll && previous?.manifest.renderer === renderer;
const unchanged = (reads) => reads.every((path) => (files[path] ?? (goneDocuments.includes(path) ? 'gone' : null)) === (previousFiles[path] ?? null));
const toRender = [];
const pageReads = {};
for (const page of site.pages) {
  const reads = previous?.manifest.pages[page];
  if (sameRenderer && reads && unchanged(reads) && linkFile(publish, previous.dir, pageFile(page))) pageReads[page] = reads;
  else toRender.push(page);
}
const goneToRender = [];
for (const page of Object.keys(gone)) {
  const file = goneFile(pageFile(page));
  if (!(sameRenderer && previous && linkFile(publish, previous.dir, file))) goneToRender.push(page);
}
// Search, in bundles (scripts/search-parts.mjs): parts of the archive that still hold are shared as
// they are (one link each into the publishes' store); the parts to make and the newest stories' part
// are made one after the other while the pages render, each by a Pagefind process of its own, so
// that a run's memory follows one part, not the archive.
const searchStarted = performance.now();
// An entry's key: its article document's hash and its section's title make its record.
const searchEntries = new Map(site.search.map((entry) => [entry.url, entry]));
// What makes records and indexes from them: a new server entry or Pagefind makes every part again.
const pagefindVersion = JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')).version;
const searcher = hash(`${deriver} ${pagefindVersion}`);
const searchItems = site.search.map((entry) => ({
  url: entry.url,
  key: hash(`${files[entry.document] ?? ''} ${entry.section} ${searcher}`),
  language: entry.language,
  published: entry.published,
}));
// Made as Pagefind takes them, a batch at a time: a big archive's records at once are hundreds of MB.
const records = function* (items) {
  for (const item of items) {
    const entry = searchEntries.get(item.url);
    yield entry.record(readFileSync(fileIn(publish.dir, entry.document), 'utf8'));
  }
};
const previousSearch = (!rewriteAll && previous?.manifest.search) || {};
let plan;
let recentKept = false;
try {
  plan = planSearch(
    searchItems,
    (previousSearch.parts ?? []).filter((part) => existsSync(join(publish.paths.store, part.name))),
    searchLimits(process.env),
  );
  for (const part of plan.kept) {
    if (!shareFolder(publish, part.name, SEARCH_INDEX.part(part.name))) throw new Error(`search: part ${part.name} left the store`);
  }
} catch (error) {
  fail(error, publish);
}
const recentKey = hash(plan.recent.map((item) => `${item.url} ${item.key}`).join('\n'));
const recentPath = SEARCH_INDEX.recent(recentKey.slice(0, 10));
if (plan.recent.length > 0 && previousSearch.recentKey === recentKey) recentKept = linkTree(join(previous.dir, recentPath), recentPath);
const search = {
  parts: [...plan.kept],
  indexed: plan.made.reduce((sum, part) => sum + part.items.length, recentKept ? 0 : plan.recent.length),
  written: 0,
};
search.made = (async () => {
  for (const [i, part] of plan.made.entries()) {
    const name = `${part.language}-${publish.id}-${String(i).padStart(3, '0')}`;
    const folder = storeFolder(publish, name);
    await writeSearchIndex(records(part.items), folder.dir, '/');
    search.written += filesUnder(folder.dir).length;
    folder.finish();
    shareFolder(publish, name, SEARCH_INDEX.part(name));
    search.parts.push({ name, language: part.language, entries: Object.fromEntries(part.items.map((item) => [item.url, item.key])) });
  }
  if (plan.recent.length > 0 && !recentKept) {
    await writeSearchIndex(records(plan.recent), publish.dir, recentPath);
    search.written += filesUnder(fileIn(publish.dir, recentPath)).length;
  }
  const recentLanguages = [...new Set(plan.recent.map((item) => item.language))];
  writeFile(publish, SEARCH_INDEX.bundles, `${JSON.stringify(searchBundles(search.parts, recentLanguages, SEARCH_INDEX.part, recentPath))}\n`);
  search.written++;
})();
// A failure is reported once the pages are done (the publish then stops and nothing goes live).
search.made.catch(() => undefined);
// The bodies and their text are in the documents and the search records now: saved, and let go
// before the pages render.
bodies.save({ pruneUnused: site.carried.length === 0 });
// What deriving held (over a gigabyte at 50,000 stories) is garbage now, but the main thread
// allocates little while the pages render, so V8 would keep it for minutes beside the render
// threads and Pagefind: collected now, before they start.
collectGarbage();
log(
  `${written} of ${artifactCount + site.carried.length} documents written (${site.carried.length} stories' documents carried over, not derived); rendering ${toRender.length + goneToRender.length} of ${site.pages.length + goneToRender.length} pages`,
);
const rendering = performance.now();
const shares = threadsFor(toRender.length, 1000);
const options = { ssrDir, outDir: publish.dir, documentsDir: publish.dir, shell, manifest: viteManifest };
let rendered = [];
try {
  if (shares === 1) {
    rendered = await renderPages({ ...options, pages: toRender });
  } else {
    rendered = await inThreads('./prerender-worker.mjs', shares, toRender, (pages) => ({ ...options, pages }), RENDER_CHUNK);
  }
  if (goneToRender.length > 0) await renderPages({ ...options, pages: goneToRender, gone: goneDocuments });
} catch (error) {
  fail(error, publish);
}
for (const page of rendered) pageReads[page.page] = page.reads;
const renderedSeconds = seconds(rendering);
try {
  await search.made;
  written += search.written;
} catch (error) {
  fail(error, publish);
}
const searchSeconds = seconds(searchStarted);

step('rendered');
// 8. Live.
const stories = storyChanges(files, previous?.manifest.files ?? {});
const manifest = {
  version: MANIFEST_VERSION,
  id: publish.id,
  published: new Date(now).toISOString(),
  renderer,
  deriver,
  app: appSignature,
  editions: editionLangs,
  files,
  inputs,
  pages: pageReads,
  gone,
  orphans,
  search: { parts: search.parts, recentKey },
};
try {
  commitPublish(publish, manifest);
} catch (error) {
  fail(error, publish);
}
await commitFeeds();
written += rendered.length + goneToRender.length + goneDocuments.length;
const total = performance.now() - started;
log(
  `${publish.id} is live: ${site.carried.length} unchanged stories carried over; stories +${stories.added} ~${stories.changed} -${stories.removed}; ${written} files written (${rendered.length + goneToRender.length} pages rendered in ${renderedSeconds}, ${changedPaths.length} documents), search ${search.indexed === 0 ? 'unchanged' : `of ${search.indexed} stories in ${searchSeconds}, ${plan.made.length} parts made and ${plan.kept.length} kept`}; ${seconds(started)} in all (feeds to documents ${seconds(started, derived)})`,
);
step('live');
if (process.env.MERIDIAN_PUBLISH_TIMINGS) log(`steps: ${steps.join('; ')}`);
if (process.env.MERIDIAN_PUBLISH_LIST) for (const path of [...changedPaths, ...rendered.map((page) => page.file)]) console.log(`  ${path}`);
summarize({
  ok: true,
  unchanged: false,
  id: publish.id,
  ...stories,
  written,
  rendered: rendered.length,
  documents: changedPaths.length,
  seconds: total / 1000,
});

/** New, changed and removed stories, by their article documents. */
function storyChanges(now, before) {
  const count = { added: 0, changed: 0, removed: 0 };
  for (const [path, digest] of Object.entries(now)) {
    if (!isStoryDocument(path)) continue;
    if (!(path in before)) count.added++;
    else if (before[path] !== digest) count.changed++;
  }
  for (const path of Object.keys(before)) if (isStoryDocument(path) && !(path in now)) count.removed++;
  return count;
}

/** A full garbage collection: V8 lets a script ask for one once its flag is set. */
function collectGarbage() {
  setFlagsFromString('--expose-gc');
  runInNewContext('gc')();
}

/** Links a folder of the live publish into the new one; false when there is none. */
function linkTree(fromDir, prefix) {
  const paths = filesUnder(fromDir);
  if (paths.length === 0) return false;
  for (const path of paths) if (!/\.(br|gz)$/.test(path)) linkFile(publish, join(fromDir, '..'), `${prefix}${path}`);
  return true;
}

/**
 * The page template with the stylesheet inlined (no render-blocking request) and the page's own
 * Content-Security-Policy (site-rules.js): the head script and the stylesheet allowed by their
 * hashes. The web server sends the page policy as a header too, with frame-ancestors (which a meta
 * tag cannot carry); where both apply the stricter wins. The app shell (addresses that were not
 * prerendered) keeps its stylesheet link and gets the policy too.
 */
function pageShell(html) {
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)];
  const scriptHashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, code]) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
  );
  const styleHashes = [];
  let page = html;
  for (const [tag, href] of css) {
    const styles = readFileSync(join(appDir, href), 'utf8');
    styleHashes.push(`'sha256-${createHash('sha256').update(styles).digest('base64')}'`);
    page = page.replace(tag, `<style>${styles}</style>`);
  }
  const cspMeta = (styles) =>
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('page-meta', { scripts: scriptHashes, styles })}" />`;
  return {
    shell: page.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${cspMeta(styleHashes)}`),
    appShell: html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${cspMeta([])}`),
  };
}

/**
 * Work split across `threads` worker threads in chunks of at most `chunk` items: a worker takes one
 * chunk and ends, and the next chunk gets a fresh one, so a thread's memory is bounded by its chunk,
 * not by the archive (a render thread's heap grows with every page it renders until it ends). Each
 * worker gets `data(itsItems)` and answers `{ result }` (one result per item, in order) or
 * `{ error }`. Results come back in the items' order. Each item is short-lived garbage: a roomier
 * young generation collects it far less often.
 */
async function inThreads(script, threads, items, data, chunk) {
  // Never fewer chunks than threads: every thread gets a share.
  const size = Math.max(1, Math.min(chunk, Math.ceil(items.length / threads)));
  const chunks = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  const run = (share) =>
    new Promise((done, reject) => {
      const worker = new Worker(new URL(script, import.meta.url), { workerData: data(share), resourceLimits: { maxYoungGenerationSizeMb: 96 } });
      worker.once('message', (message) => {
        void worker.terminate();
        if (message.error) reject(new Error(message.error));
        else done(message.result);
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        reject(new Error(`${script} ended (${code}) before it answered`));
      });
    });
  const results = new Array(chunks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(threads, chunks.length) }, async () => {
      while (next < chunks.length) {
        const i = next++;
        results[i] = await run(chunks[i]);
      }
    }),
  );
  return results.flat();
}

/**
 * Sanitized bodies (and their text, for reading time and search) by the hash of their source, kept
 * between publishes in 64 files by the hash's first character (`<code>.ndjson`, one entry a line,
 * appended to): a publish reads only the files of bodies it has not met this time, so a refresh reads
 * one or two, and sanitizes only bodies no publish has seen. A publish that derived every story
 * (nothing carried over) writes the files again without the entries it did not use.
 */
function bodyCache(dir) {
  const bucketOf = (key) => join(dir, `${key.charCodeAt(0)}.ndjson`);
  /** Each read file's lines by key, parsed when asked for. */
  const buckets = new Map();
  /** This publish's bodies, by their source's hash and by their sanitized form (what asks for their text). */
  const byKey = new Map();
  const bySanitized = new Map();
  /** Entries to append: new ones, and old ones that gained their text. */
  const dirty = new Map();
  const linesOf = (key) => {
    const file = bucketOf(key);
    let lines = buckets.get(file);
    if (!lines) {
      lines = new Map();
      // A line starts with its key: ["<22 characters>", … (a line cut short by a killed publish fails to parse, and is sanitized again).
      for (const line of existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []) if (line) lines.set(line.slice(2, 24), line);
      buckets.set(file, lines);
    }
    return lines;
  };
  const read = (key) => {
    const line = linesOf(key).get(key);
    if (!line) return null;
    try {
      const [, html, text] = JSON.parse(line);
      return typeof html === 'string' ? { key, html, ...(typeof text === 'string' ? { text } : {}) } : null;
    } catch {
      return null;
    }
  };
  const remember = (entry) => {
    byKey.set(entry.key, entry);
    bySanitized.set(entry.html, entry);
    return entry;
  };
  const add = (key, html) => {
    const entry = remember({ key, html });
    dirty.set(key, entry);
    return entry;
  };
  const line = (entry) => `${JSON.stringify(entry.text === undefined ? [entry.key, entry.html] : [entry.key, entry.html, entry.text])}\n`;
  return {
    /**
     * A first publish of a big archive sanitizes tens of thousands of bodies: split across the
     * machine's cores beforehand (sanitizing is most of deriving), for the derive step to find.
     */
    async sanitizeAhead(sources, sanitizer) {
      const missing = [...new Set(sources.filter((html) => typeof html === 'string' && html.trim()))].filter(
        (html) => !linesOf(hash(html)).has(hash(html)),
      );
      const threads = threadsFor(missing.length, 2000);
      const sanitized =
        threads === 1
          ? missing.map((html) => sanitizer()(html))
          : await inThreads('./sanitize-worker.mjs', threads, missing, (share) => ({ ssrDir, bodies: share }), SANITIZE_CHUNK);
      missing.forEach((html, i) => add(hash(html), sanitized[i]));
    },
    sanitize: (sanitizer) => (html) => {
      const key = hash(html);
      const entry = byKey.get(key) ?? read(key);
      return (entry ? remember(entry) : add(key, sanitizer()(html))).html;
    },
    text: (toText) => (html) => {
      const entry = bySanitized.get(html);
      if (!entry) return toText(html);
      if (entry.text === undefined) {
        entry.text = toText(html);
        dirty.set(entry.key, entry);
      }
      return entry.text;
    },
    save({ pruneUnused }) {
      mkdirSync(dir, { recursive: true });
      const byFile = new Map();
      for (const entry of (pruneUnused ? byKey : dirty).values()) {
        const file = bucketOf(entry.key);
        if (!byFile.has(file)) byFile.set(file, []);
        byFile.get(file).push(entry);
      }
      // Line by line: a big archive's bodies are more than one string can hold. Appended, or, when
      // pruning, each file written anew (a later line for a key wins when read).
      for (const [file, entries] of byFile) {
        const fd = openSync(file, pruneUnused ? 'w' : 'a');
        try {
          for (const entry of entries) writeSync(fd, line(entry));
        } finally {
          closeSync(fd);
        }
      }
      if (pruneUnused)
        for (const file of existsSync(dir) ? readdirSync(dir) : []) if (!byFile.has(join(dir, file))) rmSync(join(dir, file), { force: true });
      // The one-file cache of earlier publishes.
      rmSync(join(dir, '..', 'bodies.ndjson'), { force: true });
      for (const map of [buckets, byKey, bySanitized, dirty]) map.clear();
    },
  };
}
