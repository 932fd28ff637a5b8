import { decodeHTML } from 'entities/decode';

/** Elements that start a new line or block when shown: their tags keep the words on either side apart. */
const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|figure|figcaption|table|caption|thead|tbody|tfoot|tr|td|th|section|article|aside|header|footer|main|nav|address|details|summary)\b[^>]*>/gi;

/**
 * The text of HTML: scripts and styles dropped with their content, tags removed (block tags leave
 * a space, inline ones such as <a> or <em> nothing), every HTML entity decoded, whitespace
 * collapsed. For teasers made from feed HTML and for counting an article's words; the result is
 * only ever used as text, never as markup. Entities are decoded last, so `&lt;b&gt;` stays text.
 */
export function htmlToText(html: string): string {
  const withoutTags = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeHTML(withoutTags).replace(/\s+/g, ' ').trim();
}
