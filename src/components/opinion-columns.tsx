import { Link } from 'react-router-dom';
import { articlePath } from '@/config/paths';
import type { ArticleSummary } from '@/feed/types';
import { useI18n } from '@/i18n/i18n-context';
import { Rail } from './rail';

/** Opinion columns: each title with its columnist's name. */
export function OpinionColumns({ articles }: { articles: ArticleSummary[] }) {
  const { lang, messages } = useI18n();
  if (articles.length === 0) return null;
  return (
    <Rail title={messages.opinion} className="rail-opinion">
      <ul className="opinion-list">
        {articles.map((article) => (
          <li key={article.id}>
            {article.authors[0] && <p className="opinion-author">{article.authors.map((a) => a.name).join(', ')}</p>}
            <Link to={articlePath(lang, article)} className="opinion-title">
              {article.title}
            </Link>
          </li>
        ))}
      </ul>
    </Rail>
  );
}
