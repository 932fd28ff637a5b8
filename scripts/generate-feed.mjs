// Writes a large synthetic edition (default 10,000 stories) for the scale benchmark. The text is
// generated filler of our own, clearly marked as such.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [, , outDir = '.bench/feeds', countArg = '10000'] = process.argv;
const count = Number(countArg);
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
const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Meridian',
  _news: {
    sections: SECTIONS.map((id, i) => ({ id, title: TITLES[i] })),
    now_reading: ['bench-3', 'bench-9', 'bench-27'],
    popular: ['bench-1', 'bench-5', 'bench-8'],
  },
  items,
};
writeFileSync(join(outDir, 'en.json'), JSON.stringify(feed));
console.log(`wrote ${count} stories to ${join(outDir, 'en.json')}`);
