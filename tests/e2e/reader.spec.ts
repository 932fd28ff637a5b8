import { expect, type Page, test } from '@playwright/test';
import { appRunning, holdAppCode, serveAppShell } from './app-running';

// These journeys route requests with page.route, which a service worker would bypass; offline
// reading has its own spec.
test.use({ serviceWorkers: 'block' });

/** Fails the test on any uncaught error or console error the reader's page produces. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

async function openSection(page: Page, name: string, isMobile: boolean) {
  if (isMobile) {
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(page.getByRole('button', { name: 'Close menu' })).toHaveAttribute('aria-expanded', 'true');
  }
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
}

test('a reader goes from the front to a section to an article and back', async ({ page, isMobile }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('region', { name: 'Lead story' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'More stories' }).getByRole('region', { name: 'Now reading' })).toBeVisible();
  // From here on the app routes: every step below is a client navigation.
  await appRunning(page);

  await openSection(page, 'Science', isMobile);
  await expect(page).toHaveURL(/\/en\/science\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Science' })).toBeVisible();
  await expect(page).toHaveTitle('Science — Meridian');

  const main = page.getByRole('main');
  const firstStory = main.getByRole('article').first().getByRole('heading').getByRole('link');
  const headline = (await firstStory.textContent()) ?? '';
  await firstStory.click();
  await expect(page).toHaveURL(/\/en\/science\/[a-z0-9-]+-[a-z0-9]{7}$/);
  const article = page.getByRole('article', { name: headline });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(article.getByRole('link', { name: 'Science' })).toHaveAttribute('href', '/en/science/');
  await expect(article.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(article.getByText(/^Editor: /)).toBeVisible();
  await expect(article.locator('time').first()).toHaveAttribute('datetime', /^2026-11-\d\dT/);
  await expect(article.getByRole('link', { name: 'Licence: CC BY 4.0' })).toHaveAttribute('rel', 'license noopener noreferrer');
  await expect(page).toHaveTitle(`${headline} — Meridian`);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/en\/science\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Science' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a reader who scrolls while the page is starting stays where they scrolled', async ({ page }) => {
  // A slow phone on a slow network: the prerendered page is readable long before the app has taken
  // it over. The app's code is held back until the reader has scrolled.
  const release = await holdAppCode(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.goto('/en/', { waitUntil: 'domcontentloaded' });
  await page.mouse.wheel(0, 1200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  const scrolled = await page.evaluate(() => window.scrollY);
  await expect(page.locator('html')).not.toHaveAttribute('data-app');
  release();
  // Once the app is running, the page has not jumped back up.
  await appRunning(page);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('the sections are within reach before the app has arrived, and the app keeps an open phone menu open', async ({ page, isMobile }) => {
  // Hold the app's code back, as a slow network does, until the reader has opened the menu.
  const release = await holdAppCode(page);
  // Held scripts hold the load event too.
  await page.goto('/en/', { waitUntil: 'domcontentloaded' });
  const sections = page.getByRole('navigation', { name: 'Sections' });
  if (!isMobile) {
    // Desktops show the sections at all times.
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(sections.getByRole('link', { name: 'Science', exact: true })).toBeVisible();
    release();
    return;
  }
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  // Label and state change together, with no app: the button now offers to close the menu.
  await expect(page.getByRole('button', { name: 'Close menu', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await expect(sections.getByRole('link', { name: 'Science', exact: true })).toBeVisible();
  release();
  await appRunning(page);
  // The app took over the open menu: it now offers to close it, and closing works.
  const close = page.getByRole('button', { name: 'Close menu' });
  await expect(close).toHaveAttribute('aria-expanded', 'true');
  await close.click();
  await expect(sections.getByRole('link', { name: 'Science', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Menu', exact: true })).toHaveAttribute('aria-expanded', 'false');
});

test('a story opened from a newsletter link (tracking parameters) is hydrated, not drawn again', async ({ page }) => {
  await page.goto('/en/news/');
  const href = await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').getAttribute('href');
  const release = await holdAppCode(page);
  await page.goto(`${href}?utm_source=newsletter&utm_medium=email`, { waitUntil: 'domcontentloaded' });
  // Mark the prerendered headline: hydration adopts this very element, a client render replaces it.
  const headline = page.getByRole('heading', { level: 1 });
  await headline.evaluate((element) => {
    element.setAttribute('data-seen-before-app', '');
  });
  release();
  await appRunning(page);
  await expect(headline).toHaveAttribute('data-seen-before-app', '');
  await expect(page).toHaveURL(/utm_source=newsletter/);
});

test('a new page opens at the top, and going back returns to where the reader was', async ({ page }) => {
  await page.goto('/en/');
  await appRunning(page);
  const link = page.getByRole('region', { name: 'Science' }).getByRole('article').last().getByRole('heading').getByRole('link');
  await link.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(400);
  const headline = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page.getByRole('region', { name: 'Lead story' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
});

test('a deep link to an article survives a reload', async ({ page }) => {
  await page.goto('/en/news/');
  const link = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
  const headline = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
});

test('a list’s older page arrives prerendered, readable before the app runs, and is hydrated, not drawn again', async ({ page }) => {
  const release = await holdAppCode(page);
  // The demo's 42 stories in all news: the 20 oldest are ?page=1, the 22 newest the list's own page.
  await page.goto('/en/news/?page=1', { waitUntil: 'domcontentloaded' });
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.getByRole('link', { name: /Newer stories/ })).toHaveAttribute('href', '/en/news/');
  await expect(pages.getByRole('link', { name: /Older stories/ })).toHaveCount(0);
  const firstStory = page.getByRole('main').getByRole('article').first().getByRole('heading');
  await expect(firstStory).not.toHaveText('');
  await expect(page.locator('html')).not.toHaveAttribute('data-app');
  await firstStory.evaluate((element) => {
    element.setAttribute('data-seen-before-app', '');
  });
  release();
  await appRunning(page);
  await expect(firstStory).toHaveAttribute('data-seen-before-app', '');
  await expect(pages.getByRole('link', { name: /Newer stories/ })).toBeVisible();
});

test('paging through all news keeps the page in the URL across back and reload', async ({ page }) => {
  await page.goto('/en/news/');
  const pages = page.getByRole('navigation', { name: 'Pages' });
  // No page counts the list: the own page has only the way to older stories.
  await expect(pages.getByRole('link', { name: /Newer stories/ })).toHaveCount(0);
  await pages.getByRole('link', { name: /Older stories/ }).click();
  await expect(page).toHaveURL(/\/en\/news\/\?page=1$/);
  await expect(pages.getByRole('link', { name: /Newer stories/ })).toBeVisible();
  await expect(pages.getByRole('link', { name: /Older stories/ })).toHaveCount(0);
  await page.reload();
  await expect(pages.getByRole('link', { name: /Newer stories/ })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/news\/$/);
  await expect(pages.getByRole('link', { name: /Older stories/ })).toBeVisible();
  await expect(page.getByText(/Page \d+ of \d+/)).toHaveCount(0);
});

test('an unknown address shows a real not-found page', async ({ page }) => {
  await page.goto('/en/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the front page' })).toBeVisible();
  await page.goto('/en/world/a-story-that-never-was-zzzzzzz');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('a broken document shows an error page with a retry that recovers', async ({ page, isMobile }) => {
  await page.goto('/en/');
  await appRunning(page);
  await expect(page.getByRole('region', { name: 'Lead story' })).toBeVisible();
  let broken = true;
  await page.route('**/data/en/sections/science/latest.json', async (route) => {
    if (broken) await route.fulfill({ status: 200, contentType: 'application/json', body: '{"kind": "list-page", "items": [' });
    else await route.continue();
  });
  await openSection(page, 'Science', isMobile);
  await expect(page.getByRole('heading', { level: 1, name: 'The news could not be loaded' })).toBeVisible();
  await expect(page.getByText('The news feed is damaged and could not be read.')).toBeVisible();
  // The chrome stays: the reader can still go elsewhere.
  await expect(page.getByRole('contentinfo')).toBeVisible();
  broken = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Science' })).toBeVisible();
});

test('an address the build did not prerender renders on the client without errors', async ({ page }) => {
  const errors = watchErrors(page);
  // A server without the page's file answers with the app shell: the app draws the list itself.
  const realFiles = await serveAppShell(page, (url) => url.pathname === '/en/news/' && url.searchParams.get('page') === '1');
  await page.goto('/en/news/?page=1');
  await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Newer stories/ })).toHaveAttribute('href', '/en/news/');
  await expect(page.locator('#query-state')).toHaveCount(0);
  await realFiles();
  await page.goto('/en/world/an-old-headline-175f61g');
  await expect(page).toHaveURL(/\/en\/world\/eleven-coastal-nations[a-z0-9-]+-175f61g$/);
  expect(errors).toEqual([]);
});

test('no page scrolls sideways on a narrow phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/en/', '/en/world/', '/en/news/', '/de/']) {
    await page.goto(path);
    await expect(page.getByRole('main')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
