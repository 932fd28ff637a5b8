// @ts-check
// The typo report on the wire, written once for both ends: the browser checks a report with it before
// sending or queueing one (report-queue.ts), and server/typo-receiver.mjs checks every body it is sent
// with it. Plain JavaScript with JSDoc types, so the app imports it through allowJs and the receiver
// under plain Node, without a build step. Each problem's message is the receiver's answer to the
// reader's browser (the 422 body's `problems`), so they name the field and say what is wrong with it.
import * as v from 'valibot';
import { EDITION_LANGS } from '../../config/site-rules.js';
import { TYPO_LIMITS } from './typo-limits.js';

/**
 * A string field of at most `max` characters.
 * @param {string} name
 * @param {number} max
 */
const text = (name, max) => v.pipe(v.string(`"${name}" must be a string`), v.maxLength(max, `"${name}" is longer than ${max} characters`));

/**
 * Refuses a string that holds only whitespace.
 * @param {string} name
 */
const filled = (name) => v.check((/** @type {string} */ value) => value.trim() !== '', `"${name}" must not be empty`);

const entries = {
  /** Random per report: the queue's key, and how the receiver recognises a report sent twice. */
  id: v.pipe(
    text('id', TYPO_LIMITS.id),
    v.regex(/^[A-Za-z0-9-]*$/, '"id" may hold only letters, digits and hyphens'),
    v.minLength(8, '"id" is shorter than 8 characters'),
  ),
  articleId: v.pipe(text('articleId', TYPO_LIMITS.articleId), filled('articleId')),
  url: v.pipe(text('url', TYPO_LIMITS.url), filled('url'), v.regex(/^https?:\/\//, '"url" must be an http(s) URL')),
  edition: v.picklist(EDITION_LANGS, `"edition" must be one of ${EDITION_LANGS.join(', ')}`),
  selection: v.pipe(text('selection', TYPO_LIMITS.selection), filled('selection')),
  before: text('before', TYPO_LIMITS.context),
  after: text('after', TYPO_LIMITS.context),
  comment: text('comment', TYPO_LIMITS.comment),
  /** When the reader pressed Send (ISO 8601), not when the report finally got through. */
  createdAt: v.pipe(text('createdAt', TYPO_LIMITS.createdAt), v.isoTimestamp('"createdAt" must be an ISO 8601 time')),
};

/**
 * A missing field gets the message its own check gives for "nothing there".
 * @param {v.LooseObjectIssue} issue
 */
function objectMessage(issue) {
  const key = issue.path?.[0]?.key;
  if (typeof key === 'string' && Object.hasOwn(entries, key)) {
    const field = entries[/** @type {keyof typeof entries} */ (key)];
    return v.safeParse(field, undefined).issues?.[0].message ?? `"${key}" is missing`;
  }
  return 'the body must be a JSON object';
}

const fields = v.looseObject(entries, objectMessage);

/**
 * Every field not in the report is named, not just the first: no "to", "file" or "recipient" can ride
 * along unnoticed.
 * @param {v.RawCheckContext<v.InferOutput<typeof fields>>} context
 */
function refuseUnknownFields({ dataset, addIssue }) {
  const value = /** @type {Record<string, unknown>} */ (dataset.value);
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(entries, key)) addIssue({ message: `unknown field "${key}"` });
  }
}

/**
 * A typo report: exactly these fields, each within its limit (typo-limits.js), the edition one of
 * the site's (src/config/site-rules.js). The output holds the fields in a fixed order.
 */
export const TypoReportSchema = v.pipe(
  v.custom((/** @type {unknown} */ input) => typeof input === 'object' && input !== null && !Array.isArray(input), 'the body must be a JSON object'),
  fields,
  v.rawCheck(refuseUnknownFields),
  v.transform((report) => ({
    id: report.id,
    articleId: report.articleId,
    url: report.url,
    edition: report.edition,
    selection: report.selection,
    before: report.before,
    after: report.after,
    comment: report.comment,
    createdAt: report.createdAt,
  })),
);

/** @typedef {v.InferOutput<typeof TypoReportSchema>} TypoReport */
