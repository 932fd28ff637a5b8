import { Link } from 'react-router-dom';
import { type EditionLang, EDITION_LANGS, NATIVE_NAMES } from '@/config/editions';
import { useI18n } from '@/i18n/i18n-context';

/** Native names with hreflang and lang; choosing one is remembered for the next visit to `/`. */
export function LanguageSwitcher({ pathFor, onChoose }: { pathFor: (lang: EditionLang) => string; onChoose: (lang: EditionLang) => void }) {
  const { lang: current, messages } = useI18n();
  return (
    <nav className="language-switcher" aria-label={messages.languageNav}>
      <ul>
        {EDITION_LANGS.map((lang) => (
          <li key={lang}>
            {lang === current ? (
              <span aria-current="true" lang={lang}>
                {NATIVE_NAMES[lang]}
              </span>
            ) : (
              <Link
                to={pathFor(lang)}
                hrefLang={lang}
                lang={lang}
                onClick={() => {
                  onChoose(lang);
                }}
              >
                {NATIVE_NAMES[lang]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
