import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import sharp from 'sharp';
import { makeImagePreviews } from '../../scripts/image-previews.mjs';
import { makeImageVariants } from '../../scripts/image-variants.mjs';
import { demoFeed } from '../fixtures/feeds';
import { renderRoute, serveFeeds } from '../render-route';

const DRAWING =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90" width="160" height="90"><rect width="160" height="90" fill="#0b4f75"/><circle cx="80" cy="45" r="30" fill="#fff"/></svg>';
const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b3d5c"/></svg>';

describe('link previews of the images the site ships', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'meridian-previews-'));
    mkdirSync(join(out, 'images', 'desk'), { recursive: true });
    writeFileSync(join(out, 'images', 'harbour.svg'), DRAWING);
    writeFileSync(join(out, 'favicon.svg'), ICON);
    await sharp({ create: { width: 800, height: 800, channels: 3, background: { r: 30, g: 90, b: 130 } } })
      .png()
      .toFile(join(out, 'images', 'desk', 'square.png'));
  });
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it('makes a 1200×630 JPEG of each drawing and photo, cropped to fill it', async () => {
    const { previews } = await makeImagePreviews(out);
    expect(previews).toEqual({
      '/images/desk/square.png': { url: '/images/previews/desk--square-1200x630.jpg', width: 1200, height: 630 },
      '/images/harbour.svg': { url: '/images/previews/harbour-1200x630.jpg', width: 1200, height: 630 },
    });
    for (const { url } of Object.values(previews)) {
      const { width, height, format } = await sharp(join(out, url)).metadata();
      expect([width, height, format]).toEqual([1200, 630, 'jpeg']);
    }
  });

  it('makes the publisher’s 512×512 PNG logo from the site’s icon', async () => {
    const { logo } = await makeImagePreviews(out);
    expect(logo).toEqual({ url: '/images/previews/logo-512x512.png', width: 512, height: 512 });
    const { width, height, format } = await sharp(join(out, 'images', 'previews', 'logo-512x512.png')).metadata();
    expect([width, height, format]).toEqual([512, 512, 'png']);
  });

  it('does not encode again what is up to date, and the responsive copies leave previews alone', async () => {
    await makeImagePreviews(out);
    const file = join(out, 'images', 'previews', 'harbour-1200x630.jpg');
    const before = statSync(file).mtimeMs;
    await makeImagePreviews(out);
    expect(statSync(file).mtimeMs).toBe(before);
    const sources = await makeImageVariants(out);
    expect(Object.keys(sources)).toEqual(['/images/desk/square.png']);
    expect(readdirSync(join(out, 'images', 'variants')).some((name) => name.includes('1200x630') || name.startsWith('logo'))).toBe(false);
  });

  it('gives an article’s og:image as the absolute address of a raster preview that is in the build', async () => {
    const { previews, logo } = await makeImagePreviews(out);
    // The demo fixture's lead story shows /images/harbour.svg, which this build has.
    serveFeeds({ en: demoFeed() }, { site: { siteUrl: 'https://news.example', previews, logo: logo ?? undefined } });
    const { router } = renderRoute('/en/');
    const lead = await screen.findByRole('region', { name: 'Lead story' });
    await router.navigate(within(lead).getByRole('link', { name: 'Harbour towns agree to share storm warnings' }).getAttribute('href') ?? '');
    await screen.findByRole('heading', { level: 1, name: 'Harbour towns agree to share storm warnings' });

    const content = (property: string) => document.head.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    const image = new URL(content('og:image') ?? '');
    expect(image.origin).toBe('https://news.example');
    expect(image.pathname).toBe('/images/previews/harbour-1200x630.jpg');
    expect(existsSync(join(out, image.pathname))).toBe(true);
    expect((await sharp(join(out, image.pathname)).metadata()).format).toBe('jpeg');
    expect([content('og:image:width'), content('og:image:height'), content('og:image:alt')]).toEqual(['1200', '630', 'A tide gauge on a harbour wall.']);
  });
});
