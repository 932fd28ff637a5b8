// The one inline script, in <head> of every page: scripts/inline-head-script-plugin.ts inlines it
// (a request would hold the first paint back by a round trip) and the Content-Security-Policy
// allows exactly this text by its sha256 hash.
(function () {
  var root = document.documentElement;

  // 1. A remembered theme or article text size is in place before anything is drawn: no flash of
  // the wrong theme. Keys and values match src/lib/preferences.ts; anything unknown is ignored.
  function stored(key, allowed) {
    try {
      var value = window.localStorage.getItem(key);
      return allowed.indexOf(value) >= 0 ? value : null;
    } catch {
      return null; // Storage blocked: the defaults (and prefers-color-scheme) apply.
    }
  }
  // "system" is the absence of the attribute: the stylesheet follows prefers-color-scheme.
  var theme = stored('meridian:theme', ['light', 'dark']);
  if (theme) root.setAttribute('data-theme', theme);
  var size = stored('meridian:text-size', ['small', 'large', 'larger']);
  if (size) root.setAttribute('data-text-size', size);

  // 2. A prerendered page is complete without the app, so the app's code loads once the page has
  // (its text and its photos), or as soon as the reader reaches for a control: on a slow connection
  // it never competes with the story. The build names the code in <meta name="meridian-app">
  // (entry first); pages without it load it at once.
  var app = document.querySelector('meta[name="meridian-app"]');
  if (!app) return;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var urls = app.getAttribute('content').split(' ');
    for (var i = 1; i < urls.length; i++) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = urls[i];
      document.head.appendChild(link);
    }
    import(urls[0]);
  }
  window.addEventListener('load', start);
  // A reader who reaches for a control first gets the app at once.
  ['pointerdown', 'keydown', 'focusin'].forEach(function (type) {
    window.addEventListener(type, start, { capture: true, once: true, passive: true });
  });
  // A photo server that never answers must not keep the app away.
  setTimeout(start, 5000);
})();
