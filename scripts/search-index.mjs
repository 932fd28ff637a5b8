// One bundle of the static search index (Pagefind): an index per language of the records given,
// made from the entries the build derived (src/build/search-records.ts). scripts/search-parts.mjs
// says which stories each bundle holds; the browser loads only the files a search needs, and no
// search server runs.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * @param {Iterable<{ url: string, content: string, language: string, meta: Record<string, string>, filters: Record<string, string[]>, sort: Record<string, string> }>} records
 *   taken a batch at a time, so a generator keeps only one batch in memory
 * @param {string} outDir
 * @param {string} bundle the bundle's folder under outDir (SEARCH_INDEX in site-rules.js)
 * @returns {Promise<number>} records indexed
 */
export async function writeSearchIndex(records, outDir, bundle) {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  let count = 0;
  try {
    // Records go to Pagefind's process in batches: one round trip per record is most of the time.
    const send = async (batch) => {
      count += batch.length;
      const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      for (const [i, result] of added.entries()) {
        if (result.errors.length > 0) throw new Error(`search index: ${batch[i]?.url ?? ''}: ${result.errors.join('; ')}`);
      }
    };
    let batch = [];
    for (const record of records) {
      batch.push(record);
      if (batch.length < 500) continue;
      await send(batch);
      batch = [];
    }
    await send(batch);
    const outputPath = join(outDir, bundle);
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    // The app renders results itself (React, under Trusted Types): Pagefind's own UIs and its worker
    // are not published.
    for (const file of readdirSync(outputPath)) {
      if (/-ui\.(js|css)$|^pagefind-(highlight|worker)\.js$/.test(file)) rmSync(join(outputPath, file));
    }
  } finally {
    await close();
  }
  return count;
}
