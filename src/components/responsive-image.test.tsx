import { render, screen } from '@testing-library/react';
import { ResponsiveImage } from './responsive-image';

const photo = { url: '/images/harbour.jpg', caption: 'A harbour wall' };
const sources = [
  { type: 'image/avif' as const, srcset: '/images/variants/harbour-480.avif 480w, /images/variants/harbour-960.avif 960w' },
  { type: 'image/webp' as const, srcset: '/images/variants/harbour-480.webp 480w, /images/variants/harbour-960.webp 960w' },
];

describe('a story photo', () => {
  it('offers the build’s AVIF and WebP copies for the browser to choose by width, the original last', () => {
    const { container } = render(<ResponsiveImage image={{ ...photo, sources }} alt="A harbour wall" sizes="100vw" />);
    const offered = [...container.querySelectorAll('picture > source')].map((source) => [
      source.getAttribute('type'),
      source.getAttribute('srcset'),
      source.getAttribute('sizes'),
    ]);
    expect(offered).toEqual([
      ['image/avif', sources[0]?.srcset, '100vw'],
      ['image/webp', sources[1]?.srcset, '100vw'],
    ]);
    expect(screen.getByRole('img', { name: 'A harbour wall' })).toHaveAttribute('src', '/images/harbour.jpg');
  });

  it('is a plain sized image when there are no copies (vector art, photos on other hosts)', () => {
    const { container } = render(<ResponsiveImage image={photo} alt="A harbour wall" sizes="100vw" />);
    expect(container.querySelector('picture')).toBeNull();
    const img = screen.getByRole('img', { name: 'A harbour wall' });
    expect(img).toHaveAttribute('width', '1200');
    expect(img).toHaveAttribute('height', '675');
  });

  it('is fetched first when it is the page’s main picture, and lazily otherwise', () => {
    render(
      <>
        <ResponsiveImage image={photo} alt="lead" sizes="100vw" priority />
        <ResponsiveImage image={photo} alt="other" sizes="100vw" />
      </>,
    );
    expect(screen.getByRole('img', { name: 'lead' })).toHaveAttribute('fetchpriority', 'high');
    expect(screen.getByRole('img', { name: 'lead' })).not.toHaveAttribute('loading');
    expect(screen.getByRole('img', { name: 'other' })).toHaveAttribute('loading', 'lazy');
  });
});
