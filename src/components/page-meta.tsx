import { useLocation } from 'react-router-dom';
import type { EditionLang } from '@/config/editions';
import { LATEST_PAGE, pageNumber, pageQuery } from '@/config/site-rules.js';
import { useI18n } from '@/i18n/i18n-context';
import { absoluteUrl, logoPreview, ogLocale, type PreviewImage, useSiteMeta } from './site-meta';

/** What an article's page says of it in Open Graph's `article:` properties. */
type ArticleMeta = { published?: string; modified?: string; section?: string; tags: readonly string[]; authorPaths: readonly string[] };

type PageMetaProps = {
  title?: string;
  description?: string;
  /** The page's own path; by default the current one, with its ?page=N and nothing else of the query. */
  path?: string;
  /** The same page in other editions, by edition: og:locale:alternate and hreflang links. */
  alternates?: Partial<Record<EditionLang, string>>;
  /** The link preview's image; by default the site's logo. */
  image?: PreviewImage;
  article?: ArticleMeta;
  /** Error pages: a title, and nothing a search engine or a link preview should keep. */
  indexable?: boolean;
};

/**
 * The page's title and description, and under an edition's pages its absolute canonical address,
 * link-preview tags (Open Graph, large cards) and robots hints. React 19 hoists these into <head>,
 * on the client and in prerendered HTML alike, so a client-side navigation replaces them too.
 */
export function PageMeta({ title, description, path, alternates = {}, image, article, indexable = true }: PageMetaProps) {
  const { lang, messages } = useI18n();
  const site = useSiteMeta();
  const location = useLocation();
  const head = (
    <>
      <title>{title ? `${title} — ${messages.siteName}` : messages.siteName}</title>
      {description && <meta name="description" content={description} />}
    </>
  );
  if (!indexable || !site) return head;

  const url = absoluteUrl(site, path ?? `${location.pathname}${pageQuery(pageNumber(new URLSearchParams(location.search)) ?? LATEST_PAGE)}`);
  const others = (Object.keys(alternates) as EditionLang[]).filter((other) => other !== lang && alternates[other]);
  const preview = image ?? logoPreview(site);
  const modified = article?.modified ?? article?.published;
  return (
    <>
      {head}
      <link rel="canonical" href={url} />
      <meta name="robots" content="max-image-preview:large" />
      {others.length > 0 && <link rel="alternate" hrefLang={lang} href={url} />}
      {others.map((other) => (
        <link key={other} rel="alternate" hrefLang={other} href={absoluteUrl(site, alternates[other] ?? '')} />
      ))}
      <meta property="og:type" content={article ? 'article' : 'website'} />
      <meta property="og:url" content={url} />
      <meta property="og:title" content={title ?? site.siteName} />
      <meta property="og:description" content={description ?? site.description ?? site.siteName} />
      <meta property="og:site_name" content={site.siteName} />
      <meta property="og:locale" content={ogLocale(lang)} />
      {others.map((other) => (
        <meta key={other} property="og:locale:alternate" content={ogLocale(other)} />
      ))}
      {preview && <meta property="og:image" content={absoluteUrl(site, preview.url)} />}
      {preview?.width !== undefined && <meta property="og:image:width" content={String(preview.width)} />}
      {preview?.height !== undefined && <meta property="og:image:height" content={String(preview.height)} />}
      {preview && <meta property="og:image:alt" content={preview.alt} />}
      <meta name="twitter:card" content="summary_large_image" />
      {article?.published && <meta property="article:published_time" content={article.published} />}
      {modified && <meta property="article:modified_time" content={modified} />}
      {article?.section && <meta property="article:section" content={article.section} />}
      {[...new Set(article?.authorPaths)].map((authorPath) => (
        <meta key={authorPath} property="article:author" content={absoluteUrl(site, authorPath)} />
      ))}
      {[...new Set(article?.tags)].map((tag) => (
        <meta key={tag} property="article:tag" content={tag} />
      ))}
    </>
  );
}
