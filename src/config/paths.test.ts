import { describe, expect, it } from 'vitest';
import { allNewsPath, dataPaths, isArticleDocument, sectionPath } from './paths';
import { LATEST_PAGE, renderedAddress } from './site-rules.js';

describe('the address a prerendered page stands for', () => {
  it('ignores tracking parameters, which do not change the page', () => {
    expect(renderedAddress('/en/world/storm-warnings-abc', '?utm_source=newsletter&utm_medium=email')).toBe('/en/world/storm-warnings-abc');
    expect(renderedAddress('/en/', '')).toBe('/en/');
  });

  it('keeps the page number, which does, ?page=1 (the oldest stories) included', () => {
    expect(renderedAddress('/en/news/', '?page=2&utm_source=x')).toBe('/en/news/?page=2');
    expect(renderedAddress('/en/news/', '?page=1')).toBe('/en/news/?page=1');
  });
});

describe('a list’s addresses and documents', () => {
  it('are the list’s own for its newest stories and ?page=N for the chunk N from the oldest', () => {
    expect(allNewsPath('en')).toBe('/en/news/');
    expect(allNewsPath('en', 1)).toBe('/en/news/?page=1');
    expect(sectionPath('de', 'sport', LATEST_PAGE)).toBe('/de/sport/');
    expect(sectionPath('de', 'sport', 3)).toBe('/de/sport/?page=3');
  });

  it('keep the own page’s document apart from chunk 1’s', () => {
    expect(dataPaths.list('en', { type: 'news' }, LATEST_PAGE)).toBe('/data/en/news/latest.json');
    expect(dataPaths.list('en', { type: 'news' }, 1)).toBe('/data/en/news/1.json');
    expect(dataPaths.list('en', { type: 'section', id: 'world' }, 2)).toBe('/data/en/sections/world/2.json');
    expect(dataPaths.list('en', { type: 'author', slug: 'mira-holt' }, LATEST_PAGE)).toBe('/data/en/authors/mira-holt/latest.json');
    expect(dataPaths.list('en', { type: 'topic', slug: 'tides' }, 1)).toBe('/data/en/topics/tides/1.json');
  });
});

describe('an article’s document', () => {
  it('is told from every other document by its address', () => {
    expect(isArticleDocument(dataPaths.article('ru', '0elip3j'))).toBe(true);
    expect(isArticleDocument(dataPaths.article('en', 'abcdefg1234567'))).toBe(true);
    for (const path of [
      dataPaths.front('en'),
      dataPaths.list('en', { type: 'news' }, LATEST_PAGE),
      '/gone/data/en/articles/0elip3j.json',
      '/en/world/story-0elip3j',
    ]) {
      expect(isArticleDocument(path), path).toBe(false);
    }
  });
});
