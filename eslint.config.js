import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'test-results', 'playwright-report', '.bench', '.shots'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Imports flow one way: components never reach for data, and lower layers never import routes or app.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/routes/*', '@/app/*'], message: 'Components take props; they do not import routes or the app.' },
            {
              group: ['@/feed/*', '!@/feed/types'],
              allowTypeImports: true,
              message: 'Components import only feed types, never queries or fetchers.',
            },
            { group: ['@tanstack/react-query'], message: 'Only route modules touch queries.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/feed/**', 'src/lib/**', 'src/config/**', 'src/i18n/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/routes/*', '@/app/*', '@/components/*'], message: 'Imports flow lib, config → feed → i18n, components → routes → app.' }] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
