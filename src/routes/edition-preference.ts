import { type EditionLang, isEditionLang } from '@/config/editions';
import { STORAGE_KEYS } from '@/config/site-rules.js';

const KEY = STORAGE_KEYS.edition;

/** Stored values are validated like feed data: anything but a known edition is ignored. */
export function readStoredEdition(): EditionLang | undefined {
  try {
    const value = globalThis.localStorage.getItem(KEY);
    return isEditionLang(value) ? value : undefined;
  } catch {
    return undefined; // Storage can be blocked (private modes, policies).
  }
}

export function storeEdition(lang: EditionLang): void {
  try {
    globalThis.localStorage.setItem(KEY, lang);
  } catch {
    // Not remembering is acceptable; failing the click is not.
  }
}
