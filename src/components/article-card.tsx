import { Link } from 'react-router-dom';
import { articlePath } from '@/config/paths';
import type { ArticleSummary, Section } from '@/feed/types';
import { useI18n } from '@/i18n/i18n-context';
import { ResponsiveImage } from './responsive-image';
import { PublishedTime } from './published-time';
import { SectionLabel } from './section-label';
import { VideoMarker } from './video-marker';

type Props = {
  article: ArticleSummary;
  /** The story's section, when the card should name it. */
  section?: Section;
  variant?: 'lead' | 'standard' | 'compact';
  showImage?: boolean;
  showTeaser?: boolean;
  /** Heading level that fits the card's place in the page outline. */
  headingLevel?: 2 | 3;
  /** The lead story's picture is the largest paint on the front: fetch it first. */
  priorityImage?: boolean;
};

export function ArticleCard({
  article,
  section,
  variant = 'standard',
  showImage = variant !== 'compact',
  showTeaser = variant !== 'compact',
  headingLevel = 3,
  priorityImage = false,
}: Props) {
  const { lang } = useI18n();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={`card card-${variant}`}>
      {showImage && article.image && (
        <ResponsiveImage
          className="card-image"
          image={article.image}
          alt=""
          // A lead story spans the page; other cards share a row with two or three more.
          sizes={variant === 'lead' ? '(min-width: 64rem) 50rem, 100vw' : '(min-width: 40rem) 33vw, 100vw'}
          priority={priorityImage}
        />
      )}
      <div className="card-body">
        {(section || article.video) && (
          <p className="card-meta">
            {section && <SectionLabel section={section} />}
            {article.video && <VideoMarker />}
          </p>
        )}
        <Heading className="card-title">
          <Link to={articlePath(lang, article)}>{article.title}</Link>
        </Heading>
        {showTeaser && article.teaser && <p className="card-teaser">{article.teaser}</p>}
        {article.published && variant !== 'compact' && (
          <p className="card-time">
            <PublishedTime iso={article.published} label={article.publishedLabel} />
          </p>
        )}
      </div>
    </article>
  );
}
