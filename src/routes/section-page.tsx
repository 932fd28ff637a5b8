import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { ArticleList } from '@/components/article-list';
import { PageMeta } from '@/components/page-meta';
import { ListPagination, listPageTitle } from '@/components/pagination';
import { allNewsPath, type ListRef, sectionPath } from '@/config/paths';
import { indexQuery, listQuery, railsQuery } from '@/feed/feed-queries';
import { DeferredLiveNews } from './deferred-live';
import { useI18n } from '@/i18n/i18n-context';
import { EditionRails } from './edition-rails';
import { LATEST_PAGE, type ListPage, pageNumber } from '@/config/site-rules.js';
import { useEditionLang } from './route-params';

/** A section front, or "All news" when no section is named: newest first, older pages in the URL (?page=N, from the oldest). */
export function SectionPage() {
  const lang = useEditionLang();
  const { messages } = useI18n();
  const { section: sectionId } = useParams();
  const [search] = useSearchParams();
  const { data: index } = useSuspenseQuery(indexQuery(lang));
  const section = sectionId ? index.sections.find((s) => s.id === sectionId) : undefined;
  const list: ListRef = section ? { type: 'section', id: section.id } : { type: 'news' };
  const { data: page } = useSuspenseQuery(listQuery(lang, list, pageNumber(search) ?? LATEST_PAGE));
  const title = section?.title ?? messages.allNews;
  const pathFor = (n: ListPage) => (section ? sectionPath(lang, section.id, n) : allNewsPath(lang, n));

  return (
    <div className="with-rails">
      <div className="listing">
        <PageMeta title={listPageTitle(title, page.page)} description={index.description} />
        <h1 className="page-title" tabIndex={-1}>
          {title}
        </h1>
        <ArticleList articles={page.items} sections={index.sections} showSection={!section} />
        <ListPagination page={page} pathFor={pathFor} />
      </div>
      <EditionRails lang={lang} sections={index.sections} />
      {/* News is told on a list's own page; the others hold older stories, and keep them. */}
      {page.page === LATEST_PAGE && (
        <DeferredLiveNews
          lang={lang}
          shown={page.items}
          sectionId={section?.id}
          refresh={[listQuery(lang, list, LATEST_PAGE).queryKey, railsQuery(lang).queryKey]}
        />
      )}
    </div>
  );
}
