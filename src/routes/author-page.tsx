import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { ArticleList } from '@/components/article-list';
import { PageMeta } from '@/components/page-meta';
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
  const { data: page } = useSuspenseQuery(listQuery(lang, { type: 'author', slug: authorSlug }, 1));
  const name = page.author?.name ?? authorSlug;
  return (
    <div className="with-rails">
      <div className="listing">
        <PageMeta title={name} description={fill(messages.authorPageTitle, { name })} />
        <h1 className="page-title" tabIndex={-1}>
          {name}
        </h1>
        <p className="page-intro">{plural(messages.stories, page.total, locale)}</p>
        <ArticleList articles={page.items} sections={index.sections} />
      </div>
      <EditionRails lang={lang} sections={index.sections} />
    </div>
  );
}
