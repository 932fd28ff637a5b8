/** Text for XML (RSS, sitemaps): escaped, and without the characters XML 1.0 cannot hold. */
export const xml = (text: string) =>
  text
    // XML 1.0 cannot hold these at all, not even escaped: one in a feed's text would make the whole RSS
    // file unreadable to every feed reader, so they are dropped (tab, newline and return stay).
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
