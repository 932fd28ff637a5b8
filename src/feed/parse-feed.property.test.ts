import fc from 'fast-check';
import { EDITION_LANGS, type EditionLang } from '@/config/editions';
import { isReservedName } from '@/config/site-rules.js';
import { parseFeed, type ParseResult } from './parse-feed';
import type { Edition } from './types';

const NUM_RUNS = 300;

const anyJson = fc.jsonValue({ maxDepth: 3 });
const lang = fc.constantFrom<EditionLang>(...EDITION_LANGS);

/** Mostly a value of the expected kind, sometimes any JSON value at all. */
const orJunk = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: anyJson });

const version = fc.constantFrom('https://jsonfeed.org/version/1.1', 'http://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1');

/** A small pool of ids, so that duplicates, rail references and section matches actually happen. */
const id = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'c', ' a ', '', 1, 2, 2.5, '2') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const urlish = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('/pics/pier.jpg', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'data:,x', 'pics/a.jpg', ' https://ok.example '),
  fc.string({ maxLength: 20 }),
);

const date = fc.oneof(
  fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2025-04-08T12:30:00+02:00', 'not a date', '2025-13-45', ''),
  fc.string({ maxLength: 12 }),
);

const html = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('<p>Tide &amp; time</p>', '<script>x()</script>', '<img src="/p.jpg">', '&#x110000;&#0;', '   '),
);

const author = orJunk(fc.record({ name: orJunk(fc.string({ maxLength: 20 })), url: orJunk(urlish), avatar: orJunk(urlish) }, { requiredKeys: [] }));

const sectionId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('town', 'harbour') },
  { weight: 2, arbitrary: fc.constantFrom('news', 'authors', 'Town', '-x') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const itemNews = fc.record(
  {
    section: orJunk(sectionId),
    editor: orJunk(fc.string({ maxLength: 20 })),
    image_caption: orJunk(fc.string({ maxLength: 20 })),
    image_credit: orJunk(
      fc.record({ text: orJunk(fc.string({ maxLength: 20 })), url: orJunk(urlish), license: anyJson, license_url: orJunk(urlish) }, { requiredKeys: [] }),
    ),
    video: orJunk(fc.boolean()),
    translations: orJunk(fc.dictionary(fc.constantFrom(...EDITION_LANGS, 'it', 'pt-BR', '__proto__'), orJunk(fc.string({ maxLength: 8 })))),
  },
  { requiredKeys: [] },
);

const item = fc.oneof(
  { weight: 1, arbitrary: anyJson },
  {
    weight: 4,
    arbitrary: fc.record(
      {
        id: orJunk(id),
        url: orJunk(urlish),
        external_url: orJunk(urlish),
        title: orJunk(fc.string({ maxLength: 30 })),
        summary: orJunk(fc.string({ maxLength: 30 })),
        content_html: orJunk(html),
        content_text: orJunk(fc.string({ maxLength: 40 })),
        image: orJunk(urlish),
        banner_image: orJunk(urlish),
        date_published: orJunk(date),
        date_modified: orJunk(date),
        authors: orJunk(fc.array(author, { maxLength: 3 })),
        author,
        tags: orJunk(fc.array(orJunk(fc.string({ maxLength: 10 })), { maxLength: 4 })),
        language: orJunk(fc.string({ maxLength: 6 })),
        _news: orJunk(itemNews),
      },
      { requiredKeys: ['id'] },
    ),
  },
);

const sectionTitle = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('Town', 'Harbour', ' ') }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

const feedNewsFields = {
  sections: orJunk(fc.array(orJunk(fc.record({ id: orJunk(sectionId), title: orJunk(sectionTitle) })), { maxLength: 5 })),
  now_reading: orJunk(fc.array(orJunk(id), { maxLength: 5 })),
  popular: orJunk(fc.array(orJunk(id), { maxLength: 5 })),
};

const feedNews = fc.oneof(fc.record(feedNewsFields, { requiredKeys: [] }), fc.record(feedNewsFields));

/** Feed-shaped objects whose every field may hold a random value, including version and items. */
const feedShaped = fc.record(
  {
    version: orJunk(version),
    title: orJunk(fc.string({ maxLength: 20 })),
    description: orJunk(fc.string({ maxLength: 20 })),
    home_page_url: orJunk(urlish),
    authors: orJunk(fc.array(author, { maxLength: 3 })),
    author,
    items: orJunk(fc.array(item, { maxLength: 8 })),
    _news: orJunk(feedNews),
  },
  { requiredKeys: [] },
);

/** Feed-shaped objects that are JSON Feeds: a good version and an items array, anything else random. */
const validFeed = fc.record({
  version,
  title: orJunk(fc.string({ maxLength: 20 })),
  home_page_url: orJunk(urlish),
  authors: orJunk(fc.array(author, { maxLength: 3 })),
  author,
  items: fc.array(item, { maxLength: 10 }),
  _news: orJunk(feedNews),
});

function expectWellFormed(result: ParseResult, expectedLang: EditionLang): void {
  if (result.ok) {
    expect(Object.keys(result).sort()).toEqual(['edition', 'ok']);
    expect(result.edition.lang).toBe(expectedLang);
    return;
  }
  expect(Object.keys(result).sort()).toEqual(['error', 'ok']);
  expect(result.error.kind).toBe('invalid-feed');
  if (result.error.kind !== 'invalid-feed') return;
  expect(result.error.problems.length).toBeGreaterThan(0);
  for (const problem of result.error.problems) expect(typeof problem).toBe('string');
}

const SAFE_URL = /^(?:https?:\/\/|\/(?![/\\]))/i;

function expectEditionInvariants(edition: Edition, itemCount: number): void {
  const ids = edition.articles.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(edition.articles.length + edition.skippedItems).toBe(itemCount);

  const sectionIds = edition.sections.map((s) => s.id);
  expect(new Set(sectionIds).size).toBe(sectionIds.length);
  for (const sid of sectionIds) expect(isReservedName(sid)).toBe(false);

  for (const list of [edition.nowReading, edition.popular]) {
    expect(new Set(list).size).toBe(list.length);
    for (const listed of list) expect(ids).toContain(listed);
  }

  let lastDated = Infinity;
  let seenUndated = false;
  for (const article of edition.articles) {
    expect(article.id.trim()).not.toBe('');
    expect(article.title).not.toBe('');
    expect(article.title.length).toBeLessThanOrEqual(300);
    expect(article.teaser.length).toBeLessThanOrEqual(280);
    expect(article.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-z]{7}$/);
    expect(article.sectionId === null || sectionIds.includes(article.sectionId)).toBe(true);
    expect(Boolean(article.contentHtml?.trim() || article.contentText?.trim())).toBe(true);
    for (const url of [article.url, article.externalUrl, article.image?.url, article.image?.credit?.url]) {
      if (url !== undefined) expect(url).toMatch(SAFE_URL);
    }
    for (const a of article.authors) {
      expect(a.name.length).toBeLessThanOrEqual(120);
      expect(a.slug).not.toBe('');
    }
    for (const key of Object.keys(article.translations)) {
      expect(EDITION_LANGS).toContain(key);
      expect(key).not.toBe(edition.lang);
    }
    if (article.published) {
      expect(seenUndated).toBe(false);
      const ms = Date.parse(article.published);
      expect(ms).toBeLessThanOrEqual(lastDated);
      lastDated = ms;
    } else {
      seenUndated = true;
    }
  }
  // The domain is plain data: it survives a JSON round trip unchanged.
  expect(JSON.parse(JSON.stringify(edition))).toEqual(edition);
}

describe('parseFeed on arbitrary input', () => {
  it('never throws on any JSON value and returns an edition or an invalid-feed error', () => {
    fc.assert(
      fc.property(anyJson, lang, (json, l) => {
        expectWellFormed(parseFeed(json, l), l);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on feed-shaped objects with random values and returns an edition or an invalid-feed error', () => {
    fc.assert(
      fc.property(feedShaped, lang, (json, l) => {
        expectWellFormed(parseFeed(json, l), l);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('always reads a document with a JSON Feed version and an items array, whatever its items hold', () => {
    fc.assert(
      fc.property(validFeed, lang, (json, l) => {
        const result = parseFeed(json, l);
        if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.error)}`);
        expectEditionInvariants(result.edition, json.items.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('rejects every JSON value that is not an object', () => {
    fc.assert(
      fc.property(
        anyJson.filter((json) => typeof json !== 'object' || json === null || Array.isArray(json)),
        (json) => {
          const result = parseFeed(json, 'en');
          expect(result.ok).toBe(false);
          expectWellFormed(result, 'en');
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives the same edition for the same document', () => {
    fc.assert(
      fc.property(validFeed, (json) => {
        expect(parseFeed(json, 'en')).toEqual(parseFeed(structuredClone(json), 'en'));
      }),
      { numRuns: 100 },
    );
  });
});
