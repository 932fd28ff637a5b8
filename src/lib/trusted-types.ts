/**
 * Under the Content-Security-Policy's `require-trusted-types-for 'script'`, DOM sinks accept only
 * Trusted Types. One named policy ("meridian") creates the three the app needs: article bodies, which
 * the build already sanitized (src/feed/sanitize.ts), the service worker's own script URL, and the
 * text of the inert structured-data script (JSON only, which could not run even as a script).
 */
type Policy = { createHTML: (html: string) => unknown; createScript: (text: string) => unknown; createScriptURL: (url: string) => unknown };
type Factory = {
  createPolicy: (
    name: string,
    rules: { createHTML: (s: string) => string; createScript: (s: string) => string; createScriptURL: (s: string) => string },
  ) => Policy;
};

const SERVICE_WORKER_URL = '/sw.js';

let policy: Policy | null | undefined;

function getPolicy(): Policy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
    policy = factory
      ? factory.createPolicy('meridian', {
          createHTML: (html) => html,
          // Throws on anything but JSON: structured data (application/ld+json), never code.
          createScript: (text) => {
            JSON.parse(text);
            return text;
          },
          createScriptURL: (url) => {
            if (url !== SERVICE_WORKER_URL) throw new TypeError(`Script URL not allowed: ${url}`);
            return url;
          },
        })
      : null;
  }
  return policy;
}

/** Sanitized article HTML as TrustedHTML where the browser enforces Trusted Types. */
export function trustedArticleHtml(sanitizedHtml: string): string {
  const p = getPolicy();
  // React hands a TrustedHTML object to innerHTML untouched; typed as string for its props.
  return (p ? p.createHTML(sanitizedHtml) : sanitizedHtml) as string;
}

/** The JSON of a <script type="application/ld+json">, as TrustedScript where the browser enforces Trusted Types. */
export function trustedStructuredData(json: string): string {
  const p = getPolicy();
  return (p ? p.createScript(json) : json) as string;
}

/** The service worker's URL, trusted. */
export function serviceWorkerUrl(): string {
  const p = getPolicy();
  return (p ? p.createScriptURL(SERVICE_WORKER_URL) : SERVICE_WORKER_URL) as string;
}
