import { describe, expect, it } from 'vitest';
import type { EditionLang } from '@/config/editions';
import type { Edition } from '@/feed/types';
import { demoFeed } from '../../tests/fixtures/feeds';
import { deriveEdition } from './derive-documents';
import { readEdition } from './edition-artifacts';

const en = readEdition('en', JSON.stringify(demoFeed()), 'en.json');
const derived = deriveEdition(en, new Map<EditionLang, Edition>([['en', en]]), (html) => html);

describe('an edition’s documents', () => {
  it('come in the steps’ order: index, front, rails, lists, topics, archive, articles', () => {
    const kinds = derived.artifacts.map((a) => (JSON.parse(a.contents) as { kind: string }).kind);
    const firstOf = (kind: string) => kinds.indexOf(kind);
    expect(kinds.slice(0, 3)).toEqual(['edition-index', 'front', 'rails']);
    expect(firstOf('list-page')).toBeLessThan(firstOf('authors'));
    expect(firstOf('authors')).toBeLessThan(firstOf('topics'));
    expect(firstOf('topics')).toBeLessThan(firstOf('archive'));
    expect(firstOf('archive')).toBeLessThan(firstOf('article'));
    expect(kinds.filter((k) => k === 'article')).toHaveLength(en.articles.length);
  });

  it('name every page to prerender once: the fixed pages, the lists, the topics, the days and the stories', () => {
    expect(derived.pages.slice(0, 7)).toEqual(['/en/', '/en/authors/', '/en/archive/', '/en/sitemap/', '/en/search/', '/en/about/', '/en/advertising/']);
    expect(derived.pages).toContain('/en/news/');
    expect(derived.pages).toContain('/en/opinion/');
    expect(derived.pages).toContain('/en/authors/margaret-ellery/');
    expect(derived.pages).toContain('/en/topics/');
    expect(derived.pages).toContain('/en/topics/storms/');
    expect(derived.pages).toContain('/en/archive/2026-11-28/');
    for (const article of en.articles) expect(derived.pages).toContain(`/en/${article.sectionId ?? 'news'}/${article.slug}`);
    expect(new Set(derived.pages).size).toBe(derived.pages.length);
  });

  it('write each document at a path of its own', () => {
    const paths = derived.artifacts.map((a) => a.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.every((p) => p.startsWith('/data/en/'))).toBe(true);
  });

  it('go to a publish one by one as they are made, which then keeps none of them', () => {
    const taken: string[] = [];
    const streamed = deriveEdition(
      en,
      new Map<EditionLang, Edition>([['en', en]]),
      (html) => html,
      {},
      { write: (artifact) => taken.push(artifact.path) },
    );
    expect(taken).toEqual(derived.artifacts.map((a) => a.path));
    expect(streamed.artifacts).toEqual([]);
    expect(streamed.pages).toEqual(derived.pages);
  });
});
