import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';

describe('text from HTML', () => {
  it('removes tags and collapses whitespace', () => {
    expect(htmlToText('<h2>Low\n tide</h2>\n<p>at <b>noon</b></p>')).toBe('Low tide at noon');
  });

  it('keeps words at block tags apart and words around inline tags whole', () => {
    expect(htmlToText('<h2>What next</h2><p>Eleven<br>towns</p><ul><li>one</li><li>two</li></ul>')).toBe('What next Eleven towns one two');
    expect(htmlToText('<p>un<em>believ</em>able, <a href="/x">linked</a>.</p>')).toBe('unbelievable, linked.');
  });

  it('removes scripts and styles with their content', () => {
    expect(htmlToText('<p>Safe</p><script type="x">alert("no")</script><STYLE>p{}</STYLE >end')).toBe('Safe end');
  });

  it('decodes every named entity, not only a few', () => {
    expect(htmlToText('<p>Caf&eacute; &mdash; &#8220;quoted&#8221;</p>')).toBe('Café — “quoted”');
    expect(htmlToText('&copy; &hellip; &euro;&nbsp;5 &Uuml;ber &rsquo;')).toBe('© … € 5 Über ’');
  });

  it('decodes named, decimal and hexadecimal entities', () => {
    expect(htmlToText('&lt;b&gt; &quot;q&quot; &apos;a&apos; &#233; &#xE9; &AMP;')).toBe('<b> "q" \'a\' é é &');
  });

  it('leaves text that only looks like an entity as written', () => {
    expect(htmlToText('&bogus; Fish &chips; AT&T')).toBe('&bogus; Fish &chips; AT&T');
  });

  it('decodes after removing tags, so escaped markup stays text', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  it('turns zero and out-of-range code points into the replacement character, as browsers do, rather than throwing', () => {
    expect(htmlToText('a&#0;b&#x110000;c&#99999999999999999999;d')).toBe('a\ufffdb\ufffdc\ufffdd');
  });

  it('counts a non-breaking space as a space', () => {
    expect(htmlToText('one&nbsp;two\u00a0three')).toBe('one two three');
  });
});
