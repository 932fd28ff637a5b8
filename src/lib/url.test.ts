import { isExternalUrl, safeUrl } from './url';

describe('safeUrl', () => {
  it.each([
    ['an https URL', 'https://lantern.example/news?id=1#top', 'https://lantern.example/news?id=1#top'],
    ['an http URL', 'http://lantern.example/', 'http://lantern.example/'],
    ['an http URL with a port and credentials-free path', 'http://lantern.example:8080/a/b', 'http://lantern.example:8080/a/b'],
    ['a same-site path', '/en/town/story', '/en/town/story'],
    ['a same-site path with a query', '/search?q=tide', '/search?q=tide'],
    ['a lone slash', '/', '/'],
  ])('keeps %s', (_label, input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it('trims space around a URL', () => {
    expect(safeUrl('  https://lantern.example/a  ')).toBe('https://lantern.example/a');
  });

  it('normalizes an absolute URL the way the browser would', () => {
    expect(safeUrl('HTTPS://Lantern.EXAMPLE')).toBe('https://lantern.example/');
    expect(safeUrl('https://lantern.example/a/../b')).toBe('https://lantern.example/b');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: in mixed case', 'JaVaScRiPt:alert(1)'],
    ['javascript: with a tab inside', 'java\tscript:alert(1)'],
    ['javascript: with a newline inside', 'java\nscript:alert(1)'],
    ['javascript: after a control character', '\u0001javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a data: image', 'data:image/png;base64,iVBORw0KGgo='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['a file: URL', 'file:///etc/passwd'],
    ['an ftp: URL', 'ftp://lantern.example/file'],
    ['a mailto: URL', 'mailto:desk@lantern.example'],
    ['a blob: URL', 'blob:https://lantern.example/123'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a backslash protocol-relative URL', '/\\evil.example/x'],
    ['a relative path without a slash', 'pics/pier.jpg'],
    ['a dot path', './pics/pier.jpg'],
    ['a fragment only', '#top'],
    ['a URL with a space inside', 'https://lantern.example/a b'],
    ['an empty string', ''],
    ['only spaces', '   '],
    ['a scheme with no host', 'http://'],
    ['a URL over 2048 characters', `https://lantern.example/${'a'.repeat(2048)}`],
    ['a path over 2048 characters', `/${'a'.repeat(2048)}`],
  ])('drops %s', (_label, input) => {
    expect(safeUrl(input)).toBeUndefined();
  });

  it('keeps a URL of exactly 2048 characters', () => {
    const path = `/${'a'.repeat(2047)}`;
    expect(safeUrl(path)).toBe(path);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { href: 'https://lantern.example/' }],
    ['an array', ['https://lantern.example/']],
    ['a boolean', true],
  ])('drops %s', (_label, input) => {
    expect(safeUrl(input)).toBeUndefined();
  });
});

describe('isExternalUrl', () => {
  it('is true for http and https URLs, in any case', () => {
    expect(isExternalUrl('https://lantern.example/')).toBe(true);
    expect(isExternalUrl('http://lantern.example/')).toBe(true);
    expect(isExternalUrl('HTTPS://LANTERN.EXAMPLE/')).toBe(true);
  });

  it('is false for same-site paths', () => {
    expect(isExternalUrl('/en/town/story')).toBe(false);
    expect(isExternalUrl('/')).toBe(false);
  });
});

describe('URLs that pretend to be ours', () => {
  it('are dropped when they carry a user name or password before the real host', () => {
    expect(safeUrl('https://meridian.example@evil.example/')).toBeUndefined();
    expect(safeUrl('https://user:secret@example.org/')).toBeUndefined();
    expect(safeUrl('https://:secret@example.org/')).toBeUndefined();
    expect(safeUrl('https://example.org/page')).toBe('https://example.org/page');
  });
});
