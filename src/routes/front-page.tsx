import { useSuspenseQuery } from '@tanstack/react-query';
import { ArticleCard } from '@/components/article-card';
import { PageMeta } from '@/components/page-meta';
import { SectionLabel } from '@/components/section-label';
import { siteMetaOf } from '@/components/site-meta';
import { organization, StructuredData, website } from '@/components/structured-data';
import { editionPath } from '@/config/paths';
import { frontQuery, indexQuery, railsQuery } from '@/feed/feed-queries';
import { DeferredLiveNews } from './deferred-live';
import { useMessages } from '@/i18n/i18n-context';
import { EditionRails } from './edition-rails';
import { useEditionLang } from './route-params';

export function FrontPage() {
  const lang = useEditionLang();
  const messages = useMessages();
  const { data: index } = useSuspenseQuery(indexQuery(lang));
  const { data: front } = useSuspenseQuery(frontQuery(lang));
  const sectionOf = (id: string | null) => index.sections.find((s) => s.id === id);
  const site = siteMetaOf(index);
  // Every edition the build published has a front: the same page in another language.
  const fronts = Object.fromEntries(site.editions.map((other) => [other, editionPath(other)]));

  return (
    <div className="with-rails front">
      <PageMeta description={index.description ?? front.lead?.teaser} alternates={fronts} />
      <StructuredData things={[website(site, lang), organization(site)]} />
      <h1 className="visually-hidden" tabIndex={-1}>
        {index.title}
      </h1>
      <div className="front-main">
        {front.total === 0 && <p className="empty">{messages.noStories}</p>}
        {front.lead && (
          <section className="front-lead" aria-label={messages.lead}>
            <ArticleCard article={front.lead} section={sectionOf(front.lead.sectionId)} variant="lead" headingLevel={2} priorityImage />
          </section>
        )}
        {front.blocks.map(({ section, articles }) => (
          <section key={section.id} className="front-block" aria-labelledby={`front-${section.id}`}>
            <h2 id={`front-${section.id}`} className="block-title">
              <SectionLabel section={section} />
            </h2>
            <ul className="block-grid">
              {articles.map((article, i) => (
                <li key={article.id}>
                  <ArticleCard article={article} variant={i === 0 ? 'standard' : 'compact'} showTeaser={i === 0} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {front.unsectioned.length > 0 && (
          <ul className="block-grid">
            {front.unsectioned.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <EditionRails lang={lang} sections={index.sections} prerendered />
      <DeferredLiveNews
        lang={lang}
        shown={[...(front.lead ? [front.lead] : []), ...front.blocks.flatMap((block) => block.articles), ...front.unsectioned]}
        refresh={[frontQuery(lang).queryKey, railsQuery(lang).queryKey]}
      />
    </div>
  );
}
