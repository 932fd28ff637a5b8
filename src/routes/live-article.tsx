import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { LiveNotice } from '@/components/live-notice';
import type { EditionLang } from '@/config/editions';
import { checkArticle } from '@/feed/feed-api';
import { articleQuery } from '@/feed/feed-queries';
import type { ArticleDoc } from '@/feed/types';
import { fill } from '@/i18n/format';
import { useMessages } from '@/i18n/i18n-context';
import { scheduleChecks } from '@/lib/live-schedule';

/** A later version of the story than the one on screen: a newer date, or another body. */
function isNewer(candidate: ArticleDoc, current: ArticleDoc): boolean {
  return candidate.article.modified !== current.article.modified || JSON.stringify(candidate.body) !== JSON.stringify(current.body);
}

/**
 * Tells the reader of an open article that it was updated (and swaps to the new version only when
 * asked) or taken down (and leaves what they are reading where it is).
 */
export function LiveArticle({ lang, doc, firstCheckMs }: { lang: EditionLang; doc: ArticleDoc; firstCheckMs?: number }) {
  const queryClient = useQueryClient();
  const messages = useMessages();
  const [latest, setLatest] = useState<ArticleDoc | null>(null);
  const [gone, setGone] = useState(false);
  const etag = useRef<string | null>(null);
  const current = useRef(doc);
  useEffect(() => {
    current.current = doc;
  }, [doc]);
  const { key } = doc.article;

  // Scheduled in the commit that puts the notice region on the page, not after it: once the region
  // is there, the checks are planned (a passive effect could still be pending when a test or a
  // sleeping tab's clock jumps ahead).
  useLayoutEffect(
    () =>
      scheduleChecks(
        async () => {
          const result = await checkArticle(lang, key, etag.current);
          if (result.kind === 'gone') setGone(true);
          if (result.kind !== 'changed') return;
          etag.current = result.etag;
          setGone(false);
          setLatest(isNewer(result.doc, current.current) ? result.doc : null);
        },
        undefined,
        firstCheckMs,
      ),
    [lang, key, firstCheckMs],
  );

  if (gone) return <LiveNotice message={messages.articleRemoved} />;
  const show = () => {
    if (latest) queryClient.setQueryData(articleQuery(lang, key).queryKey, latest);
    setLatest(null);
  };
  const time = latest?.article.modifiedLabel ?? latest?.article.publishedLabel ?? '';
  return <LiveNotice message={latest ? fill(messages.articleUpdated, { time }) : null} onPress={show} />;
}
