import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readlinkSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildDirs, fileIn } from '../../scripts/publish-store.mjs';
import { startStaticServer } from '../../server/static-server.mjs';
import { SEARCH_INDEX } from '../../src/config/site-rules.js';
import { appRunning } from './app-running';

/*
 * Publishing (scripts/publish.mjs) on a copy of the demo feeds, into a folder of its own: what a new,
 * a changed and a removed story rewrite, a publish killed part-way, a reader browsing during a
 * publish, feeds over HTTP, and the watcher. The app and server entry are the ones the suite built.
 */

const root = resolve(import.meta.dirname, '../..');
const { app: appDir, ssr: ssrDir } = buildDirs(process.env, root);

type FeedItem = { id: string; title: string; url?: string; date_published?: string; date_modified?: string; content_html?: string } & Record<
  string,
  unknown
>;
type Feed = { items: FeedItem[] } & Record<string, unknown>;

/** A site of its own for one test: feeds copied from the demo, an output link, its publishes. */
function makeSite(name: string) {
  const dir = resolve(root, 'test-results', `publish-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(resolve(root, 'public/feeds'), join(dir, 'feeds'), { recursive: true });
  const outDir = join(dir, 'out');
  const env = (extra: Record<string, string> = {}) => ({
    ...process.env,
    MERIDIAN_OUT_DIR: outDir,
    MERIDIAN_APP_DIR: appDir,
    MERIDIAN_SSR_DIR: ssrDir,
    MERIDIAN_FEEDS_DIR: join(dir, 'feeds'),
    MERIDIAN_FEEDS_URL: '',
    MERIDIAN_PUBLISH_SUMMARY: join(dir, 'summary.json'),
    ...extra,
  });
  const feedFile = join(dir, 'feeds/en.json');
  return {
    dir,
    outDir,
    env,
    readFeed: () => JSON.parse(readFileSync(feedFile, 'utf8')) as Feed,
    writeFeed: (feed: Feed) => {
      writeFileSync(feedFile, JSON.stringify(feed));
    },
    /** Runs a publish to the end; its summary (scripts/publish.mjs). Not spawnSync: a feed server may run in this process. */
    async publish(extra: Record<string, string> = {}) {
      const child = spawn(process.execPath, ['scripts/publish.mjs'], { cwd: root, env: env(extra), stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const status = await new Promise<number | null>((done) => child.once('exit', done));
      const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Record<string, unknown>;
      return { status, stdout, stderr, summary };
    },
    live: () => resolve(dir, readlinkSync(outDir)),
  };
}

/** Every file of the live publish: its inode (a file carried over is the same file) and contents' hash. */
function snapshot(dir: string) {
  const files = new Map<string, { ino: number; hash: string }>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files.set(`/${relative(dir, file)}`, { ino: statSync(file).ino, hash: createHash('sha1').update(readFileSync(file)).digest('hex') });
  }
  return files;
}

const rewritten = (before: ReturnType<typeof snapshot>, after: ReturnType<typeof snapshot>) =>
  [...after].filter(([path, file]) => before.get(path)?.ino !== file.ino).map(([path]) => path);

const pages = (paths: string[]) => paths.filter((path) => path.endsWith('.html') && !path.startsWith('/pagefind/'));

/** A story of our own, written for these tests, first in the edition. */
function newStory(feed: Feed, id: string, title: string): FeedItem {
  const template = feed.items[0] as FeedItem;
  return {
    ...structuredClone(template),
    id,
    title,
    url: (template.url ?? 'https://example.invalid/').replace(/[^/]*$/, id),
    date_published: new Date(Date.parse(template.date_published ?? '2026-11-28T00:00:00Z') + 3600_000).toISOString(),
    content_html: `<p>${title}. The lamps were lit again at dusk, and the harbour master counted forty of them.</p>`,
  };
}

/** The address the edition's JSON Feed out gives a story. */
function addressOf(site: ReturnType<typeof makeSite>, id: string): string | undefined {
  const feed = JSON.parse(readFileSync(join(site.live(), 'feeds/en/all.json'), 'utf8')) as { items: { id: string; url: string }[] };
  const url = feed.items.find((item) => item.id === id)?.url;
  return url ? new URL(url).pathname : undefined;
}

test.describe.configure({ mode: 'serial' });

test('a new story is published by rewriting the pages that show it, and no other', async () => {
  const site = makeSite('new');
  expect((await site.publish()).status).toBe(0);
  const before = snapshot(site.live());

  const feed = site.readFeed();
  feed.items.unshift(newStory(feed, 'en-publish-new', 'Harbour lights return to the old pier'));
  site.writeFeed(feed);
  const { status, summary, stdout } = await site.publish();
  expect(status, stdout).toBe(0);
  expect(summary).toMatchObject({ ok: true, added: 1, changed: 0, removed: 0 });
  expect(stdout).toMatch(/files written/);

  const after = snapshot(site.live());
  const address = addressOf(site, 'en-publish-new') ?? '';
  const changed = pages(rewritten(before, after));
  // The story's page, the front, the lists and days it is in: tens of pages, not the archive.
  expect(changed).toContain(`${address}.html`);
  expect(changed).toContain('/en/index.html');
  expect(changed).toContain('/en/news/index.html');
  expect(changed.length).toBeLessThan(25);
  // Other stories' pages, other editions and the older list pages are the files that were live.
  const otherStory = addressOf(site, (feed.items[1] as FeedItem).id) ?? '';
  expect(before.get(`${otherStory}.html`)?.ino).toBe(after.get(`${otherStory}.html`)?.ino);
  expect(before.get('/de/index.html')?.ino).toBe(after.get('/de/index.html')?.ino);
  expect(before.get('/en/news/page-1.html')?.ino).toBe(after.get('/en/news/page-1.html')?.ino);
  expect(readFileSync(join(site.live(), 'en/index.html'), 'utf8')).toContain('Harbour lights return to the old pier');

  // Nothing new: nothing published.
  expect((await site.publish()).summary).toMatchObject({ ok: true, unchanged: true });
});

test('a corrected story is rendered again everywhere it appears', async () => {
  const site = makeSite('changed');
  expect((await site.publish()).status).toBe(0);
  const before = snapshot(site.live());
  const feed = site.readFeed();
  const story = feed.items[0] as FeedItem;
  const oldTitle = story.title;
  story.title = `${oldTitle} (corrected)`;
  story.date_modified = new Date(Date.parse(story.date_published ?? '2026-11-28T00:00:00Z') + 7200_000).toISOString();
  site.writeFeed(feed);
  const { summary } = await site.publish();
  expect(summary).toMatchObject({ ok: true, added: 0, changed: 1, removed: 0 });

  const after = snapshot(site.live());
  const changed = pages(rewritten(before, after));
  const address = addressOf(site, story.id) ?? '';
  expect(changed).toContain(`${address}.html`);
  for (const page of ['/en/index.html', '/en/news/index.html']) {
    expect(changed).toContain(page);
    expect(readFileSync(join(site.live(), page), 'utf8')).toContain(`${oldTitle} (corrected)`);
  }
  expect(changed.length).toBeLessThan(25);
});

test('a removed story leaves every list and feed, and its address says it is no longer available (410)', async ({ page }) => {
  const site = makeSite('removed');
  expect((await site.publish()).status).toBe(0);
  const feed = site.readFeed();
  const story = feed.items[0] as FeedItem;
  const address = addressOf(site, story.id) ?? '';
  feed.items.shift();
  site.writeFeed(feed);
  expect((await site.publish()).summary).toMatchObject({ ok: true, removed: 1 });

  const live = site.live();
  for (const file of ['en/index.html', 'en/news/index.html', 'feeds/en/all.json', 'feeds/en/all.xml', 'sitemap.xml', 'data/en/live.json']) {
    expect(readFileSync(join(live, file), 'utf8'), file).not.toContain(story.title.replaceAll('&', '&amp;'));
  }
  const server = await startStaticServer({ root: site.outDir, port: 0, typoReports: false });
  try {
    const response = await page.goto(`${server.url.slice(0, -1)}${address}`);
    expect(response?.status()).toBe(410);
    await expect(page.getByRole('heading', { level: 1, name: 'This story is no longer available' })).toBeVisible();
    const documentAnswer = await page.request.get(`${server.url.slice(0, -1)}/data/en/articles/${address.slice(-7)}.json`);
    expect(documentAnswer.status()).toBe(410);
    // Production's nginx (deploy/nginx.conf) says the same.
    const port = Number(process.env.E2E_NGINX_PORT ?? 4176) + 20;
    const nginx = spawn(process.execPath, ['scripts/nginx-e2e.mjs', site.outDir, String(port)], { cwd: root, stdio: 'ignore' });
    try {
      await expect.poll(async () => (await page.request.get(`http://127.0.0.1:${port}/en/`).catch(() => null))?.status(), { timeout: 15_000 }).toBe(200);
      const fromNginx = await page.request.get(`http://127.0.0.1:${port}${address}`);
      expect(fromNginx.status()).toBe(410);
      expect(await fromNginx.text()).toContain('This story is no longer available');
      expect((await page.request.get(`http://127.0.0.1:${port}/data/en/articles/${address.slice(-7)}.json`)).status()).toBe(410);
    } finally {
      nginx.kill('SIGTERM');
    }
    // Still gone a publish later, and back if the newsroom restores it.
    feed.items[0] = { ...(feed.items[0] as FeedItem), title: `${(feed.items[0] as FeedItem).title} (updated)` };
    site.writeFeed(feed);
    await site.publish();
    expect((await page.request.get(`${server.url.slice(0, -1)}${address}`)).status()).toBe(410);
    feed.items.unshift(story);
    site.writeFeed(feed);
    await site.publish();
    expect((await page.request.get(`${server.url.slice(0, -1)}${address}`)).status()).toBe(200);
  } finally {
    await server.close();
  }
});

test('search finds the newest story in the newest part and older ones in the archive’s parts, each edition in its own language, on a page opened before the story was published', async ({
  page,
}) => {
  const site = makeSite('search');
  // Parts of 8 stories: each edition's twenty-odd stories are cut into three or four.
  const limits = { MERIDIAN_SEARCH_PART_SIZE: '8', MERIDIAN_RECENT_SEARCH_LIMIT: '4' };
  expect((await site.publish(limits)).status).toBe(0);
  const feed = site.readFeed();
  const [top] = feed.items as [FeedItem];
  const story = (id: string, title: string, minutes: number): FeedItem => ({
    ...top,
    id,
    title,
    date_published: new Date(Date.parse(top.date_published ?? '') + minutes * 60_000).toISOString(),
  });
  const bundleLists = () => JSON.parse(readFileSync(fileIn(site.live(), SEARCH_INDEX.bundles), 'utf8')) as Record<string, string[]>;
  const enBundles = () => bundleLists().en ?? [];
  // A first story after the archive was cut into parts: the newest part holds it.
  feed.items.unshift(story('harbour-tug', 'Harbour pilots try out a quieter tug', 1));
  site.writeFeed(feed);
  expect((await site.publish(limits)).summary).toMatchObject({ ok: true, added: 1 });
  const [newestBefore] = enBundles();
  expect(SEARCH_INDEX.isRecent(newestBefore ?? '')).toBe(true);

  const server = await startStaticServer({ root: site.outDir, port: 0, typoReports: false });
  try {
    const search = async (lang: string, words: string) => {
      await page.goto(`${server.url}${lang}/search/`);
      await appRunning(page);
      await page.getByRole('main').getByRole('searchbox').fill(words);
    };
    await page.clock.install();
    await search('en', 'Quillonbury');
    await expect(page.getByRole('status').filter({ hasText: 'No stories for “Quillonbury”.' })).toBeVisible();

    // A second story joins the newest part, which is made again under a new name.
    feed.items.unshift(story('quillonbury-ballot', 'Quillonbury ballot splits the lighthouse keepers', 2));
    site.writeFeed(feed);
    expect((await site.publish(limits)).summary).toMatchObject({ ok: true, added: 1 });
    const bundles = enBundles();
    expect(SEARCH_INDEX.isRecent(bundles[0] ?? '')).toBe(true);
    expect(bundles[0]).not.toBe(newestBefore);
    expect(bundles.length).toBeGreaterThan(3);
    expect((bundleLists().ru ?? []).some(SEARCH_INDEX.isRecent)).toBe(false);

    // The page stayed open: a little later, its search finds the new story.
    await page.clock.fastForward('01:00');
    await page.getByRole('main').getByRole('searchbox').fill('Quillonbury ballot');
    await expect(page.getByRole('main').getByRole('link', { name: 'Quillonbury ballot splits the lighthouse keepers' })).toBeVisible();
    // An older story, from a part made by the first publish.
    await search('en', 'Koskinen');
    await expect(page.getByRole('main').getByRole('link', { name: /Third-division Eastmoor Rovers reach cup semi-final/ })).toBeVisible();
    // The Russian edition merges only its own parts: its results are its own stories.
    await search('ru', 'штормами');
    await expect(page.getByRole('main').getByRole('link', { name: /Одиннадцать прибрежных стран/ })).toBeVisible();
    const results = page.getByRole('main').getByRole('listitem').getByRole('link');
    for (const href of await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      if (!href.includes('/search/')) expect(href).toMatch(/^\/ru\//);
    }
  } finally {
    await server.close();
  }
});

/** Waits until the child process prints a line matching `pattern`. */
function untilLine(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((done, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (pattern.test(text)) done();
    });
    child.once('exit', () => {
      reject(new Error(`the publish ended before ${String(pattern)}:\n${text}`));
    });
  });
}

test('a publish killed part-way leaves the live site exactly as it was, and the next one completes', async () => {
  const site = makeSite('killed');
  expect((await site.publish()).status).toBe(0);
  const live = site.live();
  const before = snapshot(live);
  const feed = site.readFeed();
  feed.items.unshift(newStory(feed, 'en-publish-killed', 'A story that waits for the next publish'));
  site.writeFeed(feed);

  // Killed while rendering every page (MERIDIAN_PUBLISH_ALL), and again a little later each time.
  for (const delay of [0, 200, 600]) {
    const child = spawn(process.execPath, ['scripts/publish.mjs'], {
      cwd: root,
      env: site.env({ MERIDIAN_PUBLISH_ALL: '1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await untilLine(child, /rendering \d+ of/);
    await new Promise((done) => setTimeout(done, delay));
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
    expect(site.live()).toBe(live);
    const after = snapshot(live);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, file] of after) expect(file.hash, path).toBe(before.get(path)?.hash);
  }

  const { status, summary } = await site.publish();
  expect(status).toBe(0);
  expect(summary).toMatchObject({ ok: true, added: 1 });
  expect(site.live()).not.toBe(live);
  expect(readdirSync(join(site.dir, 'out-publishes')).filter((name) => name.endsWith('.partial'))).toEqual([]);
});

test('a reader browsing while a publish goes live gets whole pages, from one publish or the next', async ({ page }) => {
  const site = makeSite('reader');
  expect((await site.publish()).status).toBe(0);
  const server = await startStaticServer({ root: site.outDir, port: 0, typoReports: false });
  const base = server.url.slice(0, -1);
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  // A request the reader's next click cut short (net::ERR_ABORTED) is not a broken page.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`failed ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('pageerror', (error) => failures.push(`error ${error.message}`));
  try {
    const feed = site.readFeed();
    feed.items.unshift(newStory(feed, 'en-publish-reader', 'Night market opens on the quay'));
    site.writeFeed(feed);
    const child = spawn(process.execPath, ['scripts/publish.mjs'], { cwd: root, env: site.env({ MERIDIAN_PUBLISH_ALL: '1' }), stdio: 'ignore' });
    const done = new Promise<number | null>((finish) => child.once('exit', finish));
    const state = { publishing: true };
    void done.then(() => (state.publishing = false));
    let visits = 0;
    // Front, a section, a story and back, over and over, until the publish is live and once more.
    while (state.publishing || visits < 2) {
      await page.goto(`${base}/en/`);
      await expect(page.getByRole('main')).toBeVisible();
      await page.getByRole('main').getByRole('article').first().getByRole('link').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.goto(`${base}/en/news/`);
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      visits++;
    }
    expect(await done).toBe(0);
    await page.goto(`${base}/en/`);
    await expect(page.getByRole('main').getByRole('link', { name: 'Night market opens on the quay' }).first()).toBeVisible();
    expect(failures).toEqual([]);
  } finally {
    await server.close();
  }
});

/** The demo feeds over HTTP, with ETags and 304s; `fail` makes every answer a 500. */
async function feedServer(dir: string) {
  const state = { fail: false, requests: [] as string[] };
  const server: Server = createServer((req, res) => {
    const name = (req.url ?? '').replace(/^\/feeds\//, '');
    state.requests.push(`${req.headers['if-none-match'] ? 'conditional ' : ''}${req.url ?? ''}`);
    const file = join(dir, name);
    if (state.fail) return void res.writeHead(500).end('down');
    if (!/^[a-z]{2}\.json$/.test(name) || !existsSync(file)) return void res.writeHead(404).end();
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
    res.writeHead(200, { 'Content-Type': 'application/feed+json', ETag: etag }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feeds`, state, close: () => new Promise((done) => server.close(done)) };
}

test('feeds over HTTP: a publish asks again with validators, and a source that fails publishes nothing', async () => {
  const site = makeSite('http');
  const feeds = await feedServer(join(site.dir, 'feeds'));
  try {
    const env = { MERIDIAN_FEEDS_URL: feeds.url, MERIDIAN_FEEDS_DIR: '' };
    const first = await site.publish(env);
    expect(first.status, first.stderr).toBe(0);
    const live = site.live();
    feeds.state.requests = [];
    expect((await site.publish(env)).summary).toMatchObject({ ok: true, unchanged: true });
    expect(feeds.state.requests.length).toBeGreaterThan(0);
    expect(feeds.state.requests.every((request) => request.startsWith('conditional '))).toBe(true);

    feeds.state.fail = true;
    const failed = await site.publish(env);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(feeds.url);
    expect(failed.stderr).toMatch(/nothing was published/);
    expect(site.live()).toBe(live);
  } finally {
    await feeds.close();
  }
});

test('the watcher publishes a change to a feed without being asked', async () => {
  const site = makeSite('watch');
  expect((await site.publish()).status).toBe(0);
  const watcher = spawn(process.execPath, ['scripts/watch.mjs'], {
    cwd: root,
    env: site.env({ MERIDIAN_WATCH_INTERVAL_S: '1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const feed = site.readFeed();
    feed.items.unshift(newStory(feed, 'en-publish-watched', 'Tide tables move to the library steps'));
    site.writeFeed(feed);
    await untilLine(watcher, /\+1 ~0 -0/);
    expect(readFileSync(join(site.live(), 'en/index.html'), 'utf8')).toContain('Tide tables move to the library steps');
  } finally {
    watcher.kill('SIGTERM');
  }
});
