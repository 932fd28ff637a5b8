import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, LATEST_PAGE, listPageFile, listPageSlices, NGINX_LIST_PAGE_MAP, pageNumber, pageQuery, siteUrlFrom } from './site-rules.js';

/** Story numbers, 1 the newest, of each page of a list of `total` (S = 20), as listPageSlices cuts it. */
const cut = (total: number) =>
  listPageSlices(total, 20).map(({ page, start, end, newer, older }) => ({ page, first: start + 1, last: end, count: end - start, newer, older }));

describe('a list cut from its oldest story', () => {
  it('of 45 stories puts the 20 oldest on ?page=1 and the 25 newest on the list’s own page, linked both ways', () => {
    // c = floor(45 / 20) = 2 full chunks from the oldest: chunk 1 is a page, chunk 2 stays on the own page.
    expect(cut(45)).toEqual([
      { page: LATEST_PAGE, first: 1, last: 25, count: 25, newer: null, older: 1 },
      { page: 1, first: 26, last: 45, count: 20, newer: LATEST_PAGE, older: null },
    ]);
  });

  it('of 60 stories has two chunk pages, the newer of them linked to the own page', () => {
    expect(cut(60)).toEqual([
      { page: LATEST_PAGE, first: 1, last: 20, count: 20, newer: null, older: 2 },
      { page: 2, first: 21, last: 40, count: 20, newer: LATEST_PAGE, older: 1 },
      { page: 1, first: 41, last: 60, count: 20, newer: 2, older: null },
    ]);
  });

  it('keeps every story of fewer than 40 on the own page, and an empty list as one empty own page', () => {
    expect(cut(39)).toEqual([{ page: LATEST_PAGE, first: 1, last: 39, count: 39, newer: null, older: null }]);
    expect(cut(7)).toEqual([{ page: LATEST_PAGE, first: 1, last: 7, count: 7, newer: null, older: null }]);
    expect(cut(0)).toEqual([{ page: LATEST_PAGE, first: 1, last: 0, count: 0, newer: null, older: null }]);
  });

  it('shows between S and 2S - 1 stories on the own page once a list has S, and each story exactly once', () => {
    for (let total = 20; total <= 200; total++) {
      const slices = listPageSlices(total, 20);
      const own = slices[0];
      expect(own && own.end - own.start, `${total}`).toBeGreaterThanOrEqual(20);
      expect(own && own.end - own.start, `${total}`).toBeLessThanOrEqual(39);
      expect(slices.reduce((sum, { start, end }) => sum + end - start, 0)).toBe(total);
      for (const [i, slice] of slices.entries()) expect(slice.start, `${total}, page ${slice.page}`).toBe(slices[i - 1]?.end ?? 0);
    }
  });

  it('keeps each chunk’s stories, counted from the oldest, as stories are added', () => {
    // The same chunk of a longer list holds the same stories: its position from the oldest is fixed.
    const fromOldest = (total: number, page: number) => {
      const slice = listPageSlices(total, 20).find((s) => s.page === page);
      return slice && [total - slice.end, total - slice.start];
    };
    for (let total = 40; total <= 120; total++) expect(fromOldest(total, 1), `${total}`).toEqual([0, 20]);
    for (let total = 60; total <= 120; total++) expect(fromOldest(total, 2), `${total}`).toEqual([20, 40]);
  });
});

describe('the page an address asks for', () => {
  it('is the list’s own page without ?page=, the chunk named by ?page=N (1 the oldest), and nothing for a malformed number', () => {
    expect(pageNumber(new URLSearchParams(''))).toBe(LATEST_PAGE);
    expect(pageNumber(new URLSearchParams('?utm_source=x'))).toBe(LATEST_PAGE);
    expect(pageNumber(new URLSearchParams('?page=1'))).toBe(1);
    expect(pageNumber(new URLSearchParams('?page=14&utm_source=x'))).toBe(14);
    for (const search of ['?page=0', '?page=02', '?page=-3', '?page=2.5', '?page=two', '?page=1000000', '?page=']) {
      expect(pageNumber(new URLSearchParams(search)), search).toBeNull();
    }
  });

  it('is written back as no query for the own page and ?page=N for every chunk, 1 included', () => {
    expect(pageQuery(LATEST_PAGE)).toBe('');
    expect(pageQuery(1)).toBe('?page=1');
    expect(pageQuery(12)).toBe('?page=12');
  });
});

describe('the file of a list’s chunk page', () => {
  it('is page-N.html beside the list’s index.html, for every chunk from 1, whatever else the query holds', () => {
    expect(listPageFile('/en/news/', '?page=1')).toBe('/en/news/page-1.html');
    expect(listPageFile('/en/news/', '?page=2')).toBe('/en/news/page-2.html');
    expect(listPageFile('/ru/science/', '?utm_source=x&page=14')).toBe('/ru/science/page-14.html');
    expect(listPageFile('/en/news/', '?page=999999')).toBe('/en/news/page-999999.html');
  });

  it('is not there for the list’s own page, a page number that is not a plain whole number, or an address that is not a list', () => {
    for (const search of [
      '',
      '?utm_source=x',
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
    expect(conf).toContain('try_files $uri$list_page_file $uri $uri.html $uri/index.html @missing;');
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
