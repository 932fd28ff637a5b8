// One of scripts/publish.mjs's worker threads: sanitizes its share of the bodies a publish has not
// sanitized before, with the same sanitizer the build uses (src/feed/sanitize.ts) on its own DOM.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { JSDOM } from 'jsdom';

try {
  const server = await import(pathToFileURL(join(workerData.ssrDir, 'entry-server.js')).href);
  const sanitize = server.createArticleSanitizer(new JSDOM('').window);
  const result = [];
  for (const [i, html] of workerData.bodies.entries()) {
    result.push(sanitize(html));
    // jsdom keeps each parsed document's node iterators in a set of weak references, and a weak
    // reference holds its target until the task that made it ends: without a pause now and then,
    // every document a thread parsed stayed in memory (about 35 MB a thousand bodies).
    if (i % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  parentPort.postMessage({ result });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
