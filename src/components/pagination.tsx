import { Link } from 'react-router-dom';
import { useMessages } from '@/i18n/i18n-context';
import { fill } from '@/i18n/format';

/** Newer/older links with the page in the URL, so back, forward and reload keep the reader's place. */
export function Pagination({ page, pageCount, pathFor }: { page: number; pageCount: number; pathFor: (page: number) => string }) {
  const messages = useMessages();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={messages.pagination}>
      {page > 1 ? (
        <Link to={pathFor(page - 1)} rel="prev">
          ← {messages.newer}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{fill(messages.pageOf, { page, pageCount })}</span>
      {page < pageCount ? (
        <Link to={pathFor(page + 1)} rel="next">
          {messages.older} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
