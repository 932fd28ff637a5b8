import { Link } from 'react-router-dom';
import { articlePath } from '@/config/paths';
import type { ArticleSummary } from '@/feed/types';
import { useI18n } from '@/i18n/i18n-context';
import { Rail } from './rail';

/** Ranked: the first story shows its summary, the rest their titles. */
export function PopularList({ articles }: { articles: ArticleSummary[] }) {
  const { lang, messages } = useI18n();
  if (articles.length === 0) return null;
  return (
    <Rail title={messages.popular} className="rail-popular">
      <ol className="popular-list">
        {articles.map((article, index) => (
          <li key={article.id}>
            <Link to={articlePath(lang, article)} className="popular-title">
              {article.title}
            </Link>
            {index === 0 && article.teaser && <p className="popular-teaser">{article.teaser}</p>}
          </li>
        ))}
      </ol>
    </Rail>
  );
}
