// Writes a large synthetic edition (default 10,000 stories) for the scale benchmark. The text is
// generated filler of our own, clearly marked as such.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Usage: node scripts/generate-feed.mjs [dir] [count] [pages]: with pages > 1 the edition is split
// over that many JSON Feed documents chained by next_url (en.json, en-2.json, …), as a big archive is.
const [, , outDir = '.bench/feeds', countArg = '10000', pagesArg = '1'] = process.argv;
const count = Number(countArg);
const pages = Math.max(1, Number(pagesArg));
const SECTIONS = ['world', 'russia', 'society', 'opinion', 'science', 'sport', 'incidents', 'business'];
const TITLES = ['World', 'Russia', 'Society', 'Opinion', 'Science', 'Sport', 'Incidents', 'Business'];
const AUTHORS = ['Daniel Reyes', 'Anna Kovalenko', 'Mira Holt', 'Pavel Sokolov', 'Lena Brandt', 'Tomás Alvarez', 'Sofia Marques', 'Ivan Petrov'];
const WORDS =
  'harbour council river station market bridge winter report schedule village museum transport research signal coast harvest library ferry orchestra'.split(
    ' ',
  );

function words(seed, n) {
  return Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(' ');
}

const start = Date.UTC(2026, 10, 28, 22);
const items = Array.from({ length: count }, (_, i) => {
  const section = SECTIONS[i % SECTIONS.length];
  const paragraphs = Array.from({ length: 6 }, (_, p) => `<p>Synthetic benchmark text ${i}.${p}: ${words(i + p, 40)}.</p>`);
  paragraphs.splice(3, 0, `<h2>Part two of story ${i}</h2>`);
  return {
    id: `bench-${i}`,
    title: `Benchmark story ${i}: ${words(i, 6)}`,
    summary: `A generated summary for benchmark story ${i}: ${words(i + 3, 18)}.`,
    content_html: paragraphs.join(''),
    date_published: new Date(start - i * 47 * 60_000).toISOString(),
    authors: [{ name: AUTHORS[i % AUTHORS.length] }],
    image: `/images/story-${String((i % 40) + 1).padStart(3, '0')}.svg`,
    _news: { section, editor: 'Ruth Calder', image_caption: `Illustration for benchmark story ${i}.` },
  };
});
mkdirSync(outDir, { recursive: true });
const perPage = Math.ceil(count / pages);
for (let page = 0; page < pages; page++) {
  const name = (n) => (n === 0 ? 'en.json' : `en-${n + 1}.json`);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Meridian',
    _news: {
      sections: SECTIONS.map((id, i) => ({ id, title: TITLES[i] })),
      now_reading: ['bench-3', 'bench-9', 'bench-27'],
      popular: ['bench-1', 'bench-5', 'bench-8'],
    },
    items: items.slice(page * perPage, (page + 1) * perPage),
    ...(page + 1 < pages ? { next_url: name(page + 1) } : {}),
  };
  writeFileSync(join(outDir, name(page)), JSON.stringify(feed));
}
console.log(`wrote ${count} stories to ${join(outDir, 'en.json')}${pages > 1 ? ` and ${pages - 1} more documents chained by next_url` : ''}`);
