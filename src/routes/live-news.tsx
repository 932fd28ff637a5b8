import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { LiveNotice } from '@/components/live-notice';
import type { EditionLang } from '@/config/editions';
import { checkLive } from '@/feed/feed-api';
import type { ArticleSummary, LiveStory } from '@/feed/types';
import { plural } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { scheduleChecks } from '@/lib/live-schedule';

export type LiveNewsProps = {
  lang: EditionLang;
  /** The stories the page shows now. */
  shown: ArticleSummary[];
  /** Only this section's news counts (a section front); all of the edition's otherwise. */
  sectionId?: string;
  /** The page's queries, refetched when the reader asks for the news. */
  refresh: QueryKey[];
};

const TITLE_COUNT = /^\(\d+\) /;

/**
 * Tells an open front or list of stories that arrived since it was drawn, and shows them when the
 * reader asks: nothing on the page moves by itself (src/lib/live-schedule.ts decides when to check).
 */
export function LiveNews({ lang, shown, sectionId, refresh, firstCheckMs }: LiveNewsProps & { firstCheckMs?: number }) {
  const queryClient = useQueryClient();
  const { locale, messages } = useI18n();
  const [fresh, setFresh] = useState<LiveStory[]>([]);
  const etag = useRef<string | null>(null);
  const shownNow = useRef(shown);
  useEffect(() => {
    shownNow.current = shown;
  }, [shown]);

  // Scheduled in the commit that puts the notice region on the page, not after it: once the region
  // is there, the checks are planned (a passive effect could still be pending when a test or a
  // sleeping tab's clock jumps ahead).
  useLayoutEffect(
    () =>
      scheduleChecks(
        async () => {
          const result = await checkLive(lang, etag.current);
          if (result.kind !== 'changed') return;
          etag.current = result.etag;
          const seen = new Set(shownNow.current.map((story) => story.id));
          const newest = shownNow.current.reduce((max, story) => (story.published && story.published > max ? story.published : max), '');
          setFresh(
            result.doc.stories.filter(
              (story) => !seen.has(story.id) && (sectionId === undefined || story.sectionId === sectionId) && (story.published ?? '') > newest,
            ),
          );
        },
        undefined,
        firstCheckMs,
      ),
    [lang, sectionId, firstCheckMs],
  );

  // While the tab is hidden its title says how many stories are waiting: "(3) Meridian".
  const count = fresh.length;
  useEffect(() => {
    if (count === 0) return;
    const base = document.title.replace(TITLE_COUNT, '');
    const apply = () => {
      document.title = document.visibilityState === 'hidden' ? `(${count}) ${base}` : base;
    };
    apply();
    document.addEventListener('visibilitychange', apply);
    return () => {
      document.removeEventListener('visibilitychange', apply);
      document.title = document.title.replace(TITLE_COUNT, '');
    };
  }, [count]);

  async function show() {
    const first = fresh[0];
    await Promise.all(refresh.map((queryKey) => queryClient.refetchQueries({ queryKey, exact: true })));
    setFresh([]);
    if (!first) return;
    // Once the page shows the news, the reader is taken to the newest story.
    requestAnimationFrame(() => {
      const link = document.querySelector<HTMLAnchorElement>(`main a[href$="-${first.key}"]`);
      if (!link) return;
      link.focus({ preventScroll: true });
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      link.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    });
  }

  return <LiveNotice message={count > 0 ? plural(messages.newStories, count, locale) : null} onPress={() => void show()} />;
}
