import { createContext, use, useEffect } from 'react';
import { type EditionLang, EDITION_LOCALES } from '@/config/editions';
import { authorPath, editionPath } from '@/config/paths';
import type { ArticleDoc } from '@/feed/types';
import { trustedStructuredData } from '@/lib/trusted-types';
import { absoluteUrl, type PreviewImage, type SiteMeta } from './site-meta';

/*
 * Structured data (schema.org, as JSON-LD) for search engines: what a page is about, said once in
 * an inert <script type="application/ld+json"> in <head>. Inert scripts are never run, so the strict
 * policy needs no exception for them. The build writes it into the prerendered page (the renderer
 * collects it through StructuredDataSink: React would leave a <script> in the body, and in the
 * browser it cannot create one, as it does so through innerHTML, which Trusted Types refuse); in the
 * browser the page keeps the script in step after client-side navigations.
 */

type Thing = Record<string, unknown>;

/** Where the server's renderer collects each page's structured data (src/entry-server.tsx). */
export const StructuredDataSink = createContext<((json: string) => void) | null>(null);

const STRUCTURED_DATA_ID = 'structured-data';

/** The script's text: "<" escaped, so the data can never close the script or open a comment. */
export function structuredDataJson(things: Thing[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': things }).replace(/</g, '\\u003c');
}

/** The inert script as the prerendered page carries it. */
export function structuredDataScript(json: string): string {
  return `<script type="application/ld+json" id="${STRUCTURED_DATA_ID}">${json}</script>`;
}

/** Keeps <head>'s script on what this page says: the prerendered one stays, another is replaced. */
function showStructuredData(json: string): () => void {
  const found = document.getElementById(STRUCTURED_DATA_ID);
  let script: HTMLScriptElement;
  if (found instanceof HTMLScriptElement && found.text === json) script = found;
  else {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.id = STRUCTURED_DATA_ID;
    script.text = trustedStructuredData(json);
    if (found) found.replaceWith(script);
    else document.head.append(script);
  }
  return () => {
    script.remove();
  };
}

export function StructuredData({ things }: { things: Thing[] }) {
  const json = structuredDataJson(things);
  // On the server: handed to the renderer, which writes it into <head>. Renders nothing itself, so
  // hydration has nothing to compare.
  use(StructuredDataSink)?.(json);
  useEffect(() => showStructuredData(json), [json]);
  return null;
}

const imageObject = (site: SiteMeta, image: Omit<PreviewImage, 'alt'>) => ({
  '@type': 'ImageObject',
  url: absoluteUrl(site, image.url),
  ...(image.width ? { width: image.width } : {}),
  ...(image.height ? { height: image.height } : {}),
});

/** The newsroom: its name, home and logo (the build's raster of the site's icon). */
export function organization(site: SiteMeta): Thing {
  return {
    '@type': 'Organization',
    '@id': `${site.siteUrl}/#organization`,
    name: site.siteName,
    url: `${site.siteUrl}/`,
    ...(site.logo ? { logo: imageObject(site, site.logo) } : {}),
  };
}

/** An edition's front: the site in that language. */
export function website(site: SiteMeta, lang: EditionLang): Thing {
  return {
    '@type': 'WebSite',
    '@id': `${absoluteUrl(site, editionPath(lang))}#website`,
    name: site.siteName,
    url: absoluteUrl(site, editionPath(lang)),
    inLanguage: EDITION_LOCALES[lang],
    ...(site.description ? { description: site.description } : {}),
    publisher: { '@id': `${site.siteUrl}/#organization` },
  };
}

/** Where a page sits: each step's name and path, the page itself last. */
export function breadcrumbs(site: SiteMeta, steps: { name: string; path: string }[]): Thing {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, i) => ({ '@type': 'ListItem', position: i + 1, name: step.name, item: absoluteUrl(site, step.path) })),
  };
}

type Correction = { date: string; text: string };

const isCorrection = (value: unknown): value is Correction =>
  typeof value === 'object' && value !== null && 'date' in value && typeof value.date === 'string' && 'text' in value && typeof value.text === 'string';

/** The corrections an article's document carries (`article.corrections`, oldest first); none in one without. */
function correctionsOf(article: object): Correction[] {
  const found = 'corrections' in article ? article.corrections : undefined;
  return Array.isArray(found) ? found.filter(isCorrection) : [];
}

/** The story, as Google News and other readers of schema.org take it. */
export function newsArticle(
  site: SiteMeta,
  { doc, lang, path, sectionTitle, image }: { doc: ArticleDoc; lang: EditionLang; path: string; sectionTitle?: string; image?: PreviewImage },
): Thing {
  const { article } = doc;
  const url = absoluteUrl(site, path);
  const corrections = correctionsOf(article);
  return {
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.title,
    description: article.teaser,
    ...(image ? { image: [absoluteUrl(site, image.url)] } : {}),
    ...(article.published ? { datePublished: article.published } : {}),
    ...((article.modified ?? article.published) ? { dateModified: article.modified ?? article.published } : {}),
    author: article.authors.map((author) => ({ '@type': 'Person', name: author.name, url: absoluteUrl(site, authorPath(lang, author.slug)) })),
    publisher: { '@type': 'Organization', name: site.siteName, url: `${site.siteUrl}/`, ...(site.logo ? { logo: imageObject(site, site.logo) } : {}) },
    inLanguage: article.language ?? EDITION_LOCALES[lang],
    ...(sectionTitle ? { articleSection: sectionTitle } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags } : {}),
    isAccessibleForFree: true,
    ...(corrections.length > 0
      ? { correction: corrections.map((correction) => ({ '@type': 'CorrectionComment', datePublished: correction.date, text: correction.text })) }
      : {}),
  };
}
