import { EDITION_LANGS, EDITION_LOCALES, type EditionLang } from '@/config/editions';
import { de } from './messages/de';
import { en, type MessageKey, type Messages, type PluralForms } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { pt } from './messages/pt';
import { ru } from './messages/ru';

const MESSAGES: Record<EditionLang, Messages> = { en, ru, de, fr, pt, es };
const TRANSLATIONS = EDITION_LANGS.filter((lang) => lang !== 'en');

/**
 * Strings a translation may share with English because the word is the same in that language.
 * siteName is the brand and the same everywhere.
 */
const SAME_AS_ENGLISH: Partial<Record<EditionLang, MessageKey[]>> = {
  // "RSS" and "JSON Feed" are format names, written the same in these languages.
  ru: ['feedJson', 'feedRss'],
  de: ['video', 'sitemap', 'feedRss'],
  fr: ['menuOpen', 'photo', 'pagination'],
  pt: ['menuOpen'],
};

const keysOf = (messages: Messages) => Object.keys(messages).sort();

const isPlural = (value: Messages[MessageKey]): value is PluralForms => typeof value === 'object';

/** Every template a message holds: the string itself, or each plural form. */
const templatesOf = (value: Messages[MessageKey]): string[] => (isPlural(value) ? Object.values(value) : [value]);

const placeholdersOf = (templates: string[]) => new Set(templates.flatMap((t) => Array.from(t.matchAll(/\{(\w+)\}/g), (m) => m[1])));

const messageKeys = Object.keys(en) as MessageKey[];

describe('interface messages', () => {
  it('has a message file for every edition language', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...EDITION_LANGS].sort());
  });

  it.each(TRANSLATIONS)('gives %s exactly the keys English has', (lang) => {
    expect(keysOf(MESSAGES[lang])).toEqual(keysOf(en));
  });

  it.each(EDITION_LANGS)('gives every plural entry in %s exactly the plural categories of its locale', (lang) => {
    const categories = [...new Intl.PluralRules(EDITION_LOCALES[lang]).resolvedOptions().pluralCategories].sort();
    const messages = MESSAGES[lang];
    const plurals = messageKeys.filter((key) => isPlural(en[key]));
    expect(plurals.length).toBeGreaterThan(0);
    for (const key of plurals) {
      const value = messages[key];
      expect(isPlural(value), `${lang}.${key} is a plural entry`).toBe(true);
      expect(Object.keys(value).sort(), `${lang}.${key}`).toEqual(categories);
    }
  });

  it.each(EDITION_LANGS)('keeps the messages that are plain strings in English plain strings in %s', (lang) => {
    for (const key of messageKeys) {
      expect(typeof MESSAGES[lang][key], `${lang}.${key}`).toBe(typeof en[key]);
    }
  });

  it.each(TRANSLATIONS)('keeps every English placeholder in each %s message and plural form', (lang) => {
    for (const key of messageKeys) {
      const expected = placeholdersOf(templatesOf(en[key]));
      for (const template of templatesOf(MESSAGES[lang][key])) {
        for (const name of expected) expect(template, `${lang}.${key}`).toContain(`{${name}}`);
      }
    }
  });

  it.each(TRANSLATIONS)('adds no placeholders to %s that English does not fill', (lang) => {
    for (const key of messageKeys) {
      const known = placeholdersOf(templatesOf(en[key]));
      for (const name of placeholdersOf(templatesOf(MESSAGES[lang][key]))) {
        expect(known.has(name), `${lang}.${key} uses {${String(name)}}`).toBe(true);
      }
    }
  });

  it.each(TRANSLATIONS)('translates every %s message that is not the same word in both languages', (lang) => {
    const allowed = new Set<MessageKey>(['siteName', ...(SAME_AS_ENGLISH[lang] ?? [])]);
    const untranslated = messageKeys.filter((key) => {
      if (allowed.has(key)) return false;
      const english = templatesOf(en[key]);
      return templatesOf(MESSAGES[lang][key]).some((template) => english.includes(template));
    });
    expect(untranslated).toEqual([]);
  });

  it.each(TRANSLATIONS)('lists in %s only allowances that are still needed', (lang) => {
    for (const key of SAME_AS_ENGLISH[lang] ?? []) expect(MESSAGES[lang][key], `${lang}.${key}`).toBe(en[key]);
  });

  it.each(EDITION_LANGS)('has no blank messages in %s', (lang) => {
    for (const key of messageKeys) {
      for (const template of templatesOf(MESSAGES[lang][key])) expect(template.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it('keeps the brand name the same in every language', () => {
    for (const lang of EDITION_LANGS) expect(MESSAGES[lang].siteName).toBe('Meridian');
  });
});
