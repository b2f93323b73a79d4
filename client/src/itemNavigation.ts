/**
 * Moving between item headings: the next or previous heading from a
 * position, and the item a position is in. Items that share one heading
 * ("Items 5.02 and 9.01") count as one stop.
 */
import type { SummaryItem } from '../../server/src/protocol';
import { comparePositions, rangeContains, type Position } from './ranges';

/** The items in text order, one per heading. */
export function itemStops(items: readonly SummaryItem[]): SummaryItem[] {
  const sorted = [...items].sort((a, b) => comparePositions(a.headingRange.start, b.headingRange.start));
  return sorted.filter((item, i) => i === 0 || comparePositions(sorted[i - 1].headingRange.start, item.headingRange.start) !== 0);
}

/** The first heading after the position (a cursor on a heading moves to the one after it). */
export function nextItem(items: readonly SummaryItem[], position: Position): SummaryItem | undefined {
  return itemStops(items).find((item) => comparePositions(item.headingRange.start, position) > 0);
}

/** The last heading before the position (from inside an item, its own heading; from a heading's start, the one before). */
export function previousItem(items: readonly SummaryItem[], position: Position): SummaryItem | undefined {
  const before = itemStops(items).filter((item) => comparePositions(item.headingRange.start, position) < 0);
  return before[before.length - 1];
}

/** The item whose section holds the position (the innermost, the last one starting before it, if sections overlap). */
export function itemAt(items: readonly SummaryItem[], position: Position): SummaryItem | undefined {
  const holding = itemStops(items).filter((item) => rangeContains(item.range, position));
  return holding[holding.length - 1];
}
