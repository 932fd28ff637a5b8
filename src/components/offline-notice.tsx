import { useSyncExternalStore } from 'react';
import { useMessages } from '@/i18n/i18n-context';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Tells a reader who lost the network that they are reading saved pages. Online on the server. */
export function OfflineNotice() {
  const messages = useMessages();
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  if (online) return null;
  return (
    <p className="offline-notice" role="status">
      {messages.offlineNotice}
    </p>
  );
}
