import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoFeed, feed, item } from '../../tests/fixtures/feeds';
import { renderRoute, serveFeeds } from '../../tests/render-route';

const LEAD_URL = '/en/world/harbour-towns-agree-to-share-storm-warnings-';

async function openLead() {
  serveFeeds({ en: demoFeed() });
  const { router } = renderRoute('/en/');
  const lead = await screen.findByRole('region', { name: 'Lead story' });
  const link = within(lead).getByRole('link', { name: 'Harbour towns agree to share storm warnings' });
  const href = link.getAttribute('href') ?? '';
  expect(href.startsWith(LEAD_URL)).toBe(true);
  await router.navigate(href);
  await screen.findByRole('heading', { level: 1, name: 'Harbour towns agree to share storm warnings' });
  return { router, href };
}

describe('the article page', () => {
  it('shows the headline, lead, section label and body sub-headings', async () => {
    await openLead();
    const article = screen.getByRole('article', { name: 'Harbour towns agree to share storm warnings' });
    expect(within(article).getByText('Eleven towns will pass warnings to each other within five minutes.')).toBeInTheDocument();
    expect(within(article).getByRole('link', { name: 'World' })).toHaveAttribute('href', '/en/world/');
    expect(within(article).getByRole('heading', { level: 2, name: 'What happens next' })).toBeInTheDocument();
  });

  it('links each author to their page and shows the editor under the byline', async () => {
    await openLead();
    expect(screen.getByRole('link', { name: 'Daniel Reyes' })).toHaveAttribute('href', '/en/authors/daniel-reyes/');
    expect(screen.getByRole('link', { name: 'Mira Holt' })).toHaveAttribute('href', '/en/authors/mira-holt/');
    expect(screen.getByText('Editor: Ruth Calder')).toBeInTheDocument();
  });

  it('gives published and updated dates as machine-readable times', async () => {
    await openLead();
    const times = screen.getByRole('article', { name: 'Harbour towns agree to share storm warnings' }).querySelectorAll('.article-dates time');
    expect([...times].map((t) => t.getAttribute('datetime'))).toEqual(['2026-11-28T09:00:00.000Z', '2026-11-28T11:30:00.000Z']);
    expect(screen.getByText('28 November 2026 at 09:00')).toBeInTheDocument();
  });

  it('shows the photo with its size, caption, credit and licence link', async () => {
    await openLead();
    const photo = screen.getByRole('img', { name: 'A tide gauge on a harbour wall.' });
    expect(photo).toHaveAttribute('width', '1200');
    expect(photo).toHaveAttribute('height', '675');
    expect(screen.getByText('Credit: Meridian graphics desk')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Licence: CC BY 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  });

  it('sets the document title and lists the tags', async () => {
    await openLead();
    expect(document.title).toBe('Harbour towns agree to share storm warnings — Meridian');
    expect(screen.getByText('storms')).toBeInTheDocument();
  });

  it('marks video stories', async () => {
    serveFeeds({ en: demoFeed() });
    const { router } = renderRoute('/en/world/');
    const [link] = await screen.findAllByRole('link', { name: 'Mountain pass reopens after landslide' });
    await router.navigate(link?.getAttribute('href') ?? '');
    const article = await screen.findByRole('article', { name: 'Mountain pass reopens after landslide' });
    expect(within(article).getByText('Video')).toBeInTheDocument();
  });

  it('never repeats the story being read in the rails', async () => {
    await openLead();
    const rails = screen.getByRole('complementary', { name: 'More stories' });
    expect(within(rails).queryByRole('link', { name: 'Harbour towns agree to share storm warnings' })).not.toBeInTheDocument();
    expect(within(rails).getByRole('region', { name: 'Popular' })).toBeInTheDocument();
  });

  it('redirects an outdated slug to the canonical address', async () => {
    const { router, href } = await openLead();
    const hash = href.slice(href.lastIndexOf('-') + 1);
    await router.navigate(`/en/news/old-headline-${hash}`);
    await screen.findByRole('heading', { level: 1, name: 'Harbour towns agree to share storm warnings' });
    expect(router.state.location.pathname).toBe(href);
  });

  it('shows a not-found page for an unknown story', async () => {
    serveFeeds({ en: demoFeed() });
    renderRoute('/en/world/no-such-story-zzzzzzz');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/en/');
  });

  it('renders feed HTML without its scripts or handlers', async () => {
    serveFeeds({
      en: feed([
        item({
          id: 'x',
          title: 'A story with hostile markup',
          content_html: '<p onclick="alert(1)">Safe text</p><script>window.hacked = true</script><a href="javascript:alert(1)">bad link</a>',
        }),
      ]),
    });
    const { router } = renderRoute('/en/news/');
    const [link] = await screen.findAllByRole('link', { name: 'A story with hostile markup' });
    await router.navigate(link?.getAttribute('href') ?? '');
    const text = await screen.findByText('Safe text');
    expect(text).not.toHaveAttribute('onclick');
    expect(document.querySelector('.article-body script')).toBeNull();
    expect(screen.getByText('bad link')).not.toHaveAttribute('href');
  });
});

describe('two stories whose ids share a short key', () => {
  // A real pair, found by scripts/find-key-collisions.mjs.
  const stories = [
    item({ id: 'en-c612382', title: 'Ferry crews trial a quieter engine', date_published: '2026-11-24T19:40:00Z', _news: { section: 'world' } }),
    item({ id: 'en-c449599', title: 'Allotment society opens a seed library', date_published: '2026-11-20T08:15:00Z', _news: { section: 'world' } }),
  ];

  it('are each readable at their own address', async () => {
    serveFeeds({ en: feed(stories) });
    const { router } = renderRoute('/en/world/');
    const hrefOf = async (name: string) => {
      const links = await screen.findAllByRole('link', { name });
      const hrefs = new Set(links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.size).toBe(1); // The list and the rails agree on the story's address.
      return [...hrefs][0] ?? '';
    };
    const ferryHref = await hrefOf('Ferry crews trial a quieter engine');
    const allotmentHref = await hrefOf('Allotment society opens a seed library');
    expect(ferryHref).not.toBe(allotmentHref);
    // The story published first keeps the short key; the later one has the long key.
    expect(allotmentHref).toMatch(/-[0-9a-z]{7}$/);
    expect(ferryHref).toMatch(/-[0-9a-z]{14}$/);

    await router.navigate(ferryHref);
    await screen.findByRole('heading', { level: 1, name: 'Ferry crews trial a quieter engine' });
    expect(router.state.location.pathname).toBe(ferryHref);
    await router.navigate(allotmentHref);
    await screen.findByRole('heading', { level: 1, name: 'Allotment society opens a seed library' });
    expect(router.state.location.pathname).toBe(allotmentHref);
  });
});

describe('a corrected story', () => {
  async function openStory(lang: 'en' | 'ru', story: Record<string, unknown>, title: string) {
    serveFeeds({ [lang]: feed([item({ title, date_published: '2026-11-28T08:30:00Z', ...story })]) });
    const { router } = renderRoute(`/${lang}/news/`);
    const [link] = await screen.findAllByRole('link', { name: title });
    await router.navigate(link?.getAttribute('href') ?? '');
    return screen.findByRole('article', { name: title });
  }

  it('says what was corrected and when, above the text, in English', async () => {
    const article = await openStory(
      'en',
      {
        content_html: '<p>The reading rooms stay open until 22:00 on weekdays.</p>',
        _news: { corrections: [{ date: '2026-11-28T14:40:00Z', text: 'An earlier version said the later hours applied at weekends too.' }] },
      },
      'Libraries stay open later',
    );
    const note = within(article).getByRole('note', { name: 'Correction' });
    expect(within(note).getByText('An earlier version said the later hours applied at weekends too.')).toBeInTheDocument();
    expect(within(note).getByText('28 November 2026 at 14:40')).toHaveAttribute('datetime', '2026-11-28T14:40:00.000Z');
    const body = within(article).getByText('The reading rooms stay open until 22:00 on weekdays.');
    expect(note.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The correction is the story's latest change.
    expect(within(article).getAllByText('28 November 2026 at 14:40')).toHaveLength(2);
  });

  it('lists several corrections oldest first under one heading', async () => {
    const article = await openStory(
      'en',
      {
        _news: {
          corrections: [
            { date: '2026-11-29T09:15:00Z', text: 'The councillor’s name is Derek Hollins.' },
            { date: '2026-11-28T14:40:00Z', text: 'The hours change on 1 December.' },
          ],
        },
      },
      'Council debates the library budget',
    );
    const note = within(article).getByRole('note', { name: 'Corrections' });
    const entries = within(note).getAllByRole('listitem');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      '28 November 2026 at 14:40The hours change on 1 December.',
      '29 November 2026 at 09:15The councillor’s name is Derek Hollins.',
    ]);
  });

  it('says what was corrected and when in Russian', async () => {
    const article = await openStory(
      'ru',
      { _news: { corrections: [{ date: '2026-11-28T14:40:00Z', text: 'В первой версии говорилось, что новый график действует и в выходные.' }] } },
      'Библиотеки будут работать дольше',
    );
    const note = within(article).getByRole('note', { name: 'Исправление' });
    expect(within(note).getByText('В первой версии говорилось, что новый график действует и в выходные.')).toBeInTheDocument();
    expect(within(note).getByText('28 ноября 2026 г. в 14:40')).toHaveAttribute('datetime', '2026-11-28T14:40:00.000Z');
  });

  it('shows no correction notice on a story that has none', async () => {
    const article = await openStory('en', {}, 'A story told right the first time');
    expect(within(article).queryByRole('note')).not.toBeInTheDocument();
  });
});
