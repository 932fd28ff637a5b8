import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { LIVE_CHECK_SECONDS } from '../../src/config/site-rules.js';
import type { ArticleDoc, FrontDoc, LiveDoc } from '../../src/feed/types';
import { appRunning } from './app-running';

/* News arriving while a page is open: told by a notice, shown only when the reader asks. */

const CHECK_MS = LIVE_CHECK_SECONDS * 1000;
const HEADLINE = 'Tide gauges record the highest water in forty years';
const KEY = 'zz9live';

/** Layout shifts the reader did not cause (CLS counts these), recorded from the start. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    Object.assign(window, { unexpectedShifts: shifts });
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const describe = (node: Node | null | undefined) =>
      node instanceof Element
        ? `${node.localName}${node.className ? `.${node.className.split(' ').join('.')}` : ''} "${node.textContent.slice(0, 40)}"`
        : String(node?.nodeName);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        const moved = (entry.sources ?? []).map((s) => `${describe(s.node)} ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)}`);
        shifts.push(`${entry.value.toFixed(5)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { unexpectedShifts: string[] }).unexpectedShifts);
}

/**
 * Publishes a story on the English edition as the server would answer it from then on: the edition's
 * live document and front carry it (with a validator of their own, so unchanged checks get a 304).
 */
async function preparePublish(page: Page, request: APIRequestContext) {
  const live = (await (await request.get('/data/en/live.json')).json()) as LiveDoc;
  const front = (await (await request.get('/data/en/front.json')).json()) as FrontDoc;
  const published = new Date().toISOString();
  const world = front.blocks.find((block) => block.section.id === 'world');
  const model = world?.articles[0];
  if (!world || !model) throw new Error('the demo front has no World block');
  const story = {
    ...model,
    id: 'en-live-test',
    key: KEY,
    slug: `tide-gauges-record-${KEY}`,
    title: HEADLINE,
    published,
    publishedLabel: '1 December 2026 at 12:05',
  };
  delete story.image;
  const newLive: LiveDoc = { ...live, stories: [{ id: story.id, key: KEY, sectionId: 'world', published }, ...live.stories] };
  const newFront: FrontDoc = {
    ...front,
    blocks: front.blocks.map((block) => (block === world ? { ...block, articles: [story, ...block.articles] } : block)),
  };
  let isPublished = false;
  for (const [path, body] of [
    ['/data/en/live.json', newLive],
    ['/data/en/front.json', newFront],
  ] as const) {
    await page.route(`**${path}`, async (route) => {
      if (!isPublished) return route.continue();
      const etag = `"published-${path}"`;
      if (route.request().headers()['if-none-match'] === etag) return route.fulfill({ status: 304, headers: { etag } });
      return route.fulfill({ json: body, headers: { etag, 'cache-control': 'no-cache' } });
    });
  }
  return () => {
    isPublished = true;
  };
}

/**
 * The checks' code loads ten seconds before the first check is due (src/routes/deferred-live.tsx),
 * not at startup; its notice region is in the page once they run. The first check still comes
 * CHECK_MS after the page opened.
 */
async function checksLoaded(page: Page) {
  await expect(page.locator('.live-notice')).toHaveCount(0);
  await page.clock.fastForward(CHECK_MS - 9_000);
  await expect(page.locator('.live-notice')).toBeAttached({ timeout: 10_000 });
}

/** Opens a page with a clock the test can move, once the app and its checks for news run. */
async function open(page: Page, path: string) {
  await page.clock.install();
  await page.goto(path);
  await appRunning(page);
  await checksLoaded(page);
}

function liveChecks(page: Page) {
  const statuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/data/en/live.json' && response.request().resourceType() === 'fetch') statuses.push(response.status());
  });
  return statuses;
}

async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (value ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

// Journeys that route the server's answers bypass the service worker, which page.route cannot see
// through; the 304 and offline journeys keep it, as readers have it.
test.describe('with the server’s answers routed', () => {
  test.use({ serviceWorkers: 'block' });

  test('a story published while the front is open is told, and shown first with focus when the reader asks', async ({ page, request }) => {
    const shifts = await recordShifts(page);
    const publish = await preparePublish(page, request);
    await open(page, '/en/');
    publish();
    await page.clock.fastForward(CHECK_MS + 1000);
    const notice = page.getByRole('status').getByRole('button', { name: '1 new story' });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('link', { name: HEADLINE })).toHaveCount(0);
    expect(await shifts()).toEqual([]);

    await notice.click();
    const world = page.getByRole('region', { name: 'World' });
    await expect(world.getByRole('article').first()).toContainText(HEADLINE);
    await expect(page.getByRole('link', { name: HEADLINE })).toBeFocused();
    await expect(notice).toHaveCount(0);
    expect(await shifts()).toEqual([]);
  });
});

test('unchanged checks for news are answered 304', async ({ page }) => {
  const statuses = liveChecks(page);
  await open(page, '/en/');
  await page.clock.fastForward(CHECK_MS + 1000);
  await expect.poll(() => statuses.length).toBe(1);
  await page.clock.fastForward(CHECK_MS + 1000);
  await expect.poll(() => statuses.length).toBe(2);
  await page.clock.fastForward(CHECK_MS + 1000);
  await expect.poll(() => statuses).toEqual([200, 304, 304]);
});

test.describe('in a hidden tab, with the server’s answers routed', () => {
  test.use({ serviceWorkers: 'block' });

  test('a hidden tab counts the news in its title; back in view it checks at once', async ({ page, request }) => {
    const statuses = liveChecks(page);
    const publish = await preparePublish(page, request);
    await open(page, '/en/');
    const title = await page.title();
    await setHidden(page, true);
    publish();
    // Hidden, it checks four times more slowly.
    await page.clock.fastForward(CHECK_MS + 1000);
    expect(statuses).toEqual([]);
    await page.clock.fastForward(3 * CHECK_MS);
    await expect(page).toHaveTitle(`(1) ${title}`);

    const before = statuses.length;
    await setHidden(page, false);
    await expect.poll(() => statuses.length).toBe(before + 1);
    await expect(page).toHaveTitle(title);
    await expect(page.getByRole('button', { name: '1 new story' })).toBeVisible();
  });
});

test('offline there are no checks and no errors; back online it checks once, at once', async ({ page, context }) => {
  const statuses = liveChecks(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await open(page, '/en/');
  await context.setOffline(true);
  await page.clock.fastForward(3 * CHECK_MS);
  expect(statuses).toEqual([]);
  await context.setOffline(false);
  await expect.poll(() => statuses.length).toBe(1);
  expect(errors).toEqual([]);
});

test.describe('with an article’s answers routed', () => {
  test.use({ serviceWorkers: 'block' });

  test('a story opened an hour after it was published fetches nothing again on load: what it shows changes only when the reader asks', async ({
    page,
  }) => {
    await page.goto('/en/');
    const path = (await page.getByRole('region', { name: 'Lead story' }).getByRole('heading').getByRole('link').getAttribute('href')) ?? '';
    const documents: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/data/en/articles/')) documents.push(request.url());
    });
    // The reader's clock is an hour past the build: the page's own data is older than any query's staleTime.
    await page.clock.install({ time: Date.now() + 3_600_000 });
    await page.goto(path);
    await appRunning(page);
    await page.clock.runFor(5_000);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(documents).toEqual([]);
  });

  test('an open article that is updated offers the new version, and one taken down says so', async ({ page }) => {
    await page.clock.install();
    await page.goto('/en/');
    const lead = page.getByRole('region', { name: 'Lead story' }).getByRole('heading').getByRole('link');
    const path = (await lead.getAttribute('href')) ?? '';
    const document = `/data/en/articles/${/-([0-9a-z]+)$/.exec(path)?.[1] ?? ''}.json`;
    let state: 'as-published' | 'updated' | 'removed' = 'as-published';
    await page.route(`**${document}`, async (route) => {
      if (state === 'as-published') return route.continue();
      if (state === 'removed') return route.fulfill({ status: 404, body: 'not found' });
      const response = await route.fetch({ headers: { ...route.request().headers(), 'if-none-match': '' } });
      const doc = (await response.json()) as ArticleDoc;
      doc.article.modified = new Date().toISOString();
      doc.article.modifiedLabel = '1 December 2026 at 12:05';
      doc.body = { paragraphs: ['A corrected first paragraph, published after the reader opened the story.'] };
      return route.fulfill({ json: doc, headers: { etag: '"updated"' } });
    });
    await page.goto(path);
    await appRunning(page);
    await checksLoaded(page);
    const headline = await page.getByRole('heading', { level: 1 }).textContent();

    state = 'updated';
    await page.clock.fastForward(CHECK_MS + 1000);
    const offer = page.getByRole('button', { name: 'Updated: 1 December 2026 at 12:05. Show the latest version' });
    await expect(offer).toBeVisible();
    await expect(page.getByText('A corrected first paragraph')).toHaveCount(0);
    await offer.click();
    await expect(page.getByText('A corrected first paragraph, published after the reader opened the story.')).toBeVisible();

    state = 'removed';
    await page.clock.fastForward(CHECK_MS + 1000);
    await expect(page.getByRole('status').getByText('This story is no longer available. You can finish reading it here.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline ?? '');
    await expect(page.getByText('A corrected first paragraph')).toBeVisible();
  });
});
