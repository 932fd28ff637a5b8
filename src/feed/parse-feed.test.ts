import type { EditionLang } from '@/config/editions';
import { shortHash } from '@/lib/short-hash.js';
import { RESERVED_NAMES } from '@/config/site-rules.js';
import { parseFeed } from './parse-feed';
import type { Article, Edition } from './types';

/* Every fixture here is invented for these tests: a small town paper, "The Lantern Gazette". */

const V11 = 'https://jsonfeed.org/version/1.1';
const V10 = 'http://jsonfeed.org/version/1';

type Json = Record<string, unknown>;

function feed(items: unknown[], extra: Json = {}): Json {
  return { version: V11, title: 'The Lantern Gazette', items, ...extra };
}

function item(id: unknown, extra: Json = {}): Json {
  return { id, title: `Story ${String(id)}`, content_text: `The body of story ${String(id)}.`, ...extra };
}

function parseEdition(json: unknown, lang: EditionLang = 'en'): Edition {
  const result = parseFeed(json, lang);
  if (!result.ok) throw new Error(`expected an edition, got ${JSON.stringify(result.error)}`);
  return result.edition;
}

/** The one article of a one-item feed; it gets a short text body unless `extra` brings its own content. */
function parseItem(extra: Json, feedExtra: Json = {}, lang: EditionLang = 'en'): Article {
  const content = 'content_html' in extra || 'content_text' in extra ? {} : { content_text: 'A short body.' };
  const edition = parseEdition(feed([{ id: 'only', ...content, ...extra }], feedExtra), lang);
  const [article] = edition.articles;
  if (!article || edition.articles.length !== 1) throw new Error(`expected one article, got ${edition.articles.length}`);
  return article;
}

function problemsOf(json: unknown): string[] {
  const result = parseFeed(json, 'en');
  if (result.ok) throw new Error('expected the document to be rejected');
  if (result.error.kind !== 'invalid-feed') throw new Error(`expected invalid-feed, got ${result.error.kind}`);
  return result.error.problems;
}

const ids = (edition: Edition) => edition.articles.map((a) => a.id);

describe('parseFeed', () => {
  describe('JSON Feed versions and authors', () => {
    it('reads a JSON Feed 1.1 document with authors arrays', () => {
      const edition = parseEdition({
        version: V11,
        title: 'The Lantern Gazette',
        description: 'News from the harbour town.',
        home_page_url: 'https://lantern.example/',
        items: [
          {
            id: 'ferry-1',
            title: 'Night ferry returns for the summer',
            content_html: '<p>The night ferry sails again from Friday.</p>',
            authors: [{ name: 'Ines Marlow', url: 'https://lantern.example/ines' }, { name: 'Tobias Wren' }],
          },
        ],
      });
      expect(edition.lang).toBe('en');
      expect(edition.title).toBe('The Lantern Gazette');
      expect(edition.description).toBe('News from the harbour town.');
      expect(edition.homePageUrl).toBe('https://lantern.example/');
      expect(edition.articles).toHaveLength(1);
      expect(edition.articles[0]?.authors).toEqual([
        { name: 'Ines Marlow', slug: 'ines-marlow', url: 'https://lantern.example/ines' },
        { name: 'Tobias Wren', slug: 'tobias-wren' },
      ]);
    });

    it('reads a JSON Feed 1.0 document whose version URL uses http:// and whose author is a single object', () => {
      const edition = parseEdition({
        version: V10,
        title: 'The Lantern Gazette',
        items: [{ id: 'old-1', title: 'Harbour wall repaired', content_text: 'Masons finished the work.', author: { name: 'Ines Marlow' } }],
      });
      expect(ids(edition)).toEqual(['old-1']);
      expect(edition.articles[0]?.authors).toEqual([{ name: 'Ines Marlow', slug: 'ines-marlow' }]);
    });

    it.each(['https://jsonfeed.org/version/1', 'http://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1.1/'])(
      'accepts the version URL %s',
      (version) => {
        expect(parseFeed(feed([item('a')], { version }), 'en').ok).toBe(true);
      },
    );

    it('applies the feed-level authors to items without their own', () => {
      const edition = parseEdition(
        feed([item('own', { authors: [{ name: 'Tobias Wren' }] }), item('bare')], {
          authors: [{ name: 'Gazette Staff', avatar: 'https://lantern.example/staff.png' }],
        }),
      );
      const byId = new Map(edition.articles.map((a) => [a.id, a]));
      expect(byId.get('own')?.authors.map((a) => a.name)).toEqual(['Tobias Wren']);
      expect(byId.get('bare')?.authors).toEqual([{ name: 'Gazette Staff', slug: 'gazette-staff', avatar: 'https://lantern.example/staff.png' }]);
    });

    it('applies a feed-level JSON Feed 1.0 author to items without their own', () => {
      const article = parseItem({}, { version: V10, author: { name: 'Night Desk' } });
      expect(article.authors.map((a) => a.name)).toEqual(['Night Desk']);
    });

    it('gives items no authors when neither the item nor the feed names any', () => {
      expect(parseItem({}).authors).toEqual([]);
    });

    it('prefers an item’s 1.1 authors array over its 1.0 author', () => {
      const article = parseItem({ authors: [{ name: 'Ines Marlow' }], author: { name: 'Tobias Wren' } });
      expect(article.authors.map((a) => a.name)).toEqual(['Ines Marlow']);
    });

    it('falls back to the item’s 1.0 author when its authors array is empty', () => {
      const article = parseItem({ authors: [], author: { name: 'Tobias Wren' } });
      expect(article.authors.map((a) => a.name)).toEqual(['Tobias Wren']);
    });

    it('drops an author without a usable name but keeps the others', () => {
      const article = parseItem({ authors: [{ name: '' }, { url: 'https://lantern.example/x' }, 'Ines', { name: '  Tobias Wren ' }] });
      expect(article.authors).toEqual([{ name: 'Tobias Wren', slug: 'tobias-wren' }]);
    });

    it('gives authors with Cyrillic names a transliterated slug', () => {
      const article = parseItem({ authors: [{ name: 'Вера Соколова' }] }, {}, 'ru');
      expect(article.authors[0]?.slug).toBe('vera-sokolova');
    });

    it('gives an author whose name has no Latin letters a hashed slug', () => {
      const article = parseItem({ authors: [{ name: '李明' }] });
      expect(article.authors[0]?.slug).toBe(shortHash('李明'));
    });

    it('drops unsafe author URLs and avatars but keeps the author', () => {
      const article = parseItem({ authors: [{ name: 'Ines Marlow', url: 'javascript:alert(1)', avatar: 'data:image/png;base64,AAAA' }] });
      expect(article.authors).toEqual([{ name: 'Ines Marlow', slug: 'ines-marlow' }]);
    });

    it('names an edition without a title Meridian', () => {
      const edition = parseEdition({ version: V11, items: [] });
      expect(edition.title).toBe('Meridian');
      expect(edition.articles).toEqual([]);
      expect(edition.description).toBeUndefined();
      expect(edition.homePageUrl).toBeUndefined();
    });

    it('returns the edition language it was asked for', () => {
      expect(parseEdition(feed([]), 'pt').lang).toBe('pt');
    });
  });

  describe('items', () => {
    it('keeps an item with an id and content', () => {
      const edition = parseEdition(feed([item('a')]));
      expect(ids(edition)).toEqual(['a']);
      expect(edition.skippedItems).toBe(0);
    });

    it('drops an item without an id', () => {
      const edition = parseEdition(feed([{ title: 'No id here', content_text: 'Lost story.' }, item('kept')]));
      expect(ids(edition)).toEqual(['kept']);
      expect(edition.skippedItems).toBe(1);
    });

    it.each([
      ['an empty string', ''],
      ['only spaces', '   '],
      ['null', null],
      ['a boolean', true],
      ['an object', { value: 'x' }],
      ['a string over 1000 characters', 'x'.repeat(1001)],
    ])('drops an item whose id is %s', (_label, id) => {
      const edition = parseEdition(feed([item(id), item('kept')]));
      expect(ids(edition)).toEqual(['kept']);
      expect(edition.skippedItems).toBe(1);
    });

    it('drops an item with neither content_html nor content_text', () => {
      const edition = parseEdition(feed([{ id: 'empty', title: 'Headline only', summary: 'Just a lead.' }, item('kept')]));
      expect(ids(edition)).toEqual(['kept']);
      expect(edition.skippedItems).toBe(1);
    });

    it('drops an item whose content is only whitespace', () => {
      const edition = parseEdition(feed([{ id: 'blank', content_html: '  \n ', content_text: '\t' }, item('kept')]));
      expect(ids(edition)).toEqual(['kept']);
      expect(edition.skippedItems).toBe(1);
    });

    it('keeps an item that has only content_html', () => {
      const article = parseItem({ content_html: '<p>Only <b>markup</b>.</p>' });
      expect(article.contentHtml).toBe('<p>Only <b>markup</b>.</p>');
      expect(article.contentText).toBeUndefined();
    });

    it('keeps an item that has only content_text', () => {
      const article = parseItem({ content_text: 'Only text.' });
      expect(article.contentText).toBe('Only text.');
      expect(article.contentHtml).toBeUndefined();
    });

    it('ignores a later item with an id already seen', () => {
      const edition = parseEdition(feed([item('dup', { title: 'First telling' }), item('other'), item('dup', { title: 'Second telling' })]));
      expect(ids(edition)).toEqual(['dup', 'other']);
      expect(edition.articles.find((a) => a.id === 'dup')?.title).toBe('First telling');
      expect(edition.skippedItems).toBe(1);
    });

    it('coerces numeric ids to strings', () => {
      const edition = parseEdition(feed([item(42), item(7.5)]));
      expect(ids(edition)).toEqual(['42', '7.5']);
    });

    it('treats a numeric id and the same id as a string as one id', () => {
      const edition = parseEdition(feed([item(42, { title: 'Number' }), item('42', { title: 'String' })]));
      expect(edition.articles.map((a) => a.title)).toEqual(['Number']);
      expect(edition.skippedItems).toBe(1);
    });

    it('trims space around an id', () => {
      expect(parseEdition(feed([item('  spaced  ')])).articles[0]?.id).toBe('spaced');
    });

    it.each([
      ['null', null],
      ['a string', 'story'],
      ['a number', 3],
      ['an array', [item('inside')]],
    ])('drops an item that is %s and counts it as skipped', (_label, raw) => {
      const edition = parseEdition(feed([raw, item('kept')]));
      expect(ids(edition)).toEqual(['kept']);
      expect(edition.skippedItems).toBe(1);
    });

    it('orders dated items newest first whatever their feed order', () => {
      const edition = parseEdition(
        feed([
          item('tuesday', { date_published: '2025-04-08T09:00:00Z' }),
          item('thursday', { date_published: '2025-04-10T09:00:00Z' }),
          item('monday', { date_published: '2025-04-07T09:00:00Z' }),
        ]),
      );
      expect(ids(edition)).toEqual(['thursday', 'tuesday', 'monday']);
    });

    it('keeps an item with a malformed date and orders it after all dated items', () => {
      const edition = parseEdition(
        feed([
          item('garbled', { date_published: 'the day after the storm' }),
          item('old', { date_published: '2020-01-01T00:00:00Z' }),
          item('impossible', { date_published: '2025-13-45T99:00:00Z' }),
          item('new', { date_published: '2025-04-08T09:00:00Z' }),
        ]),
      );
      expect(ids(edition)).toEqual(['new', 'old', 'garbled', 'impossible']);
      expect(edition.articles[2]?.published).toBeUndefined();
      expect(edition.articles[3]?.published).toBeUndefined();
    });

    it('keeps undated items in feed order after the dated ones', () => {
      const edition = parseEdition(
        feed([item('u1'), item('d1', { date_published: '2025-04-01T00:00:00Z' }), item('u2'), item('u3', { date_published: '' })]),
      );
      expect(ids(edition)).toEqual(['d1', 'u1', 'u2', 'u3']);
    });

    it('keeps feed order for items published at the same instant', () => {
      const same = '2025-04-08T09:00:00Z';
      const edition = parseEdition(feed([item('b', { date_published: same }), item('a', { date_published: '2025-04-08T11:00:00+02:00' })]));
      expect(ids(edition)).toEqual(['b', 'a']);
    });

    it('turns dates with an offset into ISO 8601 UTC', () => {
      const article = parseItem({ date_published: '2025-04-08T12:30:00+02:00' });
      expect(article.published).toBe('2025-04-08T10:30:00.000Z');
    });

    it('records a modified date only when it differs from the published one', () => {
      expect(parseItem({ date_published: '2025-04-08T10:00:00Z', date_modified: '2025-04-08T12:00:00+02:00' }).modified).toBeUndefined();
      expect(parseItem({ date_published: '2025-04-08T10:00:00Z', date_modified: '2025-04-08T11:00:00Z' }).modified).toBe('2025-04-08T11:00:00.000Z');
      expect(parseItem({ date_modified: 'soon' }).modified).toBeUndefined();
    });

    it('ignores unknown keys on the feed, its items and the _news extensions', () => {
      const edition = parseEdition(
        feed([item('a', { _weather: 'rain', mood: 3, _news: { section: 'town', sparkle: true } })], {
          hubs: [{ type: 'websub' }],
          _private: { secret: 1 },
          _news: { sections: [{ id: 'town', title: 'Town', colour: 'red' }], trending: ['a'] },
        }),
      );
      expect(ids(edition)).toEqual(['a']);
      expect(edition.sections).toEqual([{ id: 'town', title: 'Town' }]);
      expect(edition.articles[0]).not.toHaveProperty('_weather');
      expect(edition.articles[0]).not.toHaveProperty('mood');
      expect(edition.articles[0]?.sectionId).toBe('town');
    });

    it('drops a title that is not a string and takes the title from the text instead', () => {
      const article = parseItem({ title: 42, content_text: 'Tide tables were wrong all week.' });
      expect(article.title).toBe('Tide tables were wrong all week.');
    });

    it('drops tags that are not an array but keeps the item', () => {
      expect(parseItem({ tags: 'x' }).tags).toEqual([]);
    });

    it('keeps valid tags and drops blank, non-string and overlong ones one by one', () => {
      const article = parseItem({ tags: [' harbour ', '', 7, null, 'x'.repeat(61), 'ferries'] });
      expect(article.tags).toEqual(['harbour', 'ferries']);
    });

    it('drops an image that is an object but keeps the item', () => {
      expect(parseItem({ image: {} }).image).toBeUndefined();
    });

    it('drops _news that is not an object but keeps the item', () => {
      const article = parseItem({ _news: 'x' }, { _news: { sections: [{ id: 'town', title: 'Town' }] } });
      expect(article.sectionId).toBeNull();
      expect(article.video).toBe(false);
      expect(article.translations).toEqual({});
    });

    it('drops a _news.video that is not a boolean but keeps the rest of _news', () => {
      const article = parseItem(
        { _news: { video: 'yes', section: 'town', editor: 'Maud Penhale' } },
        { _news: { sections: [{ id: 'town', title: 'Town' }] } },
      );
      expect(article.video).toBe(false);
      expect(article.sectionId).toBe('town');
      expect(article.editor).toBe('Maud Penhale');
    });

    it('marks an item as video only when _news.video is true', () => {
      expect(parseItem({ _news: { video: true } }).video).toBe(true);
      expect(parseItem({ _news: { video: false } }).video).toBe(false);
      expect(parseItem({}).video).toBe(false);
    });

    it.each<[string, Json, (article: Article) => unknown]>([
      ['summary', { summary: ['a'] }, (a) => a.summary],
      ['url', { url: 42 }, (a) => a.url],
      ['external_url', { external_url: true }, (a) => a.externalUrl],
      ['banner_image', { banner_image: [] }, (a) => a.image],
      ['date_published', { date_published: 20250408 }, (a) => a.published],
      ['date_modified', { date_modified: { day: 8 } }, (a) => a.modified],
      ['language', { language: false }, (a) => a.language],
      ['content_html', { content_html: 5, content_text: 'Text body.' }, (a) => a.contentHtml],
      ['_news.editor', { _news: { editor: 9 } }, (a) => a.editor],
      ['_news.image_caption', { image: '/pic.jpg', _news: { image_caption: 1 } }, (a) => a.image?.caption],
      ['_news.image_credit', { image: '/pic.jpg', _news: { image_credit: 'Ines' } }, (a) => a.image?.credit],
      ['_news.translations', { _news: { translations: ['ru'] } }, (a) => Object.keys(a.translations).length || undefined],
    ])('drops a %s of the wrong type, not the item', (_field, extra, read) => {
      const article = parseItem(extra);
      expect(article.id).toBe('only');
      expect(read(article)).toBeUndefined();
    });

    it('uses the feed authors when an item’s authors field has the wrong type', () => {
      const article = parseItem({ authors: 'Ines Marlow', author: 5 }, { authors: [{ name: 'Gazette Staff' }] });
      expect(article.authors.map((a) => a.name)).toEqual(['Gazette Staff']);
    });

    it('keeps the optional fields it understands', () => {
      const article = parseItem({
        title: '  Lifeboat crew honoured  ',
        summary: 'The crew saved four sailors in January.',
        content_html: '<p>The mayor thanked the crew.</p>',
        content_text: 'The mayor thanked the crew.',
        url: 'https://lantern.example/lifeboat',
        external_url: 'https://coastguard.example/report',
        language: 'en-GB',
        tags: ['lifeboat'],
        _news: { editor: 'Maud Penhale' },
      });
      expect(article).toMatchObject({
        title: 'Lifeboat crew honoured',
        summary: 'The crew saved four sailors in January.',
        teaser: 'The crew saved four sailors in January.',
        contentHtml: '<p>The mayor thanked the crew.</p>',
        contentText: 'The mayor thanked the crew.',
        url: 'https://lantern.example/lifeboat',
        externalUrl: 'https://coastguard.example/report',
        language: 'en-GB',
        tags: ['lifeboat'],
        editor: 'Maud Penhale',
      });
    });

    it('leaves feed HTML untouched for the sanitizer to deal with', () => {
      const html = '<p onclick="steal()">Hello</p><script>alert(1)</script>';
      expect(parseItem({ content_html: html }).contentHtml).toBe(html);
    });

    it('makes the teaser from the text when there is no summary', () => {
      expect(parseItem({ content_text: '  Gulls stole forty pasties.  ' }).teaser).toBe('Gulls stole forty pasties.');
    });

    it('makes a plain-text teaser from HTML, without scripts, styles or tags', () => {
      const article = parseItem({
        content_html: '<style>p{color:red}</style><p>Fish &amp; chips&nbsp;prices <em>rise</em> &#8212; again &#x263A;</p><script>track()</script>',
      });
      expect(article.teaser).toBe('Fish & chips prices rise — again ☺');
    });

    it('prefers the summary for the teaser', () => {
      expect(parseItem({ summary: 'Short lead.', content_text: 'Long body.' }).teaser).toBe('Short lead.');
    });
  });

  describe('documents that are not a JSON Feed', () => {
    it.each<[string, unknown]>([
      ['an array', [item('a')]],
      ['null', null],
      ['a string', 'https://jsonfeed.org/version/1.1'],
      ['a number', 11],
      ['a boolean', true],
      ['an empty object', {}],
      ['an object without a version', { title: 'The Lantern Gazette', items: [] }],
      ['an object whose version is a number', { version: 1.1, items: [] }],
      ['an object with another site’s version URL', { version: 'https://example.com/version/1.1', items: [] }],
      ['an object with JSON Feed version 2', { version: 'https://jsonfeed.org/version/2', items: [] }],
      ['an RSS-like object', { version: '2.0', channel: { item: [] } }],
      ['a feed without items', { version: V11, title: 'No items' }],
      ['a feed whose items are an object', { version: V11, items: { a: item('a') } }],
      ['a feed whose items are a string', { version: V11, items: 'none' }],
      ['a feed whose items are null', { version: V11, items: null }],
    ])('rejects %s as an invalid feed with at least one problem', (_label, json) => {
      const result = parseFeed(json, 'en');
      expect(result).toEqual({ ok: false, error: { kind: 'invalid-feed', problems: expect.any(Array) as unknown } });
      const problems = problemsOf(json);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(typeof problem).toBe('string');
        expect(problem.trim()).not.toBe('');
      }
    });

    it('names the items field when items is not an array', () => {
      expect(problemsOf({ version: V11, items: 'none' }).join(' ')).toMatch(/items/);
    });

    it('names the version field when the version is wrong', () => {
      expect(problemsOf({ version: 'https://example.com/feed', items: [] }).join(' ')).toMatch(/version/);
    });

    it('reports at most five problems', () => {
      expect(problemsOf({ version: 3, items: 4 }).length).toBeLessThanOrEqual(5);
    });
  });

  describe('without _news', () => {
    it('makes an edition with no sections, no section ids and empty rails', () => {
      const edition = parseEdition(feed([item('a', { _news: { section: 'town' } }), item('b', { date_published: '2025-04-08T09:00:00Z' })]));
      expect(edition.sections).toEqual([]);
      expect(edition.articles.map((a) => a.sectionId)).toEqual([null, null]);
      expect(edition.nowReading).toEqual([]);
      expect(edition.popular).toEqual([]);
    });

    it('treats a feed-level _news of the wrong type like no _news at all', () => {
      const edition = parseEdition(feed([item('a')], { _news: ['town'] }));
      expect(edition.sections).toEqual([]);
      expect(edition.nowReading).toEqual([]);
      expect(edition.popular).toEqual([]);
    });
  });

  describe('_news sections and rails', () => {
    it('keeps the sections in feed order', () => {
      const edition = parseEdition(
        feed([], {
          _news: {
            sections: [
              { id: 'town', title: 'Town' },
              { id: 'harbour', title: 'Harbour' },
              { id: 'arts-2', title: 'Arts' },
            ],
          },
        }),
      );
      expect(edition.sections).toEqual([
        { id: 'town', title: 'Town' },
        { id: 'harbour', title: 'Harbour' },
        { id: 'arts-2', title: 'Arts' },
      ]);
    });

    it.each([...RESERVED_NAMES])('drops the reserved section id %s', (reserved) => {
      const edition = parseEdition(
        feed([item('a', { _news: { section: reserved } })], {
          _news: {
            sections: [
              { id: reserved, title: 'Taken' },
              { id: 'town', title: 'Town' },
            ],
          },
        }),
      );
      expect(edition.sections).toEqual([{ id: 'town', title: 'Town' }]);
      expect(edition.articles[0]?.sectionId).toBeNull();
    });

    it('drops a duplicate section and keeps the first title', () => {
      const edition = parseEdition(
        feed([], {
          _news: {
            sections: [
              { id: 'town', title: 'Town' },
              { id: 'harbour', title: 'Harbour' },
              { id: 'town', title: 'Town again' },
            ],
          },
        }),
      );
      expect(edition.sections).toEqual([
        { id: 'town', title: 'Town' },
        { id: 'harbour', title: 'Harbour' },
      ]);
    });

    it('drops malformed sections one by one', () => {
      const edition = parseEdition(
        feed([], {
          _news: {
            sections: [
              { id: 'Town', title: 'Capitals' },
              { id: '-lead', title: 'Leading hyphen' },
              { id: 'has space', title: 'Space' },
              { id: 'x'.repeat(42), title: 'Too long' },
              { id: 'no-title' },
              { id: 'blank', title: '  ' },
              { id: 7, title: 'Number' },
              'harbour',
              { id: 'ok', title: ' Fine ' },
            ],
          },
        }),
      );
      expect(edition.sections).toEqual([{ id: 'ok', title: 'Fine' }]);
    });

    it('keeps no sections when _news.sections is not an array', () => {
      expect(parseEdition(feed([item('a')], { _news: { sections: 'town' } })).sections).toEqual([]);
    });

    it('gives items of a declared section its id and items of an unknown section null', () => {
      const edition = parseEdition(
        feed([item('known', { _news: { section: 'harbour' } }), item('unknown', { _news: { section: 'weather' } }), item('none')], {
          _news: { sections: [{ id: 'harbour', title: 'Harbour' }] },
        }),
      );
      expect(Object.fromEntries(edition.articles.map((a) => [a.id, a.sectionId]))).toEqual({ known: 'harbour', unknown: null, none: null });
    });

    it('keeps only now_reading and popular ids that exist, deduplicated, in feed order', () => {
      const edition = parseEdition(
        feed(
          [
            item('a', { date_published: '2025-04-01T00:00:00Z' }),
            item('b', { date_published: '2025-04-03T00:00:00Z' }),
            item('c', { date_published: '2025-04-02T00:00:00Z' }),
            { id: 'hollow', title: 'No content' },
          ],
          {
            _news: {
              now_reading: ['c', 'ghost', 'a', 'c', 'hollow', 'b'],
              popular: ['b', 'b', 5, null, 'a', 'missing'],
            },
          },
        ),
      );
      expect(edition.nowReading).toEqual(['c', 'a', 'b']);
      expect(edition.popular).toEqual(['b', 'a']);
    });

    it('leaves the rails empty when their lists have the wrong type', () => {
      const edition = parseEdition(feed([item('a')], { _news: { now_reading: 'a', popular: { a: 1 } } }));
      expect(edition.nowReading).toEqual([]);
      expect(edition.popular).toEqual([]);
    });
  });

  describe('image and link URLs', () => {
    it.each([
      ['an https URL', 'https://lantern.example/pics/pier.jpg', 'https://lantern.example/pics/pier.jpg'],
      ['an http URL', 'http://lantern.example/pics/pier.jpg', 'http://lantern.example/pics/pier.jpg'],
      ['a same-site path', '/pics/pier.jpg', '/pics/pier.jpg'],
      ['a URL with space around it', '  https://lantern.example/a  ', 'https://lantern.example/a'],
    ])('keeps %s', (_label, raw, expected) => {
      const article = parseItem({ image: raw, url: raw, external_url: raw });
      expect(article.image?.url).toBe(expected);
      expect(article.url).toBe(expected);
      expect(article.externalUrl).toBe(expected);
    });

    it.each([
      ['a javascript: URL', 'javascript:alert(document.cookie)'],
      ['a javascript: URL in capitals', 'JavaScript:alert(1)'],
      ['a data: URL', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
      ['a protocol-relative URL', '//evil.example/pic.jpg'],
      ['a backslash protocol-relative URL', '/\\evil.example/pic.jpg'],
      ['an ftp URL', 'ftp://lantern.example/pic.jpg'],
      ['a relative path', 'pics/pier.jpg'],
      ['a URL with a tab inside the scheme', 'java\tscript:alert(1)'],
      ['a vbscript: URL', 'vbscript:msgbox(1)'],
    ])('drops %s', (_label, raw) => {
      const article = parseItem({ image: raw, banner_image: raw, url: raw, external_url: raw });
      expect(article.image).toBeUndefined();
      expect(article.url).toBeUndefined();
      expect(article.externalUrl).toBeUndefined();
    });

    it('drops an unsafe home page URL', () => {
      expect(parseEdition(feed([], { home_page_url: 'javascript:void(0)' })).homePageUrl).toBeUndefined();
    });

    it('uses the banner image when there is no image', () => {
      expect(parseItem({ banner_image: '/pics/banner.jpg' }).image).toEqual({ url: '/pics/banner.jpg' });
    });

    it('prefers the image to the banner image', () => {
      expect(parseItem({ image: '/pics/main.jpg', banner_image: '/pics/banner.jpg' }).image?.url).toBe('/pics/main.jpg');
    });

    it('falls back to the banner image when the image is unsafe', () => {
      expect(parseItem({ image: 'javascript:x', banner_image: '/pics/banner.jpg' }).image?.url).toBe('/pics/banner.jpg');
    });

    it('maps the image caption, credit and licence', () => {
      const article = parseItem({
        image: 'https://lantern.example/pics/pier.jpg',
        _news: {
          image_caption: 'The pier at low tide.',
          image_credit: {
            text: 'Photo: Ines Marlow',
            url: 'https://lantern.example/ines',
            license: 'CC BY 4.0',
            license_url: 'https://creativecommons.org/licenses/by/4.0/',
          },
        },
      });
      expect(article.image).toEqual({
        url: 'https://lantern.example/pics/pier.jpg',
        caption: 'The pier at low tide.',
        credit: {
          text: 'Photo: Ines Marlow',
          url: 'https://lantern.example/ines',
          license: 'CC BY 4.0',
          licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
        },
      });
    });

    it('keeps a credit’s text but drops its unsafe URLs', () => {
      const article = parseItem({
        image: '/pics/pier.jpg',
        _news: { image_credit: { text: 'Ines Marlow', url: 'javascript:x', license_url: '//evil.example' } },
      });
      expect(article.image?.credit).toEqual({ text: 'Ines Marlow' });
    });

    it('drops a credit without text', () => {
      const article = parseItem({ image: '/pics/pier.jpg', _news: { image_credit: { text: ' ', url: 'https://lantern.example/' } } });
      expect(article.image).toEqual({ url: '/pics/pier.jpg' });
    });

    it('drops a caption and credit when there is no image', () => {
      const article = parseItem({ _news: { image_caption: 'Nothing to caption.', image_credit: { text: 'Nobody' } } });
      expect(article.image).toBeUndefined();
    });

    it('keeps translations only into known edition languages other than the edition’s own', () => {
      // JSON.parse makes "__proto__" an own key, as a fetched document would.
      const translations: unknown = JSON.parse(
        '{"ru":" ru-1 ","de":"de-1","en":"en-1","it":"it-1","fr":"","pt":7,"es":null,"pt-BR":"x","__proto__":"es-1"}',
      );
      const article = parseItem({ _news: { translations } }, {}, 'en');
      expect(article.translations).toEqual({ ru: 'ru-1', de: 'de-1' });
    });

    it('keeps the English translation in another edition', () => {
      const article = parseItem({ _news: { translations: { en: 'en-1', ru: 'ru-1' } } }, {}, 'ru');
      expect(article.translations).toEqual({ en: 'en-1' });
    });
  });

  describe('slugs and titles', () => {
    it('makes a readable slug from the title that ends with a hash of the id', () => {
      const article = parseItem({ id: 'https://lantern.example/2025/04/08/tram', title: 'Council Approves a New Tram Line!' });
      expect(article.slug).toBe(`council-approves-a-new-tram-line-${shortHash('https://lantern.example/2025/04/08/tram')}`);
      expect(article.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-z]{7}$/);
    });

    it('gives two items with one title different slugs', () => {
      const edition = parseEdition(feed([item('one', { title: 'Weather warning' }), item('two', { title: 'Weather warning' })]));
      const [first, second] = edition.articles;
      expect(first?.slug).toMatch(/^weather-warning-/);
      expect(second?.slug).toMatch(/^weather-warning-/);
      expect(first?.slug).not.toBe(second?.slug);
    });

    it('keeps a slug stable when the headline changes but the id does not', () => {
      const before = parseItem({ id: 'tram', title: 'Tram line approved' }).slug;
      const after = parseItem({ id: 'tram', title: 'Tram line approved after long debate' }).slug;
      expect(before.slice(-7)).toBe(after.slice(-7));
    });

    it('transliterates a Cyrillic title', () => {
      const article = parseItem({ id: 'r1', title: 'Щука съела ёрша' }, {}, 'ru');
      expect(article.slug).toBe(`shchuka-sela-ersha-${shortHash('r1')}`);
    });

    it('uses "story" when the title has no letters a slug can use', () => {
      const article = parseItem({ id: 'zh', title: '港口新闻' });
      expect(article.slug).toBe(`story-${shortHash('zh')}`);
    });

    it('keeps the readable part of a slug within 70 characters', () => {
      const article = parseItem({ id: 'long', title: 'word '.repeat(40) });
      const readable = article.slug.slice(0, -8);
      expect(readable.length).toBeLessThanOrEqual(70);
      expect(readable).toMatch(/^word(?:-word)*$/);
    });

    it('gives an untitled item a title from its summary', () => {
      expect(parseItem({ title: undefined, summary: 'Gulls are back.', content_text: 'Longer body.' }).title).toBe('Gulls are back.');
    });

    it('gives an untitled item a title from its text', () => {
      expect(parseItem({ title: '   ', content_text: 'Gulls are back.' }).title).toBe('Gulls are back.');
    });

    it('gives an untitled item a title from the text of its HTML', () => {
      expect(parseItem({ content_html: '<p>Gulls <strong>are</strong> back.</p>' }).title).toBe('Gulls are back.');
    });

    it('clips a title taken from the text to 90 characters', () => {
      const title = parseItem({ content_text: 'gull '.repeat(100) }).title;
      expect(title.length).toBeLessThanOrEqual(90);
      expect(title.endsWith('…')).toBe(true);
    });

    it('uses the id as the title when there is no text to take one from', () => {
      const article = parseItem({ id: 'photo-17', content_html: '<img src="/pics/pier.jpg">' });
      expect(article.title).toBe('photo-17');
      expect(article.slug).toBe(`photo-17-${shortHash('photo-17')}`);
    });
  });

  describe('size limits', () => {
    it('clips a huge title to at most 300 characters rather than crashing', () => {
      const article = parseItem({ title: 'Storm '.repeat(200_000) });
      expect(article.title.length).toBeLessThanOrEqual(300);
      expect(article.title.endsWith('…')).toBe(true);
    });

    it('keeps a title of exactly 300 characters whole', () => {
      const title = 'x'.repeat(300);
      expect(parseItem({ title }).title).toBe(title);
    });

    it('clips the teaser to 280 characters and the summary to 2000', () => {
      const article = parseItem({ summary: 'tide '.repeat(1000) });
      expect(article.teaser.length).toBeLessThanOrEqual(280);
      expect(article.summary?.length).toBeLessThanOrEqual(2000);
      expect(article.summary?.endsWith('…')).toBe(true);
    });

    it('clips a teaser made from a long text to 280 characters', () => {
      expect(parseItem({ content_text: 'tide '.repeat(1000) }).teaser.length).toBeLessThanOrEqual(280);
    });

    it('clips huge author, section, editor and caption strings', () => {
      const huge = 'n'.repeat(100_000);
      const edition = parseEdition(
        feed(
          [
            {
              id: 'big',
              content_text: 'Body.',
              authors: [{ name: huge }],
              image: '/p.jpg',
              _news: { section: 'town', editor: huge, image_caption: huge, image_credit: { text: huge, license: huge } },
            },
          ],
          { description: huge, _news: { sections: [{ id: 'town', title: huge }] } },
        ),
      );
      const [article] = edition.articles;
      expect(article?.authors[0]?.name.length).toBeLessThanOrEqual(120);
      expect(article?.editor?.length).toBeLessThanOrEqual(120);
      expect(article?.image?.caption?.length).toBeLessThanOrEqual(2000);
      expect(article?.image?.credit?.text.length).toBeLessThanOrEqual(2000);
      expect(article?.image?.credit?.license?.length).toBeLessThanOrEqual(120);
      expect(edition.sections[0]?.title.length).toBeLessThanOrEqual(120);
      expect(edition.description?.length).toBeLessThanOrEqual(2000);
    });

    it('drops a URL longer than 2048 characters', () => {
      expect(parseItem({ url: `https://lantern.example/${'a'.repeat(2048)}` }).url).toBeUndefined();
    });

    it('skips an item whose only content is over the 400 000-character cap instead of crashing', () => {
      const edition = parseEdition(feed([{ id: 'huge', content_text: 'x'.repeat(400_001) }, item('kept')]));
      expect(ids(edition)).toEqual(['kept']);
      expect(edition.skippedItems).toBe(1);
    });

    it('reads a feed with thousands of items', () => {
      const many = Array.from({ length: 3000 }, (_, i) => item(i, { date_published: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString() }));
      const edition = parseEdition(feed(many));
      expect(edition.articles).toHaveLength(3000);
      expect(edition.articles[0]?.id).toBe('2999');
    });
  });
});

describe('_news corrections', () => {
  const corrected = (corrections: unknown, extra: Json = {}) => parseItem({ date_published: '2025-04-08T10:00:00Z', ...extra, _news: { corrections } });

  it('reads each correction with its date as ISO 8601 and its text', () => {
    const article = corrected([{ date: '2025-04-08T14:30:00+02:00', text: 'The mill closed in 1962, not 1926.' }]);
    expect(article.corrections).toEqual([{ date: '2025-04-08T12:30:00.000Z', text: 'The mill closed in 1962, not 1926.' }]);
  });

  it('lists the corrections oldest first, whatever order the feed gives', () => {
    const article = corrected([
      { date: '2025-04-10T09:00:00Z', text: 'The ferry leaves from pier 4.' },
      { date: '2025-04-09T09:00:00Z', text: 'The harbourmaster is Ines Vale.' },
    ]);
    expect(article.corrections?.map((c) => c.text)).toEqual(['The harbourmaster is Ines Vale.', 'The ferry leaves from pier 4.']);
  });

  it('drops a malformed correction and keeps the story and the other corrections', () => {
    const article = corrected([
      { date: 'last Tuesday', text: 'A correction with no real date.' },
      { date: '2025-02-30T09:00:00Z', text: 'A correction on a day that does not exist.' },
      { date: '2025-04-09T09:00:00Z' },
      { date: '2025-04-09T09:00:00Z', text: '   ' },
      { text: 'A correction with no date at all.' },
      'The bakery opens at seven.',
      null,
      { date: '2025-04-09T09:00:00Z', text: '  The bakery opens at seven.  ' },
    ]);
    expect(article.corrections).toEqual([{ date: '2025-04-09T09:00:00.000Z', text: 'The bakery opens at seven.' }]);
  });

  it('leaves out corrections that are not a list, or whose every entry is malformed', () => {
    expect(corrected({ date: '2025-04-09T09:00:00Z', text: 'Not in a list.' }).corrections).toBeUndefined();
    expect(corrected([{ date: 'soon', text: 'Undated.' }])).not.toHaveProperty('corrections');
    expect(parseItem({})).not.toHaveProperty('corrections');
  });

  it('clips a huge correction text to 2000 characters', () => {
    const text = corrected([{ date: '2025-04-09T09:00:00Z', text: 'gull '.repeat(100_000) }]).corrections?.[0]?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text.endsWith('…')).toBe(true);
  });

  it('dates the story modified at its newest correction when that is later than date_modified', () => {
    const corrections = [
      { date: '2025-04-09T09:00:00Z', text: 'The first fix.' },
      { date: '2025-04-11T16:45:00Z', text: 'The second fix.' },
    ];
    expect(corrected(corrections, { date_modified: '2025-04-10T08:00:00Z' }).modified).toBe('2025-04-11T16:45:00.000Z');
  });

  it('dates the story modified at its newest correction when the feed gives no date_modified', () => {
    expect(corrected([{ date: '2025-04-09T09:00:00Z', text: 'A fix.' }]).modified).toBe('2025-04-09T09:00:00.000Z');
    expect(corrected([{ date: '2025-04-09T09:00:00Z', text: 'A fix.' }], { date_modified: 'later' }).modified).toBe('2025-04-09T09:00:00.000Z');
  });

  it('keeps a later date_modified than the newest correction', () => {
    const article = corrected([{ date: '2025-04-09T09:00:00Z', text: 'A fix.' }], { date_modified: '2025-04-12T07:00:00Z' });
    expect(article.modified).toBe('2025-04-12T07:00:00.000Z');
  });
});
