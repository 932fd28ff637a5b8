import { describe, expect, it } from 'vitest';
import type { EditionLang } from '@/config/editions';
import { WORDS_PER_MINUTE } from '@/lib/reading-time';
import type { ArticleDoc, Edition } from '@/feed/types';
import { feed, item } from '../../tests/fixtures/feeds';
import { articleBody, bodyReadingMinutes, deriveArticles } from './derive-articles';
import { readEdition } from './edition-artifacts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const edition = (lang: EditionLang, items: Record<string, unknown>[]) => readEdition(lang, JSON.stringify(feed(items)), `${lang}.json`);
const markSanitized = (html: string) => `<!--sanitized-->${html.replace(/<script[\s\S]*?<\/script>/g, '')}`;

function articleDocs(en: Edition, editions: ReadonlyMap<EditionLang, Edition> = new Map([['en', en]])) {
  const derived = deriveArticles(en, editions, markSanitized);
  return { derived, docs: derived.artifacts.map((a) => JSON.parse(a.contents) as ArticleDoc) };
}

describe('article documents', () => {
  it('hold the body sanitized, and not the feed’s raw HTML or text', () => {
    const { docs } = articleDocs(edition('en', [item({ id: 'a', content_html: '<p>Hi</p><script>x()</script>', content_text: 'Hi' })]));
    expect(docs[0]?.body).toEqual({ html: '<!--sanitized--><p>Hi</p>' });
    expect(docs[0]?.article).not.toHaveProperty('contentHtml');
    expect(docs[0]?.article).not.toHaveProperty('contentText');
  });

  it('split a text-only body into its paragraphs', () => {
    const [story] = edition('en', [item({ id: 'a', content_html: undefined, content_text: 'One.\n\n  Two.\n \nThree.' })]).articles;
    expect(story && articleBody(story, markSanitized)).toEqual({ paragraphs: ['One.', 'Two.', 'Three.'] });
  });

  it('count the minutes to read the body at the edition language’s speed, entities as characters', () => {
    expect(bodyReadingMinutes({ html: `<p>${words(WORDS_PER_MINUTE.de * 3)}</p>` }, 'de')).toBe(3);
    expect(bodyReadingMinutes({ paragraphs: [words(WORDS_PER_MINUTE.en * 2), words(WORDS_PER_MINUTE.en)] }, 'en')).toBe(3);
    // Just under a minute and a half of words; were each “&mdash;” counted as a word, two and a half.
    const dashes = Array.from({ length: WORDS_PER_MINUTE.en }, () => 'a &mdash;').join(' ');
    expect(bodyReadingMinutes({ html: `<p>${dashes} ${words(WORDS_PER_MINUTE.en / 2 - 1)}</p>` }, 'en')).toBe(1);
  });

  it('give each story the addresses of its translations in the editions built with it', () => {
    const ru = edition('ru', [item({ id: 'ru-a', title: 'Гавани' })]);
    const en = edition('en', [item({ id: 'a', _news: { translations: { ru: 'ru-a', de: 'de-a' } } })]);
    const { docs } = articleDocs(
      en,
      new Map([
        ['en', en],
        ['ru', ru],
      ]),
    );
    expect(docs[0]?.translationPaths).toEqual({ ru: `/ru/news/${ru.articles[0]?.slug}` });
  });

  it('label the dates in the edition’s format and give each story its page', () => {
    const en = edition('en', [item({ id: 'a', date_published: '2026-11-28T09:00:00Z', _news: { section: 'world' } })]);
    const { derived, docs } = articleDocs(en);
    expect(docs[0]?.article.publishedLabel).toBe('28 November 2026 at 09:00');
    expect(derived.pages).toEqual([`/en/world/${en.articles[0]?.slug}`]);
    expect(derived.artifacts).toHaveLength(1);
    expect(derived.artifacts[0]?.path).toMatch(/^\/data\/en\/articles\/\w+\.json$/);
  });

  it('carry each correction with its date and the date labelled in the edition’s format', () => {
    const corrections = [{ date: '2026-11-28T14:40:00Z', text: 'The pier reopens on Monday, not Sunday.' }];
    const docs = (lang: EditionLang) => articleDocs(edition(lang, [item({ id: 'a', _news: { corrections } })])).docs;
    expect(docs('en')[0]?.article.corrections).toEqual([
      { date: '2026-11-28T14:40:00.000Z', text: 'The pier reopens on Monday, not Sunday.', dateLabel: '28 November 2026 at 14:40' },
    ]);
    expect(docs('ru')[0]?.article.corrections?.[0]?.dateLabel).toBe('28 ноября 2026 г. в 14:40');
    expect(docs('en')[0]?.article.modifiedLabel).toBe('28 November 2026 at 14:40');
  });

  it('carry a story over unchanged when the publish already holds its document from the same inputs, and derive it when anything it is made of changed', () => {
    const [a, b] = [item({ id: 'a' }), item({ id: 'b', title: 'Other' })];
    const en = (title: string, tags: string[]) => edition('en', [{ ...a, title, tags }, b]);
    const held = new Map<string, string>();
    const sanitized: string[] = [];
    const publish = (e: Edition) =>
      deriveArticles(
        e,
        new Map([['en', e]]),
        (html) => {
          sanitized.push(html);
          return html;
        },
        {
          carry: (path, inputs) => {
            const same = held.get(path) === inputs.join('\0');
            held.set(path, inputs.join('\0'));
            return same;
          },
        },
      );
    const first = publish(en('Harbour', ['ports']));
    expect(first.artifacts).toHaveLength(2);
    expect(first.carried).toEqual([]);
    sanitized.length = 0;

    const again = publish(en('Harbour', ['ports']));
    expect(again.artifacts).toEqual([]);
    expect(again.carried).toHaveLength(2);
    expect(again.pages).toEqual(first.pages);
    expect(sanitized).toEqual([]);

    const retitled = publish(en('Harbour reopens', ['ports']));
    expect(retitled.artifacts.map((a) => (JSON.parse(a.contents) as ArticleDoc).article.title)).toEqual(['Harbour reopens']);
    // A story's topics are part of its document: a new tag derives it again.
    const retagged = publish(en('Harbour reopens', ['ports', 'weather']));
    expect(retagged.artifacts.map((a) => (JSON.parse(a.contents) as ArticleDoc).topics.map((t) => t.name))).toEqual([['ports', 'weather']]);
  });
});
