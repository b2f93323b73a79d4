/**
 * The form a cover names in its heading: "FORM 8-K", "Form 10-Q/A",
 * "AMENDMENT NO. 1 TO FORM 8-K", "FORM 8-K (Amendment No. 1)", "SCHEDULE 14A".
 * Only a heading counts: the designation must be most of its line, so "our
 * Annual Report on Form 10-K" in running text does not.
 */
import type { Located } from '../model';
import type { CoverText } from './coverText';
import { AnchoredPattern } from './anchoredPattern';
import { type KeyWords, KeyWordSet } from './keyWords';

const DASH = '[-\u2010\u2011\u2012\u2013]';
export const FORM_HEADING_KEYS = new KeyWordSet(['form', 'schedule']);
/** Tried only at the words it starts with (see keyWords.ts). */
export const FORM_HEADING = new AnchoredPattern(
  new RegExp(
    `\\b(form|schedule)\\s{1,12}(\\d{1,2}${DASH}[a-z]{1,3}\\d{0,3}|[a-z]{1,2}${DASH}\\d{1,2}[a-z]?|[a-z]{1,2}${DASH}[a-z]{1,4}|1[34][a-g](?:${DASH}\\d)?)(\\s?\\/\\s?a)?(?![\\w-])`,
    'gi',
  ),
  FORM_HEADING_KEYS.anchor(),
);
const AMENDMENT_BEFORE = /amendment\s+no\.?\s*\d+\s+to\s*$/i;
const AMENDMENT_AFTER = /^[\s)]{0,20}[(\-–—]?\s*amendment\s+(?:no\.?\s*)?\d+/i;
/**
 * The word both amendment patterns hold. Most windows lack it, and a search
 * for it is quicker than those patterns' tries at every position (one is
 * anchored at the end, the other backtracks over its blanks).
 */
const AMENDMENT = /amendment/i;
/** Heading text besides the designation that a heading line may hold. */
const MAX_OTHER_TEXT = 30;

/** `keyWords` are those of the cover's head. */
export function findFormType(cover: CoverText, keyWords: KeyWords): Located | undefined {
  const text = cover.head;
  for (const m of FORM_HEADING.allAround(text, keyWords.of(FORM_HEADING_KEYS))) {
    const line = cover.lines[cover.lineAt(m.index)];
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const amendedBefore = AMENDMENT.test(before) && AMENDMENT_BEFORE.test(before);
    const crowded = line.text.trim().length - m[0].length > MAX_OTHER_TEXT;
    if (crowded && !amendedBefore && !followsAddress(before)) continue;
    const schedule = m[1].toLowerCase() === 'schedule';
    const start = schedule ? m.index : m.index + m[0].length - m[2].length - (m[3]?.length ?? 0);
    const end = m.index + m[0].length;
    let value = m[2].toUpperCase().replace(/[\u2010-\u2013]/g, '-');
    if (schedule) value = `SCHEDULE ${value}`;
    const after = text.slice(end, end + 120);
    const amended = m[3] !== undefined || amendedBefore || (AMENDMENT.test(after) && AMENDMENT_AFTER.test(after));
    if (amended) value += '/A';
    return cover.locate({ start, end }, value);
  }
  return undefined;
}

/** A cover flattened into one line still has the Commission's address just before its heading. */
function followsAddress(before: string): boolean {
  return before.includes('20549') && /20549\W{0,20}$/.test(before);
}
