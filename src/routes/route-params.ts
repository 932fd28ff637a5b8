import { useParams } from 'react-router-dom';
import { DEFAULT_LANG, type EditionLang, isEditionLang } from '@/config/editions';

/** The edition of the current URL; the shell's loader has already turned away unknown languages. */
export function useEditionLang(): EditionLang {
  const { lang } = useParams();
  return isEditionLang(lang) ? lang : DEFAULT_LANG;
}

/** `?page=N` as a whole number ≥ 1, or null when the parameter is malformed. */
export function pageParam(search: URLSearchParams): number | null {
  const raw = search.get('page');
  if (raw === null) return 1;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}
