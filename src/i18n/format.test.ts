import { dayOf, fill, formatDate, formatDateTime, formatMonth, formatNumber, NEWSROOM_TIME_ZONE, plural, listParts } from './format';
import { de } from './messages/de';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { ru } from './messages/ru';

/** Intl separates groups with no-break spaces in some locales: compare with plain spaces. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('plural', () => {
  it.each([
    [1, '1 материал'],
    [2, '2 материала'],
    [5, '5 материалов'],
    [11, '11 материалов'],
    [21, '21 материал'],
    [22, '22 материала'],
    [25, '25 материалов'],
  ])('chooses the Russian form for %i stories', (count, expected) => {
    expect(plural(ru.stories, count, 'ru-RU')).toBe(expected);
  });

  it('uses the Russian many form for 0, 12 to 14 and 111', () => {
    expect(plural(ru.stories, 0, 'ru-RU')).toBe('0 материалов');
    expect(plural(ru.stories, 12, 'ru-RU')).toBe('12 материалов');
    expect(plural(ru.stories, 14, 'ru-RU')).toBe('14 материалов');
    expect(plural(ru.stories, 111, 'ru-RU')).toBe('111 материалов');
  });

  it('uses the Russian few form for 3, 4, 102 and 1004', () => {
    expect(plural(ru.stories, 3, 'ru-RU')).toBe('3 материала');
    expect(plural(ru.stories, 4, 'ru-RU')).toBe('4 материала');
    expect(plural(ru.stories, 102, 'ru-RU')).toBe('102 материала');
    expect(spaced(plural(ru.stories, 1004, 'ru-RU'))).toBe('1 004 материала');
  });

  it('uses the Russian other form for fractions, with a decimal comma', () => {
    expect(plural(ru.stories, 1.5, 'ru-RU')).toBe('1,5 материала');
  });

  it('chooses the English one and other forms', () => {
    expect(plural(en.stories, 1, 'en-GB')).toBe('1 story');
    expect(plural(en.stories, 0, 'en-GB')).toBe('0 stories');
    expect(plural(en.stories, 2, 'en-GB')).toBe('2 stories');
    expect(plural(en.stories, 21, 'en-GB')).toBe('21 stories');
    expect(plural(en.minutesAgo, 1, 'en-GB')).toBe('1 minute ago');
    expect(plural(en.hoursAgo, 3, 'en-GB')).toBe('3 hours ago');
  });

  it('formats the count with the locale’s digit grouping', () => {
    expect(plural(en.stories, 12345, 'en-GB')).toBe('12,345 stories');
    expect(plural(de.stories, 12345, 'de-DE')).toBe('12.345 Artikel');
    expect(spaced(plural(ru.stories, 12345, 'ru-RU'))).toBe('12 345 материалов');
  });

  it('uses the French one form for 0 and 1 and the many form for millions', () => {
    expect(plural(fr.stories, 0, 'fr-FR')).toBe('0 article');
    expect(plural(fr.stories, 1, 'fr-FR')).toBe('1 article');
    expect(plural(fr.stories, 2, 'fr-FR')).toBe('2 articles');
    expect(spaced(plural(fr.stories, 1_000_000, 'fr-FR'))).toBe('1 000 000 articles');
  });

  it('falls back to the other form when the locale’s form is missing', () => {
    expect(plural({ other: '{count} items' }, 1, 'en-GB')).toBe('1 items');
    expect(plural({ one: 'one item', other: '{count} items' }, 2, 'ru-RU')).toBe('2 items');
  });

  it('fills other placeholders alongside the count', () => {
    expect(plural({ one: '{count} story by {name}', other: '{count} stories by {name}' }, 2, 'en-GB', { name: 'Ines' })).toBe('2 stories by Ines');
  });
});

describe('formatNumber', () => {
  it('formats numbers the way each locale writes them', () => {
    expect(formatNumber(1234567.5, 'en-GB')).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, 'de-DE')).toBe('1.234.567,5');
    expect(spaced(formatNumber(1234567.5, 'ru-RU'))).toBe('1 234 567,5');
    expect(spaced(formatNumber(1234567.5, 'fr-FR'))).toBe('1 234 567,5');
  });

  it('writes small numbers without grouping', () => {
    expect(formatNumber(7, 'en-GB')).toBe('7');
    expect(formatNumber(0, 'ru-RU')).toBe('0');
  });

  it('keeps each locale’s format apart when they are used one after another', () => {
    expect(formatNumber(1000.5, 'en-GB')).toBe('1,000.5');
    expect(formatNumber(1000.5, 'de-DE')).toBe('1.000,5');
    expect(formatNumber(1000.5, 'en-GB')).toBe('1,000.5');
  });
});

describe('fill', () => {
  it('fills named placeholders', () => {
    expect(fill('Page {page} of {pageCount}', { page: 2, pageCount: 9 })).toBe('Page 2 of 9');
  });

  it('fills a placeholder every time it appears', () => {
    expect(fill('{x} and {x}', { x: 'tide' })).toBe('tide and tide');
  });

  it('fills only the values it is given, not inherited names', () => {
    expect(fill('{toString} {constructor}')).toBe('{toString} {constructor}');
  });

  it('leaves unknown placeholders visible', () => {
    expect(fill('By {names} on {day}', { names: 'Ines' })).toBe('By Ines on {day}');
    expect(fill('By {names}')).toBe('By {names}');
  });

  it('fills zero and empty strings rather than treating them as missing', () => {
    expect(fill('{count} left', { count: 0 })).toBe('0 left');
    expect(fill('[{name}]', { name: '' })).toBe('[]');
  });

  it('does not treat a filled value as another placeholder', () => {
    expect(fill('{a}', { a: '{b}', b: 'no' })).toBe('{b}');
  });

  it('leaves text without placeholders and odd braces alone', () => {
    expect(fill('No braces here')).toBe('No braces here');
    expect(fill('{} {a-b} { a }', { a: 'x' })).toBe('{} {a-b} { a }');
  });
});

describe('dates', () => {
  const lateEvening = '2025-04-08T23:30:00Z';

  it('works in the newsroom’s time zone, UTC', () => {
    expect(NEWSROOM_TIME_ZONE).toBe('UTC');
  });

  it('formats a long date', () => {
    expect(formatDate(lateEvening, 'en-GB')).toBe('8 April 2025');
    expect(formatDate(lateEvening, 'de-DE')).toBe('8. April 2025');
    expect(formatDate(lateEvening, 'ru-RU')).toMatch(/^8 апреля 2025/);
  });

  it('formats a date with its time', () => {
    const text = formatDateTime(lateEvening, 'en-GB');
    expect(text).toContain('8 April 2025');
    expect(text).toContain('23:30');
  });

  it('shows the UTC day and time of an instant written with another offset', () => {
    const instant = '2025-04-08T23:30:00-05:00';
    expect(formatDate(instant, 'en-GB')).toBe('9 April 2025');
    expect(formatDateTime(instant, 'en-GB')).toContain('04:30');
  });

  it('formats a month and year', () => {
    expect(formatMonth(lateEvening, 'en-GB')).toBe('April 2025');
    expect(formatMonth(lateEvening, 'fr-FR')).toBe('avril 2025');
  });

  it('takes the archive day from an ISO instant', () => {
    expect(dayOf('2025-04-08T23:30:00.000Z')).toBe('2025-04-08');
  });
});

describe('listParts', () => {
  const text = (parts: { value: string }[]) => parts.map((part) => part.value).join('');

  it('joins names the way each language lists them', () => {
    expect(text(listParts(['Ann', 'Bo', 'Cy'], 'en'))).toBe('Ann, Bo, and Cy');
    expect(text(listParts(['Анна', 'Борис'], 'ru'))).toBe('Анна и Борис');
    expect(text(listParts(['Ana', 'Bruno'], 'pt'))).toBe('Ana e Bruno');
  });

  it('marks each name as an element and the joining words as literals', () => {
    expect(listParts(['Ann', 'Bo'], 'en')).toEqual([
      { type: 'element', value: 'Ann' },
      { type: 'literal', value: ' and ' },
      { type: 'element', value: 'Bo' },
    ]);
  });

  it('gives one name, or none, as it is', () => {
    expect(listParts(['Ann'], 'de')).toEqual([{ type: 'element', value: 'Ann' }]);
    expect(listParts([], 'de')).toEqual([]);
  });
});
