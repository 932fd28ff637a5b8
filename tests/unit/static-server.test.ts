import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headScript } from '../../scripts/head-script.mjs';
import { nginxConf } from '../../scripts/nginx-conf.mjs';
import { startStaticServer } from '../../server/static-server.mjs';

/*
 * The static server of npm start, the benchmark and the browser tests, against a small build made
 * here: what a client sees (status, headers, bytes), and that it is what production's nginx sends.
 */

const SCRIPT = `export const story = ${JSON.stringify('A storm warning reaches every harbour. '.repeat(40))};\n`;
const files: Record<string, string | Buffer> = {
  'index.html': `<!doctype html><script>${headScript()}</script><title>app shell</title>${'<!-- shell -->'.repeat(40)}`,
  'en/index.html': '<!doctype html><title>front</title>',
  'en/news/index.html': `<!doctype html><title>all news, newest</title>${'<p>story</p>'.repeat(60)}`,
  'en/news/page-1.html': '<!doctype html><title>all news, oldest</title>',
  'en/news/page-2.html': '<!doctype html><title>all news, page 2</title>',
  'en/world/storm-warnings-abc1234.html': '<!doctype html><title>an article</title>',
  'assets/index-abc123.js': SCRIPT,
  'assets/index-abc123.js.br': brotliCompressSync(SCRIPT),
  'assets/index-abc123.js.gz': gzipSync(SCRIPT, { level: 9 }),
  'data/en/front.json': JSON.stringify({ stories: [] }),
  'sw.js': 'self.addEventListener("fetch", () => {});',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  // A story the newsroom took down (scripts/publish.mjs keeps its page and document here).
  'gone/en/world/taken-down-def5678.html': '<!doctype html><title>This story is no longer available</title>',
  'gone/data/en/articles/def5678.json': '{"gone":true}',
};

let dir: string;
let root: string;
let reports: string;
let server: Awaited<ReturnType<typeof startStaticServer>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'static-server-'));
  root = join(dir, 'dist');
  reports = join(dir, 'typo-reports.jsonl');
  for (const [path, body] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), body);
  }
  await writeFile(join(dir, 'secret.txt'), 'not for readers');
  server = await startStaticServer({ root, port: 0, typoReports: reports });
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** One request with node:http, which leaves paths and bodies as they are (no decoding, no normalizing). */
function send(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const text = (answer: Answer) => (answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body).toString('utf8');

/**
 * The add_header lines of one location of deploy/nginx.conf as npm run nginx-conf writes it
 * (tests/unit/nginx-conf.test.ts checks that the committed file is that).
 */
function nginxHeaders(location: string): Record<string, string> {
  const conf = nginxConf();
  const start = conf.indexOf(`\n    location ${location} {\n`);
  expect(start, `deploy/nginx.conf has a "location ${location}"`).toBeGreaterThan(-1);
  const block = conf.slice(start, conf.indexOf('\n    }\n', start));
  return Object.fromEntries([...block.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((match) => [match[1]?.toLowerCase() ?? '', match[2] ?? '']));
}

/** The headers of an answer that nginx's add_header lines are about. */
function policyHeaders(answer: Answer, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, answer.headers[name]]));
}

describe('the static server', () => {
  it('sends a hashed script as the build’s Brotli twin to a client that accepts br and gzip, and as its gzip twin to a gzip-only one', async () => {
    const brotli = await send('/assets/index-abc123.js', { 'accept-encoding': 'br, gzip' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toBe('Accept-Encoding');
    expect(brotli.headers['content-type']).toMatch(/^text\/javascript/);
    expect(brotli.body.equals(files['assets/index-abc123.js.br'] as Buffer)).toBe(true);
    expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const gzip = await send('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body.equals(files['assets/index-abc123.js.gz'] as Buffer)).toBe(true);

    const refused = await send('/assets/index-abc123.js', { 'accept-encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');
    const plain = await send('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('gzips a page on the fly for a client that accepts it, and sends it as it is otherwise', async () => {
    const gzipped = await send('/en/news/', { 'accept-encoding': 'gzip, br' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('Accept-Encoding');
    expect(text(gzipped)).toBe(files['en/news/index.html']);
    const plain = await send('/en/news/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(files['en/news/index.html']);
  });

  it('sends each kind of address exactly the headers deploy/nginx.conf sends for its location', async () => {
    const cases: [string, string][] = [
      ['/en/world/storm-warnings-abc1234', '/'],
      ['/en/world/a-story-not-prerendered-zzz9999', '@missing'],
      ['/assets/index-abc123.js', '/assets/'],
      ['/data/en/front.json', '~ ^/(data|feeds)/'],
      ['/sw.js', '= /sw.js'],
    ];
    for (const [path, location] of cases) {
      const expected = nginxHeaders(location);
      expect(Object.keys(expected), location).toContain('x-content-type-options');
      const answer = await send(path);
      expect(answer.status, path).toBe(200);
      expect(policyHeaders(answer, Object.keys(expected)), path).toEqual(expected);
      // No policy the nginx location does not send either.
      if (!('content-security-policy' in expected)) expect(answer.headers['content-security-policy'], path).toBeUndefined();
    }
    const page = await send('/en/');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[\w+/=]+';/);
  });

  it('allows the head script the build carries, and a publish’s new one at once', async () => {
    const shell = join(root, 'index.html');
    const built = await readFile(shell, 'utf8');
    const script = 'document.documentElement.dataset.published = "later";';
    try {
      await writeFile(shell, built.replace(/<script>[\s\S]*?<\/script>/, `<script>${script}</script>`));
      const page = await send('/en/');
      expect(page.headers['content-security-policy']).toContain(
        `script-src 'self' 'wasm-unsafe-eval' 'sha256-${createHash('sha256').update(script).digest('base64')}';`,
      );
    } finally {
      await writeFile(shell, built);
    }
    expect((await send('/en/')).headers['content-security-policy']).toBe(nginxHeaders('/')['content-security-policy']);
  });

  it('serves a list’s chunk page from its page-N.html, ?page=1 (the oldest) included, and the list’s own page otherwise', async () => {
    const second = await send('/en/news/?page=2&utm_source=newsletter');
    expect(second.status).toBe(200);
    expect(text(second)).toContain('all news, page 2');
    expect(text(await send('/en/news/?page=1'))).toContain('all news, oldest');
    // A page the build did not render, or a number written otherwise: the own page's file, which the app replaces.
    for (const query of ['?page=3', '?page=02', '?page=x', '']) {
      const own = await send(`/en/news/${query}`);
      expect(own.status, query).toBe(200);
      expect(text(own), query).toContain('all news, newest');
    }
  });

  it('finds prerendered pages by path and gives any other page address the app shell with 200', async () => {
    expect(text(await send('/en/world/storm-warnings-abc1234'))).toContain('an article');
    expect(text(await send('/en'))).toContain('front');
    const deepLink = await send('/en/world/a-story-not-prerendered-zzz9999?utm_source=x', { 'accept-encoding': 'gzip' });
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(text(deepLink)).toContain('app shell');
  });

  it('answers a missing data document, feed, asset, service worker or file with 404, not the app shell', async () => {
    for (const path of ['/data/en/missing.json', '/feeds/xx.json', '/assets/index-gone.js', '/favicon.ico', '/en/logo.png']) {
      const answer = await send(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).not.toContain('app shell');
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('answers a removed story’s address and document with 410 and the page that says so, and nothing at the folder they are kept in', async () => {
    const page = await send('/en/world/taken-down-def5678');
    expect(page.status).toBe(410);
    expect(page.body.toString()).toContain('This story is no longer available');
    expect(page.headers['content-security-policy']).toBeDefined();
    expect((await send('/data/en/articles/def5678.json')).status).toBe(410);
    expect((await send('/gone/en/world/taken-down-def5678.html')).status).toBe(404);
    expect((await send('/en/world/storm-warnings-abc1234')).status).toBe(200);
  });

  it('refuses paths that climb out of the build', async () => {
    for (const path of [
      '/../secret.txt',
      '/en/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/en/%2E%2E/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%00/index.html',
    ]) {
      const answer = await send(path);
      expect(answer.status, path).toBe(400);
      expect(answer.body.toString(), path).not.toContain('not for readers');
    }
  });

  it('gives every file a validator and answers a client holding the current copy with 304 and no body', async () => {
    for (const [path, encoding] of [
      ['/en/news/', 'gzip'],
      ['/assets/index-abc123.js', 'br'],
      ['/data/en/front.json', ''],
      ['/favicon.svg', ''],
    ] as const) {
      const headers: Record<string, string> = encoding ? { 'accept-encoding': encoding } : {};
      const first = await send(path, headers);
      const etag = String(first.headers.etag);
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      expect(first.headers['last-modified'], path).toBeDefined();
      const again = await send(path, { ...headers, 'if-none-match': etag });
      expect(again.status, path).toBe(304);
      expect(again.body.length, path).toBe(0);
      expect(again.headers.etag, path).toBe(etag);
      expect(again.headers['cache-control'], path).toBe(first.headers['cache-control']);
      const since = await send(path, { ...headers, 'if-modified-since': String(first.headers['last-modified']) });
      expect(since.status, path).toBe(304);
      expect((await send(path, { ...headers, 'if-none-match': '"something-else"' })).status, path).toBe(200);
    }
    // Each encoding is its own representation, with its own validator.
    const brotli = await send('/assets/index-abc123.js', { 'accept-encoding': 'br' });
    const gzip = await send('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(brotli.headers.etag).not.toBe(gzip.headers.etag);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await send('/en/news/?page=2', { 'accept-encoding': 'gzip' });
    const head = await send('/en/news/?page=2', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ['content-type', 'content-length', 'etag', 'content-security-policy']) expect(head.headers[name], name).toBe(get.headers[name]);
  });

  it('serves a file replaced on disk at once, without a restart, and the old validator no longer matches', async () => {
    const before = await send('/data/en/front.json');
    const published = JSON.stringify({ stories: ['harbour'] });
    await writeFile(join(root, 'data/en/front.json'), published);
    const later = new Date(Date.now() + 5000);
    await utimes(join(root, 'data/en/front.json'), later, later);
    const after = await send('/data/en/front.json', { 'if-none-match': String(before.headers.etag) });
    expect(after.status).toBe(200);
    expect(after.body.toString()).toBe(published);
    // The same size and a new time is a new file too.
    await writeFile(join(root, 'en/index.html'), '<!doctype html><title>FRONT</title>');
    expect(text(await send('/en/'))).toContain('FRONT');
  });

  it('takes typo reports at /api/typo and writes them to its reports file', async () => {
    const report = {
      id: '5f0c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
      articleId: 'story-001',
      url: 'https://meridian.example/en/world/storm-warnings-abc1234',
      edition: 'en',
      selection: 'warnigns',
      before: 'share storm ',
      after: ' within minutes',
      comment: '',
      createdAt: '2026-11-28T12:00:00.000Z',
    };
    const stored = await send('/api/typo', { 'content-type': 'application/json' }, 'POST', JSON.stringify(report));
    expect(stored.status).toBe(201);
    expect(JSON.parse(stored.body.toString())).toMatchObject({ ok: true, status: 'stored' });
    expect(stored.headers['x-content-type-options']).toBe('nosniff');
    const lines = (await readFile(reports, 'utf8')).trim().split('\n');
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ id: report.id, selection: 'warnigns' });
    expect((await send('/en/', {}, 'POST', '{}')).status).toBe(405);
  });
});
