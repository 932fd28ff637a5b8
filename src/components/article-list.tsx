import type { ArticleSummary, Section } from '@/feed/types';
import { useMessages } from '@/i18n/i18n-context';
import { ArticleCard } from './article-card';

/** A plain list of story cards, newest first, as section fronts and author pages show them. */
export function ArticleList({ articles, sections, showSection = true }: { articles: ArticleSummary[]; sections: Section[]; showSection?: boolean }) {
  const messages = useMessages();
  if (articles.length === 0) return <p className="empty">{messages.noStories}</p>;
  return (
    <ul className="article-list">
      {articles.map((article, index) => (
        <li key={article.id}>
          <ArticleCard
            article={article}
            section={showSection ? sections.find((s) => s.id === article.sectionId) : undefined}
            headingLevel={2}
            // The list opens the page: its first photo is in view at once (the page's largest paint),
            // so it loads first instead of lazily; the rest wait until the reader scrolls near.
            priorityImage={index === 0}
          />
        </li>
      ))}
    </ul>
  );
}
