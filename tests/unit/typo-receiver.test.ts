import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EDITION_LANGS } from '@/config/site-rules.js';
import { TYPO_LIMITS } from '@/features/typo/typo-limits.js';
import { startTypoReceiver } from '../../server/typo-receiver.mjs';

const report = {
  id: '0b6d4c2e-1f1a-4c7e-9d55-6f1d2b3c4a5e',
  articleId: 'story-001',
  url: 'https://meridian.example/en/world/harbour-towns-agree-to-share-storm-warnings-abc1234',
  edition: 'en',
  selection: 'warnigns',
  before: 'agreed on Tuesday to share storm ',
  after: ' with each other within five minutes',
  comment: 'Should be "warnings".',
  createdAt: '2026-11-28T12:00:00.000Z',
};

let dir: string;
let file: string;
let receiver: Awaited<ReturnType<typeof startTypoReceiver>>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'typo-receiver-'));
  file = join(dir, 'nested', 'reports.jsonl');
  receiver = await startTypoReceiver({ port: 0, file });
});

afterEach(async () => {
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
});

/** POSTs raw bytes with node:http (fetch would refuse some of the malformed requests under test). */
function post(
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  path = '/api/typo',
  method = 'POST',
  port = receiver.port,
) {
  return new Promise<{ status: number; json: Record<string, unknown>; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as Record<string, unknown>, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function lines(): Promise<Record<string, unknown>[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

describe('the typo receiver', () => {
  it('takes a selection and a comment as long as the browser lets a reader send, and not a character more', async () => {
    const longest = { ...report, selection: 's'.repeat(TYPO_LIMITS.selection), comment: 'c'.repeat(TYPO_LIMITS.comment) };
    expect((await post(JSON.stringify(longest))).status).toBe(201);
    const over = await post(JSON.stringify({ ...longest, id: 'one-character-more', selection: `${longest.selection}s`, comment: `${longest.comment}c` }));
    expect(over.status).toBe(422);
    expect(over.json.problems).toEqual([
      `"selection" is longer than ${TYPO_LIMITS.selection} characters`,
      `"comment" is longer than ${TYPO_LIMITS.comment} characters`,
    ]);
  });

  it('takes a report for every edition the site has', async () => {
    const answers = await Promise.all(EDITION_LANGS.map((edition) => post(JSON.stringify({ ...report, id: `edition-${edition}-report`, edition }))));
    expect(answers.map((answer) => answer.status)).toEqual(EDITION_LANGS.map(() => 201));
  });

  it('appends a valid report as one JSON line and answers 201', async () => {
    const response = await post(JSON.stringify(report));
    expect(response.status).toBe(201);
    expect(response.json).toEqual({ ok: true, status: 'stored', id: report.id });
    expect(response.headers['cache-control']).toBe('no-store');
    const stored = await lines();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject(report);
    expect(Date.parse(String(stored[0]?.receivedAt))).not.toBeNaN();
  });

  it('stores a report sent twice (a lost answer, a retry) only once', async () => {
    expect((await post(JSON.stringify(report))).status).toBe(201);
    const again = await post(JSON.stringify(report));
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ ok: true, status: 'duplicate' });
    expect(await lines()).toHaveLength(1);
  });

  it('remembers reports already in the file after a restart', async () => {
    await post(JSON.stringify(report));
    await receiver.close();
    receiver = await startTypoReceiver({ port: 0, file });
    expect((await post(JSON.stringify(report))).json).toMatchObject({ status: 'duplicate' });
    expect(await lines()).toHaveLength(1);
  });

  it('keeps every line whole when many reports arrive at once', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `concurrent-${String(i).padStart(4, '0')}`);
    const answers = await Promise.all(ids.map((id) => post(JSON.stringify({ ...report, id }))));
    expect(answers.every((answer) => answer.status === 201)).toBe(true);
    expect((await lines()).map((line) => line.id).sort()).toEqual(ids);
  });

  it('refuses a body over 8 KB with 413 and writes nothing', async () => {
    const huge = JSON.stringify({ ...report, comment: 'x'.repeat(9000) });
    const response = await post(huge);
    expect(response.status).toBe(413);
    expect(response.json).toMatchObject({ ok: false, error: 'too-large' });
    expect(await exists(file)).toBe(false);
  });

  it('refuses an oversized body even when it does not declare its length', async () => {
    const huge = JSON.stringify({ ...report, comment: 'x'.repeat(9000) });
    const response = await post(huge, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    expect(response.status).toBe(413);
    expect(await exists(file)).toBe(false);
  });

  it('names each field that has the wrong type or size, in the order of the report', async () => {
    const response = await post(JSON.stringify({ ...report, selection: 42, before: 'b'.repeat(61), edition: 'xx', createdAt: 'yesterday' }));
    expect(response.status).toBe(422);
    expect(response.json.problems).toEqual([
      '"edition" must be one of en, ru, de, fr, pt, es',
      '"selection" must be a string',
      '"before" is longer than 60 characters',
      '"createdAt" must be an ISO 8601 time',
    ]);
    expect(await exists(file)).toBe(false);
  });

  it('refuses a blank selection and a URL that is not http(s)', async () => {
    const response = await post(JSON.stringify({ ...report, selection: '   ', url: 'javascript:alert(1)' }));
    expect(response.status).toBe(422);
    expect(response.json.problems).toEqual(['"url" must be an http(s) URL', '"selection" must not be empty']);
  });

  it('never takes a recipient or a file name from the client', async () => {
    const response = await post(JSON.stringify({ ...report, recipient: 'someone@example.com', file: '../../etc/passwd' }));
    expect(response.status).toBe(422);
    expect(response.json.problems).toEqual(['unknown field "recipient"', 'unknown field "file"']);
    expect(await exists(file)).toBe(false);
  });

  it('names a missing field', async () => {
    const { selection: _selection, ...withoutSelection } = report;
    const response = await post(JSON.stringify(withoutSelection));
    expect(response.status).toBe(422);
    expect(response.json.problems).toEqual(['"selection" must be a string']);
  });

  it('answers invalid JSON, a non-object and a wrong content type clearly', async () => {
    expect((await post('{"id": ')).json).toMatchObject({ error: 'invalid-json' });
    const list = await post('[1, 2]');
    expect(list.status).toBe(422);
    expect(list.json.problems).toEqual(['the body must be a JSON object']);
    const text = await post(JSON.stringify(report), { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(await exists(file)).toBe(false);
  });

  it('allows only POST on its path and nothing on other paths', async () => {
    const get = await post('', {}, '/api/typo', 'GET');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect((await post(JSON.stringify(report), { 'content-type': 'application/json' }, '/api/other')).status).toBe(404);
  });

  it('answers 503, so the browser retries, when the file cannot be written', async () => {
    await receiver.close();
    // A directory where the file should be: appending fails.
    receiver = await startTypoReceiver({ port: 0, file: dir });
    const response = await post(JSON.stringify(report));
    expect(response.status).toBe(503);
    expect(response.json).toMatchObject({ ok: false, error: 'storage-failed' });
  });

  it('runs standalone with node, writing where TYPO_REPORTS_FILE says', async () => {
    const standaloneFile = join(dir, 'standalone.jsonl');
    const child = spawn(process.execPath, ['server/typo-receiver.mjs'], {
      env: { ...process.env, PORT: '0', TYPO_REPORTS_FILE: standaloneFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<URL>((resolve, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          const match = /listening on (http:\/\/\S+?),/.exec(out);
          if (match?.[1]) resolve(new URL(match[1]));
        });
        child.on('exit', (code) => {
          reject(new Error(`receiver exited with ${String(code)}`));
        });
      });
      const response = await post(JSON.stringify(report), { 'content-type': 'application/json' }, url.pathname, 'POST', Number(url.port));
      expect(response.status).toBe(201);
      expect(JSON.parse((await readFile(standaloneFile, 'utf8')).trim())).toMatchObject(report);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
