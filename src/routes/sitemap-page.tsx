import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { PageMeta } from '@/components/page-meta';
import { aboutPath, advertisingPath, allNewsPath, archivePath, articlePath, authorsPath, editionPath, sectionPath, topicsPath } from '@/config/paths';
import { LATEST_PAGE } from '@/config/site-rules.js';
import { indexQuery, listQuery } from '@/feed/feed-queries';
import { useI18n } from '@/i18n/i18n-context';
import { useEditionLang } from './route-params';

/** An HTML map of the edition: its sections, site pages and latest stories. */
export function SitemapPage() {
  const lang = useEditionLang();
  const { messages } = useI18n();
  const { data: index } = useSuspenseQuery(indexQuery(lang));
  const { data: latest } = useSuspenseQuery(listQuery(lang, { type: 'news' }, LATEST_PAGE));
  return (
    <div className="listing sitemap">
      <PageMeta title={messages.sitemap} />
      <h1 className="page-title" tabIndex={-1}>
        {messages.sitemap}
      </h1>
      <section aria-labelledby="sitemap-sections">
        <h2 id="sitemap-sections">{messages.sectionsNav}</h2>
        <ul>
          <li>
            <Link to={editionPath(lang)}>{messages.home}</Link>
          </li>
          {index.sections.map((section) => (
            <li key={section.id}>
              <Link to={sectionPath(lang, section.id)}>{section.title}</Link>
            </li>
          ))}
          <li>
            <Link to={allNewsPath(lang)}>{messages.allNews}</Link>
          </li>
          <li>
            <Link to={authorsPath(lang)}>{messages.authors}</Link>
          </li>
          <li>
            <Link to={topicsPath(lang)}>{messages.topics}</Link>
          </li>
          <li>
            <Link to={archivePath(lang)}>{messages.archive}</Link>
          </li>
          <li>
            <Link to={aboutPath(lang)}>{messages.about}</Link>
          </li>
          <li>
            <Link to={advertisingPath(lang)}>{messages.advertising}</Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="sitemap-latest">
        <h2 id="sitemap-latest">{messages.latest}</h2>
        <ul>
          {latest.items.map((article) => (
            <li key={article.id}>
              <Link to={articlePath(lang, article)}>{article.title}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
