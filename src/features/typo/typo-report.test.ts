import { afterEach, describe, expect, it, vi } from 'vitest';
import { typoDraft } from './typo-draft.fixture';
import { postTypoReport, type TypoReport } from './typo-report';

const report: TypoReport = { ...typoDraft, id: '3f2c9a1e-0000-4000-8000-000000000001', createdAt: '2026-11-28T09:00:00.000Z' };

/** The receiver (or a proxy in front of it) answers with `status`. */
function answer(status: number) {
  const fetch = vi.fn(() => Promise.resolve(new Response(null, { status })));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('sending a typo report', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('posts the report as JSON and counts a 2xx as delivered', async () => {
    const fetch = answer(201);
    await expect(postTypoReport('/api/typo', report)).resolves.toEqual({ kind: 'delivered' });
    expect(fetch).toHaveBeenCalledWith('/api/typo', expect.objectContaining({ method: 'POST', body: JSON.stringify(report) }));
  });

  it.each([400, 413, 415, 422])('drops a report the receiver refuses as bad (%i): sending it again cannot succeed', async (status) => {
    answer(status);
    await expect(postTypoReport('/api/typo', report)).resolves.toEqual({ kind: 'rejected', status });
  });

  it.each([429, 503, 502, 404, 408])('keeps a report the server could not take now (%i) for a later try', async (status) => {
    answer(status);
    await expect(postTypoReport('/api/typo', report)).resolves.toEqual({ kind: 'retry', reason: 'http', status });
  });

  it('keeps a report when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(postTypoReport('/api/typo', report)).resolves.toEqual({ kind: 'retry', reason: 'network' });
  });
});
