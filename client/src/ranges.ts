/** Positions and ranges in LSP terms (0-based line, UTF-16 character), as the filing summary carries them. */
import type { Position, Range } from 'vscode-languageserver-types';

export type { Position, Range };

/** Negative when a is before b, 0 when equal, positive after. */
export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

/** True when the position lies in the range, both ends included (a cursor right after a heading is still on it). */
export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** True when `inner` lies wholly inside `outer`. */
export function rangeWithin(inner: Range, outer: Range): boolean {
  return rangeContains(outer, inner.start) && rangeContains(outer, inner.end);
}

/** A well-formed range, for values that arrive from a webview and cannot be trusted. */
export function isRange(value: unknown): value is Range {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { start?: unknown; end?: unknown };
  return isPosition(r.start) && isPosition(r.end);
}

function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as { line?: unknown; character?: unknown };
  return isCount(p.line) && isCount(p.character);
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 2 ** 31;
}
