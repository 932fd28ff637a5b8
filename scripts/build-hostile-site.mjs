// Builds the hostile editions of tests/e2e/hostile-feed.spec.ts into a folder of their own, from an
// existing production build and without rebuilding the client:
//   1. writes the hostile feeds (scripts/make-hostile-feeds.mjs) into MERIDIAN_HOSTILE_FEEDS_DIR;
//   2. copies the client build (MERIDIAN_OUT_DIR) into MERIDIAN_HOSTILE_DIR, leaving out what the
//      prerender derives from feeds (data documents, pages, derived feeds, sitemap);
//   3. runs scripts/prerender.mjs on the hostile feeds into that folder.
// Defaults follow scripts/run-e2e.mjs: `<out>-hostile` and `<out>-hostile-feeds` (git-ignored by `dist-*`).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = process.env.MERIDIAN_OUT_DIR ?? 'dist';
const clientDir = resolve(root, out);
const hostileDir = resolve(root, process.env.MERIDIAN_HOSTILE_DIR ?? `${out}-hostile`);
const feedsDir = resolve(root, process.env.MERIDIAN_HOSTILE_FEEDS_DIR ?? `${out}-hostile-feeds`);
const ssrDir = process.env.MERIDIAN_SSR_DIR ?? `${out}-ssr`;

if (!existsSync(resolve(clientDir, 'index.html'))) {
  console.error(`hostile build: ${out}/index.html is missing; build the client first (npm run build).`);
  process.exit(1);
}

function run(args, env = {}) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(['scripts/make-hostile-feeds.mjs', feedsDir]);

// What the prerender writes from feeds: it must come from the hostile feeds only, not the demo ones.
const DERIVED = new Set(['data', 'feeds', 'en', 'ru', 'de', 'fr', 'pt', 'es', 'sitemap.xml', 'robots.txt']);
rmSync(hostileDir, { recursive: true, force: true });
cpSync(clientDir, hostileDir, {
  recursive: true,
  filter: (source) => source === clientDir || dirname(source) !== clientDir || !DERIVED.has(basename(source)),
});

// Two render threads, as a large edition's build uses: the browser tests then read pages written by
// the worker path too (the demo site is small enough to render on one).
run(['scripts/prerender.mjs'], { MERIDIAN_FEEDS_DIR: feedsDir, MERIDIAN_OUT_DIR: hostileDir, MERIDIAN_SSR_DIR: ssrDir, MERIDIAN_PRERENDER_THREADS: '2' });
