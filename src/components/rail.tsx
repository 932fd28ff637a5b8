import { Component, type ReactNode, useId } from 'react';

/** A labelled complementary landmark whose heading names it. */
export function Rail({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={`rail ${className ?? ''}`} aria-labelledby={id}>
      <h2 id={id} className="rail-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * A rail fails on its own: a render error inside it shows a short note (or nothing) and leaves the
 * article and the other rails on screen.
 */
export class RailBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
