import type { SocialLink } from '@/config/site';
import { useMessages } from '@/i18n/i18n-context';
import { fill } from '@/i18n/format';
import { type FeedAddresses, FeedLinks } from './feed-links';

/** Under each article: the section's and the edition's feeds, and the edition's social accounts. */
export function SubscribeLine({
  sectionTitle,
  sectionFeeds,
  editionFeeds,
  social,
}: {
  sectionTitle?: string;
  sectionFeeds?: FeedAddresses;
  editionFeeds: FeedAddresses;
  social: SocialLink[];
}) {
  const messages = useMessages();
  return (
    <section className="subscribe-line" aria-labelledby="subscribe-title">
      <h2 id="subscribe-title" className="subscribe-title">
        {messages.subscribe}
      </h2>
      <ul>
        {sectionTitle && sectionFeeds && (
          <li>
            {fill(messages.sectionFeeds, { section: sectionTitle })} <FeedLinks feeds={sectionFeeds} />
          </li>
        )}
        <li>
          {messages.editionFeeds} <FeedLinks feeds={editionFeeds} />
        </li>
        {social.length > 0 && (
          <li>
            {messages.follow}{' '}
            {social.map((link, i) => (
              <span key={link.url}>
                {i > 0 && ' · '}
                <a href={link.url} rel="noopener noreferrer me">
                  {link.name}
                </a>
              </span>
            ))}
          </li>
        )}
      </ul>
    </section>
  );
}
