/**
 * Full submissions announce themselves on their first line. VS Code's own
 * `firstLine` rule (package.json, the same pattern) applies only to files
 * no extension claims, and `.txt` belongs to plain text; so the client also
 * switches plain-text documents that start like a submission.
 */

/** Must equal `contributes.languages[0].firstLine` in package.json (a unit test compares them). */
export const FULL_SUBMISSION_FIRST_LINE = '^(?:<SEC-DOCUMENT>|<IMS-DOCUMENT>|-----BEGIN PRIVACY-ENHANCED MESSAGE-----)';

const firstLinePattern = new RegExp(FULL_SUBMISSION_FIRST_LINE);

/** True for the first line of an EDGAR full submission (a leading byte-order mark is ignored). */
export function startsFullSubmission(firstLine: string): boolean {
  return firstLinePattern.test(firstLine.replace(/^\uFEFF/, ''));
}
