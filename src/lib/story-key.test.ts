import { findKeyCollisions } from '../../scripts/find-key-collisions.mjs';
import { assignStoryKeys, keyOfSlug, longKey, shortKey, STORY_KEY } from './story-key';

// Two real ids with one short key, found by scripts/find-key-collisions.mjs (also in the demo feed).
const EARLIER = { id: 'en-c449599', published: '2026-11-20T08:15:00.000Z' };
const LATER = { id: 'en-c612382', published: '2026-11-24T19:40:00.000Z' };

describe('story keys', () => {
  it('are the short hash of the id for a story that shares it with no other', () => {
    const { keys, collisions } = assignStoryKeys([{ id: 'a' }, { id: 'b' }]);
    expect(keys.get('a')).toBe(shortKey('a'));
    expect(keys.get('b')).toBe(shortKey('b'));
    expect(collisions).toEqual([]);
  });

  it('give two colliding ids two different keys, the earlier story keeping the short one', () => {
    expect(shortKey(EARLIER.id)).toBe(shortKey(LATER.id));
    const { keys, collisions } = assignStoryKeys([LATER, EARLIER]);
    expect(keys.get(EARLIER.id)).toBe(shortKey(EARLIER.id));
    expect(keys.get(LATER.id)).toBe(longKey(LATER.id));
    expect(keys.get(LATER.id)).not.toBe(keys.get(EARLIER.id));
    expect(collisions).toEqual([{ shortKey: shortKey(EARLIER.id), ids: [EARLIER.id, LATER.id] }]);
  });

  it('do not depend on the order of the feed', () => {
    const one = assignStoryKeys([EARLIER, LATER, { id: 'x' }]).keys;
    const other = assignStoryKeys([{ id: 'x' }, LATER, EARLIER]).keys;
    expect([...one].sort()).toEqual([...other].sort());
  });

  it('never change for stories already published when newer stories arrive, colliding or not', () => {
    const [first, second] = findKeyCollisions('https://meridian.example/stories/', 2);
    const published = Array.from({ length: 50 }, (_, i) => ({
      id: `story-${i}`,
      published: `2026-10-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`,
    }));
    const archive = [
      ...published,
      { id: first?.[0] ?? '', published: '2026-10-30T00:00:00Z' },
      { id: second?.[0] ?? '', published: '2026-10-30T00:00:00Z' },
    ];
    const before = assignStoryKeys(archive).keys;
    const arrivals = [
      { id: first?.[1] ?? '', published: '2026-11-01T00:00:00Z' },
      { id: second?.[1] ?? '', published: '2026-11-02T00:00:00Z' },
      ...Array.from({ length: 30 }, (_, i) => ({ id: `new-${i}`, published: '2026-11-03T00:00:00Z' })),
    ];
    const after = assignStoryKeys([...arrivals, ...archive]).keys;
    for (const [id, key] of before) expect(after.get(id), id).toBe(key);
    expect(new Set(after.values()).size).toBe(after.size);
  });

  it('rank an undated story after every dated one', () => {
    const { keys } = assignStoryKeys([{ id: LATER.id }, EARLIER]);
    expect(keys.get(EARLIER.id)).toBe(shortKey(EARLIER.id));
  });

  it('are found at the end of a slug, short or long, and nowhere else', () => {
    const long = longKey(LATER.id);
    expect(keyOfSlug(`allotment-society-opens-a-seed-library-${shortKey(EARLIER.id)}`)).toBe(shortKey(EARLIER.id));
    expect(keyOfSlug(`ferry-crews-trial-${long}`)).toBe(long);
    expect(keyOfSlug(long)).toBe(long);
    expect(keyOfSlug(`a-${long}-2`)).toBe(`${long}-2`);
    for (const key of [shortKey('a'), long]) expect(key).toMatch(STORY_KEY);
    for (const bad of ['', 'headline', 'headline-abc', 'headline-ABCDEFG', 'headline-abcdefgh', `x-${shortKey('a')}-`])
      expect(keyOfSlug(bad), bad).toBe('');
  });
});
