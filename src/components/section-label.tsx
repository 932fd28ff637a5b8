import { Link } from 'react-router-dom';
import { sectionPath } from '@/config/paths';
import type { Section } from '@/feed/types';
import { useI18n } from '@/i18n/i18n-context';

export function SectionLabel({ section, link = true }: { section: Section; link?: boolean }) {
  const { lang } = useI18n();
  if (!link) return <span className="section-label">{section.title}</span>;
  return (
    <Link className="section-label" to={sectionPath(lang, section.id)}>
      {section.title}
    </Link>
  );
}
