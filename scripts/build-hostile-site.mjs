// Builds the hostile editions of tests/e2e/hostile-feed.spec.ts into a folder of their own, from an
// existing production build and without rebuilding the client:
//   1. writes the hostile feeds (scripts/make-hostile-feeds.mjs) into MERIDIAN_HOSTILE_FEEDS_DIR;
//   2. publishes the app just built (MERIDIAN_APP_DIR) with those feeds into MERIDIAN_HOSTILE_DIR.
// Defaults follow scripts/run-e2e.mjs: `<out>-hostile` and `<out>-hostile-feeds` (git-ignored by `dist-*`).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDirs } from './publish-store.mjs';

const root = resolve(import.meta.dirname, '..');
const out = process.env.MERIDIAN_OUT_DIR ?? 'dist';
const { app: appDir, ssr: ssrDir } = buildDirs(process.env, root);
const hostileDir = resolve(root, process.env.MERIDIAN_HOSTILE_DIR ?? `${out}-hostile`);
const feedsDir = resolve(root, process.env.MERIDIAN_HOSTILE_FEEDS_DIR ?? `${out}-hostile-feeds`);

if (!existsSync(resolve(appDir, 'index.html'))) {
  console.error(`hostile build: ${appDir}/index.html is missing; build the app first (npm run build).`);
  process.exit(1);
}

function run(args, env = {}) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(['scripts/make-hostile-feeds.mjs', feedsDir]);

// A publish of its own, from nothing: the same app build, the hostile feeds only.
rmSync(hostileDir, { recursive: true, force: true });
rmSync(`${hostileDir}-publishes`, { recursive: true, force: true });
// Two threads, as a large edition's build uses: the hostile bodies are sanitized, and the pages
// rendered, by the worker threads (the demo site is small enough for the main thread alone).
run(['scripts/publish.mjs'], {
  MERIDIAN_FEEDS_DIR: feedsDir,
  MERIDIAN_FEEDS_URL: '',
  MERIDIAN_OUT_DIR: hostileDir,
  MERIDIAN_APP_DIR: appDir,
  MERIDIAN_SSR_DIR: ssrDir,
  MERIDIAN_PRERENDER_THREADS: '2',
});
