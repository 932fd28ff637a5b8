import { expect, test } from '@playwright/test';
import { appRunning } from './app-running';

test('a reader who loses the network can still open the front and the articles they read', async ({ page, context }) => {
  // Installing the service worker and caching pages takes a while on a busy two-core machine.
  test.setTimeout(90_000);
  await page.goto('/en/');
  // The service worker installs on the first visit and takes control of the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // Open a story so its page and document are cached, then come back to the front.
  const lead = page.getByRole('region', { name: 'Lead story' }).getByRole('heading').getByRole('link');
  const headline = (await lead.textContent()) ?? '';
  await lead.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  const articleUrl = page.url();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await page.goto('/en/');
  await expect(page.getByRole('region', { name: 'Lead story' })).toBeVisible();

  await context.setOffline(true);
  await page.goto(articleUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await appRunning(page);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  await page.goto('/en/');
  await expect(page.getByRole('region', { name: 'Lead story' })).toBeVisible();
  await context.setOffline(false);
});

test('the app is installable: it links a web app manifest with a name and an icon', async ({ page, request }) => {
  await page.goto('/en/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href ?? '')).json()) as { name: string; icons: unknown[]; start_url: string };
  expect(manifest.name).toBe('Meridian');
  expect(manifest.icons.length).toBeGreaterThan(0);
  expect(manifest.start_url).toBe('/');
});
