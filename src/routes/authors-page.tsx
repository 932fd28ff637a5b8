import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { PageMeta } from '@/components/page-meta';
import { authorPath } from '@/config/paths';
import { authorsQuery } from '@/feed/feed-queries';
import { useI18n } from '@/i18n/i18n-context';
import { plural } from '@/i18n/format';
import { useEditionLang } from './route-params';

export function AuthorsPage() {
  const lang = useEditionLang();
  const { locale, messages } = useI18n();
  const { data } = useSuspenseQuery(authorsQuery(lang));
  return (
    <div className="listing">
      <PageMeta title={messages.authors} />
      <h1 className="page-title" tabIndex={-1}>
        {messages.authors}
      </h1>
      <ul className="authors-list">
        {data.authors.map(({ author, count }) => (
          <li key={author.slug}>
            <Link to={authorPath(lang, author.slug)}>{author.name}</Link> <span className="muted">{plural(messages.stories, count, locale)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
