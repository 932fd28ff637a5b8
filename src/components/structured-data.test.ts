import { describe, expect, it } from 'vitest';
import { buildSite } from '@/build/edition-artifacts';
import type { ArticleDoc } from '@/feed/types';
import { feed, item } from '../../tests/fixtures/feeds';
import { newsArticle, structuredDataJson } from './structured-data';
import type { SiteMeta } from './site-meta';

const site: SiteMeta = { siteUrl: 'https://news.example', siteName: 'Meridian', editions: ['en'] };

/** The article document the build writes for one story with no image, author or update. */
function articleDoc(): ArticleDoc {
  const story = item({ id: 'a1', title: 'Tide tables', summary: 'When the water comes.', date_published: '2026-11-30T08:00:00Z', authors: [] });
  const built = buildSite({ en: [JSON.stringify(feed([story])), 'en.json'] }, (html) => html);
  return JSON.parse(built.artifacts.find((a) => a.path.startsWith('/data/en/articles/'))?.contents ?? '{}') as ArticleDoc;
}
const story = (doc: ArticleDoc) => newsArticle(site, { doc, lang: 'en', path: '/en/news/tide-tables' });

describe('a story’s NewsArticle', () => {
  it('gives its first publication as its last change when it was never updated, and no image or logo it does not have', () => {
    const data = story(articleDoc());
    expect(data).toMatchObject({
      headline: 'Tide tables',
      datePublished: '2026-11-30T08:00:00.000Z',
      dateModified: '2026-11-30T08:00:00.000Z',
      author: [],
    });
    expect(data).not.toHaveProperty('image');
    expect(data).not.toHaveProperty('publisher.logo');
    expect(data).not.toHaveProperty('correction');
  });

  it('carries each correction the story’s document names as a CorrectionComment', () => {
    const doc = articleDoc();
    const corrections = [{ date: '2026-11-30T12:00:00.000Z', dateLabel: '30 November 2026 at 12:00', text: 'An earlier version gave the wrong tide.' }];
    const article = { ...doc.article, corrections };
    expect(story({ ...doc, article }).correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2026-11-30T12:00:00.000Z', text: 'An earlier version gave the wrong tide.' },
    ]);
  });

  it('can never close its script: "<" is written as \\u003c', () => {
    const doc = articleDoc();
    const hostile = { ...doc, article: { ...doc.article, title: '</script><script>alert(1)</script>' } };
    const json = structuredDataJson([story(hostile)]);
    expect(json).not.toContain('<');
    expect((JSON.parse(json) as { '@graph': { headline: string }[] })['@graph'][0]?.headline).toBe('</script><script>alert(1)</script>');
  });
});
