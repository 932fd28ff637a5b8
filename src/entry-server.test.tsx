import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { prepareApp } from '@/app/start';
import { buildSite } from '@/build/edition-artifacts';
import { demoFeed } from '../tests/fixtures/feeds';
import { serveFeeds } from '../tests/render-route';
import { renderPage } from './entry-server';

const SITE = 'https://news.example';
const site = { siteUrl: SITE, logo: { url: '/images/previews/logo-512x512.png', width: 512, height: 512 } };
const leadPath = () => buildSite({ en: [JSON.stringify(demoFeed()), 'en.json'] }, (html) => html).pages.find((p) => p.includes('/harbour-towns-')) ?? '';

describe('a prerendered article', () => {
  it('carries its canonical address, link-preview tags and structured data in <head>', async () => {
    serveFeeds({ en: demoFeed() }, { site });
    const path = leadPath();
    const page = await renderPage(path);
    if (page.kind !== 'page') throw new Error('the article redirected');
    expect(page.head).toContain(`<link rel="canonical" href="${SITE}${path}"/>`);
    expect(page.head).toContain('<meta property="og:type" content="article"/>');
    const json = /<script type="application\/ld\+json" id="structured-data">([^<]*)<\/script>/.exec(page.head)?.[1] ?? '';
    const data = JSON.parse(json) as { '@graph': { '@type': string }[] };
    expect(data['@graph'].map((thing) => thing['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
    expect(page.body).not.toContain('application/ld+json');
  });

  it('is hydrated without a mismatch, and keeps one canonical link and one block of structured data', async () => {
    serveFeeds({ en: demoFeed() }, { site });
    const path = leadPath();
    const page = await renderPage(path);
    if (page.kind !== 'page') throw new Error('the article redirected');
    document.head.innerHTML = page.head;
    document.body.innerHTML = `<div id="root">${page.body}</div><script type="application/json" id="query-state" data-url="${path}">${page.state}</script>`;
    window.history.replaceState(null, '', path);
    const root = document.getElementById('root') as HTMLElement;
    const prepared = await prepareApp(root);
    expect(prepared.hydrate).toBe(true);

    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const recoverable = vi.fn();
    let app: Root | undefined;
    await act(async () => {
      app = hydrateRoot(root, prepared.element, { onRecoverableError: recoverable });
      await Promise.resolve();
    });
    await screen.findByRole('heading', { level: 1, name: 'Harbour towns agree to share storm warnings' });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(document.head.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
    expect(document.head.querySelectorAll('meta[property="og:image"]')).toHaveLength(1);
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.parentElement).toBe(document.head);
    expect(page.head).toContain(scripts[0]?.textContent ?? 'missing');

    act(() => {
      app?.unmount();
    });
    errors.mockRestore();
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });
});

describe('the page template', () => {
  it('holds the first paint for an element every prerendered page has, right after its header', async () => {
    // index.html's <link rel="expect">: were its target renamed away, painting would wait for the whole page.
    const template = readFileSync(join(import.meta.dirname, '..', 'index.html'), 'utf8');
    const target = /<link rel="expect" href="#([\w-]+)" blocking="render"/.exec(template)?.[1] ?? '';
    expect(target).not.toBe('');
    serveFeeds({ en: demoFeed() }, { site });
    for (const path of ['/en/', leadPath()]) {
      const page = await renderPage(path);
      if (page.kind !== 'page') throw new Error(`${path} redirected`);
      expect(page.body, path).toMatch(new RegExp(`</header><main id="${target}"`));
    }
  });
});
