import type { ArticleImage } from '@/feed/types';
import { useMessages } from '@/i18n/i18n-context';
import { fill } from '@/i18n/format';
import { isExternalUrl } from '@/lib/url';
import { ResponsiveImage } from './responsive-image';

export function PhotoFigure({ image, priority = false }: { image: ArticleImage; priority?: boolean }) {
  const messages = useMessages();
  const { credit } = image;
  return (
    <figure className="photo">
      {/* The article column: the full width on phones, at most about 46rem beside the rails. */}
      <ResponsiveImage image={image} alt={image.caption ?? ''} sizes="(min-width: 64rem) 46rem, 100vw" priority={priority} />
      {(image.caption || credit) && (
        <figcaption>
          {image.caption && <span className="photo-caption">{image.caption}</span>}
          {credit && (
            <>
              {' '}
              <span className="photo-credit">
                {credit.url ? (
                  <ExternalOrLocalLink href={credit.url}>{fill(messages.credit, { credit: credit.text })}</ExternalOrLocalLink>
                ) : (
                  fill(messages.credit, { credit: credit.text })
                )}
              </span>
            </>
          )}
          {credit?.license && (
            <>
              {' · '}
              <span className="photo-licence">
                {credit.licenseUrl ? (
                  <ExternalOrLocalLink href={credit.licenseUrl} rel="license">
                    {fill(messages.licence, { licence: credit.license })}
                  </ExternalOrLocalLink>
                ) : (
                  fill(messages.licence, { licence: credit.license })
                )}
              </span>
            </>
          )}
        </figcaption>
      )}
    </figure>
  );
}

/** Feed URLs are already allow-listed; outside ones get rel="noopener noreferrer". */
function ExternalOrLocalLink({ href, rel, children }: { href: string; rel?: string; children: React.ReactNode }) {
  const rels = [rel, isExternalUrl(href) ? 'noopener noreferrer' : undefined].filter(Boolean).join(' ');
  return (
    <a href={href} rel={rels || undefined}>
      {children}
    </a>
  );
}
