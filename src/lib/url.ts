/**
 * The one allow-list for URLs that come from a feed: http(s) URLs and same-site paths pass, anything
 * else (javascript:, data:, protocol-relative, malformed) is dropped by returning undefined.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 2048) return undefined;
  // Control characters and whitespace inside a URL are how scheme filters get fooled.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f\s]/.test(trimmed)) return undefined;
  if (trimmed.startsWith('/')) {
    // "//host" and "/\host" leave the site.
    return trimmed.startsWith('//') || trimmed.startsWith('/\\') ? undefined : trimmed;
  }
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    // "https://meridian.example@evil.example/" looks like ours but is not: feeds need no credentials.
    if (url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** True when a safe URL leaves the site (needs rel="noopener noreferrer"). */
export function isExternalUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
