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
  topicLoader,
  topicsLoader,
} from '@/routes/loaders';
import { EditionError, RouteErrorContent } from '@/routes/route-error';
import { RootError } from '@/routes/root-error';
import { SiteLayout } from '@/routes/site-layout';
import { RootLayout } from './root-layout';

/** What a lazy page route carries: the name of its module under src/routes. */
export type PageHandle = { module: string };

/**
 * The one route table. Loaders are in the main bundle so data starts loading at once; page
 * components are split per route and load in parallel with it. Each page route names its module
 * (`handle.module`, checked against the import by router.test.ts) so that prerendered pages can
 * preload their route's chunk with the app (scripts/render-pages.mjs).
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
                    {
                      index: true,
                      loader: frontLoader(queryClient),
                      handle: { module: 'front-page' },
                      lazy: { Component: async () => (await import('@/routes/front-page')).FrontPage },
                    },
                    {
                      path: 'news',
                      loader: allNewsLoader(queryClient),
                      handle: { module: 'section-page' },
                      lazy: { Component: async () => (await import('@/routes/section-page')).SectionPage },
                    },
                    {
                      path: 'authors',
                      loader: authorsLoader(queryClient),
                      handle: { module: 'authors-page' },
                      lazy: { Component: async () => (await import('@/routes/authors-page')).AuthorsPage },
                    },
                    {
                      path: 'authors/:author',
                      loader: authorLoader(queryClient),
                      handle: { module: 'author-page' },
                      lazy: { Component: async () => (await import('@/routes/author-page')).AuthorPage },
                    },
                    {
                      path: 'archive',
                      loader: archiveLoader(queryClient),
                      handle: { module: 'archive-page' },
                      lazy: { Component: async () => (await import('@/routes/archive-page')).ArchivePage },
                    },
                    {
                      path: 'archive/:day',
                      loader: archiveDayLoader(queryClient),
                      handle: { module: 'archive-page' },
                      lazy: { Component: async () => (await import('@/routes/archive-page')).ArchiveDayPage },
                    },
                    {
                      path: 'topics',
                      loader: topicsLoader(queryClient),
                      handle: { module: 'topics-page' },
                      lazy: { Component: async () => (await import('@/routes/topics-page')).TopicsPage },
                    },
                    {
                      path: 'topics/:topic',
                      loader: topicLoader(queryClient),
                      handle: { module: 'topic-page' },
                      lazy: { Component: async () => (await import('@/routes/topic-page')).TopicPage },
                    },
                    {
                      path: 'sitemap',
                      loader: sitemapLoader(queryClient),
                      handle: { module: 'sitemap-page' },
                      lazy: { Component: async () => (await import('@/routes/sitemap-page')).SitemapPage },
                    },
                    {
                      path: 'search',
                      handle: { module: 'search-page' },
                      lazy: { Component: async () => (await import('@/routes/search-page')).SearchPage },
                    },
                    { path: 'about', handle: { module: 'info-page' }, lazy: { Component: async () => (await import('@/routes/info-page')).AboutPage } },
                    {
                      path: 'advertising',
                      handle: { module: 'info-page' },
                      lazy: { Component: async () => (await import('@/routes/info-page')).AdvertisingPage },
                    },
                    {
                      path: ':section',
                      loader: sectionLoader(queryClient),
                      handle: { module: 'section-page' },
                      lazy: { Component: async () => (await import('@/routes/section-page')).SectionPage },
                    },
                    {
                      path: ':section/:slug',
                      loader: articleLoader(queryClient),
                      handle: { module: 'article-page' },
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
