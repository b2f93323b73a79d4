/**
 * Address of principal executive offices and the registrant's telephone
 * number: the lines above "(Address of principal executive offices)", the
 * number beside "Registrant's telephone number, including area code".
 */
import type { Located } from '../model';
import { type Captions, isCaptionLine } from './captions';
import { type CoverText, openingBefore, type Span, trimSpan } from './coverText';
import { findNearCaption } from './nearCaption';
import { einMatcher, fileNumberMatcher, phoneMatcher } from './valuePatterns';

const MAX_ADDRESS_LINES = 5;

export function findAddress(cover: CoverText, captions: Captions): Located | undefined {
  const caption = captions.first('address');
  if (!caption) return undefined;
  const { text } = cover;
  const line = cover.lines[caption.line];
  // A column header of a combined filing ("Registrant; State; Address; Telephone") heads several addresses.
  const header =
    !caption.parenthesized &&
    captions.all.some((c) => c.line === caption.line && ['registrant', 'registrantColumn', 'fileNumber'].includes(c.kind));
  if (header) return undefined;

  // "Address of principal executive offices: 830 Winter Street, Waltham, MA 02451"
  const rest = /^[^:\n]{0,40}:/.exec(text.slice(caption.end, line.end));
  if (!caption.parenthesized && rest) {
    const span = trimSpan(text, caption.end + rest[0].length, line.end);
    if (span.end > span.start) return cover.locate(span);
  }

  // On the caption's line, the address follows the caption before it ("... Identification No.) 123 Main St (Address").
  const open = openingBefore(text, line.start, caption.start);
  const from = Math.max(line.start, text.lastIndexOf(')', open - 1) + 1);
  let span: Span | undefined = open > from ? trimSpan(text, from, open) : undefined;
  if (span && span.end <= span.start) span = undefined;
  let taken = span ? 1 : 0;
  for (let i = caption.line - 1; i >= 0 && taken < MAX_ADDRESS_LINES; i--) {
    const above = cover.lines[i];
    // The rule under a plain-text value ("-----"), or the empty line of text converted
    // from HTML, may stand between the value and its caption.
    if (above.blank && taken === 0 && caption.line - i <= 3) continue;
    // "(Address, including zip code, and telephone number ...)": the number is the last line, not the address.
    if (taken === 0 && !span && PHONE_LINE.test(above.text.trim())) continue;
    if (above.blank || isCaptionLine(cover, above) || holdsRegistrationNumber(cover, above.start, above.end)) break;
    const s = trimSpan(text, above.start, above.end);
    span = { start: s.start, end: span ? span.end : s.end };
    // A comma alone on a line (inline XBRL facts split into blocks) is not a line of the address.
    if (/[A-Za-z0-9]/.test(above.text)) taken++;
  }
  if (!span) return undefined;
  const found = cover.locate(span);
  return { ...found, value: tidyAddress(found.raw) };
}

/** A line that holds a telephone number and nothing else. */
const PHONE_LINE = /^(?:\+?1[\s.-]?)?(?:\(\s*\d{3}\s*\)|\d{3})[\s.-]*\d{3}[\s.-]\d{4}$/;

/**
 * The address as one line: no space before a comma (inline XBRL puts a
 * comma in a block of its own), and a zip code once when the "(Zip Code)"
 * column repeats the one the address ends with.
 */
function tidyAddress(raw: string): string {
  return raw.replace(/\s+(?=[,;])/g, '').replace(/\b(\d{5}(?:-\d{4})?) \1$/, '$1');
}

function holdsRegistrationNumber(cover: CoverText, start: number, end: number): boolean {
  return einMatcher(cover.text, start, end).length > 0 || fileNumberMatcher(cover.text, start, end).length > 0;
}

export function findTelephone(cover: CoverText, captions: Captions): Located | undefined {
  const caption = captions.first('telephone');
  if (!caption) return undefined;
  const found = findNearCaption(cover, caption, phoneMatcher, {
    upTo: cover.lines[Math.max(0, caption.line - 3)].start,
    downTo: cover.lines[Math.min(cover.lines.length - 1, caption.line + 3)].end,
    linesUp: 2,
    linesDown: 2,
  });
  if (found) return cover.locate(found, found.value);
  // The number cut into blocks after the caption ("(", "972", ")", "934-4700"): read across the lines.
  const after = phoneMatcher(cover.text, caption.end, cover.lines[Math.min(cover.lines.length - 1, caption.line + 4)].end)[0];
  return after ? cover.locate(after, tidyPhone(after.value)) : undefined;
}

/** "( 972 ) 934-4700" as "(972) 934-4700". */
function tidyPhone(value: string): string {
  return value.replace(/\(\s+/, '(').replace(/\s+\)/, ')');
}
