import { PageMeta } from '@/components/page-meta';
import { useMessages } from '@/i18n/i18n-context';

/** About and Advertising: short pages of the newsroom's own words, per edition. */
export function InfoPage({ page }: { page: 'about' | 'advertising' }) {
  const messages = useMessages();
  const title = page === 'about' ? messages.about : messages.advertising;
  const text = page === 'about' ? messages.aboutText : messages.advertisingText;
  return (
    <div className="listing prose">
      <PageMeta title={title} description={text.split('\n\n')[0]} />
      <h1 className="page-title" tabIndex={-1}>
        {title}
      </h1>
      {text.split('\n\n').map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}

export function AboutPage() {
  return <InfoPage page="about" />;
}

export function AdvertisingPage() {
  return <InfoPage page="advertising" />;
}
