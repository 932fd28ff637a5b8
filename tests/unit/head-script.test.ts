import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deferAppCode, inlineHeadScript } from '../../scripts/inline-head-script-plugin';
import { headScript, headScriptHash } from '../../scripts/head-script.mjs';

// A page runs the script once; these tests run it many times on one document, so the listeners
// each run adds are taken away after every test.
const listeners: [string, EventListenerOrEventListenerObject][] = [];
const addListener = document.addEventListener.bind(document);
beforeEach(() => {
  vi.spyOn(document, 'addEventListener').mockImplementation(
    (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
      listeners.push([type, listener]);
      addListener(type, listener, options);
    },
  );
});
afterEach(() => {
  for (const [type, listener] of listeners.splice(0)) document.removeEventListener(type, listener);
});

/** Runs the inlined script as a browser would run it in <head>. */
function runHeadScript() {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script under test is our own file.
  const script = new Function(headScript()) as () => void;
  script();
}

describe('the theme script in <head>', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.removeAttribute('data-text-size');
    vi.restoreAllMocks();
  });

  it('puts the remembered theme and text size on <html> before anything is drawn', () => {
    localStorage.setItem('meridian:theme', 'dark');
    localStorage.setItem('meridian:text-size', 'larger');
    runHeadScript();
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(document.documentElement).toHaveAttribute('data-text-size', 'larger');
  });

  it('leaves the system theme to the stylesheet and ignores values it does not know', () => {
    localStorage.setItem('meridian:theme', '"><script>');
    localStorage.setItem('meridian:text-size', 'huge');
    runHeadScript();
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(document.documentElement).not.toHaveAttribute('data-text-size');
  });

  it('keeps the defaults when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(runHeadScript).not.toThrow();
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('is inlined into the page in place of the external script', () => {
    const plugin = inlineHeadScript();
    const transform = plugin.transformIndexHtml as { handler: (html: string) => string };
    const html = transform.handler('<head><script src="/head-script.js"></script></head>');
    expect(html).toBe(`<head><script>${headScript()}</script></head>`);
    expect(() => transform.handler('<head></head>')).toThrow(/head-script/);
  });

  it('is allowed by its hash in every page policy of the nginx config, and no other inline script is', () => {
    const conf = readFileSync(join(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');
    const pagePolicies = [...conf.matchAll(/Content-Security-Policy "([^"]*style-src[^"]*)"/g)].map((match) => match[1]);
    expect(pagePolicies.length).toBeGreaterThanOrEqual(2);
    for (const policy of pagePolicies) {
      expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${headScriptHash()};`);
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });
});

describe('starting the app after the story', () => {
  const APP_CODE = '<link rel="modulepreload" href="/assets/app.js"><link rel="modulepreload" href="/assets/index.js">';

  /** A prerendered page for `url` (by default the address it is opened at), with the app's template. */
  function page(body: string, url = location.pathname) {
    document.head.insertAdjacentHTML('beforeend', `<template id="app-code">${APP_CODE}</template>`);
    document.body.innerHTML = `<div id="root">${body}</div><script type="application/json" id="query-state" data-url="${url}">{}</script>`;
  }
  const started = () => document.head.querySelectorAll('head > link[rel="modulepreload"]').length;

  beforeEach(() => {
    // Frames and timers under the test's control; no timer outlives its test.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('puts the app code into the page once the page has painted, and only once', () => {
    page('<h1>Story</h1>');
    runHeadScript();
    expect(started()).toBe(0);
    vi.advanceTimersByTime(20);
    expect(started()).toBe(2);
    runHeadScript();
    vi.advanceTimersByTime(3000);
    expect(started()).toBe(2);
  });

  it('waits for the page to be parsed when it runs in <head>', () => {
    page('<h1>Story</h1>');
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    runHeadScript();
    vi.advanceTimersByTime(20);
    expect(started()).toBe(0);
    readyState.mockRestore();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    vi.advanceTimersByTime(20);
    expect(started()).toBe(2);
  });

  it('waits for the lead photo to arrive first', () => {
    page('<h1>Story</h1><img fetchpriority="high" src="/images/lead.jpg" alt="">');
    const lead = document.querySelector('img') as HTMLImageElement;
    Object.defineProperty(lead, 'complete', { value: false });
    runHeadScript();
    vi.advanceTimersByTime(500);
    expect(started()).toBe(0);
    lead.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(20);
    expect(started()).toBe(2);
  });

  it('starts after three seconds when the lead photo never arrives', () => {
    page('<img fetchpriority="high" src="/images/lost.jpg" alt="">');
    Object.defineProperty(document.querySelector('img'), 'complete', { value: false });
    runHeadScript();
    vi.advanceTimersByTime(2900);
    expect(started()).toBe(0);
    vi.advanceTimersByTime(200);
    expect(started()).toBe(2);
  });

  it('starts at once on a page served for another address, which the app must replace', () => {
    page('<img fetchpriority="high" src="/images/lead.jpg" alt="">', '/en/news/');
    Object.defineProperty(document.querySelector('img'), 'complete', { value: false });
    runHeadScript();
    expect(started()).toBe(2);
  });

  /** How many app tags went in at once on a page rendered for `renderedFor`, opened at `address`, its lead photo still loading. */
  function startedAtOnce(address: string, renderedFor: string): number {
    const opened = `${location.pathname}${location.search}`;
    history.replaceState(null, '', address);
    try {
      page('<img fetchpriority="high" src="/images/lead.jpg" alt="">', renderedFor);
      Object.defineProperty(document.querySelector('img'), 'complete', { value: false });
      runHeadScript();
      return started();
    } finally {
      history.replaceState(null, '', opened);
      document.head.innerHTML = '';
    }
  }

  it('waits as usual on a list’s chunk page, prerendered for its ?page=N, and starts at once when the list’s own page answered for it', () => {
    expect(startedAtOnce('/en/news/?page=2&utm_medium=email', '/en/news/?page=2')).toBe(0);
    expect(startedAtOnce('/en/news/?page=1', '/en/news/?page=1')).toBe(0);
    // A server without the page's file sends the list's own page: that page is not the one asked for.
    expect(startedAtOnce('/en/news/?page=200', '/en/news/')).toBe(2);
  });

  it('waits as usual for a story opened with tracking parameters, which is still its prerendered page', () => {
    expect(startedAtOnce('/en/world/storm-warnings?utm_source=newsletter', '/en/world/storm-warnings')).toBe(0);
  });

  it('starts at once in the app shell, which has no page to show', () => {
    document.head.insertAdjacentHTML('beforeend', `<template id="app-code">${APP_CODE}</template>`);
    document.body.innerHTML = '<div id="root"></div>';
    runHeadScript();
    expect(started()).toBe(2);
  });

  it('moves the build’s script tags into the inert template, leaving the rest of the page alone', () => {
    const html = deferAppCode(
      '<head><title>t</title>\n<script type="module" crossorigin src="/assets/index-a.js"></script>\n<link rel="modulepreload" crossorigin href="/assets/app-b.js"><link rel="stylesheet" href="/assets/x.css"></head><body></body>',
    );
    expect(html).toBe(
      '<head><title>t</title><link rel="stylesheet" href="/assets/x.css">  <template id="app-code"><script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" crossorigin href="/assets/app-b.js"></template>\n  </head><body></body>',
    );
    expect(() => deferAppCode('<head></head>')).toThrow(/module script/);
  });

  it('adds a preload for the startup chunk, which the entry imports only after a yield', () => {
    const html = deferAppCode('<head><script type="module" crossorigin src="/assets/index-a.js"></script></head>', ['/assets/start-c.js']);
    expect(html).toContain(
      '<template id="app-code"><script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" crossorigin href="/assets/start-c.js"></template>',
    );
  });
});

describe('the phone menu before the app runs', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.removeAttribute('data-app');
  });

  function header() {
    document.body.innerHTML =
      '<header class="site-header" data-menu-open="false"><button type="button" class="menu-button" aria-expanded="false"><svg></svg>' +
      '<span data-menu-label="open">Menu</span><span data-menu-label="close" hidden>Close menu</span></button><nav></nav></header>';
    return { header: document.querySelector('header') as HTMLElement, button: document.querySelector('button') as HTMLButtonElement };
  }

  it('opens and closes the menu, its label and state changing together', () => {
    const { header: site, button } = header();
    runHeadScript();
    button.querySelector('svg')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(site).toHaveAttribute('data-menu-open', 'true');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAccessibleName('Close menu');
    button.click();
    expect(site).toHaveAttribute('data-menu-open', 'false');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAccessibleName('Menu');
  });

  it('closes with Escape and gives focus to the button', () => {
    const { header: site, button } = header();
    runHeadScript();
    button.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(site).toHaveAttribute('data-menu-open', 'false');
    expect(button).toHaveFocus();
  });

  it('leaves the button to the app once the app has begun', () => {
    const { header: site, button } = header();
    runHeadScript();
    document.documentElement.dataset.app = 'starting';
    button.click();
    expect(site).toHaveAttribute('data-menu-open', 'false');
  });
});

describe('a language chosen before the app runs', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.removeAttribute('data-app');
    localStorage.clear();
  });

  function switcher() {
    document.body.innerHTML =
      '<nav class="language-switcher"><ul><li><span aria-current="true">English</span></li><li><a href="/de/" hreflang="de" lang="de">Deutsch</a></li></ul></nav>';
    const link = document.querySelector('a') as HTMLAnchorElement;
    // jsdom would try to navigate; the page load is the browser's business, not this script's.
    link.addEventListener('click', (event) => {
      event.preventDefault();
    });
    return link;
  }

  it('is remembered for the next visit to /, as the app remembers it', () => {
    const link = switcher();
    runHeadScript();
    link.click();
    expect(localStorage.getItem('meridian:edition')).toBe('de');
  });

  it('is left to the app once the app runs', () => {
    const link = switcher();
    runHeadScript();
    document.documentElement.dataset.app = 'running';
    link.click();
    expect(localStorage.getItem('meridian:edition')).toBeNull();
  });

  it('still follows the link when storage is blocked', () => {
    const link = switcher();
    runHeadScript();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    // A listener's exception would not reach click(): the page reports it as an error event.
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    link.click();
    window.removeEventListener('error', onError);
    vi.restoreAllMocks();
    expect(errors).toEqual([]);
  });
});
