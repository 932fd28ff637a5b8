import { queryOptions } from '@tanstack/react-query';
import type { EditionLang } from '@/config/editions';
import { loadMessages } from './load-messages';

export function messagesQuery(lang: EditionLang) {
  return queryOptions({
    queryKey: ['messages', lang] as const,
    queryFn: () => loadMessages(lang),
    // Strings ship with the build: they never go stale while the page is open.
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
