import { useQuery } from '@tanstack/react-query';
import { LatestList } from '@/components/latest-list';
import { NowReadingRail } from '@/components/now-reading-rail';
import { OpinionColumns } from '@/components/opinion-columns';
import { PopularList } from '@/components/popular-list';
import { RailBoundary } from '@/components/rail';
import type { EditionLang } from '@/config/editions';
import { railsQuery } from '@/feed/feed-queries';
import type { ArticleSummary, Section } from '@/feed/types';
import { useMessages } from '@/i18n/i18n-context';

const RAIL_SIZE = 5;

function without(articles: ArticleSummary[], excludeId: string | undefined, count = RAIL_SIZE) {
  return articles.filter((a) => a.id !== excludeId).slice(0, count);
}

/**
 * The side column. Rails have their own document and deadline: while it loads the column waits,
 * and if it fails the column says so; the page beside it is never held up or taken down. None
 * repeats the story being read.
 */
export function EditionRails({ lang, sections, excludeId }: { lang: EditionLang; sections: Section[]; excludeId?: string }) {
  const messages = useMessages();
  const { data: rails, isError } = useQuery(railsQuery(lang));
  const fallback = <p className="rail-error">{messages.railUnavailable}</p>;
  return (
    <aside className="rails" aria-label={messages.moreStories} aria-busy={!rails && !isError}>
      {isError && !rails && fallback}
      {rails && (
        <>
          <RailBoundary fallback={fallback}>
            <NowReadingRail articles={without(rails.nowReading, excludeId)} sections={sections} />
          </RailBoundary>
          <RailBoundary fallback={fallback}>
            <PopularList articles={without(rails.popular, excludeId)} />
          </RailBoundary>
          <RailBoundary fallback={fallback}>
            <OpinionColumns articles={without(rails.opinion, excludeId, 4)} />
          </RailBoundary>
          <RailBoundary fallback={fallback}>
            <LatestList articles={without(rails.latest, excludeId, 8)} />
          </RailBoundary>
        </>
      )}
    </aside>
  );
}
