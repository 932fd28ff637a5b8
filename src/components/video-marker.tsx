import { useMessages } from '@/i18n/i18n-context';

export function VideoMarker() {
  const messages = useMessages();
  return (
    <span className="video-marker">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" focusable="false">
        <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
      </svg>
      {messages.video}
    </span>
  );
}
