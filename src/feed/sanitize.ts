import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import { isExternalUrl, safeUrl } from '@/lib/url';

/**
 * The one path from feed HTML to markup the DOM may hold. Article bodies get text structure, links,
 * lists, quotes and tables: no scripts, styles, forms, frames, media or event handlers, and every URL
 * through the same allow-list as the rest of the feed (the hook below, not DOMPurify's URI pattern,
 * which would also strip plain attributes such as colspan or lang).
 */
const CONFIG: Config = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'small',
    'sub',
    'sup',
    'mark',
    'q',
    'cite',
    'abbr',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'a',
    'hr',
    'figure',
    'figcaption',
    'img',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
    'span',
    'time',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'datetime', 'lang', 'dir', 'cite'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

/** Sanitized HTML, branded so that only this module can produce what the DOM receives. */
export type SafeHtml = string & { readonly __brand: 'SafeHtml' };

/**
 * Builds the sanitizer on a DOM: the build passes a jsdom window (bodies are sanitized once, at build
 * time, so the reader's browser never downloads DOMPurify); tests pass jsdom's.
 */
export function createArticleSanitizer(window: WindowLike): (html: string) => SafeHtml {
  const purify = createDOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (!('getAttribute' in node) || typeof node.getAttribute !== 'function') return;
    const element = node;
    for (const attribute of ['href', 'src', 'cite'] as const) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      const safe = safeUrl(value);
      if (safe) element.setAttribute(attribute, safe);
      else element.removeAttribute(attribute);
    }
    if (element.tagName === 'A') {
      const href = element.getAttribute('href');
      if (href && isExternalUrl(href)) element.setAttribute('rel', 'noopener noreferrer');
    }
    if (element.tagName === 'IMG') {
      element.setAttribute('loading', 'lazy');
      element.setAttribute('decoding', 'async');
      if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
    }
  });

  return (html) => {
    const fragment = purify.sanitize(html, CONFIG) as unknown as DocumentFragment;
    const document = fragment.ownerDocument;
    const container = document.createElement('div');
    container.append(fragment);
    // The page's h1 is the headline: a body's own h1 becomes a sub-heading. (getElementsByTagName on
    // an element, not querySelectorAll on the fragment: jsdom's selector engine adds a listener to
    // the window per fragment query, which made a 10,000-story build quadratic.)
    for (const h1 of Array.from(container.getElementsByTagName('h1'))) {
      const h2 = document.createElement('h2');
      h2.append(...Array.from(h1.childNodes));
      h1.replaceWith(h2);
    }
    return container.innerHTML as SafeHtml;
  };
}

let browserSanitizer: ((html: string) => SafeHtml) | undefined;

/** The sanitizer on the current window (tests, or any code running in a browser-like DOM). */
export function sanitizeArticleHtml(html: string): SafeHtml {
  browserSanitizer ??= createArticleSanitizer(window);
  return browserSanitizer(html);
}
