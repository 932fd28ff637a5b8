import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { PrintAddress } from '@/components/article-tools';
import { ArticleView } from '@/components/article-view';
import { PageMeta } from '@/components/page-meta';
import { siteMetaOf, storyPreview } from '@/components/site-meta';
import { breadcrumbs, newsArticle, StructuredData } from '@/components/structured-data';
import { SubscribeLine } from '@/components/subscribe-line';
import { TypoReporter } from '@/features/typo/typo-reporter';
import { allNewsPath, articlePath, authorPath, editionFeedPath, editionPath, sectionFeedPath, sectionPath } from '@/config/paths';
import { SOCIAL_LINKS } from '@/config/site';
import { keyOfSlug } from '@/lib/story-key';
import { articleQuery, indexQuery } from '@/feed/feed-queries';
import { useMessages } from '@/i18n/i18n-context';
import { typoDelivery } from '@/features/typo/lazy-delivery';
import { DeferredLiveArticle } from './deferred-live';
import { EditionRails } from './edition-rails';
import { useEditionLang } from './route-params';

export function ArticlePage() {
  const lang = useEditionLang();
  const { slug = '' } = useParams();
  const { data: index } = useSuspenseQuery(indexQuery(lang));
  // The body in this document was sanitized by the build: the browser never runs DOMPurify.
  const { data: doc } = useSuspenseQuery(articleQuery(lang, keyOfSlug(slug)));
  const { article, body } = doc;
  const section = article.sectionId ? index.sections.find((s) => s.id === article.sectionId) : undefined;
  const messages = useMessages();
  const site = siteMetaOf(index);
  const path = articlePath(lang, article);
  // The build's raster of the story's image (link previews read no SVG); without one, the site's logo.
  const image = storyPreview(article.image, article.title);

  return (
    <div className="with-rails">
      <PageMeta
        title={article.title}
        description={article.teaser}
        path={path}
        alternates={doc.translationPaths}
        image={image}
        article={{
          published: article.published,
          modified: article.modified,
          section: section?.title,
          tags: article.tags,
          authorPaths: article.authors.map((author) => authorPath(lang, author.slug)),
        }}
      />
      <StructuredData
        things={[
          newsArticle(site, { doc, lang, path, sectionTitle: section?.title, image }),
          breadcrumbs(site, [
            { name: site.siteName, path: editionPath(lang) },
            section ? { name: section.title, path: sectionPath(lang, section.id) } : { name: messages.allNews, path: allNewsPath(lang) },
            { name: article.title, path },
          ]),
        ]}
      />
      <div className="article-column">
        {/* Select a typo, press Ctrl+Enter: the reporter reads selections in the article and puts its hint under it. */}
        <TypoReporter articleId={article.id} edition={lang} delivery={typoDelivery}>
          <ArticleView article={article} section={section} body={body} readingMinutes={doc.readingMinutes} topics={doc.topics} />
        </TypoReporter>
        <DeferredLiveArticle lang={lang} doc={doc} />
        {/* Printouts say where the story lives; outside the <article>, so typo quotes don't include it. */}
        <PrintAddress />
        <SubscribeLine
          sectionTitle={section?.title}
          sectionFeeds={section ? { json: sectionFeedPath(lang, section.id, 'json'), rss: sectionFeedPath(lang, section.id, 'rss') } : undefined}
          editionFeeds={{ json: editionFeedPath(lang, 'json'), rss: editionFeedPath(lang, 'rss') }}
          social={SOCIAL_LINKS[lang]}
        />
      </div>
      <EditionRails lang={lang} sections={index.sections} excludeId={article.id} />
    </div>
  );
}
