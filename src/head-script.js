// The one inline script, in <head> of every page: scripts/inline-head-script-plugin.ts inlines it
// (a request would hold the first paint back by a round trip) and the Content-Security-Policy
// allows exactly this text by its sha256 hash.
(function () {
  // RULES (storage keys, allowed values), PAGE_PARAM and renderedAddress from src/config/site-rules.js:
  /* @site-rules */
  var root = document.documentElement;

  // A remembered theme or article text size is in place before anything is drawn: no flash of the
  // wrong theme. Anything unknown is ignored.
  function stored(key, allowed) {
    try {
      var value = window.localStorage.getItem(key);
      return allowed.indexOf(value) >= 0 ? value : null;
    } catch {
      return null; // Storage blocked: the defaults (and prefers-color-scheme) apply.
    }
  }
  // "system" is the absence of the attribute: the stylesheet follows prefers-color-scheme.
  var theme = stored(RULES.storage.theme, RULES.themes);
  if (theme) root.setAttribute('data-theme', theme);
  var size = stored(RULES.storage.textSize, RULES.textSizes);
  if (size) root.setAttribute('data-text-size', size);

  // The phone menu is the way to every section: it opens and closes before the app runs, too. The
  // button carries both labels and both icons, shown by data-menu-open and the `hidden` attributes,
  // so no text changes here. Once the app has begun hydrating (html[data-app]) React owns the button,
  // and SiteHeader takes over whatever state this left (src/components/site-header.tsx).
  function setMenu(header, open) {
    var button = header.querySelector('.menu-button');
    header.setAttribute('data-menu-open', String(open));
    button.setAttribute('aria-expanded', String(open));
    var labels = button.querySelectorAll('[data-menu-label]');
    for (var i = 0; i < labels.length; i++) labels[i].hidden = (labels[i].getAttribute('data-menu-label') === 'close') !== open;
    return button;
  }
  document.addEventListener('click', function (event) {
    var button = !root.hasAttribute('data-app') && event.target.closest ? event.target.closest('.menu-button') : null;
    var header = button && button.closest('.site-header');
    if (header) setMenu(header, header.getAttribute('data-menu-open') !== 'true');
  });
  // A language chosen before the app runs is a plain page load; remember it as the app would
  // (src/routes/edition-preference.ts, which validates what it reads back).
  document.addEventListener('click', function (event) {
    var link = root.getAttribute('data-app') !== 'running' && event.target.closest ? event.target.closest('.language-switcher a[hreflang]') : null;
    if (!link) return;
    try {
      window.localStorage.setItem(RULES.storage.edition, link.getAttribute('hreflang'));
    } catch {
      // Not remembering is acceptable; failing the click is not.
    }
  });
  document.addEventListener('keydown', function (event) {
    var header = event.key === 'Escape' && !root.hasAttribute('data-app') ? document.querySelector('.site-header[data-menu-open="true"]') : null;
    if (header) setMenu(header, false).focus();
  });

  // The story first, then the app. The build puts the app's script tags in an inert
  // <template id="app-code">; they go into the page once it has painted and its lead photo has
  // arrived, so on a slow phone the story's text and photo do not share the network with the app's
  // code. Links work as plain links until then. Cloned from the template, the tags need no Trusted
  // Types policy: no script URL is written by script.
  function start() {
    var code = document.getElementById('app-code');
    if (!code) return; // Started already (the template goes once used), or a page without the app.
    code.remove();
    document.head.appendChild(document.importNode(code.content, true));
  }
  function whenPainted() {
    // At most 3 s after the HTML, even if the photo is stuck (or the tab is hidden: no frames).
    setTimeout(start, 3000);
    // The app shell, or a page served for another address (page 1 for a ?page=N the build did not
    // render): the app must render the right page, so it starts at once. Same rule as
    // renderedAddress: only the path and ?page= decide which page this is.
    var state = document.getElementById('query-state');
    if (!state || state.getAttribute('data-url') !== renderedAddress(location.pathname, location.search)) return start();
    var lead = document.querySelector('img[fetchpriority="high"]');
    if (lead && !lead.complete) {
      lead.addEventListener('load', afterPaint);
      lead.addEventListener('error', afterPaint);
    } else afterPaint();
  }
  function afterPaint() {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', whenPainted);
  else whenPainted();
})();
