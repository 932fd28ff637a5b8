import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { listPageFile } from './list-page-file.mjs';

/**
 * `vite preview` (npm start, and the browser tests) answers a list's later pages (/en/news/?page=2)
 * with their prerendered files, as deploy/nginx.conf does; without this it would send page 1.
 */
export function listPages(): Plugin {
  return {
    name: 'meridian:list-pages',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? '/', 'http://preview.local');
        const file = listPageFile(url.pathname, url.search);
        if (file && existsSync(`${outDir}${file}`)) request.url = file;
        next();
      });
    },
  };
}
