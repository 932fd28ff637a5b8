// Where a list's later pages live in the build: /en/news/?page=2 is the file en/news/page-2.html.
// One rule for the prerender, the preview and benchmark servers; deploy/nginx.conf's `map` on
// $arg_page follows it (a whole number from 2 up). Where they differ at the edges (nginx reads
// ?PAGE=2 too and does not decode %32), the page's data-url tells the app, which draws the page
// asked for itself.

/**
 * The build-relative file of a list page beyond the first, or null when the address is not one.
 * @param {string} pathname
 * @param {string} search
 * @returns {string | null}
 */
export function listPageFile(pathname, search) {
  const page = new URLSearchParams(search).get('page');
  if (page === null || !/^([2-9]|[1-9][0-9]+)$/.test(page) || !pathname.endsWith('/')) return null;
  return `${pathname}page-${page}.html`;
}
