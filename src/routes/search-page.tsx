import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageMeta } from '@/components/page-meta';
import { Pagination } from '@/components/pagination';
import { SearchResultList } from '@/components/search-results';
import { archivePath, searchPath, sectionPath } from '@/config/paths';
import { pageNumber } from '@/config/site-rules.js';
import { indexQuery, searchQuery } from '@/feed/feed-queries';
import { fill, plural } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { useEditionLang } from './route-params';

/** How long typing may pause before the results follow it. */
const TYPING_MS = 200;

/**
 * Search in the edition's own stories, as the reader types: results from the static index the build
 * wrote (Pagefind, in the edition's language), filterable by section and paged. The address holds
 * the query, so results can be shared, reloaded and gone back to. Without JavaScript the page says
 * search needs it and points to the archive.
 */
export function SearchPage() {
  const lang = useEditionLang();
  const { locale, messages } = useI18n();
  const { data: index } = useSuspenseQuery(indexQuery(lang));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const term = (params.get('q') ?? '').trim();
  const section = params.get('section') ?? undefined;
  // Search pages its results itself, from 1 (the first): not a list's pages, which count from the oldest.
  const asked = pageNumber(params);
  const page = typeof asked === 'number' ? asked : 1;
  const inputId = useId();
  const [draft, setDraft] = useState(params.get('q') ?? '');

  const searchAddress = (query: string, inSection: string | undefined, onPage: number) => {
    const search = new URLSearchParams();
    if (query) search.set('q', query);
    if (inSection) search.set('section', inSection);
    if (onPage > 1) search.set('page', String(onPage));
    const text = search.toString();
    return `${searchPath(lang)}${text ? `?${text}` : ''}`;
  };

  // Typing moves the address along (replacing it, so back leaves the search), with focus kept in the box.
  useEffect(() => {
    if (draft.trim() === term) return;
    const timer = setTimeout(() => {
      void navigate(searchAddress(draft.trim(), undefined, 1), { replace: true, state: { keepFocus: true } });
    }, TYPING_MS);
    return () => {
      clearTimeout(timer);
    };
  });

  const results = useQuery({ ...searchQuery(lang, term, section, page), enabled: term !== '', placeholderData: keepPreviousData });
  const data = term === '' ? undefined : results.data;

  return (
    <div className="search-page">
      <PageMeta title={term ? `${messages.searchTitle}: ${term}` : messages.searchTitle} />
      <h1 className="page-title" tabIndex={-1}>
        {messages.searchTitle}
      </h1>
      <form
        role="search"
        aria-label={messages.searchLabel}
        className="search-form"
        action={searchPath(lang)}
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(searchAddress(draft.trim(), undefined, 1), { replace: true, state: { keepFocus: true } });
        }}
      >
        <label htmlFor={inputId}>{messages.searchLabel}</label>
        <input
          id={inputId}
          type="search"
          name="q"
          value={draft}
          autoComplete="off"
          enterKeyHint="search"
          onChange={(event) => {
            setDraft(event.target.value);
          }}
        />
      </form>
      {/* Shown until the app runs: without it the form above can only land here. */}
      <p className="search-needs-script">
        {messages.searchNeedsScript} <Link to={archivePath(lang)}>{messages.archive}</Link>
      </p>

      <p className="search-summary" role="status" aria-live="polite">
        {data && (data.total > 0 ? plural(messages.searchResults, data.total, locale, { query: term }) : fill(messages.searchNone, { query: term }))}
        {results.isError && messages.searchFailed}
      </p>

      {data && data.sections.length > 1 && (
        <nav className="search-sections" aria-label={messages.searchSection}>
          <ul>
            <li>
              <Link to={searchAddress(term, undefined, 1)} aria-current={section === undefined ? 'page' : undefined} replace state={{ keepFocus: true }}>
                {messages.searchAllSections}
              </Link>
            </li>
            {data.sections.map(({ name, count }) => (
              <li key={name}>
                <Link to={searchAddress(term, name, 1)} aria-current={section === name ? 'page' : undefined} replace state={{ keepFocus: true }}>
                  {name} ({count})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {data && data.total > 0 && <SearchResultList hits={data.hits} />}
      {data && data.total > 0 && data.pageCount > 1 && (
        <Pagination
          newer={data.page > 1 ? searchAddress(term, section, data.page - 1) : null}
          older={data.page < data.pageCount ? searchAddress(term, section, data.page + 1) : null}
          current={fill(messages.pageOf, { page: data.page, pageCount: data.pageCount })}
        />
      )}

      {data?.total === 0 && (
        <div className="search-suggestions">
          <p>{messages.searchTry}</p>
          <ul>
            {index.sections.map((s) => (
              <li key={s.id}>
                <Link to={sectionPath(lang, s.id)}>{s.title}</Link>
              </li>
            ))}
            <li>
              <Link to={archivePath(lang)}>{messages.archive}</Link>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}
