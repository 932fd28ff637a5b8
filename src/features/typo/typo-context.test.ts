import { CONTEXT_MAX, SELECTION_MAX } from './typo-limits.js';
import { buildTypoContext, clipAfter, clipBefore, extractTypoContext, trimSelection } from './typo-context';

/** Renders article markup and returns the <article> element. */
function article(html: string): HTMLElement {
  document.body.innerHTML = `<header><p>Site header text</p></header><article>${html}</article><footer>Footer text</footer>`;
  const root = document.querySelector('article');
  if (!root) throw new Error('no article');
  return root;
}

/** Selects from `startText` (the nth text node matching) at `startOffset` to `endText` at `endOffset`. */
function select(start: Node, startOffset: number, end: Node, endOffset: number): Selection {
  const range = document.createRange();
  range.setStart(start, startOffset);
  range.setEnd(end, endOffset);
  const selection = document.getSelection();
  if (!selection) throw new Error('no selection');
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

/** The text node inside the first element matching `selector`. */
function textIn(selector: string): Text {
  const node = document.querySelector(selector)?.firstChild;
  if (!(node instanceof Text)) throw new Error(`no text in ${selector}`);
  return node;
}

/** Selects the first occurrence of `word` inside the element matching `selector`. */
function selectWord(selector: string, word: string): Selection {
  const node = textIn(selector);
  const at = node.data.indexOf(word);
  if (at < 0) throw new Error(`"${word}" not in ${selector}`);
  return select(node, at, node, at + word.length);
}

describe('clipping context to whole words', () => {
  it('keeps short context as it is', () => {
    expect(clipBefore('The harbour ')).toEqual({ text: 'The harbour ', clipped: false });
    expect(clipAfter(' agreed today.')).toEqual({ text: ' agreed today.', clipped: false });
  });

  it('drops the word cut in half at the start of the text before', () => {
    const text = 'Eleven harbour towns on the northern coast agreed on Tuesday to share storm ';
    const clipped = clipBefore(text, 30);
    expect(clipped.clipped).toBe(true);
    expect(clipped.text.length).toBeLessThanOrEqual(30);
    expect(text.endsWith(clipped.text)).toBe(true);
    // "agreed on Tuesday to share storm " would be 33 characters; the cut fell inside "agreed".
    expect(clipped.text).toBe('on Tuesday to share storm ');
  });

  it('drops the word cut in half at the end of the text after', () => {
    const text = ' warnings with each other within five minutes of a forecast.';
    const clipped = clipAfter(text, 30);
    expect(clipped).toEqual({ text: ' warnings with each other', clipped: true });
  });

  it('keeps a cut exactly on a space without losing a word', () => {
    expect(clipAfter('one two three', 7)).toEqual({ text: 'one two', clipped: true });
    expect(clipBefore('one two three', 5)).toEqual({ text: 'three', clipped: true });
  });

  it('cuts hard inside one word longer than the limit rather than give no context', () => {
    const long = 'x'.repeat(100);
    expect(clipBefore(long, 60).text).toHaveLength(60);
    expect(clipAfter(long, 60).text).toHaveLength(60);
  });

  it('never splits an emoji in half', () => {
    const text = `${'a'.repeat(59)}😀 tail`;
    const { text: head } = clipAfter(`${'a'.repeat(59)}😀`, 60);
    expect(head).not.toMatch(/[\ud800-\udbff]$/);
    expect(clipBefore(text, 60).text).not.toMatch(/^[\udc00-\udfff]/);
  });
});

describe('trimming long selections', () => {
  it('leaves a selection of 256 characters alone', () => {
    const text = 'a'.repeat(SELECTION_MAX);
    expect(trimSelection(text)).toEqual({ kept: text, rest: '', trimmed: false });
  });

  it('cuts a longer selection at a word boundary within the limit', () => {
    const text = 'word '.repeat(80).trim();
    const { kept, rest, trimmed } = trimSelection(text);
    expect(trimmed).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(SELECTION_MAX);
    expect(kept.endsWith('word')).toBe(true);
    expect(kept + rest).toBe(text);
  });

  it('cuts an unbroken run hard at the limit', () => {
    const { kept } = trimSelection('z'.repeat(400));
    expect(kept).toHaveLength(SELECTION_MAX);
  });
});

describe('building the quote', () => {
  it('collapses whitespace and line breaks from the markup', () => {
    expect(buildTypoContext('The  harbour\n  ', 'tonws', '\n agreed')).toMatchObject({ before: 'The harbour ', selection: 'tonws', after: ' agreed' });
  });

  it('moves spaces selected at the edges into the context', () => {
    expect(buildTypoContext('The', ' tonws ', 'agreed')).toMatchObject({ before: 'The ', selection: 'tonws', after: ' agreed' });
  });

  it('returns nothing for a selection of only whitespace', () => {
    expect(buildTypoContext('a', '  \n ', 'b')).toBeNull();
  });

  it('carries the cut-off part of a long selection into the text after', () => {
    const selected = 'word '.repeat(80);
    const context = buildTypoContext('Before ', selected, 'after');
    expect(context?.trimmed).toBe(true);
    expect(context?.selection.length).toBeLessThanOrEqual(SELECTION_MAX);
    expect(context?.after.startsWith(' word')).toBe(true);
    expect(context?.after.length).toBeLessThanOrEqual(CONTEXT_MAX);
  });
});

describe('reading a selection in an article', () => {
  it('quotes a misspelt word with up to 60 characters of whole words on each side', () => {
    article(
      '<p>Eleven harbour towns on the northern coast agreed on Tuesday to share storm warnigns with each other within five minutes of a forecast being issued.</p>',
    );
    const result = extractTypoContext(selectWord('article p', 'warnigns'), document.querySelector('article') as Element);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.context.selection).toBe('warnigns');
    // The 60-character window starts inside "towns", so that word is left out.
    expect(result.context.before).toBe('on the northern coast agreed on Tuesday to share storm ');
    expect(result.context.after).toBe(' with each other within five minutes of a forecast being');
    expect(result.context.before.length).toBeLessThanOrEqual(CONTEXT_MAX);
    expect(result.context.after.length).toBeLessThanOrEqual(CONTEXT_MAX);
    expect(result.context).toMatchObject({ beforeClipped: true, afterClipped: true, trimmed: false });
  });

  it('takes a selection that spans inline elements as one run of text', () => {
    const root = article('<p>Storm <em>warn</em><strong>igns</strong> reach towns.</p>');
    const selection = select(textIn('em'), 0, textIn('strong'), 4);
    expect(extractTypoContext(selection, root)).toEqual({
      kind: 'ok',
      context: { selection: 'warnigns', before: 'Storm ', after: ' reach towns.', trimmed: false, beforeClipped: false, afterClipped: false },
    });
  });

  it('keeps words in neighbouring paragraphs apart when a selection spans them', () => {
    const root = article('<h2>What happens next</h2><p>Towns share warnings.</p><ul><li>First item</li><li>Second</li></ul>');
    const selection = select(textIn('h2'), 5, textIn('li'), 5);
    const result = extractTypoContext(selection, root);
    expect(result).toMatchObject({ kind: 'ok', context: { before: 'What ', selection: 'happens next Towns share warnings. First', after: ' item' } });
  });

  it('takes context only from the paragraph the selection is in, so editors can search for the quote', () => {
    const root = article(
      '<figure><figcaption>Credit: Meridian graphics desk</figcaption></figure><p>Eastmor Rovers reach the final.</p><p>Next paragraph.</p>',
    );
    const result = extractTypoContext(selectWord('article p', 'Eastmor'), root);
    expect(result).toEqual({
      kind: 'ok',
      context: { selection: 'Eastmor', before: '', after: ' Rovers reach the final.', trimmed: false, beforeClipped: false, afterClipped: false },
    });
  });

  it('ignores line breaks in the markup itself', () => {
    const root = article('<p>\n  Storm\n  warnigns reach\n  towns.\n</p>');
    expect(extractTypoContext(selectWord('article p', 'warnigns'), root)).toMatchObject({
      kind: 'ok',
      context: { before: 'Storm ', selection: 'warnigns', after: ' reach towns.' },
    });
  });

  it('separates lines broken with <br>', () => {
    const root = article('<p>Line one<br>line two</p>');
    const paragraph = root.querySelector('p') as HTMLParagraphElement;
    const selection = select(paragraph.childNodes[2] as Text, 0, paragraph.childNodes[2] as Text, 4);
    expect(extractTypoContext(selection, root)).toMatchObject({ kind: 'ok', context: { before: 'Line one ', selection: 'line' } });
  });

  it('accepts boundaries given as element offsets, as a triple click makes them', () => {
    const root = article('<p>First paragraph.</p><p>Second paragraph.</p>');
    const second = root.querySelectorAll('p')[1] as HTMLParagraphElement;
    const selection = select(second, 0, second, 1);
    expect(extractTypoContext(selection, root)).toMatchObject({ kind: 'ok', context: { before: '', selection: 'Second paragraph.', after: '' } });
  });

  it('gives a paragraph selected up to the start of the next one no context from that next one', () => {
    const root = article('<p>First paragraph.</p><p>Second paragraph.</p><p>Third paragraph.</p>');
    const [, second, third] = root.querySelectorAll('p');
    const selection = select(second?.firstChild as Text, 0, third as HTMLParagraphElement, 0);
    expect(extractTypoContext(selection, root)).toEqual({
      kind: 'ok',
      context: { before: '', selection: 'Second paragraph.', after: '', trimmed: false, beforeClipped: false, afterClipped: false },
    });
  });

  it('cuts a selection that runs out of the article to the part inside it', () => {
    const root = article('<p>Inside text here.</p>');
    const selection = select(textIn('header p'), 5, textIn('article p'), 6);
    expect(extractTypoContext(selection, root)).toMatchObject({ kind: 'ok', context: { before: '', selection: 'Inside', after: ' text here.' } });
  });

  it('leaves out text only screen readers get', () => {
    const root = article('<p>Alpha beta.</p><h2 class="visually-hidden">Tags</h2><ul><li>storms</li></ul>');
    const selection = select(textIn('article p'), 6, textIn('li'), 3);
    expect(extractTypoContext(selection, root)).toMatchObject({ kind: 'ok', context: { selection: 'beta. sto', after: 'rms' } });
  });

  it('trims a long selection to 256 characters and says so', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${String(i)}`).join(' ');
    const root = article(`<p>${words}</p>`);
    const node = textIn('article p');
    const result = extractTypoContext(select(node, 0, node, node.length), root);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.context.trimmed).toBe(true);
    expect(result.context.selection.length).toBeLessThanOrEqual(SELECTION_MAX);
    expect(words.startsWith(result.context.selection)).toBe(true);
    expect(result.context.selection).toMatch(/word\d+$/);
  });

  it('calls a selection outside the article outside', () => {
    const root = article('<p>Article text.</p>');
    const selection = select(textIn('footer'), 0, textIn('footer'), 6);
    expect(extractTypoContext(selection, root)).toEqual({ kind: 'outside' });
  });

  it('calls a collapsed or blank selection empty', () => {
    const root = article('<p>Article text.</p><p>  </p>');
    const node = textIn('article p');
    expect(extractTypoContext(select(node, 3, node, 3), root)).toEqual({ kind: 'empty' });
    const blank = root.querySelectorAll('p')[1]?.firstChild as Text;
    expect(extractTypoContext(select(blank, 0, blank, 2), root)).toEqual({ kind: 'empty' });
    expect(extractTypoContext(null, root)).toEqual({ kind: 'empty' });
  });
});
