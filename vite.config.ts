import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { deferAppCodePlugin, inlineHeadScript } from './scripts/inline-head-script-plugin.ts';
import { typoReceiver } from './scripts/typo-receiver-plugin.ts';
import { buildDirs } from './scripts/publish-store.mjs';

export default defineConfig({
  plugins: [
    react(),
    inlineHeadScript(),
    deferAppCodePlugin(),
    typoReceiver(),
    // Offline reading: the app shell is precached; pages, their documents and images are cached as
    // the reader opens them. A new version waits for the next visit (no skipWaiting), so an open
    // page never finds its code swapped under it.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: 'Meridian',
        short_name: 'Meridian',
        description: 'News in six languages',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f75',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['index.html', 'assets/**/*.{js,css}', 'favicon.svg'],
        // Pages come from the network first (they are prerendered and may be newer), then from the
        // pages the reader opened; an address never opened falls back to the precached app shell.
        navigateFallback: null,
        // The worker runs under the site's policy, Trusted Types included (site-rules.js), which
        // blocks importScripts() of workbox's runtime: it is bundled into sw.js instead.
        inlineWorkboxRuntime: true,
        clientsClaim: true,
        skipWaiting: false,
        runtimeCaching: [
          {
            urlPattern: ({ request }) => request.mode === 'navigate',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'pages',
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 200 },
              plugins: [{ handlerDidError: async () => caches.match('/index.html', { ignoreSearch: true }) }],
            },
          },
          {
            // Checks for news (cache: 'no-store', src/lib/http.ts) go to the network, never to this cache.
            urlPattern: ({ url, request }) => url.pathname.startsWith('/data/') && request.cache !== 'no-store',
            handler: 'NetworkFirst',
            options: { cacheName: 'data', networkTimeoutSeconds: 4, expiration: { maxEntries: 500 } },
          },
          {
            urlPattern: ({ request }) => request.destination === 'image',
            handler: 'CacheFirst',
            options: { cacheName: 'images', expiration: { maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600 } },
          },
        ],
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // The app build, which scripts/publish.mjs publishes with the pages into MERIDIAN_OUT_DIR.
    // Separate output folders let several builds (and their browser tests) run side by side.
    outDir: buildDirs(process.env).app,
    target: 'es2022',
    sourcemap: true,
    // .vite/manifest.json: scripts/publish.mjs preloads each page's route chunk from it.
    manifest: true,
    rolldownOptions: {
      output: {
        // Few, cacheable chunks: the entry with React DOM (evaluated first, on its own), what every
        // page shares (router, query cache, app shell), then one chunk per page. Small shared
        // modules would otherwise become a dozen tiny files, each a request with its headers.
        codeSplitting: {
          groups: [
            {
              name: 'app',
              // Typo reporting is the article page's, and its form and queue load only when used.
              test: (id: string) =>
                /node_modules[\\/](react-router|@tanstack|react-dom[\\/]cjs[\\/]react-dom\.)|[\\/]src[\\/](app|config|feed|i18n|lib|routes|components)[\\/]|[\\/]typo-limits\.js$|preload-helper/.test(
                  id,
                ) && !/[\\/](features[\\/]typo[\\/](?!typo-limits)|(routes|components|lib)[\\/]live-)/.test(id),
              minShareCount: 2,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    // Route and component tests render whole pages in jsdom; CI's two cores are shared with other work.
    testTimeout: 20_000,
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
  },
});
