import { Link } from 'react-router-dom';
import { aboutPath, advertisingPath, archivePath, authorsPath, sitemapPath, topicsPath } from '@/config/paths';
import { useI18n } from '@/i18n/i18n-context';
import { fill } from '@/i18n/format';

export function SiteFooter({ year }: { year: number }) {
  const { lang, messages } = useI18n();
  const links = [
    [authorsPath(lang), messages.authors],
    [topicsPath(lang), messages.topics],
    [archivePath(lang), messages.archive],
    [sitemapPath(lang), messages.sitemap],
    [aboutPath(lang), messages.about],
    [advertisingPath(lang), messages.advertising],
  ] as const;
  return (
    <footer className="site-footer" aria-label={messages.footerLabel}>
      <nav aria-label={messages.footerNav}>
        <ul>
          {links.map(([to, label]) => (
            <li key={to}>
              <Link to={to}>{label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>{fill(messages.copyright, { year })}</p>
      <p>{messages.reproduction}</p>
    </footer>
  );
}
