import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4174);

/**
 * tests/e2e/hostile-feed.spec.ts reads a second site, built from hostile feeds by scripts/run-e2e.mjs
 * (scripts/build-hostile-site.mjs), served on its own port; the other specs run in desktop and mobile.
 */
const HOSTILE_SPEC = /hostile-feed\.spec\.ts$/;
const HOSTILE_PORT = Number(process.env.E2E_HOSTILE_PORT ?? PORT + 1);
const HOSTILE_DIR = process.env.MERIDIAN_HOSTILE_DIR ?? `${process.env.MERIDIAN_OUT_DIR ?? 'dist'}-hostile`;
process.env.MERIDIAN_HOSTILE_FEEDS_DIR ??= `${process.env.MERIDIAN_OUT_DIR ?? 'dist'}-hostile-feeds`;
const hostileBuilt = existsSync(`${HOSTILE_DIR}/en/index.html`);

/**
 * tests/e2e/nginx.spec.ts: the same build through deploy/nginx.conf and Debian's nginx (CI installs it),
 * compared with what the desktop and mobile projects' server sends (E2E_STATIC_URL).
 */
const NGINX_SPEC = /nginx\.spec\.ts$/;
/** tests/e2e/publish.spec.ts publishes sites of its own (scripts/publish.mjs): once, at a desktop viewport. */
const PUBLISH_SPEC = /publish\.spec\.ts$/;
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? PORT + 2);
const OUT_DIR = process.env.MERIDIAN_OUT_DIR ?? 'dist';
process.env.E2E_STATIC_URL = `http://127.0.0.1:${PORT}`;

const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions,
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: [HOSTILE_SPEC, NGINX_SPEC, PUBLISH_SPEC],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'mobile',
      testIgnore: [HOSTILE_SPEC, NGINX_SPEC, PUBLISH_SPEC],
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, launchOptions },
    },
    {
      name: 'publish',
      testMatch: PUBLISH_SPEC,
      timeout: 120_000,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'nginx',
      testMatch: NGINX_SPEC,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${NGINX_PORT}`, launchOptions },
    },
    ...(hostileBuilt
      ? [
          {
            name: 'hostile',
            testMatch: HOSTILE_SPEC,
            // Without the page's CSP: the sanitizer and React's escaping must hold on their own.
            use: {
              ...devices['Desktop Chrome'],
              viewport: { width: 1280, height: 800 },
              baseURL: `http://127.0.0.1:${HOSTILE_PORT}`,
              bypassCSP: true,
              launchOptions,
            },
          },
        ]
      : []),
  ],
  webServer: [
    {
      // npm start's server (server/static-server.mjs): production's headers, compression and pages.
      command: `node server/static-server.mjs ${OUT_DIR}`,
      url: `http://127.0.0.1:${PORT}/en/`,
      reuseExistingServer: false,
      // Its typo receiver writes here; tests/e2e/typo.spec.ts reads the same file.
      env: { PORT: String(PORT), HOST: '127.0.0.1', TYPO_REPORTS_FILE: `data/e2e/typo-reports-${PORT}.jsonl` },
      timeout: 60_000,
    },
    {
      command: `node scripts/nginx-e2e.mjs ${OUT_DIR} ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/en/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    ...(hostileBuilt
      ? [
          {
            command: `node server/static-server.mjs ${HOSTILE_DIR}`,
            url: `http://127.0.0.1:${HOSTILE_PORT}/en/`,
            reuseExistingServer: false,
            env: { PORT: String(HOSTILE_PORT), HOST: '127.0.0.1', TYPO_REPORTS_FILE: `data/e2e/typo-reports-${HOSTILE_PORT}.jsonl` },
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
