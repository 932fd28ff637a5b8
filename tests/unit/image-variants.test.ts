import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { makeImageVariants } from '../../scripts/image-variants.mjs';

describe('responsive copies of the photos the site ships', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'meridian-images-'));
    mkdirSync(join(out, 'images', 'desk'), { recursive: true });
    const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 130 } } });
    await photo(1600, 900)
      .jpeg()
      .toFile(join(out, 'images', 'harbour.jpg'));
    await photo(600, 338)
      .png()
      .toFile(join(out, 'images', 'desk', 'small.png'));
    writeFileSync(join(out, 'images', 'drawing.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>');
  });
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it('offers each photo as AVIF and then WebP at phone, tablet and desktop widths', async () => {
    const sources = await makeImageVariants(out);
    expect(sources['/images/harbour.jpg']).toEqual([
      {
        type: 'image/avif',
        srcset: '/images/variants/harbour-480.avif 480w, /images/variants/harbour-960.avif 960w, /images/variants/harbour-1440.avif 1440w',
      },
      {
        type: 'image/webp',
        srcset: '/images/variants/harbour-480.webp 480w, /images/variants/harbour-960.webp 960w, /images/variants/harbour-1440.webp 1440w',
      },
    ]);
    const { width, format } = await sharp(join(out, 'images', 'variants', 'harbour-960.avif')).metadata();
    expect([width, format]).toEqual([960, 'heif']);
  });

  it('never enlarges a photo narrower than a width, and keeps folders apart in the names', async () => {
    const sources = await makeImageVariants(out);
    expect(sources['/images/desk/small.png']?.[1]?.srcset).toBe('/images/variants/desk--small-480.webp 480w, /images/variants/desk--small-600.webp 600w');
  });

  it('leaves vector drawings alone', async () => {
    const sources = await makeImageVariants(out);
    expect(Object.keys(sources).sort()).toEqual(['/images/desk/small.png', '/images/harbour.jpg']);
    expect(readdirSync(join(out, 'images', 'variants')).some((name) => name.startsWith('drawing'))).toBe(false);
  });

  it('does not encode again what is already up to date', async () => {
    await makeImageVariants(out);
    const file = join(out, 'images', 'variants', 'harbour-480.avif');
    const before = statSync(file).mtimeMs;
    await makeImageVariants(out);
    expect(statSync(file).mtimeMs).toBe(before);
  });
});
