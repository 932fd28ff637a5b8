// Finds item ids whose short story keys collide (src/lib/story-key.ts), for tests and for anyone
// who wants to see how a collision is handled: `node scripts/find-key-collisions.mjs [prefix] [pairs]`.
// Short keys are 32 bits, so a birthday search finds a pair within some 100,000 ids.
import { shortHash } from '../src/lib/short-hash.js';

/**
 * @param {string} prefix ids are `${prefix}${n}`
 * @param {number} pairs how many colliding pairs to find
 * @returns {[string, string][]}
 */
export function findKeyCollisions(prefix, pairs) {
  const seen = new Map();
  const found = [];
  for (let n = 0; found.length < pairs; n++) {
    const id = `${prefix}${n}`;
    const key = shortHash(id);
    const other = seen.get(key);
    if (other !== undefined) found.push([other, id]);
    else seen.set(key, id);
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [prefix = 'https://meridian.example/stories/', pairs = '1'] = process.argv.slice(2);
  for (const [a, b] of findKeyCollisions(prefix, Number(pairs))) console.log(`${shortHash(a)}  ${a}  ${b}`);
}
