// One of scripts/publish.mjs's worker threads: renders its share of the pages. Documents are read
// from the publish's folder on disk, not copied into each thread.
import { parentPort, workerData } from 'node:worker_threads';
import { renderPages } from './render-pages.mjs';

try {
  parentPort.postMessage({ result: await renderPages(workerData) });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
