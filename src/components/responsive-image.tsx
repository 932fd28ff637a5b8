import type { ArticleImage } from '@/feed/types';

/**
 * React 19 holds a client-side navigation until eager images in the new page have decoded
 * ("suspensey images"). The image box is already sized, so nothing shifts: commit the page at once
 * and let the picture paint when it is ready. An onLoad handler opts an image out of that wait.
 */
const commitWithoutWaiting = () => undefined;

/** Feed images have no declared size: a fixed 16:9 box keeps the layout from shifting as they load. */
const IMAGE_WIDTH = 1200;
const IMAGE_HEIGHT = 675;

type Props = {
  image: ArticleImage;
  alt: string;
  /** The width the image takes in the layout, for the browser to choose a copy (`sizes`). */
  sizes: string;
  /** The page's main picture: fetched first, never lazily. */
  priority?: boolean;
  className?: string;
};

/**
 * A story's photo: always sized, lazy below the fold, and offered as AVIF and WebP copies at a few
 * widths when the build made them; browsers without those formats get the original.
 */
export function ResponsiveImage({ image, alt, sizes, priority = false, className }: Props) {
  const img = (
    <img
      className={className}
      src={image.url}
      alt={alt}
      width={IMAGE_WIDTH}
      height={IMAGE_HEIGHT}
      decoding="async"
      onLoad={commitWithoutWaiting}
      {...(priority ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const })}
    />
  );
  if (!image.sources?.length) return img;
  return (
    <picture>
      {image.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcset} sizes={sizes} />
      ))}
      {img}
    </picture>
  );
}
