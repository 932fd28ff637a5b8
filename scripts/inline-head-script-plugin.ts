import type { Plugin } from 'vite';
import { headScript } from './head-script.mjs';

const PLACEHOLDER = '<script src="/head-script.js"></script>';

const APP_TAGS = /\s*<(script type="module"[^>]*><\/script|link rel="modulepreload"[^>]*)>/g;

/**
 * Moves the app's script and module preloads, as Vite wrote them, into an inert
 * `<template id="app-code">` that the head script puts into the page once the story has painted
 * (src/head-script.js). A module script in the page would start downloading at once and share a
 * slow network with the article's text and lead photo.
 */
export function deferAppCode(html: string, preload: string[] = []): string {
  const tags = [...html.matchAll(APP_TAGS)].map((match) => match[0].trim());
  tags.push(...preload.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`));
  if (!tags.some((tag) => tag.startsWith('<script'))) throw new Error('index.html has no module script to defer');
  const rest = html.replace(APP_TAGS, '');
  return rest.replace('</head>', `  <template id="app-code">${tags.join('')}</template>\n  </head>`);
}

/**
 * Replaces index.html's `<script src="/head-script.js">` with the script itself. A classic script in
 * <head> blocks the first paint until it has arrived: inline, it costs no round trip. The CSP keeps
 * forbidding inline scripts in general and allows this one by hash (scripts/prerender.mjs adds it
 * to each page's policy; deploy/nginx.conf carries the same hash, checked by a unit test).
 */
export function inlineHeadScript(): Plugin {
  return {
    name: 'meridian:inline-head-script',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(PLACEHOLDER)) throw new Error(`index.html has no ${PLACEHOLDER}`);
        return html.replace(PLACEHOLDER, `<script>${headScript()}</script>`);
      },
    },
  };
}

/** Source modules every page imports right after the entry: their chunks load with it. */
const STARTUP_MODULES = /[\\/]src[\\/]app[\\/]start\.tsx$/;

/** The build's pages start the app from the template (the dev server keeps its own script tags). */
export function deferAppCodePlugin(): Plugin {
  return {
    name: 'meridian:defer-app-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // The entry imports the startup chunk dynamically (after a yield), so Vite does not preload
        // it: without a preload it would be one more round trip before the page hydrates.
        const startup = Object.values(context.bundle ?? {}).filter(
          (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId !== null && STARTUP_MODULES.test(chunk.facadeModuleId),
        );
        if (startup.length === 0) throw new Error('no chunk for src/app/start.tsx: update STARTUP_MODULES');
        return deferAppCode(
          html,
          startup.map((chunk) => `/${chunk.fileName}`),
        );
      },
    },
  };
}
