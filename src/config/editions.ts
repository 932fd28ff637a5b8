/** The language editions the reader knows. Order is the language switcher's order. */
export const EDITION_LANGS = ['en', 'ru', 'de', 'fr', 'pt', 'es'] as const;

export type EditionLang = (typeof EDITION_LANGS)[number];

export const DEFAULT_LANG: EditionLang = 'en';

/** Names in their own language, as a reader looking for their edition expects them. */
export const NATIVE_NAMES: Record<EditionLang, string> = {
  en: 'English',
  ru: 'Русский',
  de: 'Deutsch',
  fr: 'Français',
  pt: 'Português',
  es: 'Español',
};

/** BCP 47 locales for Intl: the edition decides the formatting, not the browser. */
export const EDITION_LOCALES: Record<EditionLang, string> = {
  en: 'en-GB',
  ru: 'ru-RU',
  de: 'de-DE',
  fr: 'fr-FR',
  pt: 'pt-PT',
  es: 'es-ES',
};

export function isEditionLang(value: unknown): value is EditionLang {
  return typeof value === 'string' && (EDITION_LANGS as readonly string[]).includes(value);
}

/** Picks the edition for a first visit from the browser's preferred languages. */
export function pickEditionLang(preferred: readonly string[]): EditionLang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isEditionLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}
