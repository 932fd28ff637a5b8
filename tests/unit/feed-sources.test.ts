import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseFeed } from '@/feed/parse-feed';
import { FEED_TIMEOUT_SECONDS, FeedSourceError, feedSourcesFromEnv, readFeedSources } from '../../scripts/feed-sources.mjs';

/*
 * Where a publish reads the editions' JSON Feeds from: a real HTTP server on a free port (no fetch
 * mocks) and real files in temporary folders, read as a caller reads them.
 *
 * In the default (jsdom) environment, not Node's: tests/setup.ts, which every test file runs, touches
 * `window` at its top level. Fetch and its timeouts work there as under Node (the timeout case shows it).
 */

const VERSION = 'https://jsonfeed.org/version/1.1';
const story = (id: string) => ({ id, title: `Story ${id}`, content_text: `The text of story ${id}.` });
const feedText = (ids: string[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: VERSION, title: 'Meridian', items: ids.map(story), ...extra });
const idsOf = (items: unknown[]) => items.map((item) => (item as { id: string }).id);

type Doc = { body: string; etag?: string; lastModified?: string; status?: number; delayMs?: number };
type Seen = { path: string; ifNoneMatch?: string; ifModifiedSince?: string; status: number };

let server: Server;
let origin: string;
let docs: Map<string, Doc>;
let seen: Seen[];
let cacheDir: string;

function answer(request: IncomingMessage, response: ServerResponse) {
  const path = new URL(request.url ?? '/', origin).pathname;
  const doc = docs.get(path);
  const ifNoneMatch = request.headers['if-none-match'];
  const ifModifiedSince = request.headers['if-modified-since'];
  const send = (status: number, headers: Record<string, string> = {}, body = '') => {
    seen.push({ path, status, ...(ifNoneMatch ? { ifNoneMatch } : {}), ...(ifModifiedSince ? { ifModifiedSince } : {}) });
    if (!response.destroyed) response.writeHead(status, headers).end(body);
  };
  if (!doc) {
    send(404, {}, 'not here');
    return;
  }
  if (doc.status) {
    send(doc.status, {}, 'oops');
    return;
  }
  const validators = { ...(doc.etag ? { etag: doc.etag } : {}), ...(doc.lastModified ? { 'last-modified': doc.lastModified } : {}) };
  const fresh = doc.etag ? ifNoneMatch === doc.etag : Boolean(doc.lastModified) && ifModifiedSince === doc.lastModified;
  const reply = () => {
    if (fresh) send(304, validators);
    else send(200, { 'content-type': 'application/feed+json', ...validators }, doc.body);
  };
  if (doc.delayMs) setTimeout(reply, doc.delayMs);
  else reply();
}

beforeAll(async () => {
  server = createServer(answer);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});
beforeEach(() => {
  docs = new Map();
  seen = [];
  cacheDir = mkdtempSync(join(tmpdir(), 'meridian-feed-cache-'));
});
afterEach(() => {
  rmSync(cacheDir, { recursive: true, force: true });
});

const quiet = () => undefined;
const fromServer = (options: Partial<Parameters<typeof readFeedSources>[0]> = {}) =>
  readFeedSources({ feedsUrl: `${origin}/feeds`, langs: ['en'], cacheDir, log: quiet, ...options });
const failure = async (read: Promise<unknown>) => {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FeedSourceError);
  return error as FeedSourceError;
};

describe('editions from a feed server', () => {
  it('reads <feeds URL>/<lang>.json for every edition, with or without a trailing slash', async () => {
    docs.set('/feeds/en.json', { body: feedText(['e1']) });
    docs.set('/feeds/de.json', { body: feedText(['d1', 'd2']) });
    const { editions, warnings } = await fromServer({ feedsUrl: `${origin}/feeds/`, langs: ['en', 'de'] });
    expect(editions.en).toMatchObject({ name: `${origin}/feeds/en.json`, documents: 1, changed: true });
    expect(idsOf(editions.en?.feed.items ?? [])).toEqual(['e1']);
    expect(idsOf(editions.de?.feed.items ?? [])).toEqual(['d1', 'd2']);
    expect(warnings).toEqual([]);
    expect(seen.map((s) => s.path)).toEqual(['/feeds/en.json', '/feeds/de.json']);
  });

  it('asks again with the validators it was given, takes 304s for the same feed, and sees a change', async () => {
    const lastModified = 'Tue, 03 Mar 2026 10:00:00 GMT';
    docs.set('/feeds/en.json', { body: feedText(['a', 'b']), etag: '"v1"', lastModified });
    const first = await fromServer();
    expect(first.editions.en?.changed).toBe(true);

    seen = [];
    const second = await fromServer();
    expect(seen).toEqual([{ path: '/feeds/en.json', ifNoneMatch: '"v1"', ifModifiedSince: lastModified, status: 304 }]);
    expect(second.editions.en?.feed).toEqual(first.editions.en?.feed);
    expect(second.editions.en?.changed).toBe(false);

    docs.set('/feeds/en.json', { body: feedText(['c', 'a', 'b']), etag: '"v2"', lastModified: 'Tue, 03 Mar 2026 11:00:00 GMT' });
    const third = await fromServer();
    expect(idsOf(third.editions.en?.feed.items ?? [])).toEqual(['c', 'a', 'b']);
    expect(third.editions.en?.changed).toBe(true);
    // Nothing of a read is left in the cache but its entries.
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('sends If-Modified-Since alone to a server that gives only Last-Modified', async () => {
    const lastModified = 'Tue, 03 Mar 2026 10:00:00 GMT';
    docs.set('/feeds/en.json', { body: feedText(['a']), lastModified });
    await fromServer();
    seen = [];
    expect((await fromServer()).editions.en?.changed).toBe(false);
    expect(seen).toEqual([{ path: '/feeds/en.json', ifModifiedSince: lastModified, status: 304 }]);
  });

  it('reads the same bytes from a server without validators as unchanged, and other bytes as changed', async () => {
    docs.set('/feeds/en.json', { body: feedText(['a']) });
    await fromServer();
    seen = [];
    expect((await fromServer()).editions.en?.changed).toBe(false);
    expect(seen).toEqual([{ path: '/feeds/en.json', status: 200 }]);
    docs.set('/feeds/en.json', { body: feedText(['a', 'b']) });
    expect((await fromServer()).editions.en?.changed).toBe(true);
  });

  it('reads every edition as changed without a cache, and asks unconditionally', async () => {
    docs.set('/feeds/en.json', { body: feedText(['a']), etag: '"v1"' });
    await fromServer({ cacheDir: undefined });
    const again = await fromServer({ cacheDir: undefined });
    expect(again.editions.en?.changed).toBe(true);
    expect(seen).toEqual([
      { path: '/feeds/en.json', status: 200 },
      { path: '/feeds/en.json', status: 200 },
    ]);
  });

  it('fails on a 500, naming the URL and the status', async () => {
    docs.set('/feeds/en.json', { body: '', status: 500 });
    const error = await failure(fromServer());
    expect(error.url).toBe(`${origin}/feeds/en.json`);
    expect(error.message).toBe(`${origin}/feeds/en.json: HTTP 500 Internal Server Error`);
  });

  it('fails on a 404: every edition is expected on a feed server, so a wrong URL never unpublishes one', async () => {
    docs.set('/feeds/en.json', { body: feedText(['a']) });
    const error = await failure(fromServer({ langs: ['en', 'de'] }));
    expect(error.url).toBe(`${origin}/feeds/de.json`);
    expect(error.message).toContain('HTTP 404');
  });

  it('fails when a document takes longer than the timeout, saying so', async () => {
    docs.set('/feeds/en.json', { body: feedText(['a']), delayMs: 3000 });
    const started = performance.now();
    const error = await failure(fromServer({ timeoutSeconds: 0.2 }));
    expect(performance.now() - started).toBeLessThan(2500);
    expect(error.url).toBe(`${origin}/feeds/en.json`);
    expect(error.message).toBe(`${origin}/feeds/en.json: timed out after 0.2 s`);
  });

  it('fails when the server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(closed.address() as { port: number }).port}`;
    await new Promise((done) => closed.close(done));
    const error = await failure(fromServer({ feedsUrl: url }));
    expect(error.url).toBe(`${url}/en.json`);
    expect(error.message).toMatch(/network error \(.*ECONNREFUSED/);
  });

  it('fails on a body that is not JSON', async () => {
    docs.set('/feeds/en.json', { body: '<!doctype html><title>Maintenance</title>' });
    const error = await failure(fromServer());
    expect(error.url).toBe(`${origin}/feeds/en.json`);
    expect(error.message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feeds\/en\.json: not JSON \(/);
  });

  it('fails on JSON that is not a JSON Feed', async () => {
    docs.set('/feeds/en.json', { body: JSON.stringify({ error: 'maintenance' }) });
    expect((await failure(fromServer())).message).toBe(`${origin}/feeds/en.json: not a JSON Feed (no "version" of https://jsonfeed.org/version/…)`);
    docs.set('/feeds/en.json', { body: JSON.stringify({ version: VERSION, items: {} }) });
    expect((await failure(fromServer())).message).toBe(`${origin}/feeds/en.json: not a JSON Feed (no "items" array)`);
    docs.set('/feeds/en.json', { body: JSON.stringify([{ version: VERSION, items: [] }]) });
    expect((await failure(fromServer())).message).toContain('not a JSON Feed');
  });

  it('follows next_url, relative to each document, into one feed: the first document with every item in order', async () => {
    docs.set('/feeds/en.json', { body: feedText(['a', 'b'], { description: 'first', next_url: 'archive/2.json' }) });
    docs.set('/feeds/archive/2.json', { body: feedText(['c'], { title: 'Page 2', next_url: '3.json' }) });
    docs.set('/feeds/archive/3.json', { body: feedText(['d', 'e'], { title: 'Page 3' }) });
    const { editions, warnings } = await fromServer();
    const en = editions.en;
    expect(en?.documents).toBe(3);
    expect(idsOf(en?.feed.items ?? [])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(en?.feed).toMatchObject({ version: VERSION, title: 'Meridian', description: 'first' });
    expect(en?.feed).not.toHaveProperty('next_url');
    expect(warnings).toEqual([]);
    // The parser takes the merged feed as it takes one document.
    const parsed = parseFeed(en?.feed, 'en');
    expect(parsed.ok && parsed.edition.articles.map((a) => a.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reads a chain whose every document answered 304 as unchanged, and a longer or shorter chain as changed', async () => {
    docs.set('/feeds/en.json', { body: feedText(['a'], { next_url: '2.json' }), etag: '"1"' });
    docs.set('/feeds/2.json', { body: feedText(['b']), etag: '"2"' });
    await fromServer();
    seen = [];
    const again = await fromServer();
    expect(seen.map((s) => s.status)).toEqual([304, 304]);
    expect(again.editions.en?.changed).toBe(false);
    expect(idsOf(again.editions.en?.feed.items ?? [])).toEqual(['a', 'b']);

    // Only the last page is new: the first answers 304, yet the edition has changed.
    docs.set('/feeds/2.json', { body: feedText(['b'], { next_url: '3.json' }), etag: '"2b"' });
    docs.set('/feeds/3.json', { body: feedText(['c']), etag: '"3"' });
    const longer = await fromServer();
    expect(longer.editions.en?.changed).toBe(true);
    expect(idsOf(longer.editions.en?.feed.items ?? [])).toEqual(['a', 'b', 'c']);

    // Every document it reads answers 304, but a shorter chain is not the feed it published.
    seen = [];
    const shorter = await fromServer({ pageLimit: 2 });
    expect(seen.map((s) => s.status)).toEqual([304, 304]);
    expect(shorter.editions.en?.changed).toBe(true);
  });

  it('stops a next_url loop with a warning naming the URL, keeping each document’s items once', async () => {
    docs.set('/feeds/en.json', { body: feedText(['a'], { next_url: '2.json' }) });
    docs.set('/feeds/2.json', { body: feedText(['b'], { next_url: `${origin}/feeds/en.json` }) });
    const log = vi.fn();
    const { editions, warnings } = await fromServer({ log });
    expect(idsOf(editions.en?.feed.items ?? [])).toEqual(['a', 'b']);
    expect(editions.en?.documents).toBe(2);
    expect(warnings).toEqual([expect.stringContaining('loop')]);
    expect(warnings[0]).toContain(`next_url ${origin}/feeds/en.json`);
    expect(log.mock.calls).toEqual([[warnings[0]]]);
    expect(seen.map((s) => s.path)).toEqual(['/feeds/en.json', '/feeds/2.json']);
  });

  it('stops a chain at the page limit with a warning naming the limit, keeping what it read', async () => {
    for (let page = 1; page <= 5; page++) {
      docs.set(page === 1 ? '/feeds/en.json' : `/feeds/${page}.json`, { body: feedText([`s${page}`], { next_url: `${page + 1}.json` }) });
    }
    const { editions, warnings } = await fromServer({ pageLimit: 3 });
    expect(editions.en?.documents).toBe(3);
    expect(idsOf(editions.en?.feed.items ?? [])).toEqual(['s1', 's2', 's3']);
    expect(warnings).toEqual([expect.stringContaining('page limit of 3 documents')]);
    expect(seen).toHaveLength(3);
  });

  it('fails on a broken document in the middle of a chain, naming that document', async () => {
    docs.set('/feeds/en.json', { body: feedText(['a'], { next_url: '2.json' }) });
    docs.set('/feeds/2.json', { body: '{"version": "https://jsonfeed.org/version/1.1", "items": [' });
    docs.set('/feeds/3.json', { body: feedText(['c']) });
    const error = await failure(fromServer());
    expect(error.url).toBe(`${origin}/feeds/2.json`);
    expect(error.message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feeds\/2\.json \(document 2 of http:\/\/127\.0\.0\.1:\d+\/feeds\/en\.json\): not JSON/);
  });

  it('fails on a next_url that leads out of http(s), or is not a URL', async () => {
    docs.set('/feeds/en.json', { body: feedText(['a'], { next_url: 'file:///etc/passwd' }) });
    expect((await failure(fromServer())).message).toContain('"next_url" file:///etc/passwd leads out of a chain of http(s) URLs');
    docs.set('/feeds/en.json', { body: feedText(['a'], { next_url: 42 }) });
    expect((await failure(fromServer())).message).toContain('"next_url" 42 is not a URL');
  });

  it('leaves the cache as it was when a read fails, so the next read still sees the change', async () => {
    docs.set('/feeds/en.json', { body: feedText(['a']), etag: '"1"' });
    docs.set('/feeds/de.json', { body: feedText(['d']), etag: '"1"' });
    await fromServer({ langs: ['en', 'de'] });
    docs.set('/feeds/en.json', { body: feedText(['b']), etag: '"2"' });
    docs.set('/feeds/de.json', { body: '', status: 503 });
    await failure(fromServer({ langs: ['en', 'de'] }));
    docs.set('/feeds/de.json', { body: feedText(['d']), etag: '"1"' });
    seen = [];
    const { editions } = await fromServer({ langs: ['en', 'de'] });
    expect(seen.find((s) => s.path === '/feeds/en.json')?.ifNoneMatch).toBe('"1"');
    expect([editions.en?.changed, editions.de?.changed]).toEqual([true, false]);
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('takes a damaged cache for no cache: it asks unconditionally and reads the edition as changed', async () => {
    docs.set('/feeds/en.json', { body: feedText(['a']), etag: '"1"' });
    await fromServer();
    for (const name of readdirSync(cacheDir)) writeFileSync(join(cacheDir, name), '{"url": ');
    seen = [];
    const { editions } = await fromServer();
    expect(seen).toEqual([{ path: '/feeds/en.json', status: 200 }]);
    expect(editions.en?.changed).toBe(true);
    expect(idsOf(editions.en?.feed.items ?? [])).toEqual(['a']);
  });

  it('fails on a 304 to a request that named no cached copy (there is nothing to take)', async () => {
    docs.set('/feeds/en.json', { body: '', status: 304 });
    expect((await failure(fromServer())).message).toBe(`${origin}/feeds/en.json: answered 304 Not Modified to a request that named no cached copy`);
  });

  it('clears what a crashed read left in the cache a day later, and leaves a read in progress alone', async () => {
    const crashed = join(cacheDir, '.pending-crashed');
    const running = join(cacheDir, '.pending-running');
    mkdirSync(crashed);
    mkdirSync(running);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(crashed, twoDaysAgo, twoDaysAgo);
    docs.set('/feeds/en.json', { body: feedText(['a']) });
    await fromServer();
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('.'))).toEqual(['.pending-running']);
  });

  it('with commit: false, changes the cache only when the caller commits (after it has published)', async () => {
    docs.set('/feeds/en.json', { body: feedText(['a']), etag: '"1"' });
    const unpublished = await fromServer({ commit: false });
    expect((await fromServer({ commit: false })).editions.en?.changed).toBe(true);
    expect(seen.every((s) => s.ifNoneMatch === undefined)).toBe(true);
    await unpublished.commit();
    expect((await fromServer()).editions.en?.changed).toBe(false);
  });
});

describe('editions from files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'meridian-feeds-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const fromFiles = (options: Partial<Parameters<typeof readFeedSources>[0]> = {}) =>
    readFeedSources({ feedsDir: dir, langs: ['en', 'de', 'fr'], cacheDir, log: quiet, ...options });

  it('reads <dir>/<lang>.json, and leaves out an edition that has no file', async () => {
    writeFileSync(join(dir, 'en.json'), feedText(['e1']));
    writeFileSync(join(dir, 'fr.json'), `\uFEFF${feedText(['f1'])}`);
    const { editions } = await fromFiles();
    expect(Object.keys(editions)).toEqual(['en', 'fr']);
    expect(editions.en).toMatchObject({ name: join(dir, 'en.json'), documents: 1, changed: true });
    expect(idsOf(editions.fr?.feed.items ?? [])).toEqual(['f1']);
  });

  it('follows next_url relative to the file, into other files', async () => {
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'en.json'), feedText(['a'], { next_url: 'archive/en-2.json' }));
    writeFileSync(join(dir, 'archive', 'en-2.json'), feedText(['b'], { next_url: '../en-3.json' }));
    writeFileSync(join(dir, 'en-3.json'), feedText(['c']));
    const { editions } = await fromFiles({ langs: ['en'] });
    expect(editions.en?.documents).toBe(3);
    expect(idsOf(editions.en?.feed.items ?? [])).toEqual(['a', 'b', 'c']);
    expect(editions.en?.feed).not.toHaveProperty('next_url');
  });

  it('fails on a file chain that leads to a missing file or out to http', async () => {
    writeFileSync(join(dir, 'en.json'), feedText(['a'], { next_url: 'en-2.json' }));
    const missing = await failure(fromFiles({ langs: ['en'] }));
    expect(missing.url).toBe(join(dir, 'en-2.json'));
    expect(missing.message).toContain(`${join(dir, 'en-2.json')} (document 2 of ${join(dir, 'en.json')}): could not be read`);
    writeFileSync(join(dir, 'en.json'), feedText(['a'], { next_url: `${origin}/feeds/en.json` }));
    expect((await failure(fromFiles({ langs: ['en'] }))).message).toContain('leads out of a chain of files');
    expect(seen).toEqual([]);
  });

  it('reads an edition as unchanged while its files hold the same bytes, and as changed when they do not', async () => {
    writeFileSync(join(dir, 'en.json'), feedText(['a'], { next_url: 'en-2.json' }));
    writeFileSync(join(dir, 'en-2.json'), feedText(['b']));
    expect((await fromFiles()).editions.en?.changed).toBe(true);
    // Written again, same bytes: a new time, not a new feed.
    writeFileSync(join(dir, 'en-2.json'), feedText(['b']));
    expect((await fromFiles()).editions.en?.changed).toBe(false);
    writeFileSync(join(dir, 'en-2.json'), feedText(['b', 'c']));
    const changed = await fromFiles();
    expect(changed.editions.en?.changed).toBe(true);
    expect(idsOf(changed.editions.en?.feed.items ?? [])).toEqual(['a', 'b', 'c']);
    expect((await fromFiles()).editions.en?.changed).toBe(false);
  });

  it('reads an edition that comes back after a publish without it as changed', async () => {
    writeFileSync(join(dir, 'de.json'), feedText(['d']));
    await fromFiles();
    rmSync(join(dir, 'de.json'));
    expect((await fromFiles()).editions.de).toBeUndefined();
    writeFileSync(join(dir, 'de.json'), feedText(['d']));
    expect((await fromFiles()).editions.de?.changed).toBe(true);
  });

  it('prefers the feed server when both are given', async () => {
    writeFileSync(join(dir, 'en.json'), feedText(['from-file']));
    docs.set('/feeds/en.json', { body: feedText(['from-server']) });
    const { editions } = await fromFiles({ feedsUrl: `${origin}/feeds`, langs: ['en'] });
    expect(idsOf(editions.en?.feed.items ?? [])).toEqual(['from-server']);
  });
});

describe('feed sources from the environment', () => {
  it('defaults to <root>/public/feeds, resolves MERIDIAN_FEEDS_DIR against the root, and takes MERIDIAN_FEEDS_URL', () => {
    expect(feedSourcesFromEnv({}, '/site')).toEqual({ feedsDir: '/site/public/feeds', feedsUrl: undefined, timeoutSeconds: FEED_TIMEOUT_SECONDS });
    expect(FEED_TIMEOUT_SECONDS).toBe(30);
    expect(
      feedSourcesFromEnv({ MERIDIAN_FEEDS_DIR: 'feeds-in', MERIDIAN_FEEDS_URL: 'https://feeds.example/v1/', MERIDIAN_FEED_TIMEOUT_S: '2.5' }, '/site'),
    ).toEqual({
      feedsDir: '/site/feeds-in',
      feedsUrl: 'https://feeds.example/v1/',
      timeoutSeconds: 2.5,
    });
    expect(feedSourcesFromEnv({ MERIDIAN_FEEDS_DIR: '/srv/feeds' }, '/site').feedsDir).toBe('/srv/feeds');
  });

  it('refuses a MERIDIAN_FEEDS_URL that is not http(s), and a timeout that is not a positive number', () => {
    expect(() => feedSourcesFromEnv({ MERIDIAN_FEEDS_URL: 'ftp://feeds.example/' }, '/site')).toThrow(
      'MERIDIAN_FEEDS_URL must be an http:// or https:// URL (where <lang>.json are), not "ftp://feeds.example/"',
    );
    expect(() => feedSourcesFromEnv({ MERIDIAN_FEEDS_URL: 'feeds.example' }, '/site')).toThrow('MERIDIAN_FEEDS_URL must be an http:// or https:// URL');
    expect(() => feedSourcesFromEnv({ MERIDIAN_FEED_TIMEOUT_S: 'soon' }, '/site')).toThrow('MERIDIAN_FEED_TIMEOUT_S must be a number of seconds above 0');
    expect(() => feedSourcesFromEnv({ MERIDIAN_FEED_TIMEOUT_S: '0' }, '/site')).toThrow('MERIDIAN_FEED_TIMEOUT_S');
  });
});
