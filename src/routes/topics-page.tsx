import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { PageMeta } from '@/components/page-meta';
import { topicPath } from '@/config/paths';
import { topicsQuery } from '@/feed/feed-queries';
import { plural } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { useEditionLang } from './route-params';

/** Every topic of the edition, most stories first, each a link to its stories. */
export function TopicsPage() {
  const lang = useEditionLang();
  const { locale, messages } = useI18n();
  const { data } = useSuspenseQuery(topicsQuery(lang));
  return (
    <div className="listing">
      <PageMeta title={messages.topics} />
      <h1 className="page-title" tabIndex={-1}>
        {messages.topics}
      </h1>
      {data.topics.length === 0 ? (
        <p className="empty">{messages.noTopics}</p>
      ) : (
        <ul className="authors-list">
          {data.topics.map(({ topic, count }) => (
            <li key={topic.slug}>
              <Link to={topicPath(lang, topic.slug)}>{topic.name}</Link> <span className="muted">{plural(messages.stories, count, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
