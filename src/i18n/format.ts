import type { PluralForms } from './messages/en';

/** Dates, times, numbers and plurals go through Intl here, and only here. */

const cache = new Map<string, Intl.DateTimeFormat | Intl.PluralRules | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.PluralRules | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
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
  return cached(`dt:${locale}`, () =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: NEWSROOM_TIME_ZONE }),
  ).format(new Date(iso));
}

export function formatDate(iso: string, locale: string): string {
  return cached(`d:${locale}`, () =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: NEWSROOM_TIME_ZONE }),
  ).format(new Date(iso));
}

export function formatTime(iso: string, locale: string): string {
  return cached(`t:${locale}`, () =>
    new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: NEWSROOM_TIME_ZONE }),
  ).format(new Date(iso));
}

export function formatNumber(value: number, locale: string): string {
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
  return cached(`m:${locale}`, () =>
    new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: NEWSROOM_TIME_ZONE }),
  ).format(new Date(iso));
}

/**
 * "5 minutes ago" / "3 часа назад" for stories under a day old, else undefined (show the date).
 * Intl.RelativeTimeFormat carries each language's plural rules.
 */
export function formatRelative(iso: string, now: number, locale: string): string | undefined {
  const seconds = (Date.parse(iso) - now) / 1000;
  if (!Number.isFinite(seconds) || seconds > 60 || seconds < -86_400) return undefined;
  const format = cached(`r:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (seconds > -3600) return format.format(Math.min(-1, Math.round(seconds / 60)), 'minute');
  return format.format(Math.round(seconds / 3600), 'hour');
}
