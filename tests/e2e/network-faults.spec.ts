import { expect, type Page, test } from '@playwright/test';
import { appRunning, serveAppShell } from './app-running';

/*
 * Each fault a reader's network or the newsroom's server can throw at a client-side navigation: the
 * reader gets a clear message with a retry, the page they were on stays usable, and the retry works.
 */

async function openScience(page: Page, isMobile: boolean) {
  if (isMobile) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Science', exact: true }).click();
}

test.use({ serviceWorkers: 'block' });

const faults: { name: string; message: RegExp; fault: Parameters<Page['route']>[1] }[] = [
  { name: 'an HTTP 500', message: /answered with an error \(500\)/, fault: (route) => route.fulfill({ status: 500, body: 'error' }) },
  { name: 'an HTTP 404 for a document', message: /could not find this page/, fault: (route) => route.fulfill({ status: 404, body: 'missing' }) },
  {
    name: 'truncated JSON',
    message: /damaged and could not be read/,
    fault: (route) => route.fulfill({ status: 200, body: '{"kind": "list-page", "it' }),
  },
  {
    name: 'valid JSON that is not the document asked for',
    message: /damaged and could not be read/,
    fault: (route) => route.fulfill({ status: 200, body: '{"hello": "world"}' }),
  },
  { name: 'a dropped connection', message: /could not reach the news server/, fault: (route) => route.abort('internetdisconnected') },
];

for (const { name, message, fault } of faults) {
  test(`${name} gives a clear message, and a retry recovers`, async ({ page, isMobile }) => {
    await page.goto('/en/');
    await appRunning(page);
    await expect(page.getByRole('region', { name: 'Lead story' })).toBeVisible();
    let failing = true;
    await page.route('**/data/en/sections/science/latest.json', async (route, request) => {
      if (failing) await fault(route, request);
      else await route.continue();
    });
    await openScience(page, isMobile);
    await expect(page.getByText(message)).toBeVisible({ timeout: 15_000 });
    // The chrome stays: navigation and footer are still there.
    await expect(page.getByRole('contentinfo')).toBeVisible();
    failing = false;
    const retry = page.getByRole('button', { name: 'Try again' });
    if (await retry.count()) await retry.click();
    else await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Science' })).toBeVisible();
  });
}

test('a document slower than 4.5 s times out with a message instead of a spinner', async ({ page, isMobile }) => {
  // Two retries with back-off follow the first 4.5 s deadline.
  test.setTimeout(60_000);
  await page.goto('/en/');
  await appRunning(page);
  await page.route('**/data/en/sections/science/latest.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 8000));
    await route.fulfill({ status: 200, body: '{}' }).catch(() => undefined);
  });
  await openScience(page, isMobile);
  await expect(page.getByText('The news server took too long to answer.')).toBeVisible({ timeout: 20_000 });
});

test('offline, a page the reader never opened explains itself', async ({ page, context, isMobile }) => {
  await page.goto('/en/');
  await expect(page.getByRole('region', { name: 'Lead story' })).toBeVisible();
  // The app must be running before the network goes: its code comes after the page (without it
  // the page stays a plain prerendered page, links and all).
  await appRunning(page);
  await context.setOffline(true);
  await openScience(page, isMobile);
  await expect(page.getByText(/could not reach the news server|could not be loaded/).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  await context.setOffline(false);
});

test('rails fail on their own: the article stays and the rail says so', async ({ page }) => {
  await page.route('**/data/en/rails.json', (route) => route.fulfill({ status: 503, body: 'down' }));
  // Serve the app shell instead of the prerendered page, so nothing is cached and rails load live.
  await serveAppShell(page, (address) => address.pathname.startsWith('/en/world/'));
  await page.goto('/en/world/eleven-coastal-nations-agree-to-share-storm-warnings-within-five-175f61g');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Eleven coastal nations/);
  await expect(page.getByRole('complementary', { name: 'More stories' }).getByText('This list could not be shown.')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.article-body p').first()).toBeVisible();
});
