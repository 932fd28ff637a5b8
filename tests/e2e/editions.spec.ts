import { expect, type Page, test } from '@playwright/test';
import { appRunning, holdAppCode } from './app-running';

async function switchTo(page: Page, language: string, isMobile: boolean) {
  if (isMobile) await page.getByRole('button', { name: /Menu|Меню|Menü|Menú/ }).click();
  await page.getByRole('navigation', { name: /./ }).getByRole('link', { name: language, exact: true }).click();
}

test('switching edition from the front changes the language of the whole interface', async ({ page, isMobile }) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // On phones the switcher sits behind the menu: check its markup without opening it.
  const russian = page.locator('header a[hreflang="ru"]');
  await expect(russian).toHaveText('Русский');
  await expect(russian).toHaveAttribute('hreflang', 'ru');
  await expect(russian).toHaveAttribute('lang', 'ru');

  await switchTo(page, 'Русский', isMobile);
  await expect(page).toHaveURL(/\/ru\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('region', { name: 'Главная новость' })).toBeVisible();
  await expect(page.locator('nav[aria-label="Рубрики"]')).toBeAttached();
  await expect(page.getByRole('contentinfo')).toContainText('Meridian');
  // No English interface words left: the rails and the footer speak Russian.
  for (const english of ['Now reading', 'Popular', 'Latest', 'All news', 'Authors', 'Archive']) {
    await expect(page.getByText(english, { exact: true })).toHaveCount(0);
  }
});

test('the choice is remembered for the next visit to /', async ({ page, isMobile }) => {
  await page.goto('/en/');
  await appRunning(page);
  await switchTo(page, 'Deutsch', isMobile);
  await expect(page).toHaveURL(/\/de\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/de\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('a choice made before the app has arrived is remembered too', async ({ page, isMobile }) => {
  // A slow network: the reader picks a language while the app's code is still on its way.
  const release = await holdAppCode(page);
  await page.goto('/en/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).not.toHaveAttribute('data-app');
  await switchTo(page, 'Deutsch', isMobile);
  await expect(page).toHaveURL(/\/de\/$/);
  release();
  await page.goto('/');
  await expect(page).toHaveURL(/\/de\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('a first visit follows the browser’s languages', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr\/$/);
  await context.close();
});

test('a translated article opens the same story in the other edition', async ({ page, isMobile }) => {
  await page.goto('/en/society/');
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Volunteers map every public bench/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Volunteers map every public bench/);
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveCount(1);

  await switchTo(page, 'Español', isMobile);
  await expect(page).toHaveURL(/\/es\/society\/[a-z0-9-]+-[a-z0-9]{7}$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/bancos/i);
  await expect(page.getByText(/^Edición: /)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sociedad' }).first()).toBeVisible();
});

test('an untranslated article opens the other edition’s front', async ({ page, isMobile }) => {
  await page.goto('/en/business/');
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Bakery chain/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Bakery chain/);
  await switchTo(page, 'Français', isMobile);
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('region', { name: 'À la une' })).toBeVisible();
});

test('German and Russian layouts hold on a narrow phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/de/', '/de/society/', '/ru/', '/ru/news/']) {
    await page.goto(path);
    await expect(page.getByRole('main')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
