import { useQueryClient } from '@tanstack/react-query';
import { DEFAULT_LANG } from '@/config/editions';
import { I18nProvider } from '@/i18n/i18n-context';
import { messagesQuery } from '@/i18n/messages-query';
import { EditionError } from './route-error';

/**
 * Errors above any edition (an unknown language in the URL, or strings that failed to download):
 * English chrome when its strings are at hand, else a bare page that still offers a way on.
 */
export function RootError() {
  const queryClient = useQueryClient();
  const messages = queryClient.getQueryData(messagesQuery(DEFAULT_LANG).queryKey);
  if (!messages) {
    return (
      <main id="main" className="site-main page-error">
        <h1>Meridian</h1>
        <p>
          <a href="/">Reload / Обновить / Neu laden / Recharger / Recarregar / Recargar</a>
        </p>
      </main>
    );
  }
  return (
    <I18nProvider lang={DEFAULT_LANG} messages={messages}>
      <EditionError />
    </I18nProvider>
  );
}
