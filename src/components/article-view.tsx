import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { Article, Correction, Section, Topic } from '@/feed/types';
import { trustedArticleHtml } from '@/lib/trusted-types';
import { articlePath, topicPath } from '@/config/paths';
import { useI18n } from '@/i18n/i18n-context';
import { ArticleTools, ReadingTime } from './article-tools';
import { Byline } from './byline';
import { PhotoFigure } from './photo-figure';
import { PublishedTime } from './published-time';
import { SectionLabel } from './section-label';
import { VideoMarker } from './video-marker';

type Props = {
  article: Article;
  section?: Section;
  /** The body, already through the sanitizer (the caller owns that step), or plain text paragraphs. */
  body: { html: string } | { paragraphs: string[] };
  /** Minutes to read the body (the build counts them). */
  readingMinutes: number;
  /** The topics the story's tags name, each linking to its page (the build gives their slugs). */
  topics: Topic[];
};

/** What the story got wrong, dated, oldest first, before the reader meets the text it corrects. */
function CorrectionNotice({ corrections }: { corrections: Correction[] }) {
  const { messages } = useI18n();
  const headingId = useId();
  return (
    <aside className="article-corrections" role="note" aria-labelledby={headingId}>
      <h2 id={headingId} className="article-corrections-title">
        {corrections.length === 1 ? messages.correction : messages.corrections}
      </h2>
      <ul>
        {corrections.map((correction, i) => (
          <li key={i}>
            <PublishedTime iso={correction.date} label={correction.dateLabel} />
            <p>{correction.text}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}

export function ArticleView({ article, section, body, readingMinutes, topics }: Props) {
  const { lang, messages } = useI18n();
  const titleId = useId();
  return (
    <article className="article" lang={article.language} aria-labelledby={titleId}>
      <header className="article-header">
        <p className="article-kicker">
          {section && <SectionLabel section={section} />}
          {article.video && <VideoMarker />}
        </p>
        <h1 id={titleId} className="article-title" tabIndex={-1}>
          {article.title}
        </h1>
        {article.summary && <p className="article-lead">{article.summary}</p>}
        <div className="article-meta">
          <Byline authors={article.authors} editor={article.editor} />
          <p className="article-dates">
            {article.published && (
              <span>
                {messages.published} <PublishedTime iso={article.published} label={article.publishedLabel} />
              </span>
            )}
            {article.modified && (
              <span>
                {messages.updated} <PublishedTime iso={article.modified} label={article.modifiedLabel} />
              </span>
            )}
          </p>
          <ReadingTime minutes={readingMinutes} />
        </div>
        <ArticleTools title={article.title} path={articlePath(lang, article)} />
      </header>
      {article.image && <PhotoFigure image={article.image} priority />}
      {article.corrections && article.corrections.length > 0 && <CorrectionNotice corrections={article.corrections} />}
      {'html' in body ? (
        // The only innerHTML in the app: `body.html` comes from feed/sanitize.ts.
        <div className="article-body" dangerouslySetInnerHTML={{ __html: trustedArticleHtml(body.html) }} />
      ) : (
        <div className="article-body">
          {body.paragraphs.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      )}
      {article.externalUrl && (
        <p className="article-external">
          <a href={article.externalUrl} rel="noopener noreferrer">
            {messages.readOriginal}
          </a>
        </p>
      )}
      {topics.length > 0 && (
        <div className="article-tags">
          <h2 className="visually-hidden">{messages.tags}</h2>
          <ul>
            {topics.map((topic) => (
              <li key={topic.slug}>
                <Link to={topicPath(lang, topic.slug)}>{topic.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
