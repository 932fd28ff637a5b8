// One of scripts/publish.mjs's worker threads: sanitizes its share of the bodies a publish has not
// sanitized before, with the same sanitizer the build uses (src/feed/sanitize.ts) on its own DOM.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { JSDOM } from 'jsdom';

try {
  const server = await import(pathToFileURL(join(workerData.ssrDir, 'entry-server.js')).href);
  const sanitize = server.createArticleSanitizer(new JSDOM('').window);
  parentPort.postMessage({ result: workerData.bodies.map((html) => sanitize(html)) });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
