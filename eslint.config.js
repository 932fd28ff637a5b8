import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

// Imports flow one way: lib, config → feed → i18n, components → features → routes → app.
// Checked by the file an import resolves to (the TypeScript resolver reads tsconfig's `@/*` paths),
// so `@/feed/feed-api`, `../feed/feed-api` and `../components/../feed/feed-api` are the same import.
//
//   src/config      the bottom: imports nothing from the other layers. Its rules are imported by the
//                   Node scripts and servers as they are (site-rules.js), so it stays self-contained.
//   src/lib         small helpers: may import config, nothing else (lib → config, never config → lib).
//   src/feed        lib, config.
//   src/i18n        lib, config, and feed's types only (src/feed/types.ts, with `import type`).
//   src/components  lib, config, i18n, and feed's types only; never queries or fetchers.
//   src/features/*  a feature spanning layers (the typo report): lib, config, feed's types, i18n,
//                   components, features. Only routes and app import features.
//   src/routes      everything above except app; never the build or the entries.
//   src/app         everything except the build and the entries.
//   src/build       build-time derivation (Node): lib, config, feed, i18n; never components,
//                   features, routes, app or the entries.
//   src/main.tsx, src/entry-server.tsx, src/head-script.js   entries: may import anything.
//   scripts/, server/   Node: each other, and from src only the plain-JS modules of config, lib and
//                   features (src/config/site-rules.js, src/lib/short-hash.js, src/features/typo/*.js:
//                   rules, helpers and schemas that Node runs as they are); never app, routes or components.
//   src/**          never imports scripts/ or server/ (Node tooling never ships to readers).
// The parser and sanitizer (feed/parse-feed.ts, feed/sanitize.ts) run at the build only: nothing the
// browser loads imports them (entry-server.tsx, the build's renderer, may).
// Tests (*.test.ts[x] beside the code, tests/) may import any layer to arrange a case: the flow binds
// the code that ships.
const entries = ['src/main.tsx', 'src/entry-server.tsx', 'src/head-script.js'];
const flow = 'Imports flow lib, config → feed → i18n, components → features → routes → app (eslint.config.js).';
const feedTypesOnly = 'Components, features and i18n import only feed types (import type from feed/types), never queries or fetchers.';
const testFiles = ['**/*.test.{ts,tsx}', 'tests/**'];

const layerZones = [
  { target: 'src/config', from: 'src', except: ['./config'], message: `config imports nothing from the other layers. ${flow}` },
  { target: 'src/lib', from: 'src', except: ['./lib', './config'], message: `lib imports config only. ${flow}` },
  { target: 'src/feed', from: 'src', except: ['./feed', './lib', './config'], message: `feed imports lib and config only. ${flow}` },
  {
    target: 'src/i18n',
    from: 'src',
    except: ['./i18n', './lib', './config', './feed/types.ts'],
    message: `i18n imports lib, config and feed types only. ${flow}`,
  },
  {
    target: 'src/components',
    from: 'src',
    except: ['./components', './lib', './config', './i18n', './feed/types.ts'],
    message: `Components take props: they import lib, config, i18n and feed types only. ${flow}`,
  },
  {
    target: 'src/features',
    from: 'src',
    except: ['./features', './components', './lib', './config', './i18n', './feed/types.ts'],
    message: `A feature imports lib, config, feed types, i18n and components; only routes and app import features. ${flow}`,
  },
  { target: 'src/routes', from: ['src/app', 'src/build', ...entries], message: `Routes never import the app, the build or an entry. ${flow}` },
  { target: 'src/app', from: ['src/build', ...entries], message: `The app never imports the build or an entry. ${flow}` },
  {
    target: 'src/build',
    from: ['src/components', 'src/features', 'src/routes', 'src/app', ...entries],
    message: `The build derives data: it imports lib, config, feed and i18n, never components, features, routes or the app. ${flow}`,
  },
  {
    target: ['src/app', 'src/routes', 'src/components', 'src/features', 'src/i18n', 'src/lib', 'src/config'],
    from: ['src/feed/parse-feed.ts', 'src/feed/sanitize.ts'],
    message: 'The parser and the sanitizer run at the build only: the browser reads documents the build already checked.',
  },
  { target: 'src', from: ['scripts', 'server'], message: 'The app never imports the Node scripts or servers.' },
  {
    target: ['scripts', 'server'],
    from: [`${root}/src/**`],
    // Globs, as `from` is one. Node runs these modules as they are: plain JS, no alias.
    except: [`${root}/src/{config,lib,features/*}/*.js`],
    message:
      'Node scripts and servers import from src only plain-JS modules of config, lib and features (src/config/site-rules.js, src/lib/short-hash.js, src/features/typo/*.js).',
  },
];

// `import type` from feed/types passes the zones above; a value import (FeedFailure, toFeedError) must
// not. Matched on any specifier with a `feed` segment, alias or relative; the zones already refuse
// every other feed file, however it is spelled.
const feedTypeImports = {
  regex: '(^|/)feed(/|$)',
  allowTypeImports: true,
  message: feedTypesOnly,
};
const noFeedDynamicImport = {
  selector: 'ImportExpression[source.value=/(^|\\u002F)feed(\\u002F|$)/]',
  message: feedTypesOnly,
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'test-results', 'playwright-report', '.bench', '.shots'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // scripts/head-script.mjs writes these in where the script says /* @site-rules */ (it runs
    // before any module, so it cannot import them).
    files: ['src/head-script.js'],
    languageOptions: { globals: { RULES: 'readonly', PAGE_PARAM: 'readonly', renderedAddress: 'readonly' } },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: testFiles,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}'],
    ignores: testFiles,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [feedTypeImports] }],
      'no-restricted-syntax': ['error', noFeedDynamicImport],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    ignores: testFiles,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@tanstack/react-query', message: 'Only route modules touch queries: components take props.' }],
          patterns: [feedTypeImports],
        },
      ],
    },
  },
);
