import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type APIResponse, expect, type Page, test } from '@playwright/test';
import { SEARCH_INDEX } from '../../src/config/site-rules.js';
import { appRunning } from './app-running';

/*
 * The production path: the build served by deploy/nginx.conf (Debian nginx on a loopback port), with
 * its Content-Security-Policy header. Any CSP or Trusted Types violation fails the test. The last test
 * holds nginx and server/static-server.mjs (npm start, the other browser projects) to the same answers.
 */

async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted ?Type/i.test(message.text())) console.push(message.text());
  });
  page.on('pageerror', (error) => console.push(error.message));
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))];
}

test('nginx sends a strict policy, the app’s code waits in its template, and hashed assets go out precompressed and cached for a year', async ({
  page,
  request,
}) => {
  const response = await page.goto('/en/');
  // The story first: the app's code waits in the inert template (with the page's own route chunk),
  // nowhere else in the page.
  const html = (await response?.text()) ?? '';
  const template = /<template id="app-code">([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';
  expect(template).toMatch(/<script type="module"[^>]*src="\/assets\/index-[\w-]+\.js"/);
  expect(template).toMatch(/<link rel="modulepreload"[^>]*href="\/assets\/front-page-[\w-]+\.js"/);
  expect(html.replace(template, '')).not.toMatch(/type="module"|modulepreload/);
  const csp = response?.headers()['content-security-policy'] ?? '';
  for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "require-trusted-types-for 'script'"]) {
    expect(csp).toContain(directive);
  }
  // 'wasm-unsafe-eval' (search's WebAssembly) is allowed; JavaScript eval and inline scripts are not.
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("require-trusted-types-for 'script'");
  // The app's script goes into the page once the story has painted (src/head-script.js).
  await appRunning(page);
  const script = await page.locator('script[type="module"]').first().getAttribute('src');
  // The bytes sent are the build's precompressed twins, not nginx's own level-6 gzip.
  const twin = (encoding: string) => statSync(resolve(process.env.MERIDIAN_OUT_DIR ?? 'dist', `.${script ?? ''}.${encoding}`)).size;
  const asset = await request.get(script ?? '', { headers: { 'accept-encoding': 'gzip' } });
  expect(asset.headers()['cache-control']).toContain('max-age=31536000');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(Number(asset.headers()['content-length'])).toBe(twin('gz'));
  const brotli = await request.get(script ?? '', { headers: { 'accept-encoding': 'gzip, br' } });
  expect(brotli.headers()['content-encoding']).toBe('br');
  expect(Number(brotli.headers()['content-length'])).toBe(twin('br'));
  // A list's older page is its own prerendered file (en/news/page-1.html: the demo's 20 oldest
  // stories); one the build did not render, or a number written otherwise, gets the list's own page,
  // which the app replaces.
  const oldest = await request.get('/en/news/?page=1&utm_source=newsletter');
  expect(oldest.status()).toBe(200);
  expect(await oldest.text()).toContain('data-url="/en/news/?page=1"');
  for (const beyond of ['/en/news/?page=2', '/en/news/?page=01']) {
    const answer = await request.get(beyond);
    expect(answer.status(), beyond).toBe(200);
    expect(await answer.text(), beyond).toContain('data-url="/en/news/"');
  }
});

test('a reader’s journey runs under the policy, hydration and service worker included, without a single violation', async ({ page, isMobile }) => {
  const violations = await watchPolicy(page);
  await page.goto('/en/');
  await expect(page.getByRole('region', { name: 'Lead story' })).toBeVisible();
  await appRunning(page);
  if (isMobile) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'World' })).toBeVisible();
  await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').click();
  const body = page.locator('.article-body');
  await expect(body.locator('p').first()).toBeVisible();
  // The body is HTML from the feed: it reached the DOM through the Trusted Types policy.
  expect(await body.locator('h2').count()).toBeGreaterThan(0);
  await page.reload();
  await expect(body.locator('p').first()).toBeVisible();
  await appRunning(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  expect(await violations()).toEqual([]);
});

test('nginx lets a reader send a burst of typo reports but turns a flood away with 429, which the app retries later', async ({ request }) => {
  const statuses: number[] = [];
  // Empty reports: the receiver refuses them (422) when they get through; the limit applies before it.
  for (let i = 0; i < 40; i++) statuses.push((await request.post('/api/typo', { data: {} })).status());
  expect(statuses.slice(0, 20)).not.toContain(429);
  expect(statuses.slice(0, 20)).toContain(422);
  expect(statuses.slice(21)).toContain(429);
});

test('nginx and npm start’s server answer the same addresses alike: status, encoding, policy, security headers and caching', async ({ request }) => {
  // playwright.config.ts: the desktop and mobile projects' server, server/static-server.mjs.
  const other = process.env.E2E_STATIC_URL ?? '';
  expect(other).not.toBe('');
  const front = await (await request.get('/en/')).text();
  const script = /<script type="module"[^>]*src="(\/assets\/index-[\w-]+\.js)"/.exec(front)?.[1] ?? '';
  expect(script).not.toBe('');
  // The search index's bundles (scripts/search-parts.mjs): the suite's build cuts the demo into
  // parts, each a link into the publishes' store (scripts/publish-store.mjs shareFolder).
  const bundles = (await (await request.get(SEARCH_INDEX.bundles)).json()) as Record<string, string[]>;
  const part = bundles.en?.find((bundle) => !SEARCH_INDEX.isRecent(bundle)) ?? '';
  expect(part).not.toBe('');
  const addresses = [
    '/en/',
    '/en',
    '/en/news/?page=1',
    '/en/news/?page=2',
    '/en/news/?page=02',
    '/en/world/a-story-that-was-not-prerendered-zzz9999',
    '/data/en/front.json',
    '/data/en/no-such-document.json',
    '/feeds/en.json',
    script,
    '/assets/no-such-chunk.js',
    '/sw.js',
    '/favicon.svg',
    '/no-such-icon.png',
    '/sitemap.xml',
    SEARCH_INDEX.bundles,
    `${part}pagefind.js`,
    `${part}pagefind-entry.json`,
  ];
  const names = [
    'cache-control',
    'content-security-policy',
    'x-content-type-options',
    'referrer-policy',
    'permissions-policy',
    'content-encoding',
    'vary',
  ];
  for (const path of addresses) {
    const get = (url: string) => request.get(url, { headers: { 'accept-encoding': 'gzip, br' }, maxRedirects: 0 });
    const [nginx, node] = await Promise.all([get(path), get(`${other}${path}`)]);
    // An error's body is each server's own (nginx's HTML page, gzipped; a line of text): not its encoding.
    const seen = (response: APIResponse) => ({
      status: response.status(),
      ...Object.fromEntries(
        names.filter((name) => response.ok() || !['content-encoding', 'vary'].includes(name)).map((name) => [name, response.headers()[name]]),
      ),
    });
    expect(seen(node), path).toEqual(seen(nginx));
    if (path.startsWith(SEARCH_INDEX.folder)) expect(nginx.status(), path).toBe(200);
    if (nginx.ok() && /html/.test(nginx.headers()['content-type'] ?? '')) expect(await node.text(), path).toBe(await nginx.text());
  }
});

test('nginx answers an unchanged check for news with a 304', async ({ request }) => {
  const headers = { 'accept-encoding': 'gzip, br' };
  const first = await request.get('/data/en/live.json', { headers });
  expect(first.status()).toBe(200);
  const etag = first.headers()['etag'] ?? '';
  expect(etag).not.toBe('');
  expect(first.headers()['cache-control']).toBe('no-cache');
  const again = await request.get('/data/en/live.json', { headers: { ...headers, 'if-none-match': etag } });
  expect(again.status()).toBe(304);
});
