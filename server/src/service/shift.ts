/**
 * Moving findings by a number of characters: what an edit before them does,
 * and what reading the main document as a string of its own needs (its
 * offsets start at 0 there, at the document's start in the file).
 */
import type { TextView } from './model';

/**
 * A deep copy of plain data with every range ({start, end} and nothing
 * else) that starts at or after `from` moved by `shift`. Generic on purpose:
 * whatever the finders add to the model later moves with it.
 */
export function shiftRangesFrom<T>(value: T, from: number, shift: number): T {
  if (Array.isArray(value)) return value.map((v) => shiftRangesFrom(v, from, shift)) as T;
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 2 && typeof o.start === 'number' && typeof o.end === 'number') {
    return (o.start >= from ? { start: o.start + shift, end: o.end + shift } : { start: o.start, end: o.end }) as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = shiftRangesFrom(o[key], from, shift);
  return out as T;
}

/** The same view, its source offsets moved by `shift`. */
export function shiftedView(view: TextView, shift: number): TextView {
  return {
    text: view.text,
    toSource: (offset) => view.toSource(offset) + shift,
    toSourceRange: (start, end) => {
      const r = view.toSourceRange(start, end);
      return { start: r.start + shift, end: r.end + shift };
    },
  };
}
