/**
 * Finding the value a caption labels. Covers put it in one of a few places:
 *
 *   Delaware (State or other jurisdiction)          same line, before
 *   Commission File Number: 1-15829                 same line, after
 *   Delaware      1-1234      12-3456789            the line above (lined up
 *   (State ...)   (Commission (IRS Employer ...)    by column), or a few lines
 *                                                   above in HTML stacked cells
 *   State of      Commission                        the line below
 *   Delaware      1-1234
 *
 * A matcher says what the value looks like, so the search can walk past the
 * values of neighbouring captions; it only looks a few lines each way and
 * never past `upTo` / `downTo`.
 */
import { type Caption, isCaptionLine } from './captions';
import { type CoverText, nearestInColumn } from './coverText';
import type { ValueMatch, ValueMatcher } from './valuePatterns';

export interface NearOptions {
  /** Lowest view offset to look at (above the caption). */
  upTo: number;
  /** Highest view offset to look at (below the caption). */
  downTo: number;
  /** Non-blank lines to look at above and below; caption lines are passed over without counting. */
  linesUp?: number;
  linesDown?: number;
}

export function findNearCaption(cover: CoverText, caption: Caption, matcher: ValueMatcher, options: NearOptions): ValueMatch | undefined {
  const { text } = cover;
  const line = cover.lines[caption.line];

  const sameLineAfter = () => matcher(text, caption.end, Math.min(line.end, options.downTo))[0];
  const sameLineBefore = () => matcher(text, Math.max(line.start, options.upTo), caption.start).pop();

  if (!caption.parenthesized) {
    const after = sameLineAfter();
    if (after) return after;
  }
  const before = sameLineBefore();
  if (before) return before;
  const above = searchLines(cover, caption, matcher, -1, options.linesUp ?? 6, options.upTo);
  if (above) return above;
  if (caption.parenthesized) {
    const after = sameLineAfter();
    if (after) return after;
  }
  return searchLines(cover, caption, matcher, 1, options.linesDown ?? 6, options.downTo);
}

/** The first of `count` lines above (step -1) or below (step 1) the caption holding a value, within `bound`. */
function searchLines(
  cover: CoverText,
  caption: Caption,
  matcher: ValueMatcher,
  step: 1 | -1,
  count: number,
  bound: number,
): ValueMatch | undefined {
  const captionLine = cover.lines[caption.line];
  let seen = 0;
  for (let i = caption.line + step; i >= 0 && i < cover.lines.length && seen < count; i += step) {
    const line = cover.lines[i];
    if (step < 0 ? line.end < bound : line.start > bound) break;
    if (line.blank || isCaptionLine(cover, line)) continue;
    seen++;
    const found = matcher(cover.text, Math.max(line.start, step < 0 ? bound : 0), step > 0 ? Math.min(line.end, bound) : line.end);
    if (found.length > 0) return nearestInColumn(found, line, captionLine, caption);
  }
  return undefined;
}
