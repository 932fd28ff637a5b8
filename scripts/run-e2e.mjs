// Builds the app, runs the Playwright journeys in Debian's Chromium, and fails if any test was
// skipped or none ran: a green run must mean the browser tests really happened.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { CHROMIUM_PATH as chrome } from './chromium.mjs';

if (!existsSync(chrome)) {
  console.error(`Browser tests need Chromium at ${chrome}: install Debian's package (apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

// The full production build: client, server entry, derived documents and prerendered pages. Its
// search index is cut into parts of a few stories, as a big archive's is, so that searches and the
// servers go through parts (links into the publishes' store) and merge them.
process.env.MERIDIAN_SEARCH_PART_SIZE ??= '12';
process.env.MERIDIAN_RECENT_SEARCH_LIMIT ??= '4';
process.env.MERIDIAN_SSR_DIR ??= `${process.env.MERIDIAN_OUT_DIR ?? 'dist'}-ssr`;
if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);

// Hostile editions for tests/e2e/hostile-feed.spec.ts: the client just built, prerendered again from
// generated XSS and naughty-string feeds into `<out>-hostile` (served by playwright.config.ts). Skipped
// only when spec files are named and the hostile one is not among them.
process.env.MERIDIAN_HOSTILE_DIR ??= `${process.env.MERIDIAN_OUT_DIR ?? 'dist'}-hostile`;
process.env.MERIDIAN_HOSTILE_FEEDS_DIR ??= `${process.env.MERIDIAN_OUT_DIR ?? 'dist'}-hostile-feeds`;
const specs = process.argv.slice(2).filter((arg) => arg.includes('.spec.'));
if (specs.length === 0 || specs.some((spec) => spec.includes('hostile'))) {
  if (run('node', ['scripts/build-hostile-site.mjs']) !== 0) process.exit(1);
}

const report = 'test-results/e2e-results.json';
rmSync(report, { force: true });
const status = run('npx', ['playwright', 'test', ...process.argv.slice(2)]);

if (!existsSync(report)) {
  console.error('The browser tests wrote no report: they did not run.');
  process.exit(1);
}
const { stats } = JSON.parse(readFileSync(report, 'utf8'));
const passed = stats.expected + stats.flaky;
const failed = stats.unexpected;
console.log(`e2e: ${passed} passed, ${failed} failed, ${stats.skipped} skipped`);
if (stats.skipped > 0) {
  console.error('Browser tests were skipped: that is a failure here.');
  process.exit(1);
}
// The production path (nginx with the CSP header) must have run whenever the whole suite did.
const suites = JSON.parse(readFileSync(report, 'utf8')).suites ?? [];
const ranIn = (project) => JSON.stringify(suites).split(`"projectName":"${project}"`).length - 1;
if (specs.length === 0 && ranIn('nginx') === 0) {
  console.error('The nginx browser project did not run: is Debian nginx installed?');
  process.exit(1);
}
if (passed === 0) {
  console.error('No browser test ran.');
  process.exit(1);
}
process.exit(status);
