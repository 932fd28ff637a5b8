// The one inline script, in <head> of every page: scripts/inline-head-script-plugin.ts inlines it
// (a request would hold the first paint back by a round trip) and the Content-Security-Policy
// allows exactly this text by its sha256 hash.
(function () {
  var root = document.documentElement;

  // A remembered theme or article text size is in place before anything is drawn: no flash of the
  // wrong theme. Keys and values match src/lib/preferences.ts; anything unknown is ignored.
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
})();
