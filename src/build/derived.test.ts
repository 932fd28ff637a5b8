import { describe, expect, it } from 'vitest';
import { DOCUMENT_FORMAT } from '@/config/site-rules.js';
import { combine, jsonDocument } from './derived';

describe('derived documents and pages', () => {
  it('write a document as compact JSON at its path, stamped with the format this build writes', () => {
    expect(jsonDocument('/data/en/x.json', { kind: 'x', items: [1, 2] })).toEqual({
      path: '/data/en/x.json',
      contents: `{"format":${DOCUMENT_FORMAT},"kind":"x","items":[1,2]}`,
    });
  });

  it('combine steps in their order', () => {
    const a = { artifacts: [jsonDocument('/a', { n: 1 })], pages: ['/a/'] };
    const b = { artifacts: [], pages: ['/b/'], carried: ['/b'] };
    const c = { artifacts: [jsonDocument('/c', { n: 3 })], pages: [] };
    expect(combine(a, b, c)).toEqual({
      artifacts: [
        { path: '/a', contents: `{"format":${DOCUMENT_FORMAT},"n":1}` },
        { path: '/c', contents: `{"format":${DOCUMENT_FORMAT},"n":3}` },
      ],
      pages: ['/a/', '/b/'],
      carried: ['/b'],
    });
  });
});
