import { useI18n } from '@/i18n/i18n-context';
import { formatDateTime, formatRelative } from '@/i18n/format';
import { useNow } from './use-now';

type Props = {
  iso: string;
  /** The date as the build formatted it; formatted here only when a document lacks it. */
  label?: string;
  /** "2 hours ago" for stories under a day old, once the browser knows the time. */
  relative?: boolean;
};

/** A machine-readable date in the edition's format. */
export function PublishedTime({ iso, label, relative = false }: Props) {
  const { locale, messages } = useI18n();
  const now = useNow();
  const absolute = label ?? formatDateTime(iso, locale);
  const relativeText = relative && now !== null ? formatRelative(iso, now, locale, messages) : undefined;
  return (
    <time dateTime={iso} title={relativeText ? absolute : undefined}>
      {relativeText ?? absolute}
    </time>
  );
}
