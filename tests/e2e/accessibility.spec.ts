import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { appRunning } from './app-running';

/*
 * WCAG 2.2 AA in a real browser: axe over every kind of page in two editions at both viewports
 * (light and dark), the landmarks and heading outline of each, and a reader who only has a keyboard.
 */

type AxeViolation = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };
type AxeRun = (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>;

declare global {
  interface Window {
    axe?: { run: AxeRun };
  }
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe is injected as an inline script: a test tool, not the app, so the page's CSP may let it in.
// No service worker: the error page's failing documents must reach page.route, not the offline cache.
test.use({ bypassCSP: true, serviceWorkers: 'block' });

/** Violations as short lines (rule, impact, where), so a failure says what to fix. */
async function axeViolations(page: Page, only?: { rules: string[] }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const runOnly = only ? { type: 'rule', values: only.rules } : { type: 'tag', values: WCAG_TAGS };
  const violations = await page.evaluate(
    async (options) => {
      if (!window.axe) throw new Error('axe-core did not load');
      return (await window.axe.run(document, { ...options, resultTypes: ['violations'] })).violations;
    },
    { runOnly },
  );
  return violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every heading a screen reader lists, by level; the outline starts at one h1 and never skips a level going down. */
async function expectHeadingOutline(page: Page) {
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) => headings.filter((h) => !h.closest('[aria-hidden="true"], [hidden]')).map((h) => Number(h.tagName[1])));
  expect(levels[0], 'the first heading is the h1').toBe(1);
  expect(
    levels.filter((level) => level === 1),
    'exactly one h1',
  ).toHaveLength(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `heading ${i + 1} skips a level after h${levels[i - 1]}`).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
  });
}

async function expectLabelledLandmarks(page: Page) {
  for (const role of ['banner', 'main', 'contentinfo'] as const) {
    await expect(page.getByRole(role), role).toHaveCount(1);
    await expect(page.getByRole(role), role).toHaveAccessibleName(/\S/);
  }
  for (const role of ['navigation', 'complementary'] as const) {
    for (const landmark of await page.getByRole(role).all()) await expect(landmark, role).toHaveAccessibleName(/\S/);
  }
}

const sitemapCache = new Map<string, string[]>();

/** Real addresses of articles, authors and days come from the built sitemap.xml, not guesses. */
async function pathFromSitemap(request: APIRequestContext, pattern: RegExp): Promise<string> {
  let paths = sitemapCache.get('paths');
  if (!paths) {
    const xml = await (await request.get('/sitemap.xml')).text();
    paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
    sitemapCache.set('paths', paths);
  }
  const found = paths.find((path) => pattern.test(path));
  if (!found) throw new Error(`sitemap.xml has no page like ${String(pattern)}`);
  return found;
}

/** Selects a word in the article body, as a reader's drag would (keyboards can't select page text without caret browsing). */
async function selectWordInArticle(page: Page): Promise<void> {
  await page.locator('.article-body').evaluate((body) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const match = /\p{L}{6,}/u.exec(text.data);
      if (!match) continue;
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error('no word to select in the article body');
  });
}

/** Ctrl+Enter on a selection opens the typo dialog (retried: a prerendered page answers once hydrated). */
async function openTypoDialog(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog');
  await expect(async () => {
    await selectWordInArticle(page);
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass();
  return dialog;
}

type Cell = {
  kind: string;
  path: (lang: string, request: APIRequestContext) => Promise<string> | string;
  broken?: boolean;
  /** What the reader does on the page before it is checked. */
  act?: (page: Page) => Promise<unknown>;
};

const PAGE_KINDS: Cell[] = [
  { kind: 'front page', path: (lang) => `/${lang}/` },
  { kind: 'section front', path: (lang) => `/${lang}/world/` },
  { kind: 'all news', path: (lang) => `/${lang}/news/` },
  { kind: 'article', path: (lang, request) => pathFromSitemap(request, new RegExp(`^/${lang}/science/[a-z0-9-]+-[a-z0-9]{7}$`)) },
  { kind: 'authors', path: (lang) => `/${lang}/authors/` },
  { kind: 'author page', path: (lang, request) => pathFromSitemap(request, new RegExp(`^/${lang}/authors/[a-z0-9-]+/$`)) },
  { kind: 'archive', path: (lang) => `/${lang}/archive/` },
  { kind: 'archive day', path: (lang, request) => pathFromSitemap(request, new RegExp(`^/${lang}/archive/\\d{4}-\\d\\d-\\d\\d/$`)) },
  { kind: 'sitemap page', path: (lang) => `/${lang}/sitemap/` },
  { kind: 'about page', path: (lang) => `/${lang}/about/` },
  {
    kind: 'typo dialog',
    path: (lang, request) => pathFromSitemap(request, new RegExp(`^/${lang}/science/[a-z0-9-]+-[a-z0-9]{7}$`)),
    act: openTypoDialog,
  },
  { kind: 'not-found page', path: (lang) => `/${lang}/no/such/page` },
  // An address the build did not render, so the app must fetch (and fails): only en's ?page=1 is prerendered.
  { kind: 'error page', path: (lang) => `/${lang}/news/?page=9`, broken: true },
];

for (const lang of ['en', 'ru']) {
  for (const cell of PAGE_KINDS) {
    test(`the ${cell.kind} in ${lang} passes axe in light and dark, with labelled landmarks and a heading outline`, async ({ page, request }) => {
      if (cell.broken) {
        await page.route(new RegExp(`/(feeds/${lang}\\.json|data/${lang}/)`), (route) => route.fulfill({ status: 500, body: 'down' }));
      }
      await page.goto(await cell.path(lang, request));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The app's own controls (theme, text size, share) are shown, and so checked, once it runs.
      await appRunning(page);
      if (cell.broken) await expect(page.getByRole('alert')).toBeVisible();
      await cell.act?.(page);

      expect(await axeViolations(page), 'light theme').toEqual([]);
      await expectLabelledLandmarks(page);
      await expectHeadingOutline(page);

      // The dark palette is checked on the same page: only colours change.
      await page.evaluate(() => {
        document.documentElement.setAttribute('data-theme', 'dark');
      });
      expect(await axeViolations(page, { rules: ['color-contrast', 'link-in-text-block'] }), 'dark theme').toEqual([]);
    });
  }
}

test('the header with its menu open passes axe (the menu opens on phones; on desktops it is always shown)', async ({ page, isMobile }) => {
  await page.goto('/ru/');
  await appRunning(page);
  if (isMobile) await page.getByRole('button', { name: 'Меню' }).click();
  await expect(page.getByRole('navigation', { name: 'Рубрики' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Тема' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The focused control shows a ring a sighted keyboard user can see: an outline of at least 2px. */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), tag: el.tagName };
  });
  expect(ring?.style, `focus ring on ${ring?.tag ?? 'nothing'}`).not.toBe('none');
  expect(ring?.width ?? 0).toBeGreaterThanOrEqual(2);
}

/** After a client-side navigation: focus on the new h1, the title updated and said in the polite live region. */
async function expectArrivedAt(page: Page, title: string | RegExp) {
  await expect(page).toHaveTitle(title);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const announced = await page.title();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: announced })).toHaveCount(1);
}

test('the skip link is the first Tab stop and takes the reader to the main content', async ({ page }) => {
  await page.goto('/en/world/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab continues inside the page's content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('a keyboard-only reader goes from the front to a section, an article, the typo dialog and another edition', async ({ page, isMobile }) => {
  await page.goto('/en/');
  await appRunning(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  if (isMobile) {
    const menu = page.getByRole('button', { name: 'Menu' });
    await tabTo(page, menu);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Close menu' })).toHaveAttribute('aria-expanded', 'true');
  }
  const science = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Science', exact: true });
  await tabTo(page, science);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/science\/$/);
  await expectArrivedAt(page, 'Science — Meridian');
  if (isMobile) await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');

  // From the heading, the next Tab is the first story in the list.
  await page.keyboard.press('Tab');
  const story = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
  await expect(story).toBeFocused();
  await expectVisibleFocus(page);
  const headline = (await story.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/science\/[a-z0-9-]+-[a-z0-9]{7}$/);
  await expectArrivedAt(page, `${headline} — Meridian`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);

  // A typo report: Ctrl+Enter on a selection opens the dialog with focus inside; Escape gives focus back.
  const dialog = await openTypoDialog(page);
  await expect(dialog).toHaveAccessibleName('Report a mistake');
  await expect(dialog.getByRole('textbox', { name: 'Comment (optional)' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Send' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // The article's own controls are reachable from its heading.
  await tabTo(page, page.getByRole('combobox', { name: 'Text size' }), { max: 12 });
  await expectVisibleFocus(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^(Share|Copy link)$/ })).toBeFocused();
  await expectVisibleFocus(page);

  // Back up to the edition switcher (behind the menu on phones) and change language.
  if (isMobile) {
    await tabTo(page, page.getByRole('button', { name: 'Menu' }), { backwards: true });
    await page.keyboard.press('Enter');
  }
  const russian = page.getByRole('navigation', { name: 'Edition language' }).getByRole('link', { name: 'Русский' });
  await tabTo(page, russian, { backwards: !isMobile });
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page).toHaveURL(/\/ru\//);
  await expectArrivedAt(page, / — Meridian$/);
  // The controls now speak Russian.
  if (isMobile) await expect(page.getByRole('button', { name: 'Меню' })).toBeVisible();
  else await expect(page.getByRole('combobox', { name: 'Тема' })).toBeVisible();
});

test('going back moves focus to the previous page and announces it too', async ({ page }) => {
  await page.goto('/en/');
  await appRunning(page);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Archive', exact: true }).click();
  await expectArrivedAt(page, 'Archive — Meridian');
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // The route announcer (the page's other live regions, such as news arriving, say nothing here).
  await expect(page.locator('[aria-live="polite"][aria-atomic="true"]')).toHaveText(/^Meridian/);
});

test('the first load leaves focus and the announcer alone', async ({ page }) => {
  await page.goto('/en/society/');
  await expect(page.getByRole('heading', { level: 1, name: 'Society' })).toBeVisible();
  // Both hold before the app runs; what matters is that its start (and the announcer's frame) left them.
  await appRunning(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await expect(page.locator('[aria-live="polite"][aria-atomic="true"]')).toHaveText('');
});

test('the phone menu keeps focus inside, closes with Escape and gives focus back to its button', async ({ page, isMobile }) => {
  await page.goto('/en/');
  await appRunning(page);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  if (!isMobile) {
    // Desktops show the sections and languages at all times: there is no menu to trap anyone.
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(nav).toBeVisible();
    await tabTo(page, nav.getByRole('link').first());
    await expectVisibleFocus(page);
    return;
  }
  const menu = page.getByRole('button', { name: 'Menu' });
  await tabTo(page, menu);
  await page.keyboard.press('Enter');
  const close = page.getByRole('button', { name: 'Close menu' });
  await expect(close).toBeFocused();
  await expect(nav).toBeVisible();

  // Tab past the last item wraps to the button; Shift+Tab from the button wraps to the last item.
  const stops = await page.locator('header').evaluate((header) => {
    const all = [...header.querySelectorAll<HTMLElement>('a[href], button, select, input')].filter((el) => el.getClientRects().length > 0);
    return all.length - all.findIndex((el) => el.classList.contains('menu-button'));
  });
  const inside = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active?.closest('header') != null && !active.classList.contains('brand');
    });
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    expect(await inside(), `Tab ${i + 1} stays in the menu`).toBe(true);
  }
  await expect(close).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(nav.getByRole('link').last()).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
});

test('text at 200% and a 320 px wide screen still fit without sideways scrolling', async ({ page, request }) => {
  const article = await pathFromSitemap(request, /^\/ru\/[a-z-]+\/[a-z0-9-]+-[a-z0-9]{7}$/);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const path of ['/en/', article]) {
    await page.goto(path);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
    expect(await overflow(), `${path} with text at 200%`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [article, '/ru/authors/', '/ru/archive/']) {
    await page.goto(path);
    await expect(page.getByRole('main')).toBeVisible();
    expect(await overflow(), `${path} at 320 px`).toBeLessThanOrEqual(0);
  }
  // The open menu with the language list and theme switch fits too.
  await appRunning(page);
  await page.getByRole('button', { name: 'Меню' }).click();
  await expect(page.getByRole('combobox', { name: 'Тема' })).toBeVisible();
  expect(await overflow(), 'open menu at 320 px').toBeLessThanOrEqual(0);
});

test('with reduced motion preferred nothing animates or scrolls smoothly', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/');
  const moving = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')]
        .map((el) => getComputedStyle(el))
        .filter((s) => s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0 || s.scrollBehavior === 'smooth').length,
  );
  expect(moving).toBe(0);
});
