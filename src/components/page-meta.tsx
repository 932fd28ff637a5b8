import { useMessages } from '@/i18n/i18n-context';

/** React 19 hoists these into <head>, on the client and in prerendered HTML alike. */
export function PageMeta({ title, description }: { title?: string; description?: string }) {
  const messages = useMessages();
  return (
    <>
      <title>{title ? `${title} — ${messages.siteName}` : messages.siteName}</title>
      {description && <meta name="description" content={description} />}
    </>
  );
}
