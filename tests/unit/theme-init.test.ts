import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineThemeInit, themeInitHash, themeInitScript } from '../../scripts/inline-theme-init-plugin';

/** Runs the inlined script as a browser would run it in <head>. */
function runThemeInit() {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script under test is our own file.
  const script = new Function(themeInitScript()) as () => void;
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
    runThemeInit();
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(document.documentElement).toHaveAttribute('data-text-size', 'larger');
  });

  it('leaves the system theme to the stylesheet and ignores values it does not know', () => {
    localStorage.setItem('meridian:theme', '"><script>');
    localStorage.setItem('meridian:text-size', 'huge');
    runThemeInit();
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(document.documentElement).not.toHaveAttribute('data-text-size');
  });

  it('keeps the defaults when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(runThemeInit).not.toThrow();
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('is inlined into the page in place of the external script', () => {
    const plugin = inlineThemeInit();
    const transform = plugin.transformIndexHtml as { handler: (html: string) => string };
    const html = transform.handler('<head><script src="/theme-init.js"></script></head>');
    expect(html).toBe(`<head><script>${themeInitScript()}</script></head>`);
    expect(() => transform.handler('<head></head>')).toThrow(/theme-init/);
  });

  it('is allowed by its hash in every page policy of the nginx config, and no other inline script is', () => {
    const conf = readFileSync(join(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');
    const pagePolicies = [...conf.matchAll(/Content-Security-Policy "([^"]*style-src[^"]*)"/g)].map((match) => match[1]);
    expect(pagePolicies.length).toBeGreaterThanOrEqual(2);
    for (const policy of pagePolicies) {
      expect(policy).toContain(`script-src 'self' ${themeInitHash()};`);
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });
});
