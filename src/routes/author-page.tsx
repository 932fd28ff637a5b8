import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { ArticleList } from '@/components/article-list';
import { PageMeta } from '@/components/page-meta';
import { Pagination } from '@/components/pagination';
import { authorPath } from '@/config/paths';
import { pageNumber } from '@/config/site-rules.js';
import { indexQuery, listQuery } from '@/feed/feed-queries';
import { useI18n } from '@/i18n/i18n-context';
import { fill, plural } from '@/i18n/format';
import { EditionRails } from './edition-rails';
import { useEditionLang } from './route-params';

export function AuthorPage() {
  const lang = useEditionLang();
  const { locale, messages } = useI18n();
  const { author: authorSlug = '' } = useParams();
  const { data: index } = useSuspenseQuery(indexQuery(lang));
  const [search] = useSearchParams();
  // An author with many stories has later pages, like any list (/en/authors/<slug>/?page=2).
  const { data: page } = useSuspenseQuery(listQuery(lang, { type: 'author', slug: authorSlug }, pageNumber(search) ?? 1));
  const name = page.author?.name ?? authorSlug;
  return (
    <div className="with-rails">
      <div className="listing">
        <PageMeta title={page.page > 1 ? `${name} (${page.page})` : name} description={fill(messages.authorPageTitle, { name })} />
        <h1 className="page-title" tabIndex={-1}>
          {name}
        </h1>
        <p className="page-intro">{plural(messages.stories, page.total, locale)}</p>
        <ArticleList articles={page.items} sections={index.sections} />
        <Pagination page={page.page} pageCount={page.pageCount} pathFor={(n) => authorPath(lang, authorSlug, n)} />
      </div>
      <EditionRails lang={lang} sections={index.sections} />
    </div>
  );
}
