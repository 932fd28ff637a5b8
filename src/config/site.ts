import type { EditionLang } from './editions';

export type SocialLink = { name: string; url: string };

/** Each edition's own social accounts, shown under every article. */
export const SOCIAL_LINKS: Record<EditionLang, SocialLink[]> = {
  en: [
    { name: 'Mastodon', url: 'https://mastodon.example/@meridian' },
    { name: 'Telegram', url: 'https://t.me/meridian_en' },
  ],
  ru: [
    { name: 'Telegram', url: 'https://t.me/meridian_ru' },
    { name: 'VK', url: 'https://vk.com/meridian_ru' },
  ],
  de: [{ name: 'Mastodon', url: 'https://mastodon.example/@meridian_de' }],
  fr: [{ name: 'Mastodon', url: 'https://mastodon.example/@meridian_fr' }],
  pt: [{ name: 'Telegram', url: 'https://t.me/meridian_pt' }],
  es: [{ name: 'Telegram', url: 'https://t.me/meridian_es' }],
};
