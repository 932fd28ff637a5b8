import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { authorPath } from '@/config/paths';
import type { Author } from '@/feed/types';
import { useI18n } from '@/i18n/i18n-context';
import { fill, listParts } from '@/i18n/format';

/** Authors linking to their pages, then the editor. */
export function Byline({ authors, editor }: { authors: Author[]; editor?: string }) {
  const { lang, locale, messages } = useI18n();
  if (authors.length === 0 && !editor) return null;
  const parts = listParts(
    authors.map((a) => a.name),
    locale,
  );
  let authorIndex = 0;
  const names = parts.map((part, i) => {
    if (part.type === 'literal') return <Fragment key={i}>{part.value}</Fragment>;
    const author = authors[authorIndex++];
    return author ? (
      <Link key={i} to={authorPath(lang, author.slug)} rel="author">
        {author.name}
      </Link>
    ) : null;
  });
  const [before, after] = messages.by.split('{names}');
  return (
    <div className="byline">
      {authors.length > 0 && (
        <p className="byline-authors">
          {before}
          {names}
          {after}
        </p>
      )}
      {editor && <p className="byline-editor">{fill(messages.editor, { name: editor })}</p>}
    </div>
  );
}
