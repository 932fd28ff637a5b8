import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { ArticleList } from '@/components/article-list';
import { PageMeta } from '@/components/page-meta';
import { articlesByAuthor } from '@/feed/edition-views';
import { editionQuery } from '@/feed/feed-queries';
import { FeedFailure } from '@/feed/types';
import { useI18n } from '@/i18n/i18n-context';
import { fill, plural } from '@/i18n/format';
import { EditionRails } from './edition-rails';
import { useEditionLang } from './route-params';

export function AuthorPage() {
  const lang = useEditionLang();
  const { locale, messages } = useI18n();
  const { author: authorSlug = '' } = useParams();
  const { data: edition } = useSuspenseQuery(editionQuery(lang));
  const { author, articles } = articlesByAuthor(edition, authorSlug);
  if (!author) throw new FeedFailure({ kind: 'not-found' });
  return (
    <div className="with-rails">
      <div className="listing">
        <PageMeta title={author.name} description={fill(messages.authorPageTitle, { name: author.name })} />
        <h1 className="page-title" tabIndex={-1}>
          {author.name}
        </h1>
        <p className="page-intro">{plural(messages.stories, articles.length, locale)}</p>
        <ArticleList articles={articles} sections={edition.sections} />
      </div>
      <EditionRails edition={edition} />
    </div>
  );
}
