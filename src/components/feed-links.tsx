import { useMessages } from '@/i18n/i18n-context';

export type FeedAddresses = { json: string; rss: string };

/** "RSS · JSON Feed": a list's two feeds, for readers' apps. */
export function FeedLinks({ feeds }: { feeds: FeedAddresses }) {
  const messages = useMessages();
  return (
    <>
      <a href={feeds.rss} type="application/rss+xml">
        {messages.feedRss}
      </a>{' '}
      ·{' '}
      <a href={feeds.json} type="application/feed+json">
        {messages.feedJson}
      </a>
    </>
  );
}
