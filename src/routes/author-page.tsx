import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { ArticleList } from '@/components/article-list';
import { PageMeta } from '@/components/page-meta';
import { ListPagination, listPageTitle } from '@/components/pagination';
import { authorPath } from '@/config/paths';
import { LATEST_PAGE, pageNumber } from '@/config/site-rules.js';
import { indexQuery, listQuery } from '@/feed/feed-queries';
import { useI18n } from '@/i18n/i18n-context';
import { fill } from '@/i18n/format';
import { EditionRails } from './edition-rails';
import { useEditionLang } from './route-params';

export function AuthorPage() {
  const lang = useEditionLang();
  const { messages } = useI18n();
  const { author: authorSlug = '' } = useParams();
  const { data: index } = useSuspenseQuery(indexQuery(lang));
  const [search] = useSearchParams();
  // An author with many stories has older pages, like any list (/en/authors/<slug>/?page=1 the oldest).
  const { data: page } = useSuspenseQuery(listQuery(lang, { type: 'author', slug: authorSlug }, pageNumber(search) ?? LATEST_PAGE));
  const name = page.author?.name ?? authorSlug;
  return (
    <div className="with-rails">
      <div className="listing">
        <PageMeta title={listPageTitle(name, page.page)} description={fill(messages.authorPageTitle, { name })} />
        <h1 className="page-title" tabIndex={-1}>
          {name}
        </h1>
        <ArticleList articles={page.items} sections={index.sections} />
        <ListPagination page={page} pathFor={(n) => authorPath(lang, authorSlug, n)} />
      </div>
      <EditionRails lang={lang} sections={index.sections} />
    </div>
  );
}
