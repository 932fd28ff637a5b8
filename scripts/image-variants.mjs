// Responsive images for the photos a site ships itself (dist/images, from public/images): each
// JPEG, PNG or WebP gets AVIF and WebP copies at a few widths, so a phone downloads a photo sized
// for its screen in a modern format. Vector art (SVG) is already resolution-free and stays as it
// is; photos on other hosts (a feed's https URLs) are theirs to size.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import sharp from 'sharp';

/** Widths in CSS pixels × density that phones, tablets and desktops ask for. */
const VARIANT_WIDTHS = [480, 960, 1440];
const RASTER = /\.(jpe?g|png|webp)$/i;
const FORMATS = [
  { ext: 'avif', type: 'image/avif', encode: (image) => image.avif({ quality: 50, effort: 4 }) },
  { ext: 'webp', type: 'image/webp', encode: (image) => image.webp({ quality: 72 }) },
];

function rasterFiles(dir, skip) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(path) ? [] : rasterFiles(path, skip);
    return RASTER.test(entry.name) ? [path] : [];
  });
}

/**
 * Writes the variants into <outDir>/images/variants and returns, for each photo's site path
 * ("/images/harbour.jpg"), its <source> sets. A variant newer than its photo is kept as it is.
 * @returns {Promise<Record<string, { type: string; srcset: string }[]>>}
 */
export async function makeImageVariants(outDir) {
  const imagesDir = join(outDir, 'images');
  const variantsDir = join(imagesDir, 'variants');
  const sources = {};
  // The build's own images (these copies, the link previews of scripts/image-previews.mjs) get none.
  for (const file of rasterFiles(imagesDir, [variantsDir, join(imagesDir, 'previews')])) {
    const { width = 0 } = await sharp(file).metadata();
    // Never upscale: a photo narrower than a width is offered at its own width instead.
    const widths = [...new Set(VARIANT_WIDTHS.map((w) => Math.min(w, width)))].filter((w) => w > 0);
    const stem = relative(imagesDir, file).slice(0, -extname(file).length).replaceAll('/', '--');
    const updated = statSync(file).mtimeMs;
    mkdirSync(variantsDir, { recursive: true });
    sources[`/${relative(outDir, file).split('\\').join('/')}`] = await Promise.all(
      FORMATS.map(async ({ ext, type, encode }) => {
        const entries = [];
        for (const w of widths) {
          const name = `${stem}-${w}.${ext}`;
          const target = join(variantsDir, name);
          if (!existsSync(target) || statSync(target).mtimeMs < updated) await encode(sharp(file).resize({ width: w })).toFile(target);
          entries.push(`/images/variants/${basename(name)} ${w}w`);
        }
        return { type, srcset: entries.join(', ') };
      }),
    );
  }
  return sources;
}
