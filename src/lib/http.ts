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
