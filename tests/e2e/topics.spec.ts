import { expect, test } from '@playwright/test';
import { appRunning } from './app-running';

/* Topics: an article's tags lead to their topic's page, which lists the story and links its feeds. */

const STORY = 'Eleven coastal nations agree to share storm warnings within five minutes';

test('a tag on an article leads to its topic’s page, which lists the story', async ({ page }) => {
  await page.goto('/en/world/');
  await appRunning(page);
  await page.getByRole('main').getByRole('link', { name: STORY }).first().click();
  const article = page.getByRole('article', { name: STORY });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(STORY);
  // From here on the app routes: a client navigation to the topic.
  await article.getByRole('link', { name: 'storms', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/topics\/storms\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'storms' })).toBeVisible();
  await expect(page).toHaveTitle('storms — Meridian');
  await expect(page.getByRole('main').getByRole('article').first().getByRole('heading', { name: STORY })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"][href="/feeds/en/topics/storms.xml"]')).toHaveCount(1);
});

test('a topic’s prerendered page works before the app, and its feeds are served', async ({ page, request }) => {
  await page.goto('/ru/topics/shtorma/');
  await expect(page.getByRole('heading', { level: 1, name: 'шторма' })).toBeVisible();
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /Одиннадцать прибрежных стран/ })
      .first(),
  ).toBeVisible();
  const rss = await request.get('/feeds/ru/topics/shtorma.xml');
  expect(rss.ok()).toBe(true);
  expect(await rss.text()).toContain('<title>Meridian: шторма</title>');
  const json = await request.get('/feeds/ru/topics/shtorma.json');
  expect(((await json.json()) as { version: string }).version).toBe('https://jsonfeed.org/version/1.1');
});

test('the footer leads to every topic, and an unknown topic is not found', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Topics', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/topics\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'storms', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/topics\/storms\/$/);
  // Not prerendered: the app shell answers, and the app says the page is not there.
  await page.goto('/en/topics/no-such-topic/');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
