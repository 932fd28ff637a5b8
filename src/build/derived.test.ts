import { describe, expect, it } from 'vitest';
import { combine, jsonDocument } from './derived';

describe('derived documents and pages', () => {
  it('write a document as compact JSON at its path', () => {
    expect(jsonDocument('/data/en/x.json', { kind: 'x', items: [1, 2] })).toEqual({ path: '/data/en/x.json', contents: '{"kind":"x","items":[1,2]}' });
  });

  it('combine steps in their order', () => {
    const a = { artifacts: [jsonDocument('/a', 1)], pages: ['/a/'] };
    const b = { artifacts: [], pages: ['/b/'] };
    const c = { artifacts: [jsonDocument('/c', 3)], pages: [] };
    expect(combine(a, b, c)).toEqual({
      artifacts: [
        { path: '/a', contents: '1' },
        { path: '/c', contents: '3' },
      ],
      pages: ['/a/', '/b/'],
    });
  });
});
