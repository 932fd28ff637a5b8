import { slugify } from './slug';

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
