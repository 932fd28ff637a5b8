// The head script as pages carry it: src/head-script.js with the site rules it needs written in
// (it runs before any module, so it cannot import them), comments and indentation taken out.
// Used by the Vite plugin that inlines it, by the nginx config generator and the static server
// (which allow it by its hash), and by the tests.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_PARAM, STORAGE_KEYS, TEXT_SIZES, THEMES } from '../src/config/site-rules.js';

const SOURCE = join(import.meta.dirname, '../src/head-script.js');
const RULES_SOURCE = join(import.meta.dirname, '../src/config/site-rules.js');
const RULES_MARKER = '/* @site-rules */';

/** What the head script knows of the site rules, as script text. */
function rulesText() {
  const rules = {
    storage: STORAGE_KEYS,
    // The values it may set on <html>: the defaults are the absence of the attribute.
    themes: THEMES.filter((theme) => theme !== 'system'),
    textSizes: TEXT_SIZES.filter((size) => size !== 'standard'),
  };
  return [`var RULES = ${JSON.stringify(rules)};`, `var PAGE_PARAM = ${JSON.stringify(PAGE_PARAM)};`, functionSource('renderedAddress')].join('\n');
}

/**
 * A function of site-rules.js as its file writes it (not Function.prototype.toString, whose text
 * depends on whoever loaded the module: Node, Vite and Vitest print it differently, and the
 * script's hash must not).
 */
function functionSource(name) {
  const source = readFileSync(RULES_SOURCE, 'utf8');
  const match = new RegExp(`^export (function ${name}\\([^)]*\\) \\{\\n[\\s\\S]*?\\n\\})`, 'm').exec(source);
  if (!match) throw new Error(`src/config/site-rules.js has no function ${name}`);
  return match[1];
}

/** The script as it is inlined. */
export function headScript() {
  const source = readFileSync(SOURCE, 'utf8');
  if (!source.includes(RULES_MARKER)) throw new Error(`src/head-script.js has no ${RULES_MARKER}`);
  return source
    .replace(RULES_MARKER, rulesText())
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*\/\/.*$/, '')
        .replace(/\s+\/\/ .*$/, '')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

/** The CSP source that allows the inlined script, and nothing else, to run. */
export function headScriptHash() {
  return `'sha256-${createHash('sha256').update(headScript()).digest('base64')}'`;
}
