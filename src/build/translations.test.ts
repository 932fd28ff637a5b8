import { describe, expect, it } from 'vitest';
import type { EditionLang } from '@/config/editions';
import type { Edition } from '@/feed/types';
import { feed, item } from '../../tests/fixtures/feeds';
import { readEdition } from './edition-artifacts';
import { translationPaths } from './translations';

const en = readEdition(
  'en',
  JSON.stringify(
    feed([item({ id: 'en-1', title: 'Harbour towns agree', _news: { section: 'world', translations: { ru: 'ru-1', de: 'de-1', fr: 'fr-gone' } } })]),
  ),
  'en.json',
);
const ru = readEdition('ru', JSON.stringify(feed([item({ id: 'ru-1', title: 'Гавани договорились' })])), 'ru.json');
const de = readEdition('de', JSON.stringify(feed([item({ id: 'de-1', title: 'Häfen einigen sich', _news: { section: 'world' } })])), 'de.json');
const fr = readEdition('fr', JSON.stringify(feed([item({ id: 'fr-1', title: 'Les ports' })])), 'fr.json');

describe('a story’s translations', () => {
  it('are found in their editions by id, at their canonical addresses', () => {
    const editions = new Map<EditionLang, Edition>([
      ['en', en],
      ['ru', ru],
      ['de', de],
      ['fr', fr],
    ]);
    const [story] = en.articles;
    expect(story && translationPaths(story, editions)).toEqual({
      ru: `/ru/news/${ru.articles[0]?.slug}`,
      de: `/de/world/${de.articles[0]?.slug}`,
    });
  });

  it('leave out an edition that is not built and an id no story carries', () => {
    const [story] = en.articles;
    expect(story && translationPaths(story, new Map([['fr', fr]]))).toEqual({});
  });
});
