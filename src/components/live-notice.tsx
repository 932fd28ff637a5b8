import type { ReactNode } from 'react';

type Props = {
  /** What the reader is told; nothing while there is no news. */
  message: string | null;
  /** What pressing the notice does; without it the notice is text only. */
  onPress?: () => void;
  children?: ReactNode;
};

/**
 * News that arrived while the page was open, told without moving the page: the notice floats over
 * the page's edge (no layout shift) in a polite live region, and changes the page only when pressed.
 */
export function LiveNotice({ message, onPress }: Props) {
  return (
    <div className="live-notice" role="status" aria-live="polite">
      {message !== null &&
        (onPress ? (
          <button type="button" className="button live-notice-button" onClick={onPress}>
            <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14">
              <path d="M8 13V3M4 7l4-4 4 4" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            {message}
          </button>
        ) : (
          <p className="live-notice-text">{message}</p>
        ))}
    </div>
  );
}
