import { describe, expect, it } from 'vitest';
import type { ListPageDoc } from '@/feed/types';
import { feed, item } from '../../tests/fixtures/feeds';
import { deriveArchive } from './derive-archive';
import { readEdition } from './edition-artifacts';
import { summarizer } from './summaries';
import { DOCUMENT_FORMAT } from '@/config/site-rules.js';

const json = feed([
  item({ id: 'dec', date_published: '2026-12-01T08:00:00Z' }),
  item({ id: 'late', date_published: '2026-11-30T23:30:00Z' }),
  item({ id: 'early', date_published: '2026-11-30T06:00:00Z' }),
  item({ id: 'old', date_published: '2026-11-02T12:00:00Z' }),
  item({ id: 'undated', date_published: 'someday' }),
]);
const derived = deriveArchive(readEdition('en', JSON.stringify(json), 'en.json'), summarizer('en'));
const doc = (path: string): unknown => JSON.parse(derived.artifacts.find((a) => a.path === path)?.contents ?? 'null');

describe('the archive', () => {
  it('lists the days that have stories, newest first, by month, with their counts', () => {
    expect(doc('/data/en/archive.json')).toEqual({
      format: DOCUMENT_FORMAT,
      kind: 'archive',
      months: [
        { month: '2026-12', days: [{ day: '2026-12-01', count: 1 }] },
        {
          month: '2026-11',
          days: [
            { day: '2026-11-30', count: 2 },
            { day: '2026-11-02', count: 1 },
          ],
        },
      ],
    });
  });

  it('gives each day its stories and the days beside it, on one page of its own', () => {
    const day = doc('/data/en/days/2026-11-30.json') as ListPageDoc;
    expect(day).toMatchObject({ kind: 'list-page', page: 'latest', newer: null, older: null, newerDay: '2026-12-01', olderDay: '2026-11-02' });
    expect(day.items.map((a) => a.id)).toEqual(['late', 'early']);
    expect(doc('/data/en/days/2026-12-01.json')).not.toHaveProperty('newerDay');
    expect(doc('/data/en/days/2026-11-02.json')).not.toHaveProperty('olderDay');
    expect(derived.pages).toEqual(['/en/archive/2026-12-01/', '/en/archive/2026-11-30/', '/en/archive/2026-11-02/']);
  });

  it('leaves undated stories out of every day', () => {
    const ids = derived.artifacts.filter((a) => a.path.includes('/days/')).flatMap((a) => (JSON.parse(a.contents) as ListPageDoc).items.map((i) => i.id));
    expect(ids).not.toContain('undated');
    expect(ids).toHaveLength(4);
  });
});
