// @ts-check
// Publishes again and again: `npm run watch` runs scripts/publish.mjs every MERIDIAN_WATCH_INTERVAL_S
// seconds (default 30) until SIGTERM or SIGINT. deploy/meridian-watch.service runs it under systemd.
//
// Each publish is a child process: a crash, a leak or a hung render in one publish never takes the
// watcher down, and the memory a publish used is returned when it exits. The child reports through
// the summary file MERIDIAN_PUBLISH_SUMMARY names (scripts/publish.mjs); a child killed before writing
// it is a failure like any other. A failed publish leaves the live site as it was, so the watcher only
// says so and tries again later, waiting twice as long after each failure in a row (up to 10 min):
// a feed server that is down is not asked every 30 s, and the site is published soon after it is back.
//
// The log is for an operator reading the journal: one line per publish, one per failure, and while
// nothing changes one "still watching" line an hour (a line every 30 s would bury the publishes, and
// no line at all would not tell a stalled watcher from a quiet newsroom). A failed publish's own
// output goes to stderr before its line; a successful one's is dropped, except warnings that differ
// from the last publish's (a feed warning repeats with every poll until the feed is fixed).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { feedSourcesFromEnv } from './feed-sources.mjs';
import { buildDirs } from './publish-store.mjs';

const root = resolve(import.meta.dirname, '..');

export const DEFAULT_INTERVAL_SECONDS = 30;
export const DEFAULT_MAX_BACKOFF_SECONDS = 600;
/** While nothing changes, one line this often says the watcher is alive. */
export const ALIVE_EVERY_SECONDS = 3600;
/**
 * How long a stop waits for a running publish before forwarding SIGTERM to it. Finishing is kinder
 * than killing (a killed publish is safe but its work is lost); the unit's TimeoutStopSec allows it.
 */
export const GRACE_SECONDS = 60;
/** After SIGTERM, a publish that still runs this long is killed outright. */
const KILL_AFTER_SECONDS = 10;
/** What is kept of a publish's output to show when it fails (MERIDIAN_PUBLISH_LIST can print thousands of lines). */
const OUTPUT_TAIL_CHARS = 64 * 1024;

/**
 * What a publish reports (scripts/publish.mjs writes it as JSON to MERIDIAN_PUBLISH_SUMMARY).
 * `warnings` is added by runPublish: the lines the publish wrote to stderr.
 * @typedef {{ ok: true; unchanged: true; added: number; changed: number; removed: number; written: number; seconds: number; warnings?: string[] }} UnchangedSummary
 * @typedef {{ ok: true; unchanged: false; id: string; added: number; changed: number; removed: number; written: number; rendered: number; documents: number; seconds: number; warnings?: string[] }} PublishedSummary
 * @typedef {{ ok: false; error: string; warnings?: string[] }} FailedSummary
 * @typedef {UnchangedSummary | PublishedSummary | FailedSummary} PublishSummary
 */

/**
 * The interval from MERIDIAN_WATCH_INTERVAL_S (seconds, default 30); anything but a number above 0 throws.
 * @param {Record<string, string | undefined>} env
 */
export function intervalFromEnv(env) {
  const value = env.MERIDIAN_WATCH_INTERVAL_S || undefined;
  const seconds = value === undefined ? DEFAULT_INTERVAL_SECONDS : Number(value);
  if (!(seconds > 0 && Number.isFinite(seconds))) {
    throw new Error(`MERIDIAN_WATCH_INTERVAL_S must be a number of seconds above 0, not ${JSON.stringify(value)}`);
  }
  return seconds;
}

/**
 * Waits `ms`, or less when `signal` aborts (it then resolves: a stop is not an error).
 * @param {number} ms
 * @param {AbortSignal} [signal]
 * @returns {Promise<void>}
 */
export function sleep(ms, signal) {
  return new Promise((done) => {
    if (signal?.aborted) return done();
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      done();
    };
    const timer = setTimeout(finish, ms);
    signal?.addEventListener('abort', finish, { once: true });
  });
}

/**
 * The wait before the next publish: the interval, doubled after each failure in a row, capped.
 * @param {number} intervalSeconds
 * @param {number} failures consecutive failures so far (0 after a success)
 * @param {number} maxBackoffSeconds
 */
export function nextWaitSeconds(intervalSeconds, failures, maxBackoffSeconds) {
  if (failures === 0) return intervalSeconds;
  // A cap below the interval would make failing faster than succeeding: the interval is the floor.
  return Math.min(intervalSeconds * 2 ** (failures - 1), Math.max(maxBackoffSeconds, intervalSeconds));
}

/**
 * Publishes every `intervalSeconds` until `signal` aborts. Never throws, whatever `publish`, `log`
 * or `sleep` do: a rejection or an `ok: false` summary is a failed publish (logged, then backed off).
 * An abort during a publish lets that publish end (`publish` decides how soon), logs it, and returns.
 * @param {{
 *   intervalSeconds: number;
 *   publish: () => Promise<PublishSummary>;
 *   log?: (line: string) => void;
 *   sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
 *   signal?: AbortSignal;
 *   maxBackoffSeconds?: number;
 *   aliveEverySeconds?: number;
 *   now?: () => Date;
 * }} options
 * @returns {Promise<void>}
 */
export async function watch({
  intervalSeconds,
  publish,
  log = console.log,
  sleep: wait = sleep,
  signal,
  maxBackoffSeconds = DEFAULT_MAX_BACKOFF_SECONDS,
  aliveEverySeconds = ALIVE_EVERY_SECONDS,
  now = () => new Date(),
}) {
  const say = (/** @type {string} */ line) => {
    lastLine = now().getTime();
    try {
      log(line);
    } catch {
      // A log that cannot be written (a closed pipe) must not stop the publishing.
    }
  };
  let failures = 0;
  let lastLine = now().getTime();
  let polls = 0;
  /** When the site last changed (or the watcher started): what "nothing new since" names. */
  let newsAt = now().toISOString();
  let lastWarnings = '';
  while (!signal?.aborted) {
    /** @type {unknown} */
    let result;
    try {
      result = await publish();
    } catch (error) {
      result = { ok: false, error: messageOf(error) };
    }
    polls++;
    const summary = checked(result);
    const at = now();
    const stamp = at.toISOString();
    const warnings = 'warnings' in summary && Array.isArray(summary.warnings) ? summary.warnings.map(String) : [];
    if (summary.ok && warnings.join('\n') !== lastWarnings) {
      for (const warning of warnings) say(`${stamp} publish warning: ${oneLine(warning)}`);
    }
    if (summary.ok) lastWarnings = warnings.join('\n');
    if (!summary.ok) {
      failures++;
      const next = nextWaitSeconds(intervalSeconds, failures, maxBackoffSeconds);
      const streak = failures > 1 ? ` (${failures} failures in a row)` : '';
      say(`${stamp} publish failed${streak}: ${oneLine(summary.error)}; the live site is unchanged; next try in ${next} s, at ${later(at, next)}`);
    } else if (!summary.unchanged) {
      const after = failures > 0 ? ` (after ${failures} failed ${failures === 1 ? 'try' : 'tries'})` : '';
      say(
        `${stamp} published ${summary.id}: +${count(summary.added)} ~${count(summary.changed)} -${count(summary.removed)} stories, ${count(summary.written)} files written, ${secondsOf(summary.seconds)} s${after}`,
      );
      newsAt = stamp;
      failures = 0;
    } else if (failures > 0) {
      say(`${stamp} publishing works again after ${failures} failed ${failures === 1 ? 'try' : 'tries'}: nothing new, the live site is up to date`);
      failures = 0;
    } else if (polls === 1) {
      // The first poll says the configuration works (the feeds were read) even when nothing changed.
      say(`${stamp} nothing new: the live site is up to date`);
    } else if (at.getTime() - lastLine >= aliveEverySeconds * 1000) {
      say(`${stamp} still watching: nothing new since ${newsAt}`);
    }
    if (signal?.aborted) break;
    try {
      await wait(nextWaitSeconds(intervalSeconds, failures, maxBackoffSeconds) * 1000, signal);
    } catch {
      // A sleep that fails is a sleep that ended: the loop goes on (or stops, if aborted).
    }
  }
}

/**
 * A publish's result as a summary the loop can trust: anything but `ok: true` with the counts is a failure.
 * @param {unknown} result
 * @returns {PublishSummary}
 */
function checked(result) {
  if (typeof result !== 'object' || result === null) return { ok: false, error: `publish gave no summary (${String(result)})` };
  const summary = /** @type {Record<string, unknown>} */ (result);
  if (summary.ok === true && summary.unchanged === true) return /** @type {UnchangedSummary} */ (summary);
  if (summary.ok === true && summary.unchanged === false && typeof summary.id === 'string') return /** @type {PublishedSummary} */ (summary);
  if (summary.ok === false)
    return { ok: false, error: typeof summary.error === 'string' && summary.error ? summary.error : 'publish failed without saying why' };
  return { ok: false, error: `publish gave a summary the watcher does not understand: ${oneLine(JSON.stringify(summary))}` };
}

/** @param {unknown} value */
const count = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : '?');
/** @param {unknown} value */
const secondsOf = (value) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(1) : '?');
/** @param {Date} at @param {number} seconds */
const later = (at, seconds) => new Date(at.getTime() + seconds * 1000).toISOString();
/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error));
/** One log line, however long or multi-line the message. @param {string} text */
const oneLine = (text) => {
  const line = text.trim().replace(/\s*\n\s*/g, ' | ');
  return line.length > 500 ? `${line.slice(0, 500)}…` : line;
};

/**
 * Runs one publish as a child process (`process.execPath <script>`, cwd the repo root, the environment
 * plus MERIDIAN_PUBLISH_SUMMARY) and resolves to its summary; never rejects. A child that exits
 * without a readable summary (killed, crashed) is `ok: false`, naming its exit code or signal and its
 * last stderr line. Its output is kept: on failure it goes to `report` (stderr) whole, up to 64 KB;
 * on success its stderr lines (the publish's warnings) come back as `warnings`.
 *
 * When `signal` aborts (the watcher stops), the publish may finish for `graceSeconds`; then it gets
 * SIGTERM, and SIGKILL 10 s later. `forceSignal` forwards SIGTERM at once (a second Ctrl+C).
 * @param {{
 *   script?: string;
 *   cwd?: string;
 *   env?: Record<string, string | undefined>;
 *   signal?: AbortSignal;
 *   forceSignal?: AbortSignal;
 *   graceSeconds?: number;
 *   report?: (text: string) => void;
 * }} [options]
 * @returns {Promise<PublishSummary>}
 */
export async function runPublish({
  script = join(root, 'scripts/publish.mjs'),
  cwd = root,
  env = process.env,
  signal,
  forceSignal,
  graceSeconds = GRACE_SECONDS,
  report = (text) => process.stderr.write(text),
} = {}) {
  let dir;
  try {
    dir = await mkdtemp(join(tmpdir(), 'meridian-watch-'));
    const file = join(dir, 'summary.json');
    let output = '';
    let stderr = '';
    /** @type {NodeJS.Timeout | undefined} */
    let graceTimer;
    /** @type {NodeJS.Timeout | undefined} */
    let killTimer;
    // Its own process group: a Ctrl+C in the terminal reaches the watcher only, which lets the publish finish.
    const child = spawn(process.execPath, [script], {
      cwd,
      env: { ...env, MERIDIAN_PUBLISH_SUMMARY: file },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const keep = (/** @type {string} */ text, /** @type {string} */ chunk) => (text + chunk).slice(-OUTPUT_TAIL_CHARS);
    child.stdout.setEncoding('utf8').on('data', (/** @type {string} */ chunk) => (output = keep(output, chunk)));
    child.stderr.setEncoding('utf8').on('data', (/** @type {string} */ chunk) => {
      output = keep(output, chunk);
      stderr = keep(stderr, chunk);
    });
    const terminate = () => {
      if (killTimer || child.exitCode !== null || child.signalCode !== null) return;
      clearTimeout(graceTimer);
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_SECONDS * 1000);
    };
    const stop = () => {
      graceTimer ??= setTimeout(terminate, graceSeconds * 1000);
    };
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
    if (forceSignal?.aborted) terminate();
    else forceSignal?.addEventListener('abort', terminate, { once: true });
    /** @type {{ code: number | null; killedBy: NodeJS.Signals | null; error?: Error }} */
    const end = await new Promise((done) => {
      child.once('error', (error) => done({ code: null, killedBy: null, error }));
      child.once('close', (code, killedBy) => done({ code, killedBy }));
    });
    clearTimeout(graceTimer);
    clearTimeout(killTimer);
    signal?.removeEventListener('abort', stop);
    forceSignal?.removeEventListener('abort', terminate);

    /** @type {unknown} */
    let summary = null;
    try {
      summary = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      summary = null; // Killed before it wrote one, or cut short while writing it.
    }
    const lines = stderr.split('\n').filter((line) => line.trim() !== '');
    const ok = typeof summary === 'object' && summary !== null && /** @type {{ ok?: unknown }} */ (summary).ok === true;
    if (ok) return { .../** @type {PublishSummary} */ (summary), warnings: lines };
    if (output.trim()) report(output.endsWith('\n') ? output : `${output}\n`);
    if (typeof summary === 'object' && summary !== null && /** @type {{ ok?: unknown }} */ (summary).ok === false)
      return /** @type {FailedSummary} */ (summary);
    const how = end.error
      ? `could not be started (${end.error.message})`
      : end.killedBy
        ? `was killed by ${end.killedBy}`
        : `exited with code ${String(end.code)}`;
    const last = lines.at(-1);
    return { ok: false, error: `publish ${how} without a summary${last ? `; its last words: ${last.trim()}` : ''}` };
  } catch (error) {
    return { ok: false, error: `publish could not be run: ${messageOf(error)}` };
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** `npm run watch`: configuration from the environment, a start-up line, the loop, a clean stop. */
async function main() {
  let intervalSeconds;
  let sources;
  try {
    intervalSeconds = intervalFromEnv(process.env);
    sources = feedSourcesFromEnv(process.env, root);
  } catch (error) {
    // A wrong setting fails every publish the same way: say so once and stop (the unit does not restart on 2).
    console.error(`watch: ${messageOf(error)}`);
    process.exit(2);
  }
  const { out } = buildDirs(process.env, root);
  const stopping = new AbortController();
  const forcing = new AbortController();
  let publishing = false;
  /** @type {string | undefined} */
  let stoppedBy;
  const onSignal = (/** @type {NodeJS.Signals} */ name) => {
    if (stopping.signal.aborted) {
      if (publishing) console.log(`${new Date().toISOString()} ${name} again: stopping the running publish now`);
      forcing.abort();
      return;
    }
    stoppedBy = name;
    stopping.abort();
    if (publishing)
      console.log(`${new Date().toISOString()} ${name}: letting the running publish finish (up to ${GRACE_SECONDS} s; ${name} again stops it now)`);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  const feeds = sources.feedsUrl ? `the feeds at ${sources.feedsUrl}` : `the feeds in ${sources.feedsDir}`;
  console.log(`${new Date().toISOString()} watching ${feeds} every ${intervalSeconds} s, publishing to ${out}`);
  await watch({
    intervalSeconds,
    signal: stopping.signal,
    publish: async () => {
      publishing = true;
      try {
        return await runPublish({ signal: stopping.signal, forceSignal: forcing.signal });
      } finally {
        publishing = false;
      }
    },
  });
  console.log(`${new Date().toISOString()} stopped on ${stoppedBy ?? 'request'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
