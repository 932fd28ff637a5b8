import type { EditionLang } from '@/config/editions';

/**
 * Silent reading speed of adults, in words per minute, from the International Reading Speed Texts
 * study (Trauzettel-Klosinski & Dietz, 2012), which measured the same texts across languages:
 * words are longer in Russian or German than in English or Spanish, so fewer are read per minute.
 */
export const WORDS_PER_MINUTE: Record<EditionLang, number> = {
  en: 228,
  ru: 184,
  de: 179,
  fr: 195,
  pt: 181,
  es: 218,
};

/**
 * Words in plain text (an article's HTML goes through htmlToText first): runs of letters or digits,
 * so punctuation and dashes don't count.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
}

/** Whole minutes to read `text` in the edition's language, never less than one. */
export function readingMinutes(text: string, lang: EditionLang): number {
  return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE[lang]));
}
