/** What can go wrong fetching JSON, as values rather than exceptions with stack traces. */
type HttpFailure = { kind: 'http'; status: number } | { kind: 'network' } | { kind: 'timeout' } | { kind: 'not-json' };

export type HttpResult = { ok: true; json: unknown } | { ok: false; failure: HttpFailure };

/**
 * GET a JSON document with a deadline. An abort from the caller (navigation away) is rethrown so the
 * router and the query cache can ignore it; every other failure comes back as a value.
 */
export async function getJson(url: string, options: { signal?: AbortSignal; timeoutMs: number; cache?: RequestCache }): Promise<HttpResult> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { accept: 'application/feed+json, application/json' },
      ...(options.cache ? { cache: options.cache } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, failure: deadline.aborted ? { kind: 'timeout' } : { kind: 'network' } };
  }
  if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status } };
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, failure: deadline.aborted ? { kind: 'timeout' } : { kind: 'network' } };
  }
  try {
    return { ok: true, json: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, failure: { kind: 'not-json' } };
  }
}

export type CheckResult = { kind: 'unchanged' } | { kind: 'changed'; json: unknown; etag: string | null } | { kind: 'gone' } | { kind: 'failed' };

/**
 * A check for news: a conditional GET (If-None-Match with the validator of the last answer) that no
 * cache answers, the service worker's included (it leaves `no-store` requests to the network), so
 * an unchanged document costs a 304 and a few hundred bytes.
 */
export async function checkJson(url: string, options: { etag: string | null; timeoutMs: number }): Promise<CheckResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      cache: 'no-store',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { accept: 'application/json', ...(options.etag ? { 'if-none-match': options.etag } : {}) },
    });
  } catch {
    return { kind: 'failed' };
  }
  if (response.status === 304) return { kind: 'unchanged' };
  if (response.status === 404 || response.status === 410) return { kind: 'gone' };
  if (!response.ok) return { kind: 'failed' };
  try {
    return { kind: 'changed', json: JSON.parse(await response.text()) as unknown, etag: response.headers.get('etag') };
  } catch {
    return { kind: 'failed' };
  }
}
