import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { deriveRails } from '@/build/derive-rails';
import { readEdition } from '@/build/edition-artifacts';
import { summarizer } from '@/build/summaries';
import { RAIL_SIZES } from '@/config/site-rules.js';
import { railsQuery } from '@/feed/feed-queries';
import type { RailsDoc } from '@/feed/types';
import { I18nProvider } from '@/i18n/i18n-context';
import { en } from '@/i18n/messages/en';
import { feed, item, SECTIONS } from '../../tests/fixtures/feeds';
import { EditionRails } from './edition-rails';

/** The rails document the build writes for an edition with more stories than any rail shows. */
function railsDocument(): RailsDoc {
  const items = Array.from({ length: 14 }, (_, i) =>
    item({
      id: `r${i + 1}`,
      title: `Rail story ${i + 1}`,
      date_published: `2026-11-${String(28 - i).padStart(2, '0')}T10:00:00Z`,
      _news: { section: i < 7 ? 'opinion' : 'world' },
    }),
  );
  const ids = items.map((story) => String(story.id));
  const edition = readEdition(
    'en',
    JSON.stringify(feed(items, { sections: SECTIONS, now_reading: ids.slice(0, 8), popular: ids.slice(0, 8) })),
    'en.json',
  );
  return JSON.parse(deriveRails(edition, summarizer('en')).artifacts[0]?.contents ?? '{}') as RailsDoc;
}

function renderRails(excludeId?: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  queryClient.setQueryData(railsQuery('en').queryKey, railsDocument());
  render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider lang="en" messages={en}>
        <MemoryRouter>
          <EditionRails lang="en" sections={SECTIONS} {...(excludeId ? { excludeId } : {})} />
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return screen.getByRole('complementary', { name: 'More stories' });
}

const RAILS = [
  ['Now reading', RAIL_SIZES.nowReading],
  ['Popular', RAIL_SIZES.popular],
  ['Opinion', RAIL_SIZES.opinion],
  ['Latest', RAIL_SIZES.latest],
] as const;

describe('the rails beside a story', () => {
  it.each(RAILS)('do not list the story being read in “%s”, and still show its %i stories', (name, size) => {
    const rails = renderRails('r1');
    const rail = within(rails).getByRole('region', { name });
    expect(within(rail).queryByRole('link', { name: 'Rail story 1' })).not.toBeInTheDocument();
    expect(within(rail).getAllByRole('listitem')).toHaveLength(size);
  });

  it.each(RAILS)('show “%s” in full, %i stories, on a page that is not a story', (name, size) => {
    const rails = renderRails();
    const rail = within(rails).getByRole('region', { name });
    expect(within(rail).getByRole('link', { name: 'Rail story 1' })).toBeInTheDocument();
    expect(within(rail).getAllByRole('listitem')).toHaveLength(size);
  });
});

describe('the rails in the prerendered HTML', () => {
  /** What the prerender writes for the rails, with their document already loaded. */
  function prerendered(props: { prerendered?: boolean }) {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    queryClient.setQueryData(railsQuery('en').queryKey, railsDocument());
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(
      <QueryClientProvider client={queryClient}>
        <I18nProvider lang="en" messages={en}>
          <MemoryRouter>
            <EditionRails lang="en" sections={SECTIONS} {...props} />
          </MemoryRouter>
        </I18nProvider>
      </QueryClientProvider>,
    );
    return within(container).getByRole('complementary', { name: 'More stories' });
  }

  it('leaves them out beside a story, so a new story does not change every page of the archive', () => {
    const rails = prerendered({});
    expect(within(rails).queryByRole('region', { name: 'Latest' })).not.toBeInTheDocument();
    expect(rails).toHaveAttribute('aria-busy', 'true');
  });

  it('keeps them on a front, which every publish writes anyway', () => {
    const rails = prerendered({ prerendered: true });
    expect(within(rails).getByRole('region', { name: 'Latest' })).toBeInTheDocument();
  });
});
