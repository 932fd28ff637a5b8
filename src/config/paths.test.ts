import { describe, expect, it } from 'vitest';
import { renderedAddress } from './site-rules.js';

describe('the address a prerendered page stands for', () => {
  it('ignores tracking parameters, which do not change the page', () => {
    expect(renderedAddress('/en/world/storm-warnings-abc', '?utm_source=newsletter&utm_medium=email')).toBe('/en/world/storm-warnings-abc');
    expect(renderedAddress('/en/', '')).toBe('/en/');
  });

  it('keeps the page number, which does', () => {
    expect(renderedAddress('/en/news/', '?page=2&utm_source=x')).toBe('/en/news/?page=2');
  });
});
