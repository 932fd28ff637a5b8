import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { ArticleView } from '@/components/article-view';
import { PageMeta } from '@/components/page-meta';
import { editionFeedPath, sectionFeedPath, storyByIdPath } from '@/config/paths';
import { SOCIAL_LINKS } from '@/config/site';
import { SubscribeLine } from '@/components/subscribe-line';
import { findArticleBySlug, findSection, idHash } from '@/feed/edition-views';
import { editionQuery } from '@/feed/feed-queries';
import { sanitizeArticleHtml } from '@/feed/sanitize';
import { FeedFailure } from '@/feed/types';
import { EditionRails } from './edition-rails';
import { useEditionLang } from './route-params';

export function ArticlePage() {
  const lang = useEditionLang();
  const { slug = '' } = useParams();
  const { data: edition } = useSuspenseQuery(editionQuery(lang));
  const article = findArticleBySlug(edition, slug);

  // Feed HTML reaches the DOM only through the sanitizer; text-only items become paragraphs.
  const body = useMemo(
    () =>
      article?.contentHtml
        ? { html: sanitizeArticleHtml(article.contentHtml) }
        : { paragraphs: (article?.contentText ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) },
    [article],
  );
  // The loader checked; a background refetch can still remove the story while it is open.
  if (!article) throw new FeedFailure({ kind: 'not-found' });
  const section = article.sectionId ? findSection(edition, article.sectionId) : undefined;

  return (
    <div className="with-rails">
      <PageMeta title={article.title} description={article.teaser} />
      {Object.entries(article.translations).map(([other, id]) => (
        <link key={other} rel="alternate" hrefLang={other} href={storyByIdPath(other as typeof lang, idHash(id))} />
      ))}
      <div className="article-column">
        <ArticleView article={article} section={section} body={body} />
        <SubscribeLine
          sectionTitle={section?.title}
          sectionFeeds={section ? { json: sectionFeedPath(lang, section.id, 'json'), rss: sectionFeedPath(lang, section.id, 'rss') } : undefined}
          editionFeeds={{ json: editionFeedPath(lang, 'json'), rss: editionFeedPath(lang, 'rss') }}
          social={SOCIAL_LINKS[lang]}
        />
      </div>
      <EditionRails edition={edition} excludeId={article.id} />
    </div>
  );
}
