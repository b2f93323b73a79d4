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
    if (above.blank || isCaptionLine(cover, above) || holdsRegistrationNumber(cover, above.start, above.end)) break;
    const s = trimSpan(text, above.start, above.end);
    span = { start: s.start, end: span ? span.end : s.end };
    // A comma alone on a line (inline XBRL facts split into blocks) is not a line of the address.
    if (/[A-Za-z0-9]/.test(above.text)) taken++;
  }
  return span ? cover.locate(span) : undefined;
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
  return found ? cover.locate(found, found.value) : undefined;
}
