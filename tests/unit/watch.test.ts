import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRACE_SECONDS, intervalFromEnv, nextWaitSeconds, runPublish, sleep, watch, type PublishSummary } from '../../scripts/watch.mjs';

/*
 * The watcher (scripts/watch.mjs): the loop with a fake publish, a fake sleep and a fake clock (no
 * real waiting), runPublish against tiny stand-in publish scripts (real child processes), the
 * command itself once, and the systemd unit that runs it (deploy/meridian-watch.service).
 *
 * In the default (jsdom) environment, not Node's: tests/setup.ts, which every test file runs, touches
 * `window` at its top level. The watcher only needs timers, child processes and an AbortSignal.
 */

const root = resolve(import.meta.dirname, '../..');
const T0 = Date.parse('2030-05-01T08:00:00.000Z');

const published = (id: string, counts: Partial<Record<'added' | 'changed' | 'removed' | 'written', number>> = {}, seconds = 1): PublishSummary => ({
  ok: true,
  unchanged: false,
  id,
  added: 0,
  changed: 0,
  removed: 0,
  written: 0,
  rendered: 0,
  documents: 0,
  seconds,
  ...counts,
});
const unchanged = (warnings?: string[]): PublishSummary => ({
  ok: true,
  unchanged: true,
  added: 0,
  changed: 0,
  removed: 0,
  written: 0,
  seconds: 0.2,
  ...(warnings ? { warnings } : {}),
});

type Step = PublishSummary | Error | (() => never) | undefined;

/**
 * Runs the loop over `steps` (one per publish; an Error rejects, a function throws synchronously),
 * stopping once they are used up. The fake sleep records what it was asked and moves the clock.
 */
async function run(steps: Step[], options: { intervalSeconds?: number; maxBackoffSeconds?: number } = {}) {
  const controller = new AbortController();
  const lines: string[] = [];
  const sleeps: number[] = [];
  let clock = T0;
  let calls = 0;
  const publish = (): Promise<PublishSummary> => {
    const step = steps[calls++];
    if (calls >= steps.length) controller.abort();
    if (typeof step === 'function') step();
    if (step instanceof Error) return Promise.reject(step);
    return Promise.resolve(step as PublishSummary);
  };
  await watch({
    intervalSeconds: options.intervalSeconds ?? 30,
    ...(options.maxBackoffSeconds ? { maxBackoffSeconds: options.maxBackoffSeconds } : {}),
    publish,
    log: (line) => lines.push(line),
    sleep: (ms) => {
      sleeps.push(ms);
      clock += ms;
      return Promise.resolve();
    },
    signal: controller.signal,
    now: () => new Date(clock),
  });
  return { lines, sleeps, calls };
}

describe('watch', () => {
  it('logs one line per publish: time, id, story counts, files written, seconds', async () => {
    const { lines, calls } = await run([
      published('p20300501T080000Z', { added: 3, changed: 1, removed: 2, written: 40 }, 12.34),
      unchanged(),
      published('p20300501T080100Z', { added: 1, written: 7 }, 2),
    ]);
    expect(calls).toBe(3);
    expect(lines).toEqual([
      '2030-05-01T08:00:00.000Z published p20300501T080000Z: +3 ~1 -2 stories, 40 files written, 12.3 s',
      '2030-05-01T08:01:00.000Z published p20300501T080100Z: +1 ~0 -0 stories, 7 files written, 2.0 s',
    ]);
  });

  it('says once that the site is up to date, then while nothing changes one "still watching" line an hour', async () => {
    // 250 polls 30 s apart: just over two hours of nothing new.
    const { lines } = await run(Array.from({ length: 250 }, () => unchanged()));
    expect(lines).toEqual([
      '2030-05-01T08:00:00.000Z nothing new: the live site is up to date',
      '2030-05-01T09:00:00.000Z still watching: nothing new since 2030-05-01T08:00:00.000Z',
      '2030-05-01T10:00:00.000Z still watching: nothing new since 2030-05-01T08:00:00.000Z',
    ]);
    const after = await run([published('p1'), ...Array.from({ length: 121 }, () => unchanged())]);
    expect(after.lines.at(-1)).toBe('2030-05-01T09:00:00.000Z still watching: nothing new since 2030-05-01T08:00:00.000Z');
    expect(after.lines).toHaveLength(2);
  });

  it('survives a publish that rejects, throws, returns ok:false or no summary, with one line each', async () => {
    const { lines, calls } = await run([
      new Error('feed en: 503 Service Unavailable\n  at https://feeds.example/en.json'),
      { ok: false, error: 'the app build is missing' },
      undefined,
      () => {
        throw new Error('thrown, not rejected');
      },
      { ok: true } as unknown as PublishSummary,
    ]);
    expect(calls).toBe(5);
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/^\S+Z publish failed.*: .+; the live site is unchanged; next try in \d+ s, at \S+Z$/);
    expect(lines[0]).toBe(
      '2030-05-01T08:00:00.000Z publish failed: feed en: 503 Service Unavailable | at https://feeds.example/en.json; the live site is unchanged; next try in 30 s, at 2030-05-01T08:00:30.000Z',
    );
    expect(lines[1]).toContain('(2 failures in a row): the app build is missing;');
    expect(lines[2]).toContain('publish gave no summary');
    expect(lines[3]).toContain('thrown, not rejected');
    expect(lines[4]).toContain('does not understand');
  });

  it('doubles the wait after each failure in a row, caps it, and resets it after a success', async () => {
    const fail: PublishSummary = { ok: false, error: 'down' };
    const { sleeps, lines } = await run([fail, fail, fail, fail, fail, published('p1'), fail, fail, unchanged()], { maxBackoffSeconds: 200 });
    expect(sleeps.map((ms) => ms / 1000)).toEqual([30, 60, 120, 200, 200, 30, 30, 60]);
    expect(lines[5]).toMatch(/published p1: .* \(after 5 failed tries\)$/);
    expect(lines.at(-1)).toMatch(/publishing works again after 2 failed tries: nothing new, the live site is up to date$/);
    expect(nextWaitSeconds(30, 40, 600)).toBe(600);
    expect(nextWaitSeconds(30, 3, 10)).toBe(30);
  });

  it("shows a successful publish's warnings when they differ from the last publish's", async () => {
    const { lines } = await run([unchanged(['publish: feed en: next_url loop']), unchanged(['publish: feed en: next_url loop']), unchanged([])]);
    expect(lines.filter((line) => line.includes('publish warning'))).toEqual([
      '2030-05-01T08:00:00.000Z publish warning: publish: feed en: next_url loop',
    ]);
    const again = await run([unchanged(['w1']), unchanged([]), unchanged(['w1'])]);
    expect(again.lines.filter((line) => line.includes('publish warning: w1'))).toHaveLength(2);
  });

  it('stops when aborted: during a publish (no further sleep or publish), during a sleep, or before it starts', async () => {
    const controller = new AbortController();
    let calls = 0;
    const sleeps: number[] = [];
    const lines: string[] = [];
    await watch({
      intervalSeconds: 30,
      publish: () => {
        calls++;
        controller.abort();
        return Promise.resolve(published('p1'));
      },
      log: (line) => lines.push(line),
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      signal: controller.signal,
    });
    expect([calls, sleeps, lines.length]).toEqual([1, [], 1]);

    // The real sleep, an hour long, ends as soon as the signal aborts.
    const during = new AbortController();
    const started = Date.now();
    const done = watch({ intervalSeconds: 3600, publish: () => Promise.resolve(unchanged()), log: () => undefined, signal: during.signal });
    setTimeout(() => {
      during.abort();
    }, 50);
    await done;
    expect(Date.now() - started).toBeLessThan(5000);

    let never = 0;
    await watch({
      intervalSeconds: 30,
      publish: () => {
        never++;
        return Promise.resolve(unchanged());
      },
      signal: AbortSignal.abort(),
    });
    expect(never).toBe(0);
    await sleep(60_000, AbortSignal.abort());
  });

  it('reads MERIDIAN_WATCH_INTERVAL_S: 30 s by default, any number above 0, anything else refused', () => {
    expect(intervalFromEnv({})).toBe(30);
    expect(intervalFromEnv({ MERIDIAN_WATCH_INTERVAL_S: '' })).toBe(30);
    expect(intervalFromEnv({ MERIDIAN_WATCH_INTERVAL_S: '5' })).toBe(5);
    expect(intervalFromEnv({ MERIDIAN_WATCH_INTERVAL_S: '0.5' })).toBe(0.5);
    for (const value of ['0', '-10', 'abc', '30s', 'Infinity']) {
      expect(() => intervalFromEnv({ MERIDIAN_WATCH_INTERVAL_S: value })).toThrow(
        `MERIDIAN_WATCH_INTERVAL_S must be a number of seconds above 0, not "${value}"`,
      );
    }
  });
});

describe('runPublish', () => {
  let dir: string;
  const script = (name: string, code: string) => {
    const file = join(dir, `${name}.mjs`);
    writeFileSync(
      file,
      `import { writeFileSync } from 'node:fs';\nconst summarize = (s) => writeFileSync(process.env.MERIDIAN_PUBLISH_SUMMARY, JSON.stringify(s));\n${code}\n`,
    );
    return file;
  };
  const reported = () => {
    const texts: string[] = [];
    return { texts, report: (text: string) => texts.push(text) };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'watch-test-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns the summary a publish wrote, with its stderr lines as warnings, run from the repo root, and drops its output', async () => {
    const file = script(
      'writes',
      `console.log('publish: 3 of 9 documents written');
console.warn('publish: feed fr: a warning');
summarize({ ok: true, unchanged: false, id: 'p20300501T080000Z', added: 1, changed: 2, removed: 0, written: 5, rendered: 2, documents: 3, seconds: 1.5, cwd: process.cwd(), extra: process.env.WATCH_TEST_EXTRA });`,
    );
    const { texts, report } = reported();
    const summary = await runPublish({ script: file, env: { ...process.env, WATCH_TEST_EXTRA: 'passed on' }, report });
    expect(summary).toMatchObject({
      ok: true,
      id: 'p20300501T080000Z',
      added: 1,
      written: 5,
      cwd: root,
      extra: 'passed on',
      warnings: ['publish: feed fr: a warning'],
    });
    expect(texts).toEqual([]);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('meridian-watch-') && existsSync(join(tmpdir(), name, 'summary.json')))).toEqual([]);
  });

  it('is a failure naming the signal and the last stderr line when the publish is killed before its summary', async () => {
    // Written synchronously: the output must be out before the kill (a pipe write may be async).
    const file = script(
      'killed',
      `import { writeSync } from 'node:fs';\nwriteSync(1, 'publish: reading feeds\\n');\nwriteSync(2, 'publish: rendering 10 of 10 pages\\n');\nprocess.kill(process.pid, 'SIGKILL');`,
    );
    const { texts, report } = reported();
    const summary = await runPublish({ script: file, report });
    expect(summary).toEqual({ ok: false, error: 'publish was killed by SIGKILL without a summary; its last words: publish: rendering 10 of 10 pages' });
    // Both streams, in the order they arrived (two pipes: either may come first).
    expect(texts.join('').split('\n').sort()).toEqual(['', 'publish: reading feeds', 'publish: rendering 10 of 10 pages']);
  });

  it('is a failure naming the exit code without a summary, and passes on an ok:false summary', async () => {
    const silent = await runPublish({ script: script('exits', 'process.exit(3);'), report: () => undefined });
    expect(silent).toEqual({ ok: false, error: 'publish exited with code 3 without a summary' });
    const { texts, report } = reported();
    const failed = await runPublish({
      script: script('fails', `console.error('publish: feed en: 503');\nsummarize({ ok: false, error: 'feed en: 503' });\nprocess.exit(1);`),
      report,
    });
    expect(failed).toEqual({ ok: false, error: 'feed en: 503' });
    expect(texts.join('')).toContain('publish: feed en: 503');
  });

  it('lets a running publish finish when stopped, within the grace period', async () => {
    const file = script(
      'slow',
      `setTimeout(() => summarize({ ok: true, unchanged: true, added: 0, changed: 0, removed: 0, written: 0, seconds: 0.4 }), 400);`,
    );
    const summary = await runPublish({ script: file, signal: AbortSignal.abort(), graceSeconds: 30, report: () => undefined });
    expect(summary).toMatchObject({ ok: true, unchanged: true });
  });

  it('forwards SIGTERM after the grace period, or at once when forced', async () => {
    const file = script('endless', `setInterval(() => undefined, 1000);`);
    expect(await runPublish({ script: file, signal: AbortSignal.abort(), graceSeconds: 0.1, report: () => undefined })).toEqual({
      ok: false,
      error: 'publish was killed by SIGTERM without a summary',
    });
    const force = new AbortController();
    setTimeout(() => {
      force.abort();
    }, 100);
    const started = Date.now();
    const summary = await runPublish({ script: file, signal: AbortSignal.abort(), forceSignal: force.signal, graceSeconds: 600, report: () => undefined });
    expect(summary).toEqual({ ok: false, error: 'publish was killed by SIGTERM without a summary' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('npm run watch', () => {
  const command = (env: Record<string, string>) =>
    spawn(process.execPath, ['scripts/watch.mjs'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const collect = (stream: NodeJS.ReadableStream) => {
    const out = { text: '' };
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (out.text += chunk));
    return out;
  };
  const exit = (child: ReturnType<typeof command>) =>
    new Promise<number | null>((done) => {
      child.once('close', (code) => {
        done(code);
      });
    });

  it('refuses a wrong interval with exit code 2', async () => {
    const child = command({ MERIDIAN_WATCH_INTERVAL_S: 'soon' });
    const stderr = collect(child.stderr);
    expect(await exit(child)).toBe(2);
    expect(stderr.text).toBe('watch: MERIDIAN_WATCH_INTERVAL_S must be a number of seconds above 0, not "soon"\n');
  });

  it('says what it watches, logs a failed publish (the real one, with no app build), and stops on SIGTERM with exit 0', async () => {
    // Every folder is a missing one in a temporary folder: the publish fails before it writes anything.
    const dir = mkdtempSync(join(tmpdir(), 'watch-cli-'));
    try {
      const env = {
        MERIDIAN_OUT_DIR: join(dir, 'site'),
        MERIDIAN_APP_DIR: join(dir, 'app'),
        MERIDIAN_SSR_DIR: join(dir, 'ssr'),
        MERIDIAN_FEEDS_DIR: join(dir, 'feeds'),
        MERIDIAN_FEEDS_URL: '',
        MERIDIAN_WATCH_INTERVAL_S: '3600',
      };
      const child = command(env);
      const stdout = collect(child.stdout);
      const stderr = collect(child.stderr);
      const exited = exit(child);
      for (let waited = 0; !stdout.text.includes('publish failed') && waited < 30_000; waited += 50) await sleep(50);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const lines = stdout.text.trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(new RegExp(`Z watching the feeds in ${join(dir, 'feeds')} every 3600 s, publishing to ${join(dir, 'site')}$`));
      expect(lines[1]).toMatch(/Z publish failed: the app build is missing at .*; the live site is unchanged; next try in 3600 s, at \S+Z$/);
      expect(lines[2]).toMatch(/Z stopped on SIGTERM$/);
      expect(stderr.text).toContain('publish: nothing was published; the live site stays as it was.');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('deploy/meridian-watch.service', () => {
  const text = readFileSync(join(root, 'deploy/meridian-watch.service'), 'utf8');
  const settings = (key: string, withComments = false) =>
    text
      .split('\n')
      .map((line) => (withComments ? line.replace(/^#/, '') : line))
      .filter((line) => line.startsWith(`${key}=`))
      .map((line) => line.slice(key.length + 1).trim());
  const one = (key: string) => {
    const values = settings(key);
    expect(values, key).toHaveLength(1);
    return values[0] ?? '';
  };
  /** Environment= assignments (quoted or not), the commented examples included. */
  const environment = new Map(
    settings('Environment', true)
      .flatMap((value) => [...value.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? ''))
      .map((assignment) => [assignment.slice(0, assignment.indexOf('=')), assignment.slice(assignment.indexOf('=') + 1)] as const),
  );

  it('runs scripts/watch.mjs from the checkout as a simple service that restarts on failure', () => {
    expect(one('Type')).toBe('simple');
    expect(one('WorkingDirectory')).toBe('/srv/meridian');
    const [node, entry, ...rest] = one('ExecStart').split(/\s+/);
    expect([node, entry, rest]).toEqual(['/usr/bin/node', 'scripts/watch.mjs', []]);
    expect(existsSync(join(root, entry ?? ''))).toBe(true);
    expect(one('Restart')).toBe('on-failure');
    expect(one('RestartSec')).toBe('10');
    expect(one('EnvironmentFile')).toBe('-/etc/meridian/watch.env');
    expect(one('User')).not.toBe('root');
    // The stop lets a running publish finish: only the watcher gets SIGTERM, and it has the time.
    expect(one('KillMode')).toBe('mixed');
    expect(Number(one('TimeoutStopSec'))).toBeGreaterThan(GRACE_SECONDS + 10);
  });

  it('sets only MERIDIAN_* variables the scripts read', () => {
    const scripts = readdirSync(join(root, 'scripts'))
      .filter((name) => name.endsWith('.mjs'))
      .map((name) => readFileSync(join(root, 'scripts', name), 'utf8'))
      .join('\n');
    const read = (name: string) => new RegExp(`\\benv\\.${name}\\b`).test(scripts);
    const names = [...environment.keys()].filter((name) => name.startsWith('MERIDIAN_'));
    expect(names).toEqual(
      expect.arrayContaining(['MERIDIAN_OUT_DIR', 'MERIDIAN_FEEDS_DIR', 'MERIDIAN_FEEDS_URL', 'MERIDIAN_SITE_URL', 'MERIDIAN_WATCH_INTERVAL_S']),
    );
    expect(names.filter((name) => !read(name))).toEqual([]);
    expect(read('MERIDIAN_NO_SUCH_SETTING')).toBe(false);
  });

  it('may write where a publish writes: the output link’s folder, <out>-publishes and <out>-app', () => {
    expect(one('ProtectSystem')).toBe('strict');
    for (const key of ['NoNewPrivileges', 'PrivateTmp', 'ProtectHome']) expect(one(key), key).toBe('yes');
    expect(one('MemoryMax')).toBe('2G');
    const writable = settings('ReadWritePaths').flatMap((value) => value.split(/\s+/).map((path) => path.replace(/^-/, '')));
    const out = environment.get('MERIDIAN_OUT_DIR') ?? '';
    expect(isAbsolute(out)).toBe(true);
    for (const path of [dirname(out), `${out}-publishes`, environment.get('MERIDIAN_APP_DIR') ?? `${out}-app`]) {
      expect(
        writable.some((allowed) => !relative(allowed, path).startsWith('..')),
        path,
      ).toBe(true);
    }
  });
});
