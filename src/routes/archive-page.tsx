import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { ArticleList } from '@/components/article-list';
import { PageMeta } from '@/components/page-meta';
import { archivePath } from '@/config/paths';
import { LATEST_PAGE } from '@/config/site-rules.js';
import { archiveQuery, indexQuery, listQuery } from '@/feed/feed-queries';
import { useI18n } from '@/i18n/i18n-context';
import { formatDate, formatMonth, plural } from '@/i18n/format';
import { useEditionLang } from './route-params';

/** Every day with stories, by month. */
export function ArchivePage() {
  const lang = useEditionLang();
  const { locale, messages } = useI18n();
  const {
    data: { months },
  } = useSuspenseQuery(archiveQuery(lang));
  return (
    <div className="listing">
      <PageMeta title={messages.archive} />
      <h1 className="page-title" tabIndex={-1}>
        {messages.archive}
      </h1>
      {months.length === 0 && <p className="empty">{messages.noStories}</p>}
      {months.map(({ month, days }) => (
        <section key={month} id={month} aria-labelledby={`month-${month}`} className="archive-month">
          <h2 id={`month-${month}`}>{formatMonth(`${month}-01T00:00:00Z`, locale)}</h2>
          <ul className="archive-days">
            {days.map(({ day, count }) => (
              <li key={day}>
                <Link to={archivePath(lang, day)}>{formatDate(`${day}T00:00:00Z`, locale)}</Link>{' '}
                <span className="muted">{plural(messages.stories, count, locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** One day's stories, with the neighbouring days and the way back to the month. */
export function ArchiveDayPage() {
  const lang = useEditionLang();
  const { locale, messages } = useI18n();
  const { day = '' } = useParams();
  const { data: index } = useSuspenseQuery(indexQuery(lang));
  const { data: page } = useSuspenseQuery(listQuery(lang, { type: 'day', day }, LATEST_PAGE));
  const { items: articles, newerDay, olderDay } = page;
  const title = formatDate(`${day}T00:00:00Z`, locale);
  return (
    <div className="listing">
      <PageMeta title={`${messages.archive}: ${title}`} />
      <p className="kicker">
        <Link to={`${archivePath(lang)}#${day.slice(0, 7)}`}>
          {messages.archive}: {formatMonth(`${day}T00:00:00Z`, locale)}
        </Link>
      </p>
      <h1 className="page-title" tabIndex={-1}>
        {title}
      </h1>
      <ArticleList articles={articles} sections={index.sections} />
      <nav className="pagination" aria-label={messages.archive}>
        {newerDay ? (
          <Link to={archivePath(lang, newerDay)} rel="next">
            ← {formatDate(`${newerDay}T00:00:00Z`, locale)}
          </Link>
        ) : (
          <span />
        )}
        {olderDay ? (
          <Link to={archivePath(lang, olderDay)} rel="prev">
            {formatDate(`${olderDay}T00:00:00Z`, locale)} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
