import { createContext, type ReactNode, use } from 'react';
import { type EditionLang, EDITION_LOCALES } from '@/config/editions';
import type { Messages } from './messages/en';

type I18n = { lang: EditionLang; locale: string; messages: Messages };

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, messages, children }: { lang: EditionLang; messages: Messages; children: ReactNode }) {
  return <I18nContext value={{ lang, locale: EDITION_LOCALES[lang], messages }}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it');
  return i18n;
}

export function useMessages(): Messages {
  return useI18n().messages;
}
