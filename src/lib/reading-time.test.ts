import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from './reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('reading time', () => {
  it('counts words in any script and ignores punctuation and dashes standing alone', () => {
    expect(countWords('Harbour towns — eleven of them — agree.')).toBe(6);
    expect(countWords('Радиотелескопы зафиксировали вспышку, 3 раза.')).toBe(5);
    expect(countWords("l'été n’est pas fini")).toBe(4);
    expect(countWords('   ')).toBe(0);
  });

  it('counts the words of HTML without its tags, keeping words at tag edges apart', () => {
    expect(countWords(htmlToText('<h2>What next</h2><p>Eleven<br>towns&nbsp;agree.</p>'))).toBe(5);
    expect(countWords(htmlToText('<p>one</p><style>p { color: red }</style><p>two</p>'))).toBe(2);
  });

  it('counts an entity in HTML as the character it stands for, not as a word', () => {
    expect(countWords(htmlToText('<p>Harbour towns &mdash; eleven &ndash; agree&hellip;</p>'))).toBe(4);
  });

  it('divides by the reading speed of the edition’s language', () => {
    expect(readingMinutes(words(WORDS_PER_MINUTE.en * 4), 'en')).toBe(4);
    expect(readingMinutes(words(WORDS_PER_MINUTE.ru * 4), 'ru')).toBe(4);
    // The same length reads slower in German than in English.
    expect(readingMinutes(words(1100), 'de')).toBeGreaterThan(readingMinutes(words(1100), 'en'));
  });

  it('never says less than a minute', () => {
    expect(readingMinutes('', 'en')).toBe(1);
    expect(readingMinutes('Short.', 'es')).toBe(1);
  });

  it('rounds to the nearest minute', () => {
    expect(readingMinutes(words(Math.round(WORDS_PER_MINUTE.fr * 2.4)), 'fr')).toBe(2);
    expect(readingMinutes(words(Math.round(WORDS_PER_MINUTE.fr * 2.6)), 'fr')).toBe(3);
  });
});
