import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, listPageFile, NGINX_LIST_PAGE_MAP, siteUrlFrom } from './site-rules.js';

describe('the file of a list’s later page', () => {
  it('is page-N.html beside the list’s index.html, whatever else the query holds', () => {
    expect(listPageFile('/en/news/', '?page=2')).toBe('/en/news/page-2.html');
    expect(listPageFile('/ru/science/', '?utm_source=x&page=14')).toBe('/ru/science/page-14.html');
    expect(listPageFile('/en/news/', '?page=999999')).toBe('/en/news/page-999999.html');
  });

  it('is not there for page 1, a page number that is not a plain whole number, or an address that is not a list', () => {
    for (const search of [
      '',
      '?page=1',
      '?page=0',
      '?page=02',
      '?page=-3',
      '?page=2.5',
      '?page=two',
      '?page=1000000',
      '?page=../../etc/passwd',
      '?page=',
    ]) {
      expect(listPageFile('/en/news/', search), search).toBeNull();
    }
    expect(listPageFile('/en/world/storm-warnings-abc1234', '?page=2')).toBeNull();
  });

  it('is what nginx’s map on $arg_page finds, for any value of the parameter', () => {
    const [, pattern = '', file = ''] = /^"~(.*)" "(.*)";$/.exec(NGINX_LIST_PAGE_MAP) ?? [];
    const nginx = (value: string) => {
      const match = new RegExp(pattern).exec(value);
      return match ? `/en/news/${file.replace('$n', match.groups?.n ?? '')}` : null;
    };
    const values = ['1', '2', '9', '10', '20', '99', '100', '123456', '999999', '1000000', '0', '01', '02', '-2', '2.0', ' 2', '2 ', 'x', '', '1e3'];
    for (const value of values) expect(nginx(value), value).toBe(listPageFile('/en/news/', `?page=${value}`));
  });

  it('is what deploy/nginx.conf tries first for a page', () => {
    const conf = readFileSync(join(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');
    expect(conf).toContain(NGINX_LIST_PAGE_MAP);
    expect(conf).toContain('try_files $uri$list_page_file $uri $uri.html $uri/index.html @shell;');
  });
});

describe('the public origin of absolute URLs', () => {
  it('is MERIDIAN_SITE_URL, else the older VITE_SITE_URL, else the address npm start serves', () => {
    expect(siteUrlFrom({ MERIDIAN_SITE_URL: 'https://news.example/', VITE_SITE_URL: 'https://old.example' })).toBe('https://news.example');
    expect(siteUrlFrom({ VITE_SITE_URL: 'https://old.example' })).toBe('https://old.example');
    expect(siteUrlFrom({ MERIDIAN_SITE_URL: '' })).toBe(DEFAULT_SITE_URL);
    expect(DEFAULT_SITE_URL).toBe('http://localhost:4173');
  });

  it('stops the build when it is not an http(s) origin', () => {
    for (const value of ['news.example', 'ftp://news.example', 'https://news.example/en/', 'https://news.example/?a=1', 'https://user:pw@news.example']) {
      expect(() => siteUrlFrom({ MERIDIAN_SITE_URL: value })).toThrow(/MERIDIAN_SITE_URL must be an http\(s\) origin/);
    }
  });
});
