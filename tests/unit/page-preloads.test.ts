import { describe, expect, it } from 'vitest';
import { pagePreloads } from '../../scripts/render-pages.mjs';

const manifest = {
  'src/main.tsx': { file: 'assets/index-a.js', imports: ['_app-b.js'] },
  '_app-b.js': { file: 'assets/app-b.js' },
  'src/routes/article-page.tsx': { file: 'assets/article-page-c.js', imports: ['_app-b.js', '_share-d.js'] },
  '_share-d.js': { file: 'assets/share-d.js', imports: ['_app-b.js'] },
};
const shell =
  '<template id="app-code"><script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" crossorigin href="/assets/app-b.js"></template>';

describe('a prerendered page’s own preloads', () => {
  it('preloads the route’s chunk and what it imports, but nothing the app already loads', () => {
    expect(pagePreloads(manifest, ['src/routes/article-page.tsx'], shell)).toBe(
      '<link rel="modulepreload" crossorigin href="/assets/article-page-c.js"><link rel="modulepreload" crossorigin href="/assets/share-d.js">',
    );
  });

  it('adds nothing for a page without a route chunk', () => {
    expect(pagePreloads(manifest, [], shell)).toBe('');
  });

  it('fails the build for a module the manifest does not know, instead of preloading nothing', () => {
    expect(() => pagePreloads(manifest, ['src/routes/unknown.tsx'], shell)).toThrow(/unknown\.tsx is not in Vite's manifest/);
  });
});
