import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EDITION_LANGS } from '@/config/site-rules.js';
import { typoDraft } from './typo-draft.fixture';
import { TYPO_LIMITS } from './typo-limits.js';
import { TypoReportSchema } from './typo-report-schema.js';

const report = { ...typoDraft, id: '3f2c9a1e-0000-4000-8000-000000000001', createdAt: '2026-11-28T09:00:00.000Z' };

/** The problems the receiver would list for `input`, or [] when it is a valid report. */
const problems = (input: unknown) => v.safeParse(TypoReportSchema, input).issues?.map((issue) => issue.message) ?? [];

describe('the typo report schema, shared by the browser and the receiver', () => {
  it('accepts a report as the browser makes it and gives back exactly its fields', () => {
    expect(v.parse(TypoReportSchema, report)).toEqual(report);
  });

  it('takes every edition the site has and no other', () => {
    for (const edition of EDITION_LANGS) expect(problems({ ...report, edition })).toEqual([]);
    expect(problems({ ...report, edition: 'it' })).toEqual([`"edition" must be one of ${EDITION_LANGS.join(', ')}`]);
  });

  it('names every unknown field, not only the first', () => {
    expect(problems({ ...report, to: 'editor@example.com', file: '/etc/passwd' })).toEqual(['unknown field "to"', 'unknown field "file"']);
  });

  it('refuses a selection that is blank or over its limit', () => {
    expect(problems({ ...report, selection: ' \n ' })).toEqual(['"selection" must not be empty']);
    expect(problems({ ...report, selection: 'x'.repeat(TYPO_LIMITS.selection + 1) })).toEqual([
      `"selection" is longer than ${TYPO_LIMITS.selection} characters`,
    ]);
  });

  it('refuses an id that the queue and the receiver could not use as a key', () => {
    expect(problems({ ...report, id: 'short' })).toEqual(['"id" is shorter than 8 characters']);
    expect(problems({ ...report, id: '../../reports' })).toEqual(['"id" may hold only letters, digits and hyphens']);
  });
});
