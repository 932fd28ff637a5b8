import { describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE } from '@/config/site-rules.js';
import type { AuthorsDoc, ListPageDoc } from '@/feed/types';
import { demoFeed, feed, item } from '../../tests/fixtures/feeds';
import { deriveLists, listPages } from './derive-lists';
import { readEdition } from './edition-artifacts';
import { summarizer } from './summaries';
import { DOCUMENT_FORMAT } from '@/config/site-rules.js';

const edition = (json: Record<string, unknown>) => readEdition('en', JSON.stringify(json), 'en.json');
const hoursAgo = (i: number) => new Date(Date.UTC(2026, 10, 28, 12) - i * 3_600_000).toISOString();
/** `count` stories, newest first, s0 to s<count-1>. */
const stories = (count: number, news: Record<string, unknown> = {}) =>
  Array.from({ length: count }, (_, i) => item({ id: `s${i}`, date_published: hoursAgo(i), authors: [{ name: 'Anna Kovalenko' }], _news: news }));

function lists(json: Record<string, unknown>) {
  const derived = deriveLists(edition(json), summarizer('en'));
  const byPath = new Map(derived.artifacts.map((a) => [a.path, a.contents]));
  return {
    pages: derived.pages,
    paths: derived.artifacts.map((a) => a.path),
    doc: (path: string): unknown => JSON.parse(byPath.get(path) ?? 'null'),
  };
}

const total = 2 * LIST_PAGE_SIZE + 3;

describe('list pages', () => {
  it(`cut all news into pages of ${LIST_PAGE_SIZE}, each knowing its number, the page count and the total`, () => {
    const { pages, doc } = lists(feed(stories(total)));
    expect(pages.filter((p) => p.startsWith('/en/news/'))).toEqual(['/en/news/', '/en/news/?page=2', '/en/news/?page=3']);
    expect((doc('/data/en/news/1.json') as ListPageDoc).items).toHaveLength(LIST_PAGE_SIZE);
    const last = doc('/data/en/news/3.json') as ListPageDoc;
    expect(last).toMatchObject({ kind: 'list-page', page: 3, pageCount: 3, total });
    expect(last.items.map((a) => a.id)).toEqual([`s${total - 3}`, `s${total - 2}`, `s${total - 1}`]);
  });

  it('give a section’s later pages their ?page=N address and their own documents', () => {
    const { pages, paths } = lists(feed(stories(LIST_PAGE_SIZE + 1, { section: 'world' })));
    expect(pages.filter((p) => p.startsWith('/en/world/'))).toEqual(['/en/world/', '/en/world/?page=2']);
    expect(paths.filter((p) => p.includes('/sections/world/'))).toEqual(['/data/en/sections/world/1.json', '/data/en/sections/world/2.json']);
  });

  it('give a section with no stories yet an empty first page', () => {
    const { doc, pages } = lists(feed([item({ id: 'x', _news: { section: 'world' } })]));
    expect(pages).toContain('/en/sport/');
    expect(doc('/data/en/sections/sport/1.json')).toEqual({ format: DOCUMENT_FORMAT, kind: 'list-page', items: [], page: 1, pageCount: 1, total: 0 });
  });

  it('list every author once, by name, with their number of stories', () => {
    const { doc } = lists(demoFeed());
    const { authors } = doc('/data/en/authors.json') as AuthorsDoc;
    expect(authors.map((a) => a.author.name)).toEqual(['Anna Kovalenko', 'Daniel Reyes', 'Margaret Ellery', 'Mira Holt', 'Oleg Varin']);
    expect(authors.find((a) => a.author.slug === 'anna-kovalenko')?.count).toBe(3);
  });

  it('name the author on each of their pages, at the author’s one address', () => {
    const { doc, pages } = lists(demoFeed());
    const page = doc('/data/en/authors/margaret-ellery/1.json') as ListPageDoc;
    expect(page.author).toEqual({ name: 'Margaret Ellery', slug: 'margaret-ellery' });
    expect(page.items.map((a) => a.title)).toEqual(['In defence of the slow news day']);
    expect(pages).toContain('/en/authors/margaret-ellery/');
  });

  it('write an empty list as one empty first page', () => {
    const e = edition(demoFeed());
    const derived = listPages(e, { type: 'news' }, (page) => `/p/${page}`, [], summarizer('en'));
    expect(derived).toEqual({
      artifacts: [
        { path: '/data/en/news/1.json', contents: `{"format":${DOCUMENT_FORMAT},"kind":"list-page","items":[],"page":1,"pageCount":1,"total":0}` },
      ],
      pages: ['/p/1'],
    });
  });
});
