import { shortHash, slugify } from './slug';

describe('slugify', () => {
  it('lower-cases words and joins them with hyphens', () => {
    expect(slugify('Harbour Master Retires After 40 Years')).toBe('harbour-master-retires-after-40-years');
  });

  it('drops punctuation and trims hyphens at either end', () => {
    expect(slugify('  “Why now?” — the mayor’s answer!  ')).toBe('why-now-the-mayor-s-answer');
  });

  it('collapses runs of separators into one hyphen', () => {
    expect(slugify('tide---tables__and  ferries')).toBe('tide-tables-and-ferries');
  });

  it('strips accents from Latin letters', () => {
    expect(slugify('Crème brûlée à São Tomé, año niño')).toBe('creme-brulee-a-sao-tome-ano-nino');
  });

  it('spells out letters that have no accent-free form', () => {
    expect(slugify('Straße Ærø Œuvre Łódź Đakovo')).toBe('strasse-aero-oeuvre-lodz-dakovo');
  });

  it('transliterates Russian into readable Latin', () => {
    expect(slugify('Жители Щёлкова выбрали новый сквер')).toBe('zhiteli-shchelkova-vybrali-novyy-skver');
  });

  it('drops the hard and soft signs', () => {
    expect(slugify('Объявление о подъезде, мальчик')).toBe('obyavlenie-o-podezde-malchik');
  });

  it('transliterates capital Cyrillic letters too', () => {
    expect(slugify('ЁЖ ЮЛЯ ЭХО')).toBe('ezh-yulya-ekho');
  });

  it('returns an empty string when nothing can be spelled in ASCII', () => {
    expect(slugify('港口新闻')).toBe('');
    expect(slugify('!!! ???')).toBe('');
    expect(slugify('')).toBe('');
  });

  it('keeps a slug at most maxLength long, cutting at a word boundary', () => {
    const slug = slugify('alpha beta gamma delta epsilon', 20);
    expect(slug).toBe('alpha-beta-gamma');
    expect(slug.length).toBeLessThanOrEqual(20);
  });

  it('never ends a cut slug with a hyphen', () => {
    expect(slugify('alpha beta gamma delta', 11)).toBe('alpha-beta');
  });

  it('cuts inside a word when the last hyphen is in the first half', () => {
    expect(slugify('a supercalifragilistic word', 12)).toBe('a-supercalif');
  });

  it('leaves a slug that fits untouched', () => {
    expect(slugify('short title', 11)).toBe('short-title');
  });

  it('defaults to at most 80 characters', () => {
    expect(slugify('word '.repeat(50)).length).toBeLessThanOrEqual(80);
  });

  it('makes only lower-case ASCII letters, digits and single inner hyphens', () => {
    const inputs = ['Ünïcödé & <b>tags</b>', '١٢٣ Arabic digits', 'emoji 🎉 party', 'tab\tand\nnewline', 'İstanbul'];
    for (const input of inputs) expect(slugify(input)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
  });
});

describe('shortHash', () => {
  it('is stable for the same input', () => {
    expect(shortHash('https://lantern.example/2025/04/tram')).toBe(shortHash('https://lantern.example/2025/04/tram'));
  });

  it('is always seven lower-case base-36 characters', () => {
    for (const input of ['', 'a', 'story-1', 'x'.repeat(5000), 'Щука', '🎉']) {
      expect(shortHash(input)).toMatch(/^[0-9a-z]{7}$/);
    }
  });

  it('tells apart ids that differ by one character', () => {
    expect(shortHash('story-1')).not.toBe(shortHash('story-2'));
    expect(shortHash('ab')).not.toBe(shortHash('ba'));
  });

  it('computes the 32-bit FNV-1a hash in base 36', () => {
    // FNV-1a("a") = 0xe40c292c
    expect(shortHash('a')).toBe((0xe40c292c).toString(36).padStart(7, '0'));
    expect(shortHash('')).toBe((0x811c9dc5).toString(36).padStart(7, '0'));
  });

  it('gives a thousand different ids a thousand different hashes', () => {
    const hashes = new Set(Array.from({ length: 1000 }, (_, i) => shortHash(`item-${i}`)));
    expect(hashes.size).toBe(1000);
  });
});
