import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { appRunning } from './app-running';

/*
 * A page that reaches the reader in pieces (a slow network, a parser that yields) must not paint a
 * part of its header and then move it when the rest arrives: CLS counts that, and a reader sees the
 * language links jump. The page is served through a proxy that stops in the middle of the header.
 */

const PAUSE_MS = 800;

/** Serves the site through a proxy that sends each page in two parts, cut before `cutBefore`. */
async function slowHeaderProxy(target: string, cutBefore: string): Promise<Server & { url: string }> {
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', target), { headers: { 'accept-encoding': 'identity' } });
      const headers = Object.fromEntries(
        [...upstream.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name)),
      );
      response.writeHead(upstream.status, headers);
      const body = Buffer.from(await upstream.arrayBuffer());
      const cut = (upstream.headers.get('content-type') ?? '').startsWith('text/html') ? body.indexOf(cutBefore) : -1;
      if (cut <= 0) return response.end(body);
      response.write(body.subarray(0, cut));
      setTimeout(() => response.end(body.subarray(cut)), PAUSE_MS);
    })().catch(() => response.destroy());
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return Object.assign(server, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

test.use({ serviceWorkers: 'block' });

test('a page that arrives in pieces paints its header whole: nothing in it moves when the rest arrives', async ({ page, baseURL }) => {
  // Cut before the theme switch, the header's last control: the language links are already in.
  const proxy = await slowHeaderProxy(baseURL ?? '', '<div class="preference theme-switch"');
  try {
    await page.addInitScript(() => {
      const shifts: string[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
          const moved = (entry.sources ?? []).map((source) => (source.node instanceof Element ? source.node.className : String(source.node?.nodeName)));
          shifts.push(`${entry.value.toFixed(4)}: ${moved.join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${proxy.url}/en/`);
    await appRunning(page);
    // On a phone the header's tools wait behind the menu button: there, too, nothing may move.
    const tools = { includeHidden: true };
    await expect(page.getByRole('navigation', { name: 'Edition language', ...tools }).getByRole('link', { name: 'Deutsch', ...tools })).toBeAttached();
    await expect(page.getByRole('combobox', { name: 'Theme', ...tools })).toBeAttached();
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
  } finally {
    await new Promise((closed) => proxy.close(closed));
  }
});
