import { useI18n } from '@/i18n/i18n-context';
import { formatDateTime, formatTime } from '@/i18n/format';

/** A machine-readable date with the edition's human format; `short` shows only the time. */
export function PublishedTime({ iso, short = false }: { iso: string; short?: boolean }) {
  const { locale } = useI18n();
  return <time dateTime={iso}>{short ? formatTime(iso, locale) : formatDateTime(iso, locale)}</time>;
}
