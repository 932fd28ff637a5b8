import { type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router-dom';
import { allNewsPath, editionPath, searchPath, sectionPath } from '@/config/paths';
import type { Section } from '@/feed/types';
import { useI18n } from '@/i18n/i18n-context';
import { ThemeSwitch } from './theme-switch';

/** What Tab can reach inside the open menu; hidden elements are filtered out by layout. */
const FOCUSABLE = 'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Masthead, section navigation (behind a menu button on phones) and the language switcher. */
export function SiteHeader({ title, sections, languageSwitcher }: { title: string; sections: Section[]; languageSwitcher: ReactNode }) {
  const { lang, messages } = useI18n();
  const [open, setOpen] = useState(false);
  const navId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headerRef = useRef<HTMLElement>(null);
  const location = useLocation();
  const navigate = useNavigate();

  // "/" goes to search, as on most news sites: the search box in view (the page's own, or the
  // header's), unless the reader is typing somewhere.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const box = [...document.querySelectorAll<HTMLInputElement>('input[type="search"]')].find((input) => input.getClientRects().length > 0);
      if (!box) return;
      event.preventDefault();
      box.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  // A reader may have opened the menu before the app ran (src/head-script.js toggles it until then):
  // hydration keeps the page's attribute, so the state catches up with it.
  // A layout effect runs in the hydration commit itself, before any click React replays.
  useLayoutEffect(() => {
    if (headerRef.current?.dataset.menuOpen === 'true') setOpen(true);
  }, []);

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
        return;
      }
      // The open phone menu covers the page: Tab cycles from the menu button through the menu and back.
      const button = buttonRef.current;
      const header = headerRef.current;
      if (event.key !== 'Tab' || !button || !header || button.getClientRects().length === 0) return;
      const all = [...header.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
      const cycle = all.slice(all.indexOf(button));
      const first = cycle[0];
      const last = cycle[cycle.length - 1];
      const active = document.activeElement;
      const inside = active instanceof HTMLElement && cycle.includes(active);
      if (event.shiftKey && (active === first || !inside)) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && (active === last || !inside)) {
        event.preventDefault();
        first?.focus();
      }
    };
    // A tap or click outside the open menu closes it, without moving focus.
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !headerRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  return (
    <header ref={headerRef} className="site-header" data-menu-open={open} aria-label={title}>
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
          {/* Both icons and both labels are in the page, shown by state: the head script can open
              and close the menu before the app runs without writing any text. */}
          <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" focusable="false">
            <path className="menu-icon-open" d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" />
            <path className="menu-icon-close" d="M4 4l12 12M16 4L4 16" stroke="currentColor" strokeWidth="2" />
          </svg>
          <span data-menu-label="open" hidden={open}>
            {messages.menuOpen}
          </span>
          <span data-menu-label="close" hidden={!open}>
            {messages.menuClose}
          </span>
        </button>
        <div id={`${navId}-languages`} className="header-languages">
          {/* A plain GET form: before the app runs (or without it) it lands on the search page. */}
          <form
            role="search"
            aria-label={messages.search}
            className="header-search"
            action={searchPath(lang)}
            method="get"
            onSubmit={(event) => {
              event.preventDefault();
              const query = new FormData(event.currentTarget).get('q');
              void navigate(searchPath(lang, typeof query === 'string' ? query.trim() : ''));
            }}
          >
            <label htmlFor={`${navId}-search`} className="visually-hidden">
              {messages.searchLabel}
            </label>
            <input id={`${navId}-search`} type="search" name="q" placeholder={messages.searchPlaceholder} autoComplete="off" enterKeyHint="search" />
          </form>
          {languageSwitcher}
          <ThemeSwitch />
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
