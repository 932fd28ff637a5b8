import { queryOptions } from '@tanstack/react-query';
import type { EditionLang } from '@/config/editions';
import { fetchEdition } from './feed-api';

/** Query keys, general to specific, with every input in them. */
export const editionKeys = {
  all: ['edition'] as const,
  edition: (lang: EditionLang) => ['edition', lang] as const,
};

/** Shared by route loaders (ensureQueryData), pages (useSuspenseQuery) and prefetching. */
export function editionQuery(lang: EditionLang) {
  return queryOptions({
    queryKey: editionKeys.edition(lang),
    queryFn: ({ signal }) => fetchEdition(lang, { signal }),
    // A newsroom updates its feed during the day: refetch in the background after five minutes.
    staleTime: 5 * 60_000,
  });
}
