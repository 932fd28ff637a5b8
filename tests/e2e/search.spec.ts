import { expect, type Page, test } from '@playwright/test';
import { appRunning } from './app-running';

/* Search in each edition's own stories, from the static index the build writes. */

async function searchFor(page: Page, lang: string, words: string) {
  await page.goto(`/${lang}/search/`);
  await appRunning(page);
  await page.getByRole('main').getByRole('searchbox').fill(words);
}

test('a distinctive word finds its story in the English edition, as the reader types, and the result is announced', async ({ page }) => {
  await searchFor(page, 'en', 'Koskinen');
  await expect(page).toHaveURL(/\/en\/search\/\?q=Koskinen$/);
  await expect(page.getByRole('status').filter({ hasText: '1 story for “Koskinen”' })).toBeVisible();
  const result = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading') })
    .first();
  await expect(result.getByRole('link', { name: /Third-division Eastmoor Rovers reach cup semi-final/ })).toBeVisible();
  // The matched word is marked, wherever the excerpt shows it.
  await expect(result.locator('mark').first()).toHaveText('Koskinen');
  for (const mark of await result.locator('mark').all()) await expect(mark).toHaveText('Koskinen');
  // Focus stayed where the reader types.
  await expect(page.getByRole('main').getByRole('searchbox')).toBeFocused();
  await result.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /Third-division Eastmoor Rovers/ })).toBeVisible();
});

test('the German edition searches its own stories', async ({ page }) => {
  await searchFor(page, 'de', 'Elfmeterkrimi');
  await expect(page.getByRole('main').getByRole('link', { name: /Drittligist erreicht nach Elfmeterkrimi das Halbfinale/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '„Elfmeterkrimi“' })).toBeVisible();
});

test('a Russian inflected form finds the story', async ({ page }) => {
  await searchFor(page, 'ru', 'штормами');
  await expect(page.getByRole('main').getByRole('link', { name: /Одиннадцать прибрежных стран/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'по запросу «штормами»' })).toBeVisible();
});

test('results can be narrowed to a section, and a search that finds nothing suggests the sections and the archive', async ({ page }) => {
  await searchFor(page, 'en', 'storm');
  const sections = page.getByRole('navigation', { name: 'Section' });
  await sections.getByRole('link', { name: /^Opinion \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/section=Opinion/);
  await expect(page.getByRole('main').locator('.search-result-meta')).not.toHaveCount(0);
  for (const meta of await page.getByRole('main').locator('.search-result-meta').allTextContents()) expect(meta).toMatch(/^Opinion/);

  await page.getByRole('main').getByRole('searchbox').fill('qwzxv');
  await expect(page.getByRole('status').filter({ hasText: 'No stories for “qwzxv”.' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Archive' }).last()).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Opinion' })).toBeVisible();
});

test('"/" puts the reader in a search box', async ({ page }) => {
  await page.goto('/en/search/');
  await appRunning(page);
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('input[type="search"]:focus')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search form lands on the search page, which says search needs JavaScript and links the archive', async ({ page, isMobile }) => {
    // On phones the header's box is in the menu, which needs the head script: the page's own box stands in.
    await page.goto(isMobile ? '/en/search/' : '/en/');
    const box = isMobile ? page.getByRole('main').getByRole('searchbox') : page.getByRole('banner').getByRole('searchbox');
    await box.fill('harbour');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=harbour$/);
    await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Archive' })).toHaveAttribute('href', '/en/archive/');
  });
});
