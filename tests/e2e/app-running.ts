import { expect, type Page } from '@playwright/test';

/**
 * Waits until the app runs on the current page. A prerendered page is readable (and its links work)
 * before its code arrives, so a journey that needs the app (client navigation, typo reports,
 * offline reading) waits for the mark RootLayout sets, not for `load`.
 */
export async function appRunning(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'running', { timeout: 15_000 });
}
