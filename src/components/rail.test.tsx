import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Rail, RailBoundary } from './rail';

function Broken(): never {
  throw new Error('rail data was broken');
}

describe('a rail', () => {
  it('is a region named by its heading', () => {
    render(
      <Rail title="Popular">
        <p>content</p>
      </Rail>,
    );
    expect(screen.getByRole('region', { name: 'Popular' })).toBeInTheDocument();
  });

  it('fails on its own and leaves its neighbours on screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <RailBoundary fallback={<p>This list could not be shown.</p>}>
          <Broken />
        </RailBoundary>
        <Rail title="Latest">
          <p>Still here</p>
        </Rail>
      </>,
    );
    expect(screen.getByText('This list could not be shown.')).toBeInTheDocument();
    expect(screen.getByText('Still here')).toBeInTheDocument();
  });
});
