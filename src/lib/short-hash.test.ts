import { shortHash } from './short-hash.js';

describe('shortHash', () => {
  it('is stable for the same input', () => {
    expect(shortHash('https://lantern.example/2025/04/tram')).toBe(shortHash('https://lantern.example/2025/04/tram'));
  });

  it('is always seven lower-case base-36 characters', () => {
    for (const input of ['', 'a', 'story-1', 'x'.repeat(5000), 'Щука', '🎉']) {
      expect(shortHash(input)).toMatch(/^[0-9a-z]{7}$/);
    }
  });

  it('tells apart ids that differ by one character', () => {
    expect(shortHash('story-1')).not.toBe(shortHash('story-2'));
    expect(shortHash('ab')).not.toBe(shortHash('ba'));
  });

  it('computes the 32-bit FNV-1a hash in base 36', () => {
    // FNV-1a("a") = 0xe40c292c
    expect(shortHash('a')).toBe((0xe40c292c).toString(36).padStart(7, '0'));
    expect(shortHash('')).toBe((0x811c9dc5).toString(36).padStart(7, '0'));
  });

  it('gives a thousand different ids a thousand different hashes', () => {
    const hashes = new Set(Array.from({ length: 1000 }, (_, i) => shortHash(`item-${i}`)));
    expect(hashes.size).toBe(1000);
  });
});
