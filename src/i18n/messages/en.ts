/**
 * English interface strings: the source of truth for every other language's file.
 * `{name}` marks a value filled in at run time; plural entries list Intl.PluralRules categories.
 */
export const en = {
  siteName: 'Meridian',
  skipToContent: 'Skip to main content',
  sectionsNav: 'Sections',
  menuOpen: 'Menu',
  menuClose: 'Close menu',
  languageNav: 'Edition language',
  home: 'Front page',
  allNews: 'All news',
  video: 'Video',
  lead: 'Lead story',
  nowReading: 'Now reading',
  popular: 'Popular',
  opinion: 'Opinion',
  latest: 'Latest',
  railUnavailable: 'This list could not be shown.',
  moreStories: 'More stories',
  moreIn: 'More in {section}',
  by: 'By {names}',
  editor: 'Editor: {name}',
  published: 'Published',
  updated: 'Updated',
  tags: 'Tags',
  photo: 'Photo',
  credit: 'Credit: {credit}',
  licence: 'Licence: {licence}',
  readOriginal: 'Read the original',
  translations: 'This story in other languages',
  stories: { one: '{count} story', other: '{count} stories' },
  pagination: 'Pages',
  pageOf: 'Page {page} of {pageCount}',
  newer: 'Newer stories',
  older: 'Older stories',
  noStories: 'There are no stories here yet.',
  authors: 'Authors',
  authorPageTitle: 'Stories by {name}',
  archive: 'Archive',
  sitemap: 'Sitemap',
  about: 'About us',
  advertising: 'Advertising',
  footerNav: 'About this site',
  copyright: '© {year} Meridian. All rights reserved.',
  reproduction: 'Reproduction of our material in whole or in part is permitted with a link to the source.',
  notFoundTitle: 'Page not found',
  notFoundText: 'We could not find this page. The story may have been moved or the address mistyped.',
  backToFront: 'Go to the front page',
  errorTitle: 'The news could not be loaded',
  errorHttp: 'The news server answered with an error ({status}).',
  errorNetwork: 'We could not reach the news server. Check your connection.',
  errorTimeout: 'The news server took too long to answer.',
  errorInvalidFeed: 'The news feed is damaged and could not be read.',
  errorUnexpected: 'Something went wrong while showing this page.',
  retry: 'Try again',
  subscribe: 'Subscribe',
  feedJson: 'JSON Feed',
  feedRss: 'RSS',
  sectionFeeds: '{section} feeds:',
  editionFeeds: 'All stories:',
  follow: 'Follow us:',
  loading: 'Loading…',
  aboutText:
    'Meridian is an independent news service published in six languages. Our reporters and editors cover world affairs, Russia, society, science, sport, incidents and business, and our columnists argue about what it all means.\n\nEvery story carries the names of the people who wrote and edited it. When we get something wrong we correct it openly: select the mistake in any article and tell us.\n\nMeridian is funded by its readers and by clearly marked advertising. Advertisers never see our stories before they are published.',
  advertisingText:
    'Meridian reaches readers in six languages on every kind of screen. We offer clearly labelled display placements on section fronts and sponsored newsletters.\n\nWe do not sell placements inside articles, track readers across other sites or accept political advertising. Write to our advertising desk to receive our rates and audience figures.',
  minutesAgo: { one: '{count} minute ago', other: '{count} minutes ago' },
  hoursAgo: { one: '{count} hour ago', other: '{count} hours ago' },
} as const;

export type PluralForms = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : PluralForms };

/** Every language file must have exactly these keys: a missing one is a type error. */
export type Messages = Widen<typeof en>;
export type MessageKey = keyof Messages;
