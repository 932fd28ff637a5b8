import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { ArticleList } from '@/components/article-list';
import { PageMeta } from '@/components/page-meta';
import { Pagination } from '@/components/pagination';
import { allNewsPath, sectionPath } from '@/config/paths';
import { findSection, paginate, sectionArticles } from '@/feed/edition-views';
import { editionQuery } from '@/feed/feed-queries';
import { useI18n } from '@/i18n/i18n-context';
import { EditionRails } from './edition-rails';
import { pageParam, useEditionLang } from './route-params';

/** A section front, or "All news" when no section is named: newest first, paged in the URL. */
export function SectionPage() {
  const lang = useEditionLang();
  const { messages } = useI18n();
  const { section: sectionId } = useParams();
  const [search] = useSearchParams();
  const { data: edition } = useSuspenseQuery(editionQuery(lang));
  const section = sectionId ? findSection(edition, sectionId) : undefined;
  const list = section ? sectionArticles(edition, section.id) : edition.articles;
  const page = paginate(list, pageParam(search) ?? 1);
  const title = section?.title ?? messages.allNews;
  const pathFor = (n: number) => (section ? `${sectionPath(lang, section.id)}${n > 1 ? `?page=${n}` : ''}` : allNewsPath(lang, n));

  return (
    <div className="with-rails">
      <div className="listing">
        <PageMeta title={page.page > 1 ? `${title} (${page.page})` : title} />
        <h1 className="page-title" tabIndex={-1}>
          {title}
        </h1>
        <ArticleList articles={page.items} sections={edition.sections} showSection={!section} />
        <Pagination page={page.page} pageCount={page.pageCount} pathFor={pathFor} />
      </div>
      <EditionRails edition={edition} />
    </div>
  );
}
