import { expect, type Page } from '@playwright/test';

/**
 * Waits until the app runs on the current page. A prerendered page is readable (and its links work)
 * before its code arrives, so a journey that needs the app (client navigation, typo reports,
 * offline reading) waits for the mark RootLayout sets, not for `load`.
 */
export async function appRunning(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'running', { timeout: 15_000 });
}

/**
 * Holds the app's code back, as a slow network does, so a journey can act on the prerendered page
 * before the app runs. Returns the release; requests after it pass straight through.
 */
export async function holdAppCode(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    // The page that asked may have been left meanwhile.
    await route.continue().catch(() => undefined);
  });
  return release;
}

/**
 * Answers the page documents that `matches` picks with the app shell, as a server does for an
 * address the build did not render: the app then draws the page itself instead of hydrating it.
 * Returns the way back to the real files.
 */
export async function serveAppShell(page: Page, matches: (address: URL) => boolean): Promise<() => Promise<void>> {
  await page.route(matches, async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    return route.fulfill({ response: await route.fetch({ url: new URL('/index.html', route.request().url()).href }) });
  });
  return () => page.unroute(matches);
}
