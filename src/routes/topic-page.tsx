import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { ArticleList } from '@/components/article-list';
import { FeedLinks } from '@/components/feed-links';
import { PageMeta } from '@/components/page-meta';
import { ListPagination, listPageTitle } from '@/components/pagination';
import { topicFeedPath, topicPath } from '@/config/paths';
import { LATEST_PAGE, pageNumber } from '@/config/site-rules.js';
import { indexQuery, listQuery } from '@/feed/feed-queries';
import { fill } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { EditionRails } from './edition-rails';
import { useEditionLang } from './route-params';

/** One topic's stories, newest first, paged in the URL like a section (no count: it would change every page); its feeds are linked in the head. */
export function TopicPage() {
  const lang = useEditionLang();
  const { messages } = useI18n();
  const { topic: slug = '' } = useParams();
  const [search] = useSearchParams();
  const { data: index } = useSuspenseQuery(indexQuery(lang));
  const { data: page } = useSuspenseQuery(listQuery(lang, { type: 'topic', slug }, pageNumber(search) ?? LATEST_PAGE));
  const name = page.topic?.name ?? slug;
  const feedTitle = `${index.title}: ${name}`;
  const feeds = { rss: topicFeedPath(lang, slug, 'rss'), json: topicFeedPath(lang, slug, 'json') };

  return (
    <div className="with-rails">
      <div className="listing">
        <PageMeta title={listPageTitle(name, page.page)} description={fill(messages.topicPageTitle, { name })} />
        {/* Feed discovery for readers' apps: this topic's own RSS and JSON Feed. */}
        <link rel="alternate" type="application/rss+xml" title={`${feedTitle} (RSS)`} href={feeds.rss} />
        <link rel="alternate" type="application/feed+json" title={`${feedTitle} (JSON Feed)`} href={feeds.json} />
        <h1 className="page-title" tabIndex={-1}>
          {name}
        </h1>
        <p className="page-intro">
          {messages.topicFeeds} <FeedLinks feeds={feeds} />
        </p>
        <ArticleList articles={page.items} sections={index.sections} showSection />
        <ListPagination page={page} pathFor={(n) => topicPath(lang, slug, n)} />
      </div>
      <EditionRails lang={lang} sections={index.sections} />
    </div>
  );
}
