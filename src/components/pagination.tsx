import { Link } from 'react-router-dom';
import { LATEST_PAGE, type ListPage } from '@/config/site-rules.js';
import type { ListPageDoc } from '@/feed/types';
import { useMessages } from '@/i18n/i18n-context';

/**
 * Newer/older links with the page in the URL, so back, forward and reload keep the reader's place.
 * `current` names the page between them (search's "Page 2 of 5"); a list's pages name no count.
 */
export function Pagination({ newer, older, current }: { newer: string | null; older: string | null; current?: string }) {
  const messages = useMessages();
  if (newer === null && older === null) return null;
  return (
    <nav className="pagination" aria-label={messages.pagination}>
      {newer === null ? (
        <span />
      ) : (
        <Link to={newer} rel="prev">
          ← {messages.newer}
        </Link>
      )}
      {current !== undefined && <span aria-current="page">{current}</span>}
      {older === null ? (
        <span />
      ) : (
        <Link to={older} rel="next">
          {messages.older} →
        </Link>
      )}
    </nav>
  );
}

/**
 * A list page's links to its neighbours, from its document alone: nothing on it counts the list, so a
 * page's HTML changes only with its own stories (the rule: listPageSlices in site-rules.js).
 */
export function ListPagination({ page, pathFor }: { page: Pick<ListPageDoc, 'newer' | 'older'>; pathFor: (page: ListPage) => string }) {
  return <Pagination newer={page.newer === null ? null : pathFor(page.newer)} older={page.older === null ? null : pathFor(page.older)} />;
}

/** A list page's title: the list's own page is the list; an older page adds its lasting number. */
export const listPageTitle = (title: string, page: ListPage) => (page === LATEST_PAGE ? title : `${title} (${page})`);
