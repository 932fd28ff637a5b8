import type { EditionLang } from '@/config/editions';
import type { Messages } from './messages/en';

/** Each language is its own chunk: a reader downloads only their edition's strings. */
const loaders: Record<EditionLang, () => Promise<Messages>> = {
  en: () => import('./messages/en').then((m) => m.en),
  ru: () => import('./messages/ru').then((m) => m.ru),
  de: () => import('./messages/de').then((m) => m.de),
  fr: () => import('./messages/fr').then((m) => m.fr),
  pt: () => import('./messages/pt').then((m) => m.pt),
  es: () => import('./messages/es').then((m) => m.es),
};

export function loadMessages(lang: EditionLang): Promise<Messages> {
  return loaders[lang]();
}
