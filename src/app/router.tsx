import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router-dom';
import { EditionShell } from '@/routes/edition-shell';
import {
  allNewsLoader,
  archiveDayLoader,
  archiveLoader,
  articleLoader,
  authorLoader,
  authorsLoader,
  editionLoader,
  frontLoader,
  notFoundLoader,
  rootRedirectLoader,
  sectionLoader,
  shellLoader,
  sitemapLoader,
} from '@/routes/loaders';
import { EditionError, RouteErrorContent } from '@/routes/route-error';
import { RootError } from '@/routes/root-error';
import { SiteLayout } from '@/routes/site-layout';
import { RootLayout } from './root-layout';

/**
 * The one route table. Loaders are in the main bundle so data starts loading at once; page
 * components are split per route and load in parallel with it.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      Component: RootLayout,
      // Shown while the first page's data and code arrive; the empty shell has nothing to hydrate.
      HydrateFallback: () => null,
      children: [
        { index: true, loader: rootRedirectLoader, Component: null },
        {
          path: ':lang',
          id: 'shell',
          loader: shellLoader(queryClient),
          Component: EditionShell,
          errorElement: <RootError />,
          children: [
            {
              id: 'edition',
              loader: editionLoader(queryClient),
              Component: SiteLayout,
              errorElement: <EditionError />,
              children: [
                {
                  errorElement: <RouteErrorContent />,
                  children: [
                    { index: true, loader: frontLoader(queryClient), lazy: { Component: async () => (await import('@/routes/front-page')).FrontPage } },
                    {
                      path: 'news',
                      loader: allNewsLoader(queryClient),
                      lazy: { Component: async () => (await import('@/routes/section-page')).SectionPage },
                    },
                    { path: 'authors', loader: authorsLoader(queryClient), lazy: { Component: async () => (await import('@/routes/authors-page')).AuthorsPage } },
                    {
                      path: 'authors/:author',
                      loader: authorLoader(queryClient),
                      lazy: { Component: async () => (await import('@/routes/author-page')).AuthorPage },
                    },
                    { path: 'archive', loader: archiveLoader(queryClient), lazy: { Component: async () => (await import('@/routes/archive-page')).ArchivePage } },
                    {
                      path: 'archive/:day',
                      loader: archiveDayLoader(queryClient),
                      lazy: { Component: async () => (await import('@/routes/archive-page')).ArchiveDayPage },
                    },
                    { path: 'sitemap', loader: sitemapLoader(queryClient), lazy: { Component: async () => (await import('@/routes/sitemap-page')).SitemapPage } },
                    { path: 'about', lazy: { Component: async () => (await import('@/routes/info-page')).AboutPage } },
                    { path: 'advertising', lazy: { Component: async () => (await import('@/routes/info-page')).AdvertisingPage } },
                    {
                      path: ':section',
                      loader: sectionLoader(queryClient),
                      lazy: { Component: async () => (await import('@/routes/section-page')).SectionPage },
                    },
                    {
                      path: ':section/:slug',
                      loader: articleLoader(queryClient),
                      lazy: { Component: async () => (await import('@/routes/article-page')).ArticlePage },
                    },
                    { path: '*', loader: notFoundLoader },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ];
}
