import { LIVE_SIZE } from '@/config/site-rules.js';
import { parseFeed } from '@/feed/parse-feed';
import type { Edition, LiveDoc } from '@/feed/types';
import { feed, item } from '../../tests/fixtures/feeds';
import { deriveLive } from './derive-live';

function edition(items: ReturnType<typeof item>[]): Edition {
  const result = parseFeed(feed(items), 'en');
  if (!result.ok) throw new Error('test feed did not parse');
  return result.edition;
}

describe('the document open pages check for news', () => {
  it('lists the newest stories, newest first, with their keys, sections and dates only', () => {
    const e = edition([
      item({ id: 'older', date_published: '2026-11-01T08:00:00Z' }),
      item({ id: 'newer', date_published: '2026-11-02T08:00:00Z', _news: { section: 'world' } }),
    ]);
    const [artifact] = deriveLive(e).artifacts;
    expect(artifact?.path).toBe('/data/en/live.json');
    const doc = JSON.parse(artifact?.contents ?? '{}') as LiveDoc;
    expect(doc.kind).toBe('live');
    expect(doc.stories.map((s) => s.id)).toEqual(['newer', 'older']);
    expect(doc.stories[0]).toEqual({ id: 'newer', key: e.articles[0]?.key, sectionId: 'world', published: '2026-11-02T08:00:00.000Z' });
  });

  it('stays small however large the archive', () => {
    const e = edition(Array.from({ length: LIVE_SIZE + 40 }, (_, i) => item({ id: `s${i}` })));
    const [artifact] = deriveLive(e).artifacts;
    expect((JSON.parse(artifact?.contents ?? '{}') as LiveDoc).stories).toHaveLength(LIVE_SIZE);
    expect(artifact?.contents.length).toBeLessThan(8_000);
  });
});
