// @ts-check
// Where publishes live, and how one becomes the live site in a single step.
//
// MERIDIAN_OUT_DIR (default dist) is a symbolic link to one complete publish in `<out>-publishes/`.
// A publish is assembled beside it in `<id>.partial/`: unchanged files are hard links to the live
// publish's (no copy, no rewrite), new and changed ones are written. Only when every file is in
// place does the link move, by rename(2), which is atomic: a reader or a server (npm start, nginx)
// sees the old publish or the new one, never a mix and never a half-written one. A publish that
// fails or is killed leaves a `.partial` folder that the next publish removes; the link never moved.
// The previous publishes stay a while, so a page a reader already has can still load what it names.
import {
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { spawn } from 'node:child_process';

/** Publishes kept besides the live one: readers mid-page, and a way back for the operator. */
export const KEPT_PUBLISHES = 2;

/** What a publish remembers of itself, beside it (never served): see scripts/publish.mjs. */
export const MANIFEST_VERSION = 1;

/**
 * @typedef {object} Manifest
 * @property {number} version
 * @property {string} id
 * @property {string} published ISO time
 * @property {string} renderer hash of what renders pages: the page shell and the server entry
 * @property {string} [deriver] hash of what derives documents: the server entry
 * @property {Record<string, string>} [inputs] for each article document, the hash of what it was derived from
 * @property {Record<string, string>} files content hash of every file the publish derived or rendered, by site path
 * @property {Record<string, string[]>} pages for each prerendered address, the documents its render read
 * @property {Record<string, string>} gone removed stories' addresses, with the day they went (ISO)
 * @property {Record<string, string>} orphans app files of earlier builds still served, with the publish they left
 * @property {Record<string, unknown>} [search] what the search index was built from (scripts/search-index.mjs)
 */

/**
 * The folders a build and a publish use, from the environment: the output link (MERIDIAN_OUT_DIR,
 * default dist), the app build Vite writes (MERIDIAN_APP_DIR, default `<out>-app`) and the server
 * entry (MERIDIAN_SSR_DIR, default dist-ssr). Relative to `root`.
 * @param {Record<string, string | undefined>} env
 * @param {string} [root]
 */
export function buildDirs(env, root = process.cwd()) {
  const out = resolve(root, env.MERIDIAN_OUT_DIR ?? 'dist');
  return { out, app: resolve(root, env.MERIDIAN_APP_DIR ?? `${out}-app`), ssr: resolve(root, env.MERIDIAN_SSR_DIR ?? 'dist-ssr') };
}

/** @param {string} outDir */
export function publishPaths(outDir) {
  const out = resolve(outDir);
  const root = `${out}-publishes`;
  return { out, root, cache: join(root, 'cache'), store: join(root, 'store'), lock: join(root, 'publish.lock') };
}

/**
 * The live publish, if there is one: the folder the output link points at and its manifest.
 * @param {string} outDir
 * @returns {{ id: string, dir: string, manifest: Manifest | null } | null}
 */
export function livePublish(outDir) {
  const { out, root } = publishPaths(outDir);
  let target;
  try {
    if (!lstatSync(out).isSymbolicLink()) return null;
    target = resolve(dirname(out), readlinkSync(out));
  } catch {
    return null;
  }
  const id = basename(target);
  const file = join(root, `${id}.manifest.json`);
  /** @type {Manifest | null} */
  let manifest = null;
  if (existsSync(file)) {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8'));
      manifest = parsed.version === MANIFEST_VERSION ? parsed : null;
    } catch {
      manifest = null; // An unreadable manifest: this publish starts from nothing and rewrites all.
    }
  }
  return { id, dir: target, manifest };
}

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/**
 * One publish at a time (the watcher and an operator's `npm run refresh` may overlap): a lock file
 * with the holder's pid. A lock whose process is gone (killed) is taken over.
 * @param {string} lock
 */
function takeLock(lock) {
  mkdirSync(dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        throw new Error(`another publish (pid ${holder}) is running; ${lock} is its lock`, { cause: error });
      }
      rmSync(lock, { force: true });
    }
  }
  throw new Error(`could not take the publish lock ${lock}`);
}

/**
 * Starts a publish: takes the lock, removes what killed publishes left, and opens a new folder.
 * @param {string} outDir
 * @param {{ now?: Date }} [options]
 */
export function beginPublish(outDir, options = {}) {
  const paths = publishPaths(outDir);
  takeLock(paths.lock);
  const release = () => rmSync(paths.lock, { force: true });
  try {
    const previous = livePublish(outDir);
    if (!previous && existsSync(paths.out) && !lstatSync(paths.out).isSymbolicLink()) {
      throw new Error(`${paths.out} is a folder, not a publish: move it away (a publish replaces it with a link to ${paths.root})`);
    }
    for (const folder of [paths.root, paths.store]) {
      for (const name of existsSync(folder) ? readdirSync(folder) : []) {
        if (name.endsWith('.partial')) rmSync(join(folder, name), { recursive: true, force: true });
      }
    }
    const stamp = (options.now ?? new Date())
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    let id = `p${stamp}`;
    for (let n = 2; existsSync(join(paths.root, id)); n++) id = `p${stamp}-${n}`;
    const dir = join(paths.root, `${id}.partial`);
    mkdirSync(dir, { recursive: true });
    return { id, dir, previous, paths, release };
  } catch (error) {
    release();
    throw error;
  }
}

/** @typedef {ReturnType<typeof beginPublish>} Publish */

/** "/" and segments that are neither empty, "." nor "..", without backslashes or NUL. */
const PLAIN_PATH = /^(\/(?!\.\.?(\/|$))[^/\\\0]+)+$/;

/**
 * A site path ("/en/index.html") inside a publish folder; a path that would leave it is refused.
 * @param {string} dir
 * @param {string} path
 */
export function fileIn(dir, path) {
  // A plain site path is appended as it is: normalizing each of a refresh's hundred thousand links
  // with path.join was most of its garbage.
  if (PLAIN_PATH.test(path)) return dir + path;
  const file = join(dir, path);
  if (!file.startsWith(dir + sep)) throw new Error(`${path} is outside the publish`);
  return file;
}

/**
 * Writes a file of the new publish.
 * @param {Publish} publish
 * @param {string} path site path
 * @param {string | Uint8Array} contents
 */
export function writeFile(publish, path, contents) {
  const file = fileIn(publish.dir, path);
  makeFolder(dirname(file));
  writeFileSync(file, contents);
}

/** Folders a publish has made: a big publish links tens of thousands of files into a few hundred. */
const madeFolders = new Set();

/** @param {string} folder */
function makeFolder(folder) {
  if (madeFolders.has(folder)) return;
  mkdirSync(folder, { recursive: true });
  madeFolders.add(folder);
}

/**
 * Carries a file over from another folder (the live publish, the app build) by hard link, with its
 * precompressed twins (`twins`, for the app's assets). Returns false when the source has no such file.
 * @param {Publish} publish
 * @param {string} fromDir
 * @param {string} path site path
 * @param {{ twins?: boolean }} [options]
 */
export function linkFile(publish, fromDir, path, { twins = false } = {}) {
  const source = fileIn(fromDir, path);
  const target = fileIn(publish.dir, path);
  makeFolder(dirname(target));
  for (const twin of twins ? ['', '.br', '.gz'] : ['']) {
    try {
      linkSync(source + twin, target + twin);
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code === 'ENOENT' && twin) continue;
      if (code === 'ENOENT') return false;
      if (code !== 'EEXIST') throw error;
    }
  }
  return true;
}

/**
 * A folder shared by publishes instead of linked file by file: written once into the store
 * (`<out>-publishes/store/<name>/`), it never changes, and each publish that serves it holds one
 * symbolic link to it (a search index of fifty thousand files is one link, not fifty thousand).
 * Servers follow the link like any folder. Folders no kept publish links to are removed by prune().
 * @param {Publish} publish
 * @param {string} name the folder's name in the store
 * @param {string} path the site path it is served at ("/pagefind/en-p20261207T041207Z-000/"): at the
 *   publish's top or one folder down, where prune() looks for links
 * @returns {boolean} false when the store has no such folder
 */
export function shareFolder(publish, name, path) {
  const folder = join(publish.paths.store, name);
  if (!existsSync(folder)) return false;
  const target = fileIn(publish.dir, path.replace(/\/$/, ''));
  makeFolder(dirname(target));
  rmSync(target, { recursive: true, force: true });
  symlinkSync(relative(dirname(target), folder), target);
  return true;
}

/**
 * Where a publish writes a folder for the store: `finish()` moves it under its name once complete,
 * so a killed publish leaves only a `.partial` folder the next one removes.
 * @param {Publish} publish
 * @param {string} name
 */
export function storeFolder(publish, name) {
  const partial = join(publish.paths.store, `${name}.partial`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  return { dir: partial, finish: () => renameSync(partial, join(publish.paths.store, name)) };
}

/**
 * Every file under a folder, as site paths.
 * @param {string} dir
 * @returns {string[]}
 */
export function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
}

/**
 * Makes the new publish the live site: its manifest first, then the folder under its name, then
 * the link, swapped in one rename. Older publishes beyond KEPT_PUBLISHES are removed afterwards.
 * @param {Publish} publish
 * @param {Manifest} manifest
 */
export function commitPublish(publish, manifest) {
  const { paths, id } = publish;
  writeFileSync(join(paths.root, `${id}.manifest.json`), JSON.stringify(manifest));
  const final = join(paths.root, id);
  renameSync(publish.dir, final);
  const next = `${paths.out}.next-${process.pid}`;
  rmSync(next, { force: true });
  symlinkSync(relative(dirname(paths.out), final), next);
  renameSync(next, paths.out);
  prune(paths, id);
  publish.release();
  return final;
}

/**
 * Leaves the live site as it was: the new folder goes, the lock is released.
 * @param {Publish} publish
 */
export function abandonPublish(publish) {
  rmSync(publish.dir, { recursive: true, force: true });
  publish.release();
}

/**
 * Publishes beyond KEPT_PUBLISHES are renamed out of the way at once and deleted by a process of
 * their own: removing a big archive's hundred thousand files is seconds the new publish need not wait.
 * @param {ReturnType<typeof publishPaths>} paths
 * @param {string} liveId
 */
function prune(paths, liveId) {
  const ids = readdirSync(paths.root)
    .filter((name) => /^p\d{8}T\d{6}Z(-\d+)?$/.test(name) && name !== liveId)
    .sort();
  const old = ids.slice(0, Math.max(0, ids.length - KEPT_PUBLISHES));
  for (const id of old) {
    renameSync(join(paths.root, id), join(paths.root, `${id}.trash`));
    rmSync(join(paths.root, `${id}.manifest.json`), { force: true });
  }
  // Shared folders go with the last publish that links to them (shareFolder): links sit at a
  // publish's top or one folder down (/pagefind/<part>/).
  const linked = new Set();
  /** @type {(dir: string, depth: number) => void} */
  const linksIn = (dir, depth) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isSymbolicLink()) linked.add(resolve(dir, readlinkSync(join(dir, entry.name))));
      else if (depth > 0 && entry.isDirectory()) linksIn(join(dir, entry.name), depth - 1);
    }
  };
  for (const id of [liveId, ...ids.filter((id) => !old.includes(id))]) linksIn(join(paths.root, id), 1);
  for (const name of existsSync(paths.store) ? readdirSync(paths.store) : []) {
    if (!name.endsWith('.partial') && !name.endsWith('.trash') && !linked.has(join(paths.store, name))) {
      renameSync(join(paths.store, name), join(paths.root, `store-${name}.trash`));
    }
  }
  removeTrash(paths);
}

/**
 * Deletes the folders prune() set aside, in the background (a killed deletion is finished next time).
 * @param {ReturnType<typeof publishPaths>} paths
 */
function removeTrash(paths) {
  const trash = readdirSync(paths.root)
    .filter((name) => name.endsWith('.trash'))
    .map((name) => join(paths.root, name));
  if (trash.length === 0) return;
  const code = `for (const dir of ${JSON.stringify(trash)}) require('node:fs').rmSync(dir, { recursive: true, force: true });`;
  spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' }).unref();
}
