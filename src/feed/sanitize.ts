import DOMPurify, { type Config } from 'dompurify';
import { isExternalUrl, safeUrl } from '@/lib/url';

/**
 * The one path from feed HTML to markup the DOM may hold. Article bodies get text structure, links,
 * lists, quotes and tables: no scripts, styles, forms, frames, media or event handlers, and every URL
 * through the same allow-list as the rest of the feed (the hook below, not DOMPurify's URI pattern,
 * which would also strip plain attributes such as colspan or lang).
 */
const CONFIG: Config = {
  ALLOWED_TAGS: [
    'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'small', 'sub', 'sup',
    'mark', 'q', 'cite', 'abbr', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'hr',
    'figure', 'figcaption', 'img', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'span', 'time',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'datetime', 'lang', 'dir', 'cite'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

let configured = false;

function configure() {
  if (configured) return;
  configured = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    for (const attribute of ['href', 'src', 'cite'] as const) {
      const value = node.getAttribute(attribute);
      if (value === null) continue;
      const safe = safeUrl(value);
      if (safe) node.setAttribute(attribute, safe);
      else node.removeAttribute(attribute);
    }
    if (node.tagName === 'A') {
      const href = node.getAttribute('href');
      if (href && isExternalUrl(href)) node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    }
  });
}

/** Sanitized HTML, branded so that only this module can produce what the DOM receives. */
export type SafeHtml = string & { readonly __brand: 'SafeHtml' };

export function sanitizeArticleHtml(html: string): SafeHtml {
  configure();
  const fragment = DOMPurify.sanitize(html, CONFIG) as unknown as DocumentFragment;
  // The page's h1 is the headline: a body's own h1 becomes a sub-heading.
  for (const h1 of Array.from(fragment.querySelectorAll('h1'))) {
    const h2 = fragment.ownerDocument.createElement('h2');
    h2.append(...Array.from(h1.childNodes));
    h1.replaceWith(h2);
  }
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return container.innerHTML as SafeHtml;
}
