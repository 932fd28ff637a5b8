import { useSyncExternalStore } from 'react';
import { useLocation } from 'react-router-dom';
import { useI18n } from '@/i18n/i18n-context';
import { fill, plural } from '@/i18n/format';
import { ShareButton } from './share-button';
import { useSiteMeta } from './site-meta';
import { TextSizeControl } from './text-size-control';

/** "4 min read", counted by the build at the reading speed of the edition's language. */
export function ReadingTime({ minutes }: { minutes: number }) {
  const { lang, locale, messages } = useI18n();
  // A document from an older build (kept by the offline cache) may not carry the count.
  if (!Number.isInteger(minutes) || minutes < 1) return null;
  return (
    <p className="article-reading-time" lang={lang}>
      {plural(messages.readingTime, minutes, locale)}
    </p>
  );
}

/** Text size and sharing, grouped under one name so a screen reader hears what they are for. */
export function ArticleTools({ title, path }: { title: string; path: string }) {
  const { lang, messages } = useI18n();
  // The article may be in another language than the edition; these controls speak the edition's.
  return (
    <div className="article-tools" role="group" aria-label={messages.readingOptions} lang={lang}>
      <TextSizeControl />
      <ShareButton title={title} path={path} />
    </div>
  );
}

const noSubscription = () => () => undefined;
const browserOrigin = () => window.location.origin;

/**
 * The article's address, shown only on paper (see the print styles): a printout should say where it
 * came from. Prerendered pages carry the public origin; the browser then shows the one it is on.
 */
export function PrintAddress() {
  const { lang, messages } = useI18n();
  const { pathname } = useLocation();
  const siteUrl = useSiteMeta()?.siteUrl ?? '';
  const origin = useSyncExternalStore(noSubscription, browserOrigin, () => siteUrl);
  return (
    <p className="article-print-address" lang={lang}>
      {fill(messages.printAddress, { url: `${origin}${pathname}` })}
    </p>
  );
}
