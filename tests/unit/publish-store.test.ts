import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  abandonPublish,
  beginPublish,
  commitPublish,
  fileIn,
  KEPT_PUBLISHES,
  livePublish,
  MANIFEST_VERSION,
  publishPaths,
  shareFolder,
  storeFolder,
  writeFile,
} from '../../scripts/publish-store.mjs';

let dir: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'publish-store-'));
  out = join(dir, 'dist');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const manifest = (id: string) => ({ version: MANIFEST_VERSION, id, published: '', renderer: '', files: {}, pages: {}, gone: {}, orphans: {} });

/** One publish of a single page saying `text`, made live. */
function publishPage(text: string, now: Date) {
  const publish = beginPublish(out, { now });
  writeFile(publish, '/en/index.html', text);
  commitPublish(publish, manifest(publish.id));
  return publish.id;
}

describe('publishes and the output link', () => {
  it('makes a publish live in one step, and the output then reads as that publish', () => {
    const id = publishPage('first', new Date('2026-12-02T10:00:00Z'));
    expect(readFileSync(join(out, 'en/index.html'), 'utf8')).toBe('first');
    expect(livePublish(out)?.id).toBe(id);
    expect(livePublish(out)?.manifest?.id).toBe(id);
  });

  it('leaves the live site as it was when a publish is abandoned, or left half-made by a killed one', () => {
    publishPage('first', new Date('2026-12-02T10:00:00Z'));
    const abandoned = beginPublish(out, { now: new Date('2026-12-02T10:01:00Z') });
    writeFile(abandoned, '/en/index.html', 'half');
    abandonPublish(abandoned);
    expect(readFileSync(join(out, 'en/index.html'), 'utf8')).toBe('first');
    // A killed publish leaves its folder and its lock, with a pid that no longer runs.
    const { root, lock } = publishPaths(out);
    mkdirSync(join(root, 'p20261202T100200Z.partial'), { recursive: true });
    writeFileSync(lock, '999999999');
    const next = beginPublish(out, { now: new Date('2026-12-02T10:03:00Z') });
    expect(readdirSync(root).filter((name) => name.endsWith('.partial'))).toEqual([`${next.id}.partial`]);
    abandonPublish(next);
    expect(readFileSync(join(out, 'en/index.html'), 'utf8')).toBe('first');
  });

  it('refuses a publish while another process runs one, and goes ahead once it is done', () => {
    const { root, lock } = publishPaths(out);
    mkdirSync(root, { recursive: true });
    // The lock of a publish in a process that runs (this test's parent).
    writeFileSync(lock, String(process.ppid));
    expect(() => beginPublish(out)).toThrow(new RegExp(`another publish \\(pid ${String(process.ppid)}\\) is running`));
    rmSync(lock);
    expect(() => {
      abandonPublish(beginPublish(out));
    }).not.toThrow();
  });

  it(`keeps the ${KEPT_PUBLISHES} publishes before the live one, and deletes older ones`, async () => {
    const ids = [0, 1, 2, 3, 4].map((minute) => publishPage(`publish ${minute}`, new Date(Date.UTC(2026, 11, 2, 10, minute))));
    const { root } = publishPaths(out);
    const kept = () => readdirSync(root).filter((name) => /^p\d{8}T\d{6}Z$/.test(name));
    expect(kept().sort()).toEqual(ids.slice(-1 - KEPT_PUBLISHES).sort());
    // The older ones were set aside and are deleted in the background.
    await expect.poll(() => readdirSync(root).filter((name) => name.endsWith('.trash')).length, { timeout: 10_000 }).toBe(0);
    expect(existsSync(join(root, `${ids[0] ?? ''}.manifest.json`))).toBe(false);
    expect(readFileSync(join(out, 'en/index.html'), 'utf8')).toBe('publish 4');
  });

  it('places a site path inside a publish folder and refuses one that would leave it', () => {
    expect(fileIn('/srv/p1', '/en/news/index.html')).toBe('/srv/p1/en/news/index.html');
    expect(fileIn('/srv/p1', '/en/./news/')).toBe('/srv/p1/en/news/');
    for (const path of ['/../p2/en/index.html', '/en/../../etc/passwd', '/..']) expect(() => fileIn('/srv/p1', path)).toThrow(/outside the publish/);
  });

  it('refuses to replace an output that is a folder of its own', () => {
    mkdirSync(join(out, 'en'), { recursive: true });
    expect(() => beginPublish(out)).toThrow(/is a folder, not a publish/);
  });

  it('serves a folder from the store through one link, one folder down, in every publish that shares it, and deletes it with the last of them', async () => {
    const { root, store } = publishPaths(out);
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 10, minute));
    // A folder the first publish writes into the store: complete only once finished.
    const first = beginPublish(out, { now: at(0) });
    const folder = storeFolder(first, 'search-1');
    writeFileSync(join(folder.dir, 'index.json'), 'index one');
    expect(shareFolder(first, 'search-1', '/pagefind/en-1/')).toBe(false);
    folder.finish();
    expect(shareFolder(first, 'search-1', '/pagefind/en-1/')).toBe(true);
    commitPublish(first, manifest(first.id));
    expect(readFileSync(join(out, 'pagefind/en-1/index.json'), 'utf8')).toBe('index one');

    // Later publishes link to it; once none of the kept ones does, it goes.
    for (const minute of [1, 2]) {
      const publish = beginPublish(out, { now: at(minute) });
      expect(shareFolder(publish, 'search-1', '/pagefind/en-1/')).toBe(true);
      commitPublish(publish, manifest(publish.id));
      expect(readFileSync(join(out, 'pagefind/en-1/index.json'), 'utf8')).toBe('index one');
    }
    const other = beginPublish(out, { now: at(3) });
    const second = storeFolder(other, 'search-2');
    writeFileSync(join(second.dir, 'index.json'), 'index two');
    second.finish();
    shareFolder(other, 'search-2', '/pagefind/en-2/');
    commitPublish(other, manifest(other.id));
    expect(readdirSync(store).sort()).toEqual(['search-1', 'search-2']);
    for (const minute of [4, 5]) {
      const publish = beginPublish(out, { now: at(minute) });
      shareFolder(publish, 'search-2', '/pagefind/en-2/');
      commitPublish(publish, manifest(publish.id));
    }
    expect(readdirSync(store)).toEqual(['search-2']);
    await expect.poll(() => readdirSync(root).filter((name) => name.endsWith('.trash')).length, { timeout: 10_000 }).toBe(0);
    expect(readFileSync(join(out, 'pagefind/en-2/index.json'), 'utf8')).toBe('index two');
  });

  it('removes a store folder a killed publish left unfinished', () => {
    const { store } = publishPaths(out);
    const killed = beginPublish(out, { now: new Date('2026-12-02T10:00:00Z') });
    writeFileSync(join(storeFolder(killed, 'search-9').dir, 'half.json'), '{');
    writeFileSync(publishPaths(out).lock, '999999999');
    const next = beginPublish(out, { now: new Date('2026-12-02T10:01:00Z') });
    expect(readdirSync(store)).toEqual([]);
    abandonPublish(next);
  });
});
