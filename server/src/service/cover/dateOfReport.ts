/**
 * The Date of Report: the first date after "Date of Report (Date of earliest
 * event reported)" on its line or the next, else the date just before the
 * caption ("April 7, 2013" over "(Date of Report ...)"). A cover without the
 * caption gets the dei:DocumentPeriodEndDate it shows, or the date standing
 * alone on a line above the registrant's name.
 */
import type { Located, XbrlFact } from '../model';
import { parseDate } from '../dates';
import type { Captions } from './captions';
import { type CoverText, trimSpan } from './coverText';
import { locateFact, visibleFact } from './facts';
import { dateMatcher, type ValueMatch } from './valuePatterns';

/** Lines after the caption line that may still hold its date ("Date of Report:" / "(Date of earliest event)" / date). */
const LINES_AFTER = 2;

/**
 * `uncaptioned` says how far a date without a caption may be looked for (the
 * registrant's name); it is undefined for forms whose unlabelled dates are
 * something else (a 10-Q's period end).
 */
export function findDateOfReport(
  cover: CoverText,
  captions: Captions,
  facts: XbrlFact[],
  uncaptioned: number | undefined,
): Located | undefined {
  const caption = captions.first('dateOfReport');
  if (caption) {
    const found = dateBesideCaption(cover, caption.line, caption.start, caption.end, caption.parenthesized);
    if (found) return cover.locate(found, found.value);
  }
  if (uncaptioned === undefined) return undefined;
  const fact = visibleFact(facts, 'DocumentPeriodEndDate');
  const iso = fact && parseDate(fact.value);
  if (fact && iso) return locateFact(fact, iso);
  const lone = loneDate(cover, uncaptioned);
  return lone ? cover.locate(lone, lone.value) : undefined;
}

function dateBesideCaption(cover: CoverText, lineIndex: number, start: number, end: number, parenthesized: boolean): ValueMatch | undefined {
  const { text } = cover;
  const line = cover.lines[lineIndex];
  const after = (): ValueMatch | undefined => {
    const same = dateMatcher(text, end, line.end)[0];
    if (same) return same;
    let index = lineIndex;
    for (let n = 0; n < LINES_AFTER; n++) {
      index = cover.nextNonBlank(index, 1);
      if (index < 0) return undefined;
      const next = cover.lines[index];
      const found = dateMatcher(text, next.start, next.end)[0];
      if (found) return found;
    }
    return undefined;
  };
  const before = (): ValueMatch | undefined => {
    const same = dateMatcher(text, line.start, start);
    if (same.length > 0) return same[same.length - 1];
    const index = cover.nextNonBlank(lineIndex, -1);
    if (index < 0) return undefined;
    const previous = cover.lines[index];
    const found = dateMatcher(text, previous.start, previous.end);
    return found[found.length - 1];
  };
  return parenthesized ? before() ?? after() : after() ?? before();
}

/** The first line before `until` that is nothing but a date ("March 22, 1994"). */
function loneDate(cover: CoverText, until: number): ValueMatch | undefined {
  for (const line of cover.lines) {
    if (line.start >= until) break;
    if (line.blank) continue;
    const span = trimSpan(cover.text, line.start, line.end);
    const found = dateMatcher(cover.text, span.start, span.end);
    if (found.length === 1 && found[0].start === span.start && found[0].end === span.end) return found[0];
  }
  return undefined;
}
