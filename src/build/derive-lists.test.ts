import { describe, expect, it } from 'vitest';
import { DOCUMENT_FORMAT, LIST_PAGE_SIZE } from '@/config/site-rules.js';
import type { AuthorsDoc, ListPageDoc } from '@/feed/types';
import { demoFeed, feed, item } from '../../tests/fixtures/feeds';
import { deriveLists, listPages } from './derive-lists';
import { readEdition } from './edition-artifacts';
import { summarizer } from './summaries';

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

/** An archive of `count` stories, s0 the oldest and each an hour newer; a longer one adds newer stories only. */
const archive = (count: number) =>
  Array.from({ length: count }, (_, k) =>
    item({
      id: `s${k}`,
      title: `Story ${k}`,
      summary: `The lead of story ${k}.`,
      content_html: `<p>Story ${k}.</p>`,
      date_published: new Date(Date.UTC(2026, 0, 1) + k * 3_600_000).toISOString(),
    }),
  ).reverse();

/** The list documents the build writes for an archive, by path. */
function listDocuments(count: number): Map<string, string> {
  const derived = deriveLists(edition(feed(archive(count))), summarizer('en'));
  return new Map(derived.artifacts.filter((a) => (JSON.parse(a.contents) as { kind: string }).kind === 'list-page').map((a) => [a.path, a.contents]));
}

/** What a publish of `after` stories rewrites, adds and removes, against one of `before`. */
function publish(before: number, after: number) {
  const [old, next] = [listDocuments(before), listDocuments(after)];
  return {
    changed: [...next.keys()].filter((path) => old.has(path) && old.get(path) !== next.get(path)).sort(),
    added: [...next.keys()].filter((path) => !old.has(path)),
    removed: [...old.keys()].filter((path) => !next.has(path)),
  };
}

describe('list pages', () => {
  it('cut all news from its oldest story: 45 stories are the 25 newest at the list’s address and the 20 oldest at ?page=1', () => {
    expect(LIST_PAGE_SIZE).toBe(20);
    const { pages, paths, doc } = lists(feed(stories(45)));
    expect(pages.filter((p) => p.startsWith('/en/news/'))).toEqual(['/en/news/', '/en/news/?page=1']);
    expect(paths.filter((p) => p.startsWith('/data/en/news/'))).toEqual(['/data/en/news/latest.json', '/data/en/news/1.json']);
    const own = doc('/data/en/news/latest.json') as ListPageDoc;
    expect(own).toMatchObject({ kind: 'list-page', page: 'latest', newer: null, older: 1 });
    expect(own.items.map((a) => a.id)).toEqual(Array.from({ length: 25 }, (_, i) => `s${i}`));
    const oldest = doc('/data/en/news/1.json') as ListPageDoc;
    expect(oldest).toMatchObject({ kind: 'list-page', page: 1, newer: 'latest', older: null });
    expect(oldest.items.map((a) => a.id)).toEqual(Array.from({ length: 20 }, (_, i) => `s${25 + i}`));
  });

  it('count nothing in any document: no total, no page count', () => {
    const { paths, doc } = lists(feed(stories(100)));
    for (const path of paths.filter((p) => p.startsWith('/data/en/news/'))) {
      expect(Object.keys(doc(path) as object).sort(), path).toEqual(['format', 'items', 'kind', 'newer', 'older', 'page']);
    }
  });

  it('link each chunk to the next newer and older, the newest chunk to the list’s own page', () => {
    const { pages, doc } = lists(feed(stories(100)));
    expect(pages.filter((p) => p.startsWith('/en/news/'))).toEqual([
      '/en/news/',
      '/en/news/?page=4',
      '/en/news/?page=3',
      '/en/news/?page=2',
      '/en/news/?page=1',
    ]);
    const links = (path: string) => {
      const { page, newer, older } = doc(path) as ListPageDoc;
      return { page, newer, older };
    };
    expect(links('/data/en/news/latest.json')).toEqual({ page: 'latest', newer: null, older: 4 });
    expect(links('/data/en/news/4.json')).toEqual({ page: 4, newer: 'latest', older: 3 });
    expect(links('/data/en/news/2.json')).toEqual({ page: 2, newer: 3, older: 1 });
    expect(links('/data/en/news/1.json')).toEqual({ page: 1, newer: 2, older: null });
  });

  it('change only each list’s own page when a story is added to 100', () => {
    // The new story joins all news and its author's list: their own pages, and nothing else.
    expect(publish(100, 101)).toEqual({
      changed: ['/data/en/authors/anna-kovalenko/latest.json', '/data/en/news/latest.json'],
      added: [],
      removed: [],
    });
    expect(publish(101, 102).changed).toEqual(['/data/en/authors/anna-kovalenko/latest.json', '/data/en/news/latest.json']);
  });

  it('add one chunk page and change the newer link of the one before it when a story completes a chunk', () => {
    // 119 stories: c = 5, chunks 1-4 as pages. The 120th completes chunk 6, so chunk 5 (the old c) becomes a page.
    const { changed, added, removed } = publish(119, 120);
    expect(added).toEqual(['/data/en/news/5.json', '/data/en/authors/anna-kovalenko/5.json']);
    expect(changed).toEqual([
      '/data/en/authors/anna-kovalenko/4.json',
      '/data/en/authors/anna-kovalenko/latest.json',
      '/data/en/news/4.json',
      '/data/en/news/latest.json',
    ]);
    expect(removed).toEqual([]);
    const before = JSON.parse(listDocuments(119).get('/data/en/news/4.json') ?? '') as ListPageDoc;
    const after = JSON.parse(listDocuments(120).get('/data/en/news/4.json') ?? '') as ListPageDoc;
    expect({ ...after, newer: before.newer }).toEqual(before);
    expect([before.newer, after.newer]).toEqual(['latest', 5]);
    // And one page more to prerender per list; the others keep their addresses.
    const [oldPages, newPages] = [lists(feed(archive(119))).pages, lists(feed(archive(120))).pages];
    expect(newPages.filter((p) => !oldPages.includes(p))).toEqual(['/en/news/?page=5', '/en/authors/anna-kovalenko/?page=5']);
    expect(oldPages.filter((p) => !newPages.includes(p))).toEqual([]);
  });

  it('add the first chunk page, and change nothing else, when a list reaches 2S', () => {
    expect(publish(39, 40)).toEqual({
      changed: ['/data/en/authors/anna-kovalenko/latest.json', '/data/en/news/latest.json'],
      added: ['/data/en/news/1.json', '/data/en/authors/anna-kovalenko/1.json'],
      removed: [],
    });
    // At S the own page simply holds every story: no page is added.
    expect(publish(19, 20).added).toEqual([]);
  });

  it('give a section’s chunk pages their ?page=N address and their own documents', () => {
    const { pages, paths } = lists(feed(stories(2 * LIST_PAGE_SIZE + 1, { section: 'world' })));
    expect(pages.filter((p) => p.startsWith('/en/world/'))).toEqual(['/en/world/', '/en/world/?page=1']);
    expect(paths.filter((p) => p.includes('/sections/world/'))).toEqual(['/data/en/sections/world/latest.json', '/data/en/sections/world/1.json']);
  });

  it('give a section with no stories yet an empty own page', () => {
    const { doc, pages } = lists(feed([item({ id: 'x', _news: { section: 'world' } })]));
    expect(pages).toContain('/en/sport/');
    expect(doc('/data/en/sections/sport/latest.json')).toEqual({
      format: DOCUMENT_FORMAT,
      kind: 'list-page',
      items: [],
      page: 'latest',
      newer: null,
      older: null,
    });
  });

  it('list every author once, by name, with their number of stories', () => {
    const { doc } = lists(demoFeed());
    const { authors } = doc('/data/en/authors.json') as AuthorsDoc;
    expect(authors.map((a) => a.author.name)).toEqual(['Anna Kovalenko', 'Daniel Reyes', 'Margaret Ellery', 'Mira Holt', 'Oleg Varin']);
    expect(authors.find((a) => a.author.slug === 'anna-kovalenko')?.count).toBe(3);
  });

  it('name the author on each of their pages, at the author’s one address', () => {
    const { doc, pages } = lists(demoFeed());
    const page = doc('/data/en/authors/margaret-ellery/latest.json') as ListPageDoc;
    expect(page.author).toEqual({ name: 'Margaret Ellery', slug: 'margaret-ellery' });
    expect(page.items.map((a) => a.title)).toEqual(['In defence of the slow news day']);
    expect(pages).toContain('/en/authors/margaret-ellery/');
  });

  it('write an empty list as one empty own page', () => {
    const e = edition(demoFeed());
    const derived = listPages(e, { type: 'news' }, (page) => `/p/${page}`, [], summarizer('en'));
    expect(derived).toEqual({
      artifacts: [
        {
          path: '/data/en/news/latest.json',
          contents: `{"format":${DOCUMENT_FORMAT},"kind":"list-page","items":[],"page":"latest","newer":null,"older":null}`,
        },
      ],
      pages: ['/p/latest'],
    });
  });
});
