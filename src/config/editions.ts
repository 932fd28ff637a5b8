import { DEFAULT_LANG, type EditionLang, isEditionLang } from './site-rules.js';

// The list of editions, the default and the check are site rules (src/config/site-rules.js).
export { DEFAULT_LANG, EDITION_LANGS, type EditionLang, isEditionLang } from './site-rules.js';

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

/** Picks the edition for a first visit from the browser's preferred languages. */
export function pickEditionLang(preferred: readonly string[]): EditionLang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isEditionLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}
