import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Outlet } from 'react-router-dom';
import { I18nProvider } from '@/i18n/i18n-context';
import { messagesQuery } from '@/i18n/messages-query';
import { useEditionLang } from './route-params';

/** Everything under /<lang>/: the edition's strings and the document's language. */
export function EditionShell() {
  const lang = useEditionLang();
  const { data: messages } = useSuspenseQuery(messagesQuery(lang));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nProvider lang={lang} messages={messages}>
      <Outlet />
    </I18nProvider>
  );
}
