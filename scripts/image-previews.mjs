// Link previews for the images the site ships (dist/images, from public/images). Social apps and
// messengers show a page's og:image, and they read neither SVG nor AVIF: each story image, the
// demo's SVG drawings included (sharp rasterizes them), gets one 1200×630 JPEG, cover-cropped, the
// size Open Graph and large cards ask for. The site's icon (favicon.svg) becomes the 512×512 PNG
// logo that structured data names as the publisher's. Images on other hosts are used as they are.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import sharp from 'sharp';

/** Under <outDir>/images: scripts/image-variants.mjs leaves this folder alone. */
const PREVIEWS_FOLDER = 'previews';
const PREVIEW_SIZE = /** @type {const} */ ({ width: 1200, height: 630 });
const LOGO_SIZE = 512;
const IMAGE = /\.(svg|jpe?g|png|webp|avif|gif)$/i;

function imageFiles(dir, skip) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return skip.includes(path) ? [] : imageFiles(path, skip);
      return IMAGE.test(entry.name) ? [path] : [];
    });
}

/**
 * The image, ready to be resized to fill width × height: a drawing is drawn at the density that
 * fills the box (not drawn small and enlarged), a photo is turned the way its camera says.
 */
async function source(file, width, height) {
  if (!/\.svg$/i.test(file)) return sharp(file).rotate();
  const { width: w = width, height: h = height } = await sharp(file).metadata();
  const density = Math.min(2400, Math.ceil(72 * Math.max(width / w, height / h)));
  return sharp(file, { density });
}

const isFresh = (target, file) => existsSync(target) && statSync(target).mtimeMs >= statSync(file).mtimeMs;

/**
 * Writes the previews into <outDir>/images/previews and returns, for each image's site path
 * ("/images/harbour.svg"), its preview's address and size; and the publisher's logo, made from
 * <outDir>/favicon.svg (null without one). A preview newer than its image is kept as it is.
 * @param {string} outDir
 * @returns {Promise<{ previews: Record<string, { url: string; width: number; height: number }>, logo: { url: string; width: number; height: number } | null }>}
 */
export async function makeImagePreviews(outDir) {
  const imagesDir = join(outDir, 'images');
  const previewsDir = join(imagesDir, PREVIEWS_FOLDER);
  const { width, height } = PREVIEW_SIZE;
  const previews = {};
  const names = new Set();
  for (const file of imageFiles(imagesDir, [previewsDir, join(imagesDir, 'variants')])) {
    const stem = relative(imagesDir, file).slice(0, -extname(file).length).replaceAll('/', '--');
    // harbour.svg and harbour.png would both be harbour-1200x630.jpg: the second one says its type.
    const base = names.has(stem) ? `${stem}-${extname(file).slice(1).toLowerCase()}` : stem;
    names.add(base);
    const name = `${base}-${width}x${height}.jpg`;
    const target = join(previewsDir, name);
    mkdirSync(previewsDir, { recursive: true });
    if (!isFresh(target, file)) {
      const image = await source(file, width, height);
      // JPEG has no transparency: a drawing's transparent parts are white, as on the page.
      await image
        .resize(width, height, { fit: 'cover', position: 'centre' })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 82, progressive: true, mozjpeg: true })
        .toFile(target);
    }
    previews[`/${relative(outDir, file).split('\\').join('/')}`] = { url: `/images/${PREVIEWS_FOLDER}/${name}`, width, height };
  }

  const icon = join(outDir, 'favicon.svg');
  let logo = null;
  if (existsSync(icon)) {
    const name = `logo-${LOGO_SIZE}x${LOGO_SIZE}.png`;
    const target = join(previewsDir, name);
    mkdirSync(previewsDir, { recursive: true });
    if (!isFresh(target, icon))
      await (
        await source(icon, LOGO_SIZE, LOGO_SIZE)
      )
        .resize(LOGO_SIZE, LOGO_SIZE, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
        .png()
        .toFile(target);
    logo = { url: `/images/${PREVIEWS_FOLDER}/${name}`, width: LOGO_SIZE, height: LOGO_SIZE };
  }
  return { previews, logo };
}
