import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';

const LANGS = ['en', 'ru', 'de', 'fr', 'pt', 'es'] as const;

type ArtifactsModule = {
  buildArtifacts: (sources: Partial<Record<string, [string, string]>>) => { path: string; contents: string }[];
};

/**
 * After the client build, derive section feeds, RSS and sitemap.xml from public/feeds/*.json with the
 * app's own parser (loaded through Vite so the `@/` alias and TypeScript work). A broken source feed
 * fails the build with its file name and the problem.
 */
export function editionArtifacts(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'meridian:edition-artifacts',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const server = await createServer({
        configFile: false,
        root: config.root,
        resolve: { alias: config.resolve.alias },
        logLevel: 'error',
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        define: config.define,
      });
      try {
        const artifacts = (await server.ssrLoadModule('/src/build/edition-artifacts.ts')) as ArtifactsModule;
        const sources: Partial<Record<string, [string, string]>> = {};
        for (const lang of LANGS) {
          const file = join(config.publicDir, 'feeds', `${lang}.json`);
          if (existsSync(file)) sources[lang] = [readFileSync(file, 'utf8'), `public/feeds/${lang}.json`];
        }
        const outDir = join(config.root, config.build.outDir);
        for (const artifact of artifacts.buildArtifacts(sources)) {
          const target = join(outDir, artifact.path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, artifact.contents);
        }
      } finally {
        await server.close();
      }
    },
  };
}
