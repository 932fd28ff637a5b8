// The import boundaries of eslint.config.js, on files that exist only here: each case is linted as if it
// were the file at `filePath`, with the project's own config. TypeScript's project service reads only
// files on disk, so type information is switched off for these (the boundaries need none); every other
// rule stays as configured. An import that resolves to no file passes the boundaries unchecked, so each
// case must also resolve (import-x/no-unresolved): a moved module fails here instead of passing quietly.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }, { rules: { 'import-x/no-unresolved': 'error' } }],
});

/** A module of some feature (src/features/<name>/), as the @ alias names it. */
function someFeatureModule(): string {
  const found = readdirSync(join(root, 'src/features'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.(test|fixture)\./.test(file))
    .sort()[0];
  if (found === undefined) throw new Error('src/features has no module to import');
  return `@/features/${found.replace(/\\/g, '/').replace(/\.tsx?$/, '')}`;
}

const BOUNDARY_RULES = new Set(['import-x/no-restricted-paths', '@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']);

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}`, warnIgnored: true });
  if (!result) throw new Error(`ESLint returned nothing for ${filePath}`);
  return result.messages;
}

/** The rules that refused the file's imports (none when it keeps to the flow). */
async function boundaryRules(filePath: string, code: string): Promise<string[]> {
  const messages = await lint(filePath, code);
  const broken = messages.filter((m) => m.fatal === true || m.ruleId === 'import-x/no-unresolved');
  if (broken.length > 0) throw new Error(`${filePath}: ${broken.map((m) => m.message).join('; ')}`);
  return messages.flatMap((m) => (m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId) ? [m.ruleId] : []));
}

describe('import boundaries', { timeout: 120_000 }, () => {
  it('refuses a component that imports the feed fetchers by a relative path', async () => {
    const rules = await boundaryRules('src/components/bad-card.tsx', "import { fetchFront } from '../feed/feed-api';\nexport const load = fetchFront;\n");
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('refuses a component that imports the feed queries through the @ alias', async () => {
    const rules = await boundaryRules(
      'src/components/bad-card.tsx',
      "import { frontQuery } from '@/feed/feed-queries';\nexport const query = frontQuery;\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('refuses a component that reaches the fetchers by a roundabout relative path', async () => {
    const rules = await boundaryRules(
      'src/components/bad-card.tsx',
      "import { fetchFront } from '../components/../feed/feed-api';\nexport const load = fetchFront;\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('lets a component import feed types with import type', async () => {
    const code = "import type { Article } from '../feed/types';\nimport type { Edition } from '@/feed/types';\nexport type Pair = [Article, Edition];\n";
    expect(await boundaryRules('src/components/good-card.tsx', code)).toEqual([]);
    expect(await lint('src/components/good-card.tsx', code)).toEqual([]);
  });

  it('refuses a component that imports a value from the feed types', async () => {
    const rules = await boundaryRules(
      'src/components/bad-card.tsx',
      "import { FeedFailure } from '../feed/types';\nexport const failure = FeedFailure;\n",
    );
    expect(rules).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('refuses a component that loads a feed module on demand', async () => {
    const rules = await boundaryRules('src/components/bad-card.tsx', "export const load = () => import('@/feed/types');\n");
    expect(rules).toContain('no-restricted-syntax');
  });

  it('refuses a component that touches the query cache', async () => {
    const rules = await boundaryRules(
      'src/components/bad-card.tsx',
      "import { useQueryClient } from '@tanstack/react-query';\nexport const use = useQueryClient;\n",
    );
    expect(rules).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('refuses lib code that imports the route loaders', async () => {
    const rules = await boundaryRules('src/lib/x.ts', "import { frontLoader } from '@/routes/loaders';\nexport const loader = frontLoader;\n");
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('refuses config that imports lib', async () => {
    const rules = await boundaryRules('src/config/x.ts', "import { slugify } from '../lib/slug';\nexport const slug = slugify;\n");
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('refuses feed code that imports i18n', async () => {
    const rules = await boundaryRules('src/feed/x.ts', "import { fill } from '@/i18n/format';\nexport const format = fill;\n");
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('refuses a component or lib code that imports a feature', async () => {
    const code = `import * as feature from '${someFeatureModule()}';\nexport const used = feature;\n`;
    expect(await boundaryRules('src/components/bad-card.tsx', code)).toContain('import-x/no-restricted-paths');
    expect(await boundaryRules('src/lib/x.ts', code)).toContain('import-x/no-restricted-paths');
  });

  it('lets a route import a feature', async () => {
    const code = `import * as feature from '${someFeatureModule()}';\nexport const used = feature;\n`;
    expect(await boundaryRules('src/routes/x.tsx', code)).toEqual([]);
  });

  it('refuses a feature that imports a route', async () => {
    const rules = await boundaryRules('src/features/x/x.ts', "import { frontLoader } from '@/routes/loaders';\nexport const loader = frontLoader;\n");
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('refuses the build when it imports a component', async () => {
    const rules = await boundaryRules('src/build/x.ts', "import { ArticleCard } from '@/components/article-card';\nexport const card = ArticleCard;\n");
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('refuses a page that imports the sanitizer, which runs at the build only', async () => {
    const rules = await boundaryRules(
      'src/routes/x.tsx',
      "import { createArticleSanitizer } from '../feed/sanitize';\nexport const sanitizer = createArticleSanitizer;\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('lets a route import the feed fetchers', async () => {
    const code = "import { fetchFront } from '@/feed/feed-api';\nexport const load = fetchFront;\n";
    expect(await boundaryRules('src/routes/x.tsx', code)).toEqual([]);
    expect(await lint('src/routes/x.tsx', code)).toEqual([]);
  });

  it('refuses a route that imports the app', async () => {
    const rules = await boundaryRules('src/routes/x.tsx', "import { createRoutes } from '../app/router';\nexport const routes = createRoutes;\n");
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('lets a Node script import the plain-JS site rules but not the TypeScript config', async () => {
    expect(await boundaryRules('scripts/x.mjs', "export { listPageFile } from '../src/config/site-rules.js';\n")).toEqual([]);
    expect(await boundaryRules('scripts/x.mjs', "export { editionPath } from '../src/config/paths';\n")).toContain('import-x/no-restricted-paths');
  });

  it('refuses app code that imports a Node script', async () => {
    const rules = await boundaryRules('src/lib/x.ts', "import { headScript } from '../../scripts/head-script.mjs';\nexport const script = headScript;\n");
    expect(rules).toContain('import-x/no-restricted-paths');
  });
});
