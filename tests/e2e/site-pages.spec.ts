import { expect, type Page, test } from '@playwright/test';

async function footerLink(page: Page, name: string) {
  await page.getByRole('contentinfo').getByRole('link', { name, exact: true }).click();
}

test('the footer leads to authors, each with their stories', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.getByRole('contentinfo')).toContainText('© 2026 Meridian');
  await expect(page.getByRole('contentinfo')).toContainText('Reproduction of our material');
  await footerLink(page, 'Authors');
  await expect(page).toHaveURL(/\/en\/authors\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Authors' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Margaret Ellery' }).click();
  await expect(page).toHaveURL(/\/en\/authors\/margaret-ellery\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Margaret Ellery' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
});

test('the archive lists days by month and moves between days', async ({ page }) => {
  await page.goto('/en/');
  await footerLink(page, 'Archive');
  await expect(page.getByRole('heading', { level: 2, name: 'November 2026' })).toBeVisible();
  await page.getByRole('link', { name: '27 November 2026' }).click();
  await expect(page).toHaveURL(/\/en\/archive\/2026-11-27\/$/);
  await expect(page.getByRole('heading', { level: 1, name: '27 November 2026' })).toBeVisible();
  await page.getByRole('link', { name: /26 November 2026/ }).click();
  await expect(page).toHaveURL(/\/en\/archive\/2026-11-26\/$/);
  await page.getByRole('link', { name: /Archive: November 2026/ }).click();
  await expect(page).toHaveURL(/\/en\/archive\/#2026-11$/);
});

test('the sitemap page lists sections and stories; sitemap.xml and the feeds exist', async ({ page, request }) => {
  await page.goto('/en/');
  await footerLink(page, 'Sitemap');
  await expect(page.getByRole('heading', { level: 1, name: 'Sitemap' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Business' })).toBeVisible();
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.ok()).toBe(true);
  expect(await sitemap.text()).toContain('/ru/world/');
  const rss = await request.get('/feeds/en/world.xml');
  expect(await rss.text()).toContain('<rss version="2.0"');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/feeds/en/all.xml');
});

test('about and advertising are pages of their own', async ({ page }) => {
  await page.goto('/en/');
  await footerLink(page, 'About us');
  await expect(page.getByRole('heading', { level: 1, name: 'About us' })).toBeVisible();
  await expect(page.getByText(/independent news service/)).toBeVisible();
  await footerLink(page, 'Advertising');
  await expect(page.getByRole('heading', { level: 1, name: 'Advertising' })).toBeVisible();
});

test('each article ends with a subscribe line of feeds and social links', async ({ page }) => {
  await page.goto('/en/sport/');
  await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').click();
  const subscribe = page.getByRole('region', { name: 'Subscribe' });
  await expect(subscribe.getByRole('link', { name: 'RSS' }).first()).toHaveAttribute('href', '/feeds/en/sport.xml');
  await expect(subscribe.getByRole('link', { name: 'Mastodon' })).toHaveAttribute('rel', 'noopener noreferrer me');
});

test('the rails stand beside the article on a desktop and follow it on a phone', async ({ page, isMobile }) => {
  await page.goto('/en/science/');
  await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').click();
  const article = await page.locator('article.article').boundingBox();
  const rails = await page.getByRole('complementary', { name: 'More stories' }).boundingBox();
  if (!article || !rails) throw new Error('article or rails not laid out');
  if (isMobile) expect(rails.y).toBeGreaterThan(article.y + article.height);
  else expect(rails.x).toBeGreaterThanOrEqual(article.x + article.width);
});
