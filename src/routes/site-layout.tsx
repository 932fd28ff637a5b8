import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Outlet, useLocation, useParams } from 'react-router-dom';
import type { EditionLang } from '@/config/editions';
import { authorsPath, editionFeedPath, editionPath, sectionPath } from '@/config/paths';
import { LanguageSwitcher } from '@/components/language-switcher';
import { OfflineNotice } from '@/components/offline-notice';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { SiteMetaProvider, siteMetaOf } from '@/components/site-meta';
import { keyOfSlug } from '@/lib/story-key';
import { articleQuery, indexQuery } from '@/feed/feed-queries';
import type { EditionIndex, Section } from '@/feed/types';
import { useI18n } from '@/i18n/i18n-context';
import { storeEdition } from './edition-preference';
import { useEditionLang } from './route-params';

/** The same page in another edition: a translated story, the same section or site page, else the front. */
function useAlternatePath(index: EditionIndex | undefined): (target: EditionLang) => string {
  const params = useParams();
  const lang = useEditionLang();
  const location = useLocation();
  const queryClient = useQueryClient();
  return (target) => {
    if (params.slug) {
      // The article's document is in the cache (its loader put it there) with the build's links.
      const doc = queryClient.getQueryData(articleQuery(lang, keyOfSlug(params.slug)).queryKey);
      return doc?.translationPaths[target] ?? editionPath(target);
    }
    if (params.author) return authorsPath(target);
    if (params.section && index?.sections.some((s) => s.id === params.section)) return sectionPath(target, params.section);
    // Site pages (all news, archive, sitemap…) exist in every edition under the same path.
    return `/${target}/${location.pathname.slice(lang.length + 2)}${location.search}`;
  };
}

export function SiteChrome({ index, sections, children }: { index?: EditionIndex; sections: Section[]; children: ReactNode }) {
  const { messages } = useI18n();
  const alternatePath = useAlternatePath(index);
  return (
    <>
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
      <SiteHeader
        title={index?.title ?? messages.siteName}
        sections={sections}
        languageSwitcher={<LanguageSwitcher pathFor={alternatePath} onChoose={storeEdition} />}
      />
      <OfflineNotice />
      <main id="main" className="site-main" tabIndex={-1} aria-label={messages.mainLabel}>
        {children}
      </main>
      <SiteFooter year={index?.year ?? 2026} />
    </>
  );
}

export function SiteLayout() {
  const lang = useEditionLang();
  const { data: index } = useSuspenseQuery(indexQuery(lang));
  return (
    <SiteChrome index={index} sections={index.sections}>
      {/* Feed discovery for readers' apps: the edition's RSS and JSON Feed. */}
      <link rel="alternate" type="application/rss+xml" title={`${index.title} (RSS)`} href={editionFeedPath(lang, 'rss')} />
      <link rel="alternate" type="application/feed+json" title={`${index.title} (JSON Feed)`} href={editionFeedPath(lang, 'json')} />
      {/* The public origin and the site's name for every page's canonical address and link preview. */}
      <SiteMetaProvider site={siteMetaOf(index)}>
        <Outlet />
      </SiteMetaProvider>
    </SiteChrome>
  );
}
