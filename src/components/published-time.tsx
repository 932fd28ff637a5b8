import { useI18n } from '@/i18n/i18n-context';
import { formatDateTime, formatRelative, formatTime } from '@/i18n/format';
import { useNow } from './use-now';

/**
 * A machine-readable date in the edition's format. `short` shows only the time; `relative` says
 * "2 hours ago" for stories under a day old once the browser knows the time.
 */
export function PublishedTime({ iso, short = false, relative = false }: { iso: string; short?: boolean; relative?: boolean }) {
  const { locale } = useI18n();
  const now = useNow();
  const absolute = short ? formatTime(iso, locale) : formatDateTime(iso, locale);
  const relativeText = relative && now !== null ? formatRelative(iso, now, locale) : undefined;
  return (
    <time dateTime={iso} title={relativeText ? formatDateTime(iso, locale) : undefined}>
      {relativeText ?? absolute}
    </time>
  );
}
