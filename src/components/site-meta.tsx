import { createContext, type ReactNode, use } from 'react';
import { EDITION_LOCALES, type EditionLang } from '@/config/editions';
import { DEFAULT_SITE_URL } from '@/config/site-rules.js';
import type { ArticleImage, EditionIndex, ImagePreview } from '@/feed/types';

/** What every page's head needs of the site: from the edition index, which the build writes. */
export type SiteMeta = {
  /** The public origin, no trailing slash (MERIDIAN_SITE_URL at the build: siteUrlFrom in site-rules.js). */
  siteUrl: string;
  siteName: string;
  description?: string;
  /** The editions this build published, in the switcher's order. */
  editions: readonly EditionLang[];
  logo?: ImagePreview;
};

export function siteMetaOf(index: EditionIndex): SiteMeta {
  // A document from an older build has no origin: the reader's own is the public one.
  const siteUrl = index.siteUrl ?? (typeof window === 'undefined' ? DEFAULT_SITE_URL : window.location.origin);
  const meta: SiteMeta = { siteUrl, siteName: index.title, editions: index.editions ?? [index.lang] };
  if (index.description) meta.description = index.description;
  if (index.logo) meta.logo = index.logo;
  return meta;
}

const SiteMetaContext = createContext<SiteMeta | null>(null);

export function SiteMetaProvider({ site, children }: { site: SiteMeta; children: ReactNode }) {
  return <SiteMetaContext value={site}>{children}</SiteMetaContext>;
}

/** The site's facts, under an edition's pages (src/routes/site-layout.tsx); null above them. */
export function useSiteMeta(): SiteMeta | null {
  return use(SiteMetaContext);
}

/** The address on the public site: a site path made absolute, a URL elsewhere as it is. */
export const absoluteUrl = (site: Pick<SiteMeta, 'siteUrl'>, pathOrUrl: string) => (pathOrUrl.startsWith('/') ? `${site.siteUrl}${pathOrUrl}` : pathOrUrl);

/** Open Graph writes locales with an underscore: en_GB. */
export const ogLocale = (lang: EditionLang) => EDITION_LOCALES[lang].replace('-', '_');

/** An image a link preview can show: a raster (apps read no SVG), with its size when known. */
export type PreviewImage = { url: string; width?: number; height?: number; alt: string };

/**
 * A story's image as link previews and structured data take it: the build's 1200×630 raster of a
 * photo or drawing the site ships; a photo on another host as it is (its size unknown); else none.
 */
export function storyPreview(image: ArticleImage | undefined, alt: string): PreviewImage | undefined {
  if (!image) return undefined;
  const text = image.caption ?? alt;
  if (image.preview) return { url: image.preview.url, width: image.preview.width, height: image.preview.height, alt: text };
  if (/^https?:\/\//i.test(image.url) && !/\.svgz?(?:[?#]|$)/i.test(image.url)) return { url: image.url, alt: text };
  return undefined;
}

export function logoPreview(site: SiteMeta): PreviewImage | undefined {
  return site.logo ? { ...site.logo, alt: site.siteName } : undefined;
}
