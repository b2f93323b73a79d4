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
import type { Caption } from './captions';
import { isCaptionLine } from './captions';
import { columnDistance, type CoverText, type Line } from './coverText';
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
  const captionSpan = { start: caption.start, end: caption.end };

  const sameLineAfter = () => {
    const to = Math.min(line.end, options.downTo);
    return matcher(text, caption.end, to)[0];
  };
  const sameLineBefore = () => {
    const from = Math.max(line.start, options.upTo);
    const found = matcher(text, from, caption.start);
    return found[found.length - 1];
  };

  if (!caption.parenthesized) {
    const after = sameLineAfter();
    if (after) return after;
  }
  const before = sameLineBefore();
  if (before) return before;
  const above = searchLines(cover, line, captionSpan, matcher, -1, options.linesUp ?? 6, options.upTo);
  if (above) return above;
  if (caption.parenthesized) {
    const after = sameLineAfter();
    if (after) return after;
  }
  return searchLines(cover, line, captionSpan, matcher, 1, options.linesDown ?? 6, options.downTo);
}

function searchLines(
  cover: CoverText,
  from: Line,
  captionSpan: { start: number; end: number },
  matcher: ValueMatcher,
  step: 1 | -1,
  count: number,
  bound: number,
): ValueMatch | undefined {
  let seen = 0;
  for (let i = from.index + step; i >= 0 && i < cover.lines.length && seen < count; i += step) {
    const line = cover.lines[i];
    if (step < 0 ? line.end < bound : line.start > bound) break;
    if (line.blank) continue;
    if (isCaptionLine(line)) continue;
    seen++;
    const from = step < 0 ? Math.max(line.start, bound) : line.start;
    const to = step > 0 ? Math.min(line.end, bound) : line.end;
    const found = matcher(cover.text, from, to);
    if (found.length === 0) continue;
    return bestAligned(found, line, captionSpan, cover);
  }
  return undefined;
}

function bestAligned(found: ValueMatch[], line: Line, captionSpan: { start: number; end: number }, cover: CoverText): ValueMatch {
  if (found.length === 1) return found[0];
  const captionLine = cover.lines[cover.lineAt(captionSpan.start)];
  let best = found[0];
  let bestDistance = Infinity;
  for (const m of found) {
    const d = columnDistance(captionLine, captionSpan, line, m);
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return best;
}
