/**
 * Turns a reader's selection into what a typo report quotes: the selected text and the text of its
 * paragraph around it. The string functions are pure; `extractTypoContext` reads a live DOM Range and is only
 * ever called from event handlers (never during render, so it stays prerender-safe).
 */

import { CONTEXT_MAX, SELECTION_MAX } from './typo-limits.js';

export type TypoContext = {
  /** The selected text, whitespace collapsed, at most SELECTION_MAX characters. */
  selection: string;
  /** Text of its paragraph just before the selection (at most CONTEXT_MAX characters, whole words). */
  before: string;
  /** Text of its paragraph just after the selection (at most CONTEXT_MAX characters, whole words). */
  after: string;
  /** The selection was longer than SELECTION_MAX and was cut. */
  trimmed: boolean;
  /** The paragraph goes on before `before` / after `after` (the dialog shows an ellipsis). */
  beforeClipped: boolean;
  afterClipped: boolean;
};

export type TypoExtraction = { kind: 'ok'; context: TypoContext } | { kind: 'empty' } | { kind: 'outside' };

const collapse = (text: string) => text.replace(/\s+/g, ' ');
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Moves a cut index off the middle of a surrogate pair so no half-character is ever sent. */
function safeCut(text: string, index: number): number {
  return index > 0 && index < text.length && isHighSurrogate(text.charCodeAt(index - 1)) ? index - 1 : index;
}

/**
 * The last `max` characters of `text`, starting on a word: a word cut in half at the start is dropped,
 * unless the whole tail is one word (then a hard cut is better than no context at all).
 */
export function clipBefore(text: string, max = CONTEXT_MAX): { text: string; clipped: boolean } {
  if (text.length <= max) return { text, clipped: false };
  const start = text.length - max;
  let tail = text.slice(safeCut(text, start) === start ? start : start + 1);
  if (!isSpace(text[start - 1]) && !isSpace(tail[0])) {
    const space = tail.search(/\s/);
    if (space >= 0) tail = tail.slice(space);
  }
  return { text: tail.trimStart(), clipped: true };
}

/** The first `max` characters of `text`, ending on a word (a word cut in half at the end is dropped). */
export function clipAfter(text: string, max = CONTEXT_MAX): { text: string; clipped: boolean } {
  if (text.length <= max) return { text, clipped: false };
  let head = text.slice(0, safeCut(text, max));
  if (!isSpace(text[head.length]) && !isSpace(head[head.length - 1])) {
    const space = head.search(/\s\S*$/);
    if (space >= 0) head = head.slice(0, space);
  }
  return { text: head.trimEnd(), clipped: true };
}

/**
 * Cuts a selection to `max` characters, at the last word boundary in its final stretch when there is
 * one, so the quote does not end mid-word. Returns what was cut off so it can become context.
 */
export function trimSelection(text: string, max = SELECTION_MAX): { kept: string; rest: string; trimmed: boolean } {
  if (text.length <= max) return { kept: text, rest: '', trimmed: false };
  let cut = safeCut(text, max);
  if (!isSpace(text[cut]) && !isSpace(text[cut - 1])) {
    // Only look back a little: a long unbroken run (a URL, say) is cut hard rather than emptied.
    const space = text.slice(cut - 32, cut).search(/\s\S*$/);
    if (space >= 0) cut = cut - 32 + space;
  }
  const kept = text.slice(0, cut).trimEnd();
  return { kept, rest: text.slice(kept.length), trimmed: true };
}

/**
 * Builds the report's quote from the raw text before, inside and after a selection (as the DOM gives
 * it: newlines, runs of spaces). Returns null when nothing but whitespace was selected.
 */
export function buildTypoContext(rawBefore: string, rawSelected: string, rawAfter: string): TypoContext | null {
  const selected = collapse(rawSelected);
  const core = selected.trim();
  if (!core) return null;
  // Whitespace selected at either edge belongs to the context, where it keeps words apart.
  const before = collapse(rawBefore + (selected.startsWith(' ') ? ' ' : '')).trimStart();
  const { kept, rest, trimmed } = trimSelection(core);
  const after = collapse(rest + (selected.endsWith(' ') ? ' ' : '') + rawAfter).trimEnd();
  const clippedBefore = clipBefore(before);
  const clippedAfter = clipAfter(after);
  return {
    selection: kept,
    before: clippedBefore.text,
    after: clippedAfter.text,
    trimmed,
    beforeClipped: clippedBefore.clipped,
    afterClipped: clippedAfter.clipped,
  };
}

/**
 * Marks where one block of text (a paragraph, a heading, a list item) ends and the next begins. The
 * context stops there: editors search their copy for the quote, and a quote that runs from a photo
 * credit into the next paragraph is found nowhere. It is whitespace to `collapse`, so words that
 * meet across a block boundary inside a selection stay apart.
 */
const BLOCK_BREAK = '\u2029';

/** Elements that start a new block of text: "end.</p><p>Start" must not read as one word. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
/** Never part of the readable text: scripts and styles, and controls and their labels (share, reading options). */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'DIALOG', 'SELECT', 'LABEL', 'INPUT', 'TEXTAREA']);

type Segment = { node: Text; start: number };

/** The root's readable text, with BLOCK_BREAK wherever a block ends, and where each text node sits in it. */
function flatten(root: Element): { text: string; segments: Segment[] } {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (SKIPPED.has(element.tagName) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') {
        return NodeFilter.FILTER_REJECT;
      }
      // The app's screen-reader-only headings ("Tags") are not text a sighted reader can select.
      if (element.classList.contains('visually-hidden')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const segments: Segment[] = [];
  let text = '';
  let lastBlock: Element | null = null;
  let pendingBreak = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if ((node as Element).tagName === 'BR') pendingBreak = true;
      continue;
    }
    const block = blockOf(node, root);
    if (text && block !== lastBlock) text += BLOCK_BREAK;
    else if (text && pendingBreak) text += '\n';
    pendingBreak = false;
    lastBlock = block;
    segments.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  return { text, segments };
}

function blockOf(node: Node, root: Element): Element {
  for (let parent = node.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (BLOCKS.has(parent.tagName)) return parent;
  }
  return root;
}

/** Where a DOM boundary point (node, offset) falls in the flattened text, clamped to the root's text. */
function flatOffset(node: Node, offset: number, segments: Segment[], length: number): number {
  const own = segments.find((segment) => segment.node === node);
  if (own) return own.start + Math.min(offset, (node as Text).length);
  // Any other point sits between nodes: it maps to the start of the first text that follows it.
  const isText = node.nodeType === Node.TEXT_NODE || node.nodeType === Node.COMMENT_NODE;
  const reference = isText ? node : (node.childNodes[offset] ?? null);
  const follows = (target: Node) =>
    reference
      ? reference === target || reference.contains(target) || Boolean(reference.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING)
      : !node.contains(target) && Boolean(node.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
  return segments.find((segment) => follows(segment.node))?.start ?? length;
}

/**
 * Reads the reader's selection against an article element. The context comes from the blocks the
 * selection starts and ends in. A selection reaching outside the article is cut to the part inside
 * it; one entirely outside is `outside`; a collapsed or blank one is `empty`.
 */
export function extractTypoContext(selection: Selection | null, root: Element): TypoExtraction {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { kind: 'empty' };
  const first = selection.getRangeAt(0);
  const last = selection.getRangeAt(selection.rangeCount - 1);
  if (!selection.toString().trim()) return { kind: 'empty' };
  if (!first.intersectsNode(root) && !last.intersectsNode(root)) return { kind: 'outside' };
  const { text, segments } = flatten(root);
  const start = flatOffset(first.startContainer, first.startOffset, segments, text.length);
  const end = flatOffset(last.endContainer, last.endOffset, segments, text.length);
  // The selection touches the article but holds none of its text (an image, say).
  if (end <= start) return { kind: 'empty' };
  const selected = text.slice(start, end);
  const before = text.slice(0, start);
  const after = text.slice(end);
  const blockEnd = after.indexOf(BLOCK_BREAK);
  // A selection that takes a whole paragraph up to its end (a triple click) has no context on that side.
  const context = buildTypoContext(
    /^\s*\u2029/.test(selected) ? '' : before.slice(before.lastIndexOf(BLOCK_BREAK) + 1),
    selected,
    /\u2029\s*$/.test(selected) ? '' : blockEnd < 0 ? after : after.slice(0, blockEnd),
  );
  return context ? { kind: 'ok', context } : { kind: 'empty' };
}
