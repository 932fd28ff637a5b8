import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test as base } from '@playwright/test';
import type { EditionLang } from '@/config/editions';
import {
  aboutPath,
  advertisingPath,
  allNewsPath,
  archivePath,
  articlePath,
  authorPath,
  authorsPath,
  editionFeedPath,
  editionPath,
  sectionFeedPath,
  sectionPath,
  sitemapPath,
} from '@/config/paths';
import { listPageSlices } from '@/config/site-rules.js';
import { archiveOf, articlesByAuthor, authorsOf } from '@/feed/edition-views';
import { parseFeed } from '@/feed/parse-feed';
import type { Edition } from '@/feed/types';
import { de } from '@/i18n/messages/de';
import { en, type Messages } from '@/i18n/messages/en';
import { appRunning, serveAppShell } from './app-running';

/*
 * Hostile feeds in a real browser. scripts/run-e2e.mjs builds two editions with the production
 * prerender (scripts/build-hostile-site.mjs) and playwright.config.ts serves them to the `hostile`
 * project: `en` carries our XSS vectors in every field (scripts/make-hostile-feeds.mjs), `de` the
 * big list of naughty strings. Every vector tries to change `window.__xss` or to open a dialog.
 */

declare global {
  interface Window {
    __xss?: unknown;
  }
}

type RawItem = { id: string | number; title?: string; summary?: string; content_html?: string; content_text?: string; tags?: unknown };

const FEEDS_DIR = process.env.MERIDIAN_HOSTILE_FEEDS_DIR ?? 'dist-hostile-feeds';

function loadEdition(lang: EditionLang): { edition: Edition; raw: Map<string, RawItem> } {
  const file = join(FEEDS_DIR, `${lang}.json`);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run the browser tests with scripts/run-e2e.mjs, which builds the hostile editions.`);
  }
  const json = JSON.parse(readFileSync(file, 'utf8')) as { items: RawItem[] };
  const result = parseFeed(json, lang);
  if (!result.ok) throw new Error(`${file} is not a feed the reader accepts: ${JSON.stringify(result.error)}`);
  return { edition: result.edition, raw: new Map(json.items.map((item) => [String(item.id), item])) };
}

const xss = loadEdition('en');
const naughty = loadEdition('de');

type Watch = { dialogs: string[]; errors: string[] };

/** Every page starts with the sentinel at 0 and records dialogs, uncaught errors and console errors. */
const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, provide) => {
    const watch: Watch = { dialogs: [], errors: [] };
    await page.addInitScript(() => {
      window.__xss = 0;
    });
    page.on('dialog', (dialog) => {
      watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => watch.errors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      // Hostile image paths that don't exist are expected 404s; any other console error is not.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        watch.errors.push(`console: ${message.text()}`);
      }
    });
    await provide(watch);
  },
});

// Every visit must reach the server (and page.route): a service worker would answer from its cache.
test.use({ serviceWorkers: 'block' });

type Rendered = 'prerendered' | 'client';

/**
 * Opens a page, lets the app start on it, and gives autofocus, image errors, animations and
 * refreshes time to fire. `rendered: 'client'` has the server answer with the app shell, as it does
 * for an address the build did not render, so the app builds the page from the story's document
 * instead of hydrating the prerendered HTML.
 */
async function open(
  page: Page,
  url: string,
  { settleMs = 300, rendered = 'prerendered' }: { settleMs?: number; rendered?: Rendered } = {},
): Promise<void> {
  const realFiles = rendered === 'client' ? await serveAppShell(page, (address) => address.pathname === new URL(url, address).pathname) : undefined;
  await page.goto(url);
  await appRunning(page);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeAttached();
  if (rendered === 'client') {
    // The shell carries no page state: what is on screen was rendered by the app.
    await expect(page.locator('#query-state')).toHaveCount(0);
    await realFiles?.();
  }
  await page.waitForLoadState('networkidle');
  if (settleMs > 0) await page.waitForTimeout(settleMs);
}

/** What the browser holds after the page settled; every list must be empty. */
async function inspect(page: Page) {
  const report = await page.evaluate(() => {
    const main = document.querySelector('main');
    const inMain = main ? [main, ...Array.from(main.querySelectorAll('*'))] : [];
    const name = (el: Element) => el.tagName.toLowerCase();
    const URL_ATTRIBUTES = new Set([
      'href',
      'src',
      'srcset',
      'action',
      'formaction',
      'cite',
      'data',
      'poster',
      'background',
      'xlink:href',
      'ping',
      'srcdoc',
    ]);
    // What the browser ignores before a scheme: leading C0 controls and spaces, tabs and newlines anywhere.
    const scheme = (value: string) =>
      value
        .replace(/[\t\n\r]/g, '')
        // eslint-disable-next-line no-control-regex -- browsers strip exactly these characters
        .replace(/^[\u0000-\u0020]+/, '')
        .toLowerCase();
    const attributes = inMain.flatMap((el) => Array.from(el.attributes, (attr) => ({ el, attr })));
    const outsideLinks = Array.from(main?.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]') ?? []).filter(
      (link) => new URL(link.href).origin !== location.origin,
    );
    const stateElements = Array.from(document.querySelectorAll('[id="query-state"]'));
    return {
      sentinel: window.__xss,
      eventHandlers: attributes.filter(({ attr }) => /^on/i.test(attr.name)).map(({ el, attr }) => `${name(el)}[${attr.name}]`),
      dangerousUrls: attributes
        .filter(({ attr }) => URL_ATTRIBUTES.has(attr.name.toLowerCase()) && /^(javascript|data|vbscript):/.test(scheme(attr.value)))
        .map(({ el, attr }) => `${name(el)}[${attr.name}=${attr.value}]`),
      scriptsInBody: Array.from(document.querySelectorAll('.article-body script'), (el) => el.outerHTML),
      forbiddenInMain: Array.from(
        main?.querySelectorAll('script, iframe, frame, frameset, object, embed, applet, form, base, meta, portal, fencedframe, link[rel~="import" i]') ??
          [],
        (el) => el.outerHTML.slice(0, 120),
      ),
      // The app's own <meta http-equiv="Content-Security-Policy"> in the head is not a takeover.
      pageTakeover: Array.from(document.querySelectorAll('base, meta[http-equiv="refresh" i], body meta'), (el) => el.outerHTML),
      outsideLinksWithoutRel: outsideLinks
        .filter((link) => !(link.relList.contains('noopener') && link.relList.contains('noreferrer')))
        .map((link) => link.outerHTML.slice(0, 120)),
      clobbering: [
        document.getElementById !== Document.prototype.getElementById ? 'document.getElementById is shadowed' : '',
        stateElements.length > 1 ? `${stateElements.length} elements are #query-state` : '',
        stateElements.some((el) => el.tagName !== 'SCRIPT' || main?.contains(el)) ? 'a #query-state that is not the app’s script' : '',
        document.querySelector('.article-body [id], .article-body [name]') ? 'an id or name in the article body' : '',
      ].filter(Boolean),
    };
  });
  return { ...report, frames: page.frames().length };
}

const CLEAN = {
  sentinel: 0,
  eventHandlers: [],
  dangerousUrls: [],
  scriptsInBody: [],
  forbiddenInMain: [],
  pageTakeover: [],
  outsideLinksWithoutRel: [],
  clobbering: [],
  frames: 1,
};

async function expectNothingRan(page: Page, watch: Watch, url: string, label = url): Promise<void> {
  expect(await inspect(page), label).toEqual(CLEAN);
  expect(watch.dialogs, `dialogs on ${label}`).toEqual([]);
  expect(watch.errors, `errors on ${label}`).toEqual([]);
  // Still the page that was opened: no refresh, base or script sent the reader elsewhere.
  expect(new URL(page.url()).origin).toBe(new URL(url, page.url()).origin);
}

const heading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 1 });

/** The page a test opens, and the heading it must show, as plain text. */
type Target = { label: string; url: string; h1?: string };

function listPages(edition: Edition, messages: Messages): Target[] {
  const { lang } = edition;
  const pages: Target[] = [
    { label: 'front', url: editionPath(lang), h1: edition.title },
    ...edition.sections.map((s) => ({ label: `${s.id} section`, url: sectionPath(lang, s.id), h1: s.title })),
    { label: 'all-news', url: allNewsPath(lang), h1: messages.allNews },
    { label: 'authors', url: authorsPath(lang), h1: messages.authors },
    ...authorsOf(edition, lang).map(({ author }) => ({
      label: `author ${author.slug}`,
      url: authorPath(lang, author.slug),
      h1: articlesByAuthor(edition, author.slug).author?.name,
    })),
    { label: 'archive', url: archivePath(lang) },
    ...archiveOf(edition).flatMap((m) => m.days.map(({ day }) => ({ label: `archive ${day}`, url: archivePath(lang, day) }))),
    { label: 'sitemap', url: sitemapPath(lang) },
    { label: 'about', url: aboutPath(lang) },
    { label: 'advertising', url: advertisingPath(lang) },
  ];
  // Older pages of a list: prerendered like the rest, and drawn by the app too (see the test below).
  for (const { page } of listPageSlices(edition.articles.length).slice(1)) {
    pages.push({ label: `all-news page ${page}`, url: allNewsPath(lang, page), h1: messages.allNews });
  }
  return pages;
}

test.describe('an edition whose every field carries XSS vectors', () => {
  for (const article of xss.edition.articles) {
    const raw = xss.raw.get(article.id);
    const url = articlePath('en', article);

    test(`the story ${JSON.stringify(article.id)} runs none of its vectors, prerendered or rendered in the browser, and shows its words as text`, async ({
      page,
      watch,
    }) => {
      expect(raw, 'the feed item behind the article').toBeDefined();
      // The headline is the feed's own string, or for an untitled item the parser's fallback.
      const title = raw?.title ?? article.title;
      const marker = /Hostile story \d+ still has its words\./.exec(`${raw?.content_html ?? ''}${raw?.content_text ?? ''}`)?.[0];

      // The prerendered HTML as the browser parses it, then hydrated; then the same story built by the
      // client from its document, as for an address the build did not render.
      for (const rendered of ['prerendered', 'client'] as const) {
        const visit = `${url} (${rendered})`;
        await open(page, url, { rendered });
        await expect(heading(page), visit).toHaveText(title);
        await expect(page).toHaveTitle(`${title} — Meridian`);
        if (marker) await expect(page.locator('.article-body')).toContainText(marker);
        if (article.summary) await expect(page.locator('.article-lead')).toHaveText(article.summary);
        if (article.image?.caption) await expect(page.locator('.photo-caption')).toHaveText(article.image.caption);
        for (const tag of article.tags) await expect(page.locator('.article-tags li').filter({ hasText: tag }).first()).toHaveText(tag);
        if (!raw?.content_html && raw?.content_text) {
          for (const paragraph of article.contentText?.split(/\n\s*\n/) ?? []) {
            await expect(page.locator('.article-body p').filter({ hasText: paragraph.trim() }).first()).toHaveText(paragraph.trim());
          }
        }
        // Hover and tab through the body, in case a handler waits for the reader.
        await page.locator('.article-body').hover();
        for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
        await expectNothingRan(page, watch, url, visit);
      }
    });
  }

  for (const target of listPages(xss.edition, en)) {
    test(`the ${target.label} page runs none of the feed's vectors and shows its heading as text`, async ({ page, watch }) => {
      await open(page, target.url);
      if (target.h1 !== undefined) await expect(heading(page)).toHaveText(target.h1);
      await expectNothingRan(page, watch, target.url);
      // A list's later page is also drawn by the app from its document, as for a server without its file.
      if (target.url.includes('?page=')) {
        await open(page, target.url, { rendered: 'client' });
        if (target.h1 !== undefined) await expect(heading(page)).toHaveText(target.h1);
        await expectNothingRan(page, watch, target.url, `${target.url} (client)`);
      }
    });
  }
});

test.describe('an edition written in the big list of naughty strings', () => {
  // eslint-disable-next-line no-control-regex -- document.title turns control characters into spaces
  const plain = (text: string) => text.replace(/[\u0000-\u0020\u007f]+/g, ' ').trim();

  /** Rendered, not blank, no error page and no error: a heading with text, and the page's words. */
  async function expectRendered(page: Page, watch: Watch, target: Target, rendered: Rendered = 'prerendered'): Promise<void> {
    await open(page, target.url, { settleMs: 0, rendered });
    const h1 = heading(page);
    if (target.h1 !== undefined) await expect(h1, target.url).toHaveText(target.h1);
    else await expect(h1, target.url).not.toHaveText(/^\s*$/);
    await expect(h1, target.url).not.toHaveText(de.notFoundTitle);
    await expect(h1, target.url).not.toHaveText(de.errorTitle);
    expect(await page.locator('body').innerText(), target.url).not.toBe('');
    expect(watch.dialogs, `dialogs on ${target.url}`).toEqual([]);
    expect(watch.errors, `errors on ${target.url}`).toEqual([]);
    expect(await page.evaluate(() => window.__xss), target.url).toBe(0);
  }

  test('every story page renders its headline without errors', async ({ page, watch }) => {
    test.setTimeout(naughty.edition.articles.length * 8_000);
    for (const article of naughty.edition.articles) {
      await expectRendered(page, watch, { label: article.id, url: articlePath('de', article), h1: article.title });
      // The tab title is the string too, once the browser has folded control characters and spaces.
      expect(plain(await page.title()), article.id).toBe(plain(`${article.title} — Meridian`));
    }
  });

  test('every story renders in the browser from its document without errors', async ({ page, watch }) => {
    test.setTimeout(naughty.edition.articles.length * 8_000);
    for (const article of naughty.edition.articles) {
      await expectRendered(page, watch, { label: article.id, url: articlePath('de', article), h1: article.title }, 'client');
    }
  });

  test('every front, section, list, author, archive and site page renders without errors', async ({ page, watch }) => {
    const pages = listPages(naughty.edition, de);
    test.setTimeout(pages.length * 8_000);
    for (const target of pages) await expectRendered(page, watch, target);
  });

  test('the RSS feeds built from it stay well-formed XML that a browser can read', async ({ page, request }) => {
    await page.goto('about:blank');
    const feeds = [editionFeedPath('de', 'rss'), ...naughty.edition.sections.map((s) => sectionFeedPath('de', s.id, 'rss'))];
    for (const path of feeds) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const xml = await response.text();
      const problem = await page.evaluate(
        (text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null,
        xml,
      );
      expect(problem, path).toBeNull();
    }
  });
});
