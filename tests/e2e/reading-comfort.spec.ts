import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { htmlToText } from '../../src/lib/html-text';
import { readingMinutes } from '../../src/lib/reading-time';
import { appRunning } from './app-running';

/* Theme, text size, reading time, print and share, as a reader meets them in the browser. */

// Requests must reach page.route (the no-flash test blocks the app's code): no service worker in between.
test.use({ serviceWorkers: 'block' });

const LIGHT_PAPER = 'rgb(255, 255, 255)';
const DARK_PAPER = 'rgb(22, 24, 26)';

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Found even while the phone menu hides it, to read its value. */
const themeSwitch = (page: Page) => page.getByRole('combobox', { name: 'Theme', includeHidden: true });

/** The theme switch sits in the header; on phones, behind the menu. */
async function chooseTheme(page: Page, name: string, isMobile: boolean) {
  if (isMobile) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: name });
  if (isMobile) await page.keyboard.press('Escape');
}

async function articlePath(request: APIRequestContext, lang: string, index = 0): Promise<string> {
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1] ?? '/').pathname)
    .filter((path) => new RegExp(`^/${lang}/[a-z-]+/[a-z0-9-]+-[a-z0-9]{7}$`).test(path));
  const path = paths[index];
  if (!path) throw new Error(`sitemap.xml lists no ${lang} article #${index}`);
  return path;
}

test('the theme follows the device until the reader picks one, and the pick is remembered', async ({ page, isMobile }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/');
  expect(await paper(page)).toBe(DARK_PAPER);
  await appRunning(page);
  await expect(themeSwitch(page)).toHaveValue('system');

  await chooseTheme(page, 'Light', isMobile);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await paper(page)).toBe(LIGHT_PAPER);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await appRunning(page);
  await expect(themeSwitch(page)).toHaveValue('light');
  expect(await paper(page)).toBe(LIGHT_PAPER);

  await chooseTheme(page, 'System', isMobile);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await paper(page)).toBe(DARK_PAPER);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await paper(page)).toBe(LIGHT_PAPER);
});

test('a remembered theme is painted before the app runs, so the page never flashes the wrong one', async ({ page, isMobile }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/');
  await chooseTheme(page, 'Dark', isMobile);

  // With the app's code blocked, only the tiny head script can have applied the theme.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/en/world/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await paper(page)).toBe(DARK_PAPER);
});

test('a stored theme or size that is not one of ours is ignored', async ({ page, request }) => {
  await page.addInitScript(() => {
    localStorage.setItem('meridian:theme', '"><img src=x>');
    localStorage.setItem('meridian:text-size', 'enormous');
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(await articlePath(request, 'en'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /./);
  await appRunning(page);
  await expect(page.getByRole('combobox', { name: 'Text size' })).toHaveValue('standard');
  expect(await paper(page)).toBe(LIGHT_PAPER);
});

test('the article text size is chosen once and kept for every article', async ({ page, request }) => {
  await page.goto('/en/');
  // Hidden controls do not count: the front is checked once the app shows its controls.
  await appRunning(page);
  await expect(page.getByRole('combobox', { name: 'Text size', includeHidden: true })).toHaveCount(0);

  await page.goto(await articlePath(request, 'en', 0));
  const body = page.locator('.article-body');
  const size = () => body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const standard = await size();
  const control = page.getByRole('combobox', { name: 'Text size' });
  await appRunning(page);
  await expect(control).toHaveValue('standard');

  await control.selectOption({ label: 'Extra large' });
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  expect(await size()).toBeCloseTo(standard * 1.3, 0);

  await page.goto(await articlePath(request, 'en', 1));
  await appRunning(page);
  await expect(page.getByRole('combobox', { name: 'Text size' })).toHaveValue('larger');
  expect(await size()).toBeCloseTo(standard * 1.3, 0);

  await page.getByRole('combobox', { name: 'Text size' }).selectOption({ label: 'Small' });
  expect(await size()).toBeCloseTo(standard * 0.9, 0);
  await page.getByRole('combobox', { name: 'Text size' }).selectOption({ label: 'Standard' });
  await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /./);
  expect(await size()).toBeCloseTo(standard, 1);
});

for (const [lang, pattern] of [
  ['en', /^(\d+) min read$/],
  ['ru', /^(\d+) минут[аы]? чтения$/],
] as const) {
  test(`articles in ${lang} say how long they take to read at that language's reading speed`, async ({ page, request }) => {
    await page.goto(await articlePath(request, lang));
    const text = (await page.locator('.article-reading-time').textContent()) ?? '';
    expect(text).toMatch(pattern);
    const html = await page.locator('.article-body').innerHTML();
    expect(Number(pattern.exec(text)?.[1])).toBe(readingMinutes(htmlToText(html), lang));
  });
}

test('a printed article keeps the story, its photo credit and licence and its address, and drops the rest', async ({ page, request }) => {
  await page.goto(await articlePath(request, 'en'));
  // The story's address is the browser's own once the app runs.
  await appRunning(page);
  // A dark screen theme must not reach paper.
  await page.evaluate(() => {
    document.documentElement.setAttribute('data-theme', 'dark');
  });
  await page.emulateMedia({ media: 'print' });

  const article = page.getByRole('article').first();
  await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.article-body')).toBeVisible();
  await expect(article.getByText(/^Credit: /)).toBeVisible();
  await expect(article.getByRole('link', { name: /^Licence: / })).toBeVisible();
  await expect(page.getByText(`This story online: ${page.url()}`)).toBeVisible();
  expect(await paper(page)).toBe(LIGHT_PAPER);

  for (const hidden of [
    page.getByRole('banner'),
    page.getByRole('navigation', { name: 'Sections' }),
    page.getByRole('complementary', { name: 'More stories' }),
    page.getByRole('contentinfo'),
    page.getByRole('region', { name: 'Subscribe' }),
    page.getByRole('group', { name: 'Reading options' }),
  ]) {
    await expect(hidden).toBeHidden();
  }

  // On screen the address line is not shown: it is for paper only.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText(/^This story online: /)).toBeHidden();
});

test('without the Web Share API the link is copied, and the reader is told', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Reflect.deleteProperty(Navigator.prototype, 'share');
  });
  const path = await articlePath(request, 'en');
  // Opened from a newsletter: the link passed on is the story's, without the tracking parameters.
  await page.goto(`${path}?utm_source=newsletter`);
  await appRunning(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(path, page.url()).href);
});

test('when copying is refused the link is shown to copy by hand', async ({ page, request }) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(Navigator.prototype, 'share');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto(await articlePath(request, 'ru'));
  await page.getByRole('button', { name: 'Скопировать ссылку' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Не удалось скопировать. Ссылка: ${page.url()}` })).toBeVisible();
});

test('with the Web Share API the system share sheet gets the title and address', async ({ page, request }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.defineProperty(window, 'sharedForTest', { value: shared });
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      },
    });
  });
  await page.goto(await articlePath(request, 'en'));
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.getByRole('button', { name: 'Share' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { sharedForTest: ShareData[] }).sharedForTest)).toEqual([{ title, url: page.url() }]);
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(0);
});
