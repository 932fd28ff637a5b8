import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPageFile } from '../../scripts/list-page-file.mjs';

describe('the file of a list’s later page', () => {
  it('is page-N.html beside the list’s index.html', () => {
    expect(listPageFile('/en/news/', '?page=2')).toBe('/en/news/page-2.html');
    expect(listPageFile('/ru/science/', '?utm_source=x&page=14')).toBe('/ru/science/page-14.html');
  });

  it('is not there for page 1, a page number that is not a plain whole number, or an address that is not a list', () => {
    for (const search of ['', '?page=1', '?page=0', '?page=02', '?page=-3', '?page=2.5', '?page=two', '?page=../../etc/passwd', '?page=']) {
      expect(listPageFile('/en/news/', search), search).toBeNull();
    }
    expect(listPageFile('/en/world/storm-warnings-abc1234', '?page=2')).toBeNull();
  });

  it('follows the same rule as the nginx config', () => {
    const conf = readFileSync(join(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');
    expect(conf).toContain('"~^(?<n>[2-9]|[1-9][0-9]+)$" "page-$n.html";');
    expect(conf).toContain('try_files $uri$list_page_file $uri');
  });
});
