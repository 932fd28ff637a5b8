// The static search index (Pagefind), written after the pages: one index per edition language, from
// the records the build derived (src/build/search-records.ts). The browser loads only the parts a
// search needs (/pagefind/); no search server runs.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * @param {{ url: string, content: string, language: string, meta: Record<string, string>, filters: Record<string, string[]>, sort: Record<string, string> }[]} records
 * @param {string} outDir
 * @returns {Promise<number>} records indexed
 */
export async function writeSearchIndex(records, outDir) {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`search index: ${record.url}: ${added.errors.join('; ')}`);
    }
    const outputPath = join(outDir, 'pagefind');
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
  return records.length;
}
