import type { ArticleSummary, Section } from '@/feed/types';
import { useMessages } from '@/i18n/i18n-context';
import { ArticleCard } from './article-card';
import { Rail } from './rail';

export function NowReadingRail({ articles, sections }: { articles: ArticleSummary[]; sections: Section[] }) {
  const messages = useMessages();
  if (articles.length === 0) return null;
  return (
    <Rail title={messages.nowReading} className="rail-now-reading">
      <ol className="rail-list">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} section={sections.find((s) => s.id === article.sectionId)} variant="compact" showImage />
          </li>
        ))}
      </ol>
    </Rail>
  );
}
