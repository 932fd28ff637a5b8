import { useMemo, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router-dom';
import { SITE_URL } from '@/config/site';
import { useI18n } from '@/i18n/i18n-context';
import { fill, plural } from '@/i18n/format';
import { readingMinutes, textOfHtml } from '@/lib/reading-time';
import { ShareButton } from './share-button';
import { TextSizeControl } from './text-size-control';

/** An article's body as ArticleView takes it: sanitized HTML, or plain text paragraphs. */
type Body = { html: string } | { paragraphs: string[] };

/** "4 min read", at the reading speed of the edition's language. */
export function ReadingTime({ body }: { body: Body }) {
  const { lang, locale, messages } = useI18n();
  const minutes = useMemo(() => readingMinutes('html' in body ? textOfHtml(body.html) : body.paragraphs.join('\n'), lang), [body, lang]);
  return <p className="article-reading-time" lang={lang}>{plural(messages.readingTime, minutes, locale)}</p>;
}

/** Text size and sharing, grouped under one name so a screen reader hears what they are for. */
export function ArticleTools({ title }: { title: string }) {
  const { lang, messages } = useI18n();
  // The article may be in another language than the edition; these controls speak the edition's.
  return (
    <div className="article-tools" role="group" aria-label={messages.readingOptions} lang={lang}>
      <TextSizeControl />
      <ShareButton title={title} />
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
  const origin = useSyncExternalStore(noSubscription, browserOrigin, () => SITE_URL);
  return <p className="article-print-address" lang={lang}>{fill(messages.printAddress, { url: `${origin}${pathname}` })}</p>;
}
