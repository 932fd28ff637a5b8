import { Link } from 'react-router-dom';
import { articlePath } from '@/config/paths';
import type { ArticleSummary } from '@/feed/types';
import { useI18n } from '@/i18n/i18n-context';
import { PublishedTime } from './published-time';
import { Rail } from './rail';
import { VideoMarker } from './video-marker';

/** The newest stories across the edition, with their time. */
export function LatestList({ articles }: { articles: ArticleSummary[] }) {
  const { lang, messages } = useI18n();
  if (articles.length === 0) return null;
  return (
    <Rail title={messages.latest} className="rail-latest">
      <ul className="latest-list">
        {articles.map((article) => (
          <li key={article.id}>
            {article.published && (
              <span className="latest-time">
                <PublishedTime iso={article.published} label={article.publishedLabel} relative />
              </span>
            )}
            <Link to={articlePath(lang, article)}>{article.title}</Link>
            {article.video && (
              <>
                {' '}
                <VideoMarker />
              </>
            )}
          </li>
        ))}
      </ul>
    </Rail>
  );
}
