import { useParams } from 'react-router-dom';
import { DEFAULT_LANG, type EditionLang, isEditionLang } from '@/config/editions';

/** The edition of the current URL; the shell's loader has already turned away unknown languages. */
export function useEditionLang(): EditionLang {
  const { lang } = useParams();
  return isEditionLang(lang) ? lang : DEFAULT_LANG;
}
