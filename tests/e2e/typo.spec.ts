import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, type Locator, type Page, test, type TestInfo } from '@playwright/test';
import { appRunning } from './app-running';

/*
 * "Select a typo and press Ctrl+Enter", end to end: the reader's page, the dialog, delivery through
 * the real receiver inside the static server (server/static-server.mjs), and the offline queue in IndexedDB. Desktop readers press
 * Ctrl+Enter; phones (hasTouch) use the "Report a typo" button.
 */

// Delivery after back-off takes seconds by design, and the CI machine is small: allow for both.
test.describe.configure({ timeout: 60_000 });

/** Where the preview server's receiver writes (TYPO_REPORTS_FILE in playwright.config.ts). */
const REPORTS_FILE = resolve(`data/e2e/typo-reports-${process.env.E2E_PORT ?? '4174'}.jsonl`);

type StoredReport = {
  id: string;
  articleId: string;
  url: string;
  edition: string;
  selection: string;
  before: string;
  after: string;
  comment: string;
  createdAt: string;
  receivedAt: string;
};

/** Reports in the receiver's file with this comment (both projects and all tests share the file). */
async function storedReports(comment: string): Promise<StoredReport[]> {
  let text: string;
  try {
    text = await readFile(REPORTS_FILE, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as StoredReport)
    .filter((report) => report.comment === comment);
}

/** A comment no other test or project writes, to find this test's report in the shared file. */
const uniqueComment = (info: TestInfo) => `[${info.project.name}] ${info.title} ${String(Date.now())}`;

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Opens the newest story the way a reader does, so the app is running (hydrated) when the test acts. */
async function openArticle(page: Page): Promise<Locator> {
  await page.goto('/en/news/');
  const link = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
  const headline = (await link.textContent()) ?? '';
  await link.click();
  const article = page.getByRole('article', { name: headline });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(headline);
  // A click before the app ran was a plain page load: wait until the app runs on this page too.
  await appRunning(page);
  return article;
}

/** Selects the first word of at least six letters in the article body, as a reader's drag would. */
function selectWordInBody(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.querySelector('article .article-body');
    if (!body) throw new Error('no article body');
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
      return match[0];
    }
    throw new Error('no long word in the article body');
  });
}

/** Selects everything inside the element matching `selector`. */
async function selectAllOf(page: Page, selector: string): Promise<void> {
  await page.evaluate((target) => {
    const element = document.querySelector(target);
    if (!element) throw new Error(`nothing matches ${target}`);
    const range = document.createRange();
    range.selectNodeContents(element);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, selector);
}

/** Opens the report dialog as this device's reader would: Ctrl+Enter, or the touch button on a phone. */
async function openReport(page: Page, hasTouch: boolean): Promise<Locator> {
  if (hasTouch) {
    const button = page.getByRole('button', { name: 'Report a typo' });
    await expect(button).toBeVisible();
    await button.tap();
  } else {
    await page.keyboard.press('Control+Enter');
  }
  const dialog = page.getByRole('dialog', { name: 'Report a mistake' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a reader reports a typo and the newsroom’s file holds the report', async ({ page, hasTouch }, testInfo) => {
  const errors = watchErrors(page);
  const article = await openArticle(page);
  await expect(
    page.getByText(
      hasTouch ? 'Spotted a mistake? Select it and tap “Report a typo”.' : 'Spotted a mistake? Select it with the mouse and press Ctrl+Enter.',
    ),
  ).toBeVisible();
  const articleUrl = page.url();

  let word: string;
  if (hasTouch) {
    word = await selectWordInBody(page);
  } else {
    // A real double click selects the first word of the first paragraph.
    await article
      .locator('.article-body p')
      .first()
      .dblclick({ position: { x: 4, y: 8 } });
    word = (await page.evaluate(() => document.getSelection()?.toString() ?? '')).trim();
    expect(word).not.toBe('');
  }

  const dialog = await openReport(page, hasTouch);
  await expect(dialog.locator('mark')).toHaveText(word);
  await expect(dialog.getByText('The text you selected, in context:')).toBeVisible();
  const comment = dialog.getByRole('textbox', { name: 'Comment (optional)' });
  await expect(comment).toBeFocused();

  const note = uniqueComment(testInfo);
  await comment.fill(note);
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Thank you! Your report has been sent to the editors.');

  const [report, ...others] = await storedReports(note);
  expect(others).toEqual([]);
  expect(report).toMatchObject({ url: articleUrl, edition: 'en', selection: word, comment: note });
  expect(report?.articleId).toMatch(/\S/);
  expect(report?.before.length).toBeLessThanOrEqual(60);
  expect(report?.after.length).toBeLessThanOrEqual(60);
  const quote = (await dialog.locator('blockquote').textContent()) ?? '';
  expect(quote.replace(/…/g, '').trim()).toBe(`${report?.before ?? ''}${word}${report?.after ?? ''}`.trim());
  expect(Date.parse(report?.createdAt ?? '')).not.toBeNaN();
  expect(Date.parse(report?.receivedAt ?? '')).not.toBeNaN();

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(errors).toEqual([]);
});

test('the dialog works from the keyboard alone and gives focus back', async ({ page }, testInfo) => {
  const article = await openArticle(page);
  const headline = article.getByRole('heading', { level: 1 });
  // A keyboard reader's place on the page: the headline (focusable for route changes).
  await headline.focus();
  await selectAllOf(page, 'article h1');
  await expect(headline).toBeFocused();

  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('dialog', { name: 'Report a mistake' });
  await expect(dialog).toBeVisible();
  const comment = dialog.getByRole('textbox', { name: 'Comment (optional)' });
  await expect(comment).toBeFocused();

  // Escape closes it and focus goes back to where the reader was.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(headline).toBeFocused();

  await selectAllOf(page, 'article h1');
  await page.keyboard.press('Control+Enter');
  await expect(comment).toBeFocused();
  // Typed key by key, as a keyboard reader would: short, but still unique to this run.
  const note = `keyboard ${testInfo.project.name} ${String(Date.now())}`;
  await page.keyboard.type(note);
  // Ctrl+Enter inside the comment field is just a key press there: no second dialog, nothing sent.
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expect(comment).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Send' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Thank you! Your report has been sent to the editors.');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(headline).toBeFocused();

  const [report] = await storedReports(note);
  expect(report?.selection).toBe((await headline.textContent())?.trim());
});

test('a selection outside the article, an empty one and an over-long one are explained', async ({ page }) => {
  await openArticle(page);

  await selectAllOf(page, 'footer');
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('dialog', { name: 'Report a mistake' });
  await expect(dialog.getByText(/^That text is not part of the article\./)).toBeVisible();
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByText(/^Nothing is selected\./)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await selectAllOf(page, 'article .article-body');
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByText('Your selection is long, so only its first 256 characters will be sent.')).toBeVisible();
  expect(((await dialog.locator('mark').textContent()) ?? '').length).toBeLessThanOrEqual(256);
});

test('the "Report a typo" button appears only on touch screens, and only for text in the article', async ({ page, hasTouch }) => {
  await openArticle(page);
  const button = page.getByRole('button', { name: 'Report a typo' });

  await selectAllOf(page, 'footer');
  // Give the selection watcher time to settle before asserting that nothing appeared.
  await page.waitForTimeout(400);
  await expect(button).toHaveCount(0);

  const word = await selectWordInBody(page);
  if (!hasTouch) {
    await page.waitForTimeout(400);
    await expect(button).toHaveCount(0);
    return;
  }
  await expect(button).toBeVisible();
  await expect(button).toBeInViewport();
  await button.tap();
  const dialog = page.getByRole('dialog', { name: 'Report a mistake' });
  await expect(dialog.locator('mark')).toHaveText(word);
  await dialog.getByRole('button', { name: 'Cancel' }).tap();
  await expect(dialog).toBeHidden();
  await expect(button).toHaveCount(0);
});

test('a report sent offline is queued and delivered once the browser reconnects', async ({ page, context, hasTouch }, testInfo) => {
  await openArticle(page);
  const word = await selectWordInBody(page);
  const dialog = await openReport(page, hasTouch);
  const note = uniqueComment(testInfo);
  await dialog.getByRole('textbox', { name: 'Comment (optional)' }).fill(note);

  await context.setOffline(true);
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/saved on this device and will be sent automatically/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const pending = page.getByText('1 typo report is waiting to be sent. It will go out automatically as soon as possible.');
  await expect(pending).toBeVisible();
  expect(await storedReports(note)).toEqual([]);

  await context.setOffline(false);
  await expect.poll(async () => (await storedReports(note)).length, { timeout: 10_000 }).toBe(1);
  await expect(pending).toBeHidden();
  const [report] = await storedReports(note);
  expect(report?.selection).toBe(word);
});

test('a report the server could not take survives a reload and is delivered once, after back-off', async ({ page, hasTouch }, testInfo) => {
  await openArticle(page);
  await selectWordInBody(page);
  const dialog = await openReport(page, hasTouch);
  const note = uniqueComment(testInfo);
  await dialog.getByRole('textbox', { name: 'Comment (optional)' }).fill(note);

  // The receiver is down: every attempt fails until the route is lifted.
  let attempts = 0;
  await page.route('**/api/typo', async (route) => {
    attempts += 1;
    await route.fulfill({ status: 503, contentType: 'application/json', body: '{"ok":false}' });
  });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/saved on this device/);
  expect(attempts).toBe(1);

  // Nothing is lost across a reload: the queue is read back from IndexedDB on the next visit.
  await page.reload();
  await appRunning(page);
  const pending = page.getByText('1 typo report is waiting to be sent. It will go out automatically as soon as possible.');
  await expect(pending).toBeVisible();
  expect(await storedReports(note)).toEqual([]);

  await page.unroute('**/api/typo');
  await expect.poll(async () => (await storedReports(note)).length, { timeout: 20_000 }).toBe(1);
  await expect(pending).toBeHidden();
  // Later flushes (timers, further triggers) must not send it again.
  await page.waitForTimeout(1000);
  expect(await storedReports(note)).toHaveLength(1);
});
