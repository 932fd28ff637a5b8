import { LatestList } from '@/components/latest-list';
import { NowReadingRail } from '@/components/now-reading-rail';
import { OpinionColumns } from '@/components/opinion-columns';
import { PopularList } from '@/components/popular-list';
import { RailBoundary } from '@/components/rail';
import { latestOf, nowReadingOf, opinionOf, popularOf } from '@/feed/edition-views';
import type { Edition } from '@/feed/types';
import { useMessages } from '@/i18n/i18n-context';

/** The side column: every rail fails on its own and none repeats the story being read. */
export function EditionRails({ edition, excludeId }: { edition: Edition; excludeId?: string }) {
  const messages = useMessages();
  const fallback = <p className="rail-error">{messages.railUnavailable}</p>;
  return (
    <aside className="rails" aria-label={messages.moreStories}>
      <RailBoundary fallback={fallback}>
        <NowReadingRail articles={nowReadingOf(edition, excludeId)} sections={edition.sections} />
      </RailBoundary>
      <RailBoundary fallback={fallback}>
        <PopularList articles={popularOf(edition, excludeId)} />
      </RailBoundary>
      <RailBoundary fallback={fallback}>
        <OpinionColumns articles={opinionOf(edition, excludeId)} />
      </RailBoundary>
      <RailBoundary fallback={fallback}>
        <LatestList articles={latestOf(edition, excludeId)} />
      </RailBoundary>
    </aside>
  );
}
