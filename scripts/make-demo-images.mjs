// Draws the demo editions' illustrations: abstract, seeded SVG scenes in each section's palette.
// Our own artwork, regenerated with `node scripts/make-demo-images.mjs` (writes public/images/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const PALETTES = {
  world: ['#0b3d5c', '#1f6f8b', '#99d6ea', '#f2e8cf'],
  russia: ['#3d2c5c', '#7c5295', '#d8b4e2', '#f7f0e6'],
  society: ['#6b2d2d', '#b5543c', '#f2b880', '#fdf1e1'],
  opinion: ['#2f3e46', '#52796f', '#cad2c5', '#f4f1ea'],
  science: ['#102a43', '#2d6a8f', '#7fd1b9', '#e9f5f2'],
  sport: ['#1b4332', '#2d9b5a', '#b7e4c7', '#f1faee'],
  incidents: ['#3a0f0f', '#a4161a', '#f4a261', '#fff3e0'],
  business: ['#283618', '#606c38', '#dda15e', '#fefae0'],
};

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return (s % 100000) / 100000;
  };
}

export function drawScene(key, section) {
  const [deep, mid, light, paper] = PALETTES[section] ?? PALETTES.world;
  const rnd = random([...key].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
  const W = 1200;
  const H = 675;
  const horizon = 380 + Math.round(rnd() * 120);
  const sunX = 150 + Math.round(rnd() * 900);
  const sunY = 110 + Math.round(rnd() * 160);
  const hills = [0, 1, 2]
    .map((layer) => {
      const base = horizon + layer * 70;
      let d = `M0 ${base}`;
      for (let x = 0; x <= W; x += 100) d += ` Q${x + 50} ${base - 40 - rnd() * 90} ${x + 100} ${base - rnd() * 30}`;
      return `<path d="${d} V${H} H0Z" fill="${[mid, deep, deep][layer]}" opacity="${[0.55, 0.8, 1][layer]}"/>`;
    })
    .join('');
  const shapes = Array.from({ length: 5 }, () => {
    const x = Math.round(rnd() * W);
    const w = 30 + Math.round(rnd() * 70);
    const h = 60 + Math.round(rnd() * 200);
    return `<rect x="${x}" y="${horizon - h + 40}" width="${w}" height="${h}" rx="4" fill="${deep}" opacity="0.35"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${paper}"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<circle cx="${sunX}" cy="${sunY}" r="${60 + Math.round(rnd() * 50)}" fill="${paper}" stroke="${mid}" stroke-width="6" opacity="0.9"/>
${shapes}${hills}
</svg>
`;
}

// Every story key of every bundled edition gets its picture (translations share one).
const stories = new Map();
for (const lang of ['en', 'ru', 'de', 'fr', 'pt', 'es']) {
  const feed = JSON.parse(readFileSync(new URL(`../public/feeds/${lang}.json`, import.meta.url), 'utf8'));
  for (const item of feed.items) {
    const match = /\/images\/(story-[\w-]+)\.svg$/.exec(item.image ?? '');
    if (match) stories.set(match[1], item._news?.section ?? 'world');
  }
}
mkdirSync(new URL('../public/images/', import.meta.url), { recursive: true });
for (const [name, section] of stories) {
  writeFileSync(new URL(`../public/images/${name}.svg`, import.meta.url), drawScene(name, section));
}
console.log(`wrote ${stories.size} illustrations`);
