import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineHeadScript, headScriptHash, headScript } from '../../scripts/inline-head-script-plugin';

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
      expect(policy).toContain(`script-src 'self' ${headScriptHash()};`);
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });
});
