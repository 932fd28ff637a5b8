// One of scripts/prerender.mjs's worker threads: renders its share of the pages.
import { parentPort, workerData } from 'node:worker_threads';
import { renderPages } from './render-pages.mjs';

const { documents, ...options } = workerData;
try {
  parentPort.postMessage({ written: await renderPages({ ...options, documents: new Map(documents) }) });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
