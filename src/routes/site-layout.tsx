import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Outlet, useLocation, useParams } from 'react-router-dom';
import type { EditionLang } from '@/config/editions';
import { authorsPath, editionFeedPath, editionPath, sectionPath, storyByIdPath } from '@/config/paths';
import { LanguageSwitcher } from '@/components/language-switcher';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { findArticleBySlug, findSection, idHash } from '@/feed/edition-views';
import { editionQuery } from '@/feed/feed-queries';
import type { Edition, Section } from '@/feed/types';
import { useI18n } from '@/i18n/i18n-context';
import { storeEdition } from './edition-preference';
import { useEditionLang } from './route-params';

/** The same page in another edition: a translated story, the same section or site page, else the front. */
function useAlternatePath(edition: Edition | undefined): (target: EditionLang) => string {
  const params = useParams();
  const lang = useEditionLang();
  const location = useLocation();
  return (target) => {
    if (edition && params.slug) {
      const article = findArticleBySlug(edition, params.slug);
      const translation = article?.translations[target];
      return translation ? storyByIdPath(target, idHash(translation)) : editionPath(target);
    }
    if (params.author) return authorsPath(target);
    if (params.section && edition && findSection(edition, params.section)) return sectionPath(target, params.section);
    // Site pages (all news, archive, sitemap…) exist in every edition under the same path.
    return `/${target}/${location.pathname.slice(lang.length + 2)}${location.search}`;
  };
}

export function SiteChrome({ edition, sections, children }: { edition?: Edition; sections: Section[]; children: ReactNode }) {
  const { messages } = useI18n();
  const alternatePath = useAlternatePath(edition);
  const newest = edition?.articles.find((a) => a.published)?.published;
  return (
    <>
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
      <SiteHeader
        title={edition?.title ?? messages.siteName}
        sections={sections}
        languageSwitcher={<LanguageSwitcher pathFor={alternatePath} onChoose={storeEdition} />}
      />
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter year={newest ? Number(newest.slice(0, 4)) : 2026} />
    </>
  );
}

export function SiteLayout() {
  const lang = useEditionLang();
  const { data: edition } = useSuspenseQuery(editionQuery(lang));
  return (
    <SiteChrome edition={edition} sections={edition.sections}>
      {/* Feed discovery for readers' apps: the edition's RSS and JSON Feed. */}
      <link rel="alternate" type="application/rss+xml" title={`${edition.title} (RSS)`} href={editionFeedPath(lang, 'rss')} />
      <link rel="alternate" type="application/feed+json" title={`${edition.title} (JSON Feed)`} href={editionFeedPath(lang, 'json')} />
      <Outlet />
    </SiteChrome>
  );
}
