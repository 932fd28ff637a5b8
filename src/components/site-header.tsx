import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { allNewsPath, editionPath, sectionPath } from '@/config/paths';
import type { Section } from '@/feed/types';
import { useI18n } from '@/i18n/i18n-context';

/** Masthead, section navigation (behind a menu button on phones) and the language switcher. */
export function SiteHeader({ title, sections, languageSwitcher }: { title: string; sections: Section[]; languageSwitcher: ReactNode }) {
  const { lang, messages } = useI18n();
  const [open, setOpen] = useState(false);
  const navId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const location = useLocation();

  // A new page closes the menu.
  const [lastPath, setLastPath] = useState(location.pathname);
  if (lastPath !== location.pathname) {
    setLastPath(location.pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <header className="site-header" data-menu-open={open}>
      <div className="site-header-inner">
        <Link to={editionPath(lang)} className="brand">
          {title}
        </Link>
        <button
          ref={buttonRef}
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls={`${navId} ${navId}-languages`}
          onClick={() => {
            setOpen((value) => !value);
          }}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" focusable="false">
            <path d={open ? 'M4 4l12 12M16 4L4 16' : 'M3 5h14M3 10h14M3 15h14'} stroke="currentColor" strokeWidth="2" />
          </svg>
          {open ? messages.menuClose : messages.menuOpen}
        </button>
        <div id={`${navId}-languages`} className="header-languages">
          {languageSwitcher}
        </div>
        <nav id={navId} className="section-nav" aria-label={messages.sectionsNav}>
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <NavLink to={sectionPath(lang, section.id)}>{section.title}</NavLink>
              </li>
            ))}
            <li>
              <NavLink to={allNewsPath(lang)}>{messages.allNews}</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
