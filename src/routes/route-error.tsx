import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useRouteError } from 'react-router-dom';
import { PageMeta } from '@/components/page-meta';
import { editionPath } from '@/config/paths';
import { editionKeys } from '@/feed/feed-queries';
import { type FeedError, toFeedError } from '@/feed/types';
import { useI18n } from '@/i18n/i18n-context';
import { fill } from '@/i18n/format';
import type { Messages } from '@/i18n/messages/en';
import { SiteChrome } from './site-layout';

function describe(error: FeedError, messages: Messages): string {
  switch (error.kind) {
    case 'not-found':
      return messages.notFoundText;
    case 'gone':
      return messages.goneText;
    case 'http':
      return fill(messages.errorHttp, { status: error.status });
    case 'network':
      return messages.errorNetwork;
    case 'timeout':
      return messages.errorTimeout;
    case 'invalid-feed':
      return messages.errorInvalidFeed;
    case 'unexpected':
      return messages.errorUnexpected;
    default: {
      const exhaustive: never = error;
      return exhaustive;
    }
  }
}

/** A failed page inside the site's chrome: a localized message, and a retry for what can be retried. */
export function RouteErrorContent() {
  const error = toFeedError(useRouteError());
  const { lang, messages } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [retrying, setRetrying] = useState(false);
  // Neither can be retried: the address has no page, or its story was taken down.
  const notFound = error.kind === 'not-found' || error.kind === 'gone';
  const title = error.kind === 'gone' ? messages.goneTitle : notFound ? messages.notFoundTitle : messages.errorTitle;

  async function retry() {
    setRetrying(true);
    await queryClient.resetQueries({ queryKey: editionKeys.edition(lang) });
    // Navigating to the same address re-runs its loaders and gives the error boundary a fresh start.
    await navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true });
    setRetrying(false);
  }

  return (
    <div className="page-error" role={notFound ? undefined : 'alert'}>
      <PageMeta title={title} indexable={false} />
      {notFound && <meta name="robots" content="noindex" />}
      <h1 tabIndex={-1}>{title}</h1>
      <p>{describe(error, messages)}</p>
      {!notFound && (
        <button type="button" className="button" onClick={() => void retry()} disabled={retrying}>
          {retrying ? messages.loading : messages.retry}
        </button>
      )}
      <p>
        <Link to={editionPath(lang)}>{messages.backToFront}</Link>
      </p>
    </div>
  );
}

/** When the edition itself failed there are no sections to show: the chrome stands without them. */
export function EditionError() {
  return (
    <SiteChrome sections={[]}>
      <RouteErrorContent />
    </SiteChrome>
  );
}
