import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter } from 'react-router-dom';
import { articlePath } from '@/config/paths';
import { buildSite } from '@/build/edition-artifacts';
import { createArticleSanitizer } from '@/feed/sanitize';
import { demoFeed, feed, item } from '../../tests/fixtures/feeds';
import { serveFeeds } from '../../tests/render-route';
import { prefetchPath } from './prefetch';
import { createRoutes } from './router';

async function setUp(edition: Record<string, unknown>) {
  const fetchMock = serveFeeds({ en: edition });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: ['/en/about'] });
  // What the page already open loaded is not what prefetching loads.
  await vi.waitFor(() => {
    expect(router.state.initialized).toBe(true);
  });
  fetchMock.mockClear();
  const requested = () => fetchMock.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input).replace(/^https?:\/\/[^/]+/, ''));
  return { router, requested };
}

/** The canonical address of a story as the build publishes it. */
function pathOf(edition: Record<string, unknown>, id: string): string {
  const site = buildSite({ en: [JSON.stringify(edition), 'en.json'] }, createArticleSanitizer(window));
  const doc = site.artifacts
    .filter((a) => a.path.startsWith('/data/en/articles/'))
    .map((a) => JSON.parse(a.contents) as { article: { id: string; slug: string; sectionId: string | null } })
    .find((d) => d.article.id === id);
  if (!doc) throw new Error(`no article ${id}`);
  return articlePath('en', doc.article);
}

describe('prefetching a link the reader is about to follow', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('loads the document of a story that lives under All news', async () => {
    const edition = feed([item({ id: 'loose', title: 'A story with no section' })]);
    const { router, requested } = await setUp(edition);
    const path = pathOf(edition, 'loose');
    expect(path).toMatch(/^\/en\/news\//);
    prefetchPath(router, path);
    await vi.waitFor(() => {
      expect(requested().some((url) => /^\/data\/en\/articles\/[0-9a-z]+\.json$/.test(url))).toBe(true);
    });
  });

  it('loads the page of a section list that the link names, not its own page', async () => {
    const items = Array.from({ length: 61 }, (_, i) => item({ id: `w${i}`, _news: { section: 'world' } }));
    const { router, requested } = await setUp(feed(items));
    prefetchPath(router, '/en/world/?page=2');
    await vi.waitFor(() => {
      expect(requested()).toContain('/data/en/sections/world/2.json');
    });
    expect(requested()).not.toContain('/data/en/sections/world/latest.json');
  });

  it('loads a story in a section with the rails it shows beside it', async () => {
    const edition = demoFeed();
    const { router, requested } = await setUp(edition);
    prefetchPath(router, pathOf(edition, 'lead'));
    await vi.waitFor(() => {
      expect(requested()).toContain('/data/en/rails.json');
    });
    expect(requested().some((url) => url.startsWith('/data/en/articles/'))).toBe(true);
  });

  it('leaves links to other sites alone', async () => {
    const { router, requested } = await setUp(demoFeed());
    prefetchPath(router, 'https://elsewhere.example/en/world/');
    expect(requested()).toEqual([]);
  });
});
