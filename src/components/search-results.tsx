import { Link } from 'react-router-dom';
import type { SearchHit } from '@/feed/types';

/** Stories that match a search, most relevant first: headline, section, date and the matching words. */
export function SearchResultList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="search-results">
      {hits.map((hit) => (
        <li key={hit.url} className="search-result">
          <h2 className="search-result-title">
            <Link to={hit.url}>{hit.title}</Link>
          </h2>
          {(hit.section ?? hit.date) && (
            <p className="search-result-meta">
              {hit.section && <span>{hit.section}</span>}
              {hit.date && <span>{hit.date}</span>}
            </p>
          )}
          <p className="search-result-excerpt">{hit.excerpt.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}</p>
        </li>
      ))}
    </ol>
  );
}
