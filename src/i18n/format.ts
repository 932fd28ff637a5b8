import type { PluralForms } from './messages/en';

/** Dates, times, numbers and plurals go through Intl here, and only here. */

type Formatter = Intl.DateTimeFormat | Intl.PluralRules | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat;

// Building a formatter loads locale data and is slow (tens of milliseconds on a phone): one per use.
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value as T;
}

/** The newsroom's time zone: pages read the same wherever they are rendered (build or browser). */
export const NEWSROOM_TIME_ZONE = 'UTC';

export function formatDateTime(iso: string, locale: string): string {
  return cached(`dt:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: NEWSROOM_TIME_ZONE })).format(
    new Date(iso),
  );
}

export function formatDate(iso: string, locale: string): string {
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: NEWSROOM_TIME_ZONE })).format(new Date(iso));
}

// The editions' languages write numbers in Latin digits and group only from 1,000 up.
const LATIN_DIGITS = /^(en|ru|de|fr|pt|es)(-|$)/;

export function formatNumber(value: number, locale: string): string {
  // "4 min read" needs no number formatter: building one loads locale data, a long task on a phone.
  if (Number.isInteger(value) && Math.abs(value) < 1000 && LATIN_DIGITS.test(locale)) return String(value);
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** Fills `{name}` placeholders; unknown names stay visible rather than vanish. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    // Only the caller's own values: never inherited names like {constructor}.
    return Object.hasOwn(values, name) ? String(values[name]) : whole;
  });
}

/** Chooses the plural form for `count` by the locale's rules and fills `{count}` with a formatted number. */
export function plural(forms: PluralForms, count: number, locale: string, values: Record<string, string | number> = {}): string {
  const rule = cached(`p:${locale}`, () => new Intl.PluralRules(locale)).select(count);
  return fill(forms[rule] ?? forms.other, { count: formatNumber(count, locale), ...values });
}

/** The calendar day (YYYY-MM-DD) of an instant in the newsroom's time zone: the archive's unit. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

export function formatMonth(iso: string, locale: string): string {
  return cached(`m:${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: NEWSROOM_TIME_ZONE })).format(
    new Date(iso),
  );
}

/**
 * "5 minutes ago" / "3 часа назад" for stories under a day old, else undefined (show the date).
 * From the edition's messages and plural rules rather than Intl.RelativeTimeFormat: that formatter
 * loads locale data that costs a phone a long task while the page is starting.
 */
export function formatRelative(iso: string, now: number, locale: string, forms: { minutesAgo: PluralForms; hoursAgo: PluralForms }): string | undefined {
  const seconds = (Date.parse(iso) - now) / 1000;
  if (!Number.isFinite(seconds) || seconds > 60 || seconds < -86_400) return undefined;
  if (seconds > -3600) return plural(forms.minutesAgo, Math.min(59, Math.max(1, Math.round(-seconds / 60))), locale);
  return plural(forms.hoursAgo, Math.round(-seconds / 3600), locale);
}

/**
 * "Ann, Bo and Cy" as parts, so each name can become a link. One name needs no list formatter,
 * and most stories have one author: the (slow to build) formatter is made only when needed.
 */
export function listParts(names: string[], locale: string): { type: 'element' | 'literal'; value: string }[] {
  if (names.length < 2) return names.map((value) => ({ type: 'element', value }));
  return cached(`l:${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).formatToParts(names);
}
