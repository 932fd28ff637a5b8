// @ts-check
// Plain JavaScript so that Node scripts (scripts/find-key-collisions.mjs) use the very function the
// build uses.

/**
 * A short stable token from any string: FNV-1a (32 bits, from the given offset basis) of its UTF-16
 * code units, in seven base-36 characters. Story keys (story-key.ts) and the slugs of names in
 * scripts that have no Latin letters are made of it.
 * @param {string} text
 * @param {number} [basis]
 * @returns {string}
 */
export function shortHash(text, basis = 0x811c9dc5) {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}
