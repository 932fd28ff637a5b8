import type { EditionLang } from './editions';

/** The public origin, for absolute URLs in sitemap.xml and RSS. Set VITE_SITE_URL at build time. */
export const SITE_URL = (import.meta.env.VITE_SITE_URL ?? 'https://meridian.example').replace(/\/$/, '');

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
