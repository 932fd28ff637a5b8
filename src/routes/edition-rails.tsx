import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { LatestList } from '@/components/latest-list';
import { NowReadingRail } from '@/components/now-reading-rail';
import { OpinionColumns } from '@/components/opinion-columns';
import { PopularList } from '@/components/popular-list';
import { RailBoundary } from '@/components/rail';
import { useHydrated } from '@/components/use-hydrated';
import type { EditionLang } from '@/config/editions';
import { RAIL_SIZES } from '@/config/site-rules.js';
import { railsQuery } from '@/feed/feed-queries';
import type { ArticleSummary, Section } from '@/feed/types';
import { useMessages } from '@/i18n/i18n-context';

/**
 * A rail's stories without the one being read, at the rail's size: the rails document carries
 * RAIL_SPARE more than that (src/build/derive-rails.ts), so leaving one out still fills the rail.
 */
function without(articles: ArticleSummary[], excludeId: string | undefined, count: number) {
  return articles.filter((a) => a.id !== excludeId).slice(0, count);
}

type RailsProps = { lang: EditionLang; sections: Section[]; excludeId?: string };

/**
 * The side column. Rails have their own document and deadline: while it loads the column waits,
 * and if it fails the column says so; the page beside it is never held up or taken down. None
 * repeats the story being read. Only fronts are prerendered with their rails (`prerendered`);
 * elsewhere the column fills once the page has hydrated, so that a new story does not change every
 * page of the archive (src/routes/loaders.ts).
 */
export function EditionRails({ prerendered = false, ...props }: RailsProps & { prerendered?: boolean }) {
  // Two components, not a condition inside one: a front's rails are hydrated as they are, without
  // the second render that waiting for hydration costs.
  return prerendered ? <RailsColumn {...props} shown /> : <RailsAfterHydration {...props} />;
}

function RailsAfterHydration(props: RailsProps) {
  return <RailsColumn {...props} shown={useHydrated()} />;
}

function RailsColumn({ lang, sections, excludeId, shown }: RailsProps & { shown: boolean }) {
  const messages = useMessages();
  const query = useQuery(railsQuery(lang));
  // Filled after hydration, the column renders at low priority, in slices: it never holds up a tap.
  const rails = useDeferredValue(shown ? query.data : undefined);
  const isError = shown && query.isError;
  const fallback = <p className="rail-error">{messages.railUnavailable}</p>;
  return (
    <aside className="rails" aria-label={messages.moreStories} aria-busy={!rails && !isError}>
      {isError && !rails && fallback}
      {rails && (
        <>
          <RailBoundary fallback={fallback}>
            <NowReadingRail articles={without(rails.nowReading, excludeId, RAIL_SIZES.nowReading)} sections={sections} />
          </RailBoundary>
          <RailBoundary fallback={fallback}>
            <PopularList articles={without(rails.popular, excludeId, RAIL_SIZES.popular)} />
          </RailBoundary>
          <RailBoundary fallback={fallback}>
            <OpinionColumns articles={without(rails.opinion, excludeId, RAIL_SIZES.opinion)} />
          </RailBoundary>
          <RailBoundary fallback={fallback}>
            <LatestList articles={without(rails.latest, excludeId, RAIL_SIZES.latest)} />
          </RailBoundary>
        </>
      )}
    </aside>
  );
}
