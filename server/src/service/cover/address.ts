/**
 * Address of principal executive offices and the registrant's telephone
 * number: the lines above "(Address of principal executive offices)", the
 * number beside "Registrant's telephone number, including area code".
 */
import type { Located } from '../model';
import { type Captions, isCaptionLine } from './captions';
import { type CoverText, type Span, trimSpan } from './coverText';
import { findNearCaption } from './nearCaption';
import { einMatcher, fileNumberMatcher, phoneMatcher } from './valuePatterns';

const MAX_ADDRESS_LINES = 4;

export function findAddress(cover: CoverText, captions: Captions): Located | undefined {
  const caption = captions.first('address');
  if (!caption) return undefined;
  const { text } = cover;
  const line = cover.lines[caption.line];

  // "Address of principal executive offices: 830 Winter Street, Waltham, MA 02451"
  const rest = /^[^:\n]{0,40}:/.exec(text.slice(caption.end, line.end));
  if (!caption.parenthesized && rest) {
    const span = trimSpan(text, caption.end + rest[0].length, line.end);
    if (span.end > span.start) return cover.locate(span);
  }

  let open = caption.start;
  while (open > line.start && /[\s(\[]/.test(text[open - 1])) open--;
  let span: Span | undefined = open > line.start ? trimSpan(text, line.start, open) : undefined;
  if (span && span.end <= span.start) span = undefined;
  let taken = span ? 1 : 0;
  for (let i = caption.line - 1; i >= 0 && taken < MAX_ADDRESS_LINES; i--) {
    const above = cover.lines[i];
    if (above.blank || isCaptionLine(above) || holdsRegistrationNumber(cover, above.start, above.end)) break;
    const s = trimSpan(text, above.start, above.end);
    span = { start: s.start, end: span ? span.end : s.end };
    taken++;
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
