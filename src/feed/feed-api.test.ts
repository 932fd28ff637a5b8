import { DOCUMENT_FORMAT } from '@/config/site-rules.js';
import { fetchFront, fetchList } from './feed-api';
import { FeedFailure } from './types';

const front = (format: unknown) => JSON.stringify({ format, kind: 'front', blocks: [], unsectioned: [], total: 0 });

/** Answers each request in turn, and records how each asked. */
function answer(...bodies: string[]) {
  const modes: (RequestCache | undefined)[] = [];
  vi.stubGlobal('fetch', (_url: string, init?: RequestInit) => {
    modes.push(init?.cache);
    return Promise.resolve(new Response(bodies.shift() ?? 'not found', { status: 200 }));
  });
  return modes;
}

describe('a derived document', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('of the format this page reads is used as it comes', async () => {
    const modes = answer(front(DOCUMENT_FORMAT));
    await expect(fetchFront('en')).resolves.toMatchObject({ kind: 'front', total: 0 });
    expect(modes).toEqual(['default']);
  });

  it('of another format, kept by a cache, is asked again of the network past every cache', async () => {
    const modes = answer(front(DOCUMENT_FORMAT - 1), front(DOCUMENT_FORMAT));
    await expect(fetchFront('en')).resolves.toMatchObject({ kind: 'front' });
    expect(modes).toEqual(['default', 'reload']);
  });

  it('that stays in another format, or has none, is an invalid-feed failure (the retry page), not a crash', async () => {
    answer(front(undefined), front(undefined));
    const failure = await fetchFront('en').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FeedFailure);
    expect((failure as FeedFailure).problem).toMatchObject({ kind: 'invalid-feed' });
  });
});

describe('a list page’s document', () => {
  afterEach(() => vi.unstubAllGlobals());
  const list = (page: unknown) => JSON.stringify({ format: DOCUMENT_FORMAT, kind: 'list-page', items: [], page, newer: null, older: null });

  it('is read from latest.json for the list’s own page and from <k>.json for chunk k', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return Promise.resolve(new Response(url.endsWith('/latest.json') ? list('latest') : list(1), { status: 200 }));
    });
    await expect(fetchList('en', { type: 'news' }, 'latest')).resolves.toMatchObject({ page: 'latest' });
    await expect(fetchList('en', { type: 'section', id: 'world' }, 1)).resolves.toMatchObject({ page: 1 });
    expect(asked).toEqual(['/data/en/news/latest.json', '/data/en/sections/world/1.json']);
  });

  it('that names another page is damaged: it would show other stories at this address', async () => {
    answer(list('latest'));
    const failure = await fetchList('en', { type: 'news' }, 1).catch((error: unknown) => error);
    expect((failure as FeedFailure).problem).toMatchObject({ kind: 'invalid-feed' });
  });
});
