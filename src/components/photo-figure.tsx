import type { ArticleImage } from '@/feed/types';
import { useMessages } from '@/i18n/i18n-context';
import { fill } from '@/i18n/format';
import { isExternalUrl } from '@/lib/url';

/**
 * React 19 holds a client-side navigation until eager images in the new page have decoded
 * ("suspensey images"). The image box is already sized, so nothing shifts: commit the page at once
 * and let the picture paint when it is ready. An onLoad handler opts an image out of that wait.
 */
export const commitWithoutWaiting = () => undefined;

/** Feed images have no declared size: a fixed 16:9 box keeps the layout from shifting as they load. */
export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 675;

export function PhotoFigure({ image, priority = false }: { image: ArticleImage; priority?: boolean }) {
  const messages = useMessages();
  const { credit } = image;
  return (
    <figure className="photo">
      <img
        src={image.url}
        alt={image.caption ?? ''}
        width={IMAGE_WIDTH}
        height={IMAGE_HEIGHT}
        decoding="async"
        onLoad={commitWithoutWaiting}
        {...(priority ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const })}
      />
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
export function ExternalOrLocalLink({ href, rel, children }: { href: string; rel?: string; children: React.ReactNode }) {
  const rels = [rel, isExternalUrl(href) ? 'noopener noreferrer' : undefined].filter(Boolean).join(' ');
  return (
    <a href={href} rel={rels || undefined}>
      {children}
    </a>
  );
}
