/**
 * Low-level reading of markup: tags, attributes, and searches for a closing
 * delimiter. Every search goes through `BoundedSearch`, which remembers its
 * last answer per needle so that repeated searches over the same stretch
 * (a file full of unterminated quotes, say) stay linear overall.
 */
import { isHtmlSpace } from './chars';

export class BoundedSearch {
  // The last answer per needle (a handful of needles: '<', '>', quotes, comment and CDATA ends).
  private readonly needles: string[] = [];
  private readonly froms: number[] = [];
  private readonly founds: number[] = [];

  constructor(
    private readonly source: string,
    private readonly limit: number,
  ) {}

  /** First offset >= from where needle occurs wholly before the limit, or -1. */
  indexOf(needle: string, from: number): number {
    let k = this.needles.indexOf(needle);
    if (k >= 0) {
      const found = this.founds[k];
      // Nothing in [froms[k], found) and a match at found (or none at all).
      if (from >= this.froms[k] && (found < 0 || from <= found)) return found;
    } else {
      k = this.needles.push(needle) - 1;
    }
    let found = from >= this.limit ? -1 : this.source.indexOf(needle, from);
    if (found >= 0 && found + needle.length > this.limit) found = -1;
    this.froms[k] = from;
    this.founds[k] = found;
    return found;
  }
}

export interface Tag {
  /** Offset of '<'. */
  start: number;
  /** Offset just past '>'. */
  end: number;
  /** Lower-case name, prefix included: "ix:nonnumeric". */
  name: string;
  /** The name as written: "ix:nonNumeric". */
  rawName: string;
  closing: boolean;
  /** Written <name ... />. */
  selfClosing: boolean;
  /** The attribute text, between the name and the closing '>' or '/>'. */
  attrStart: number;
  attrEnd: number;
}

/**
 * Reads the start or end tag at source[at] === '<' (followed by a letter, or
 * by '/' and a letter). Returns null when there is no '>' to end it: then the
 * '<' is text.
 */
export function readTag(source: string, at: number, limit: number, search: BoundedSearch): Tag | null {
  const firstGt = search.indexOf('>', at);
  if (firstGt < 0) return null;
  const closing = source.charCodeAt(at + 1) === 47; /* / */
  const nameStart = closing ? at + 2 : at + 1;
  let nameEnd = nameStart;
  while (nameEnd < firstGt) {
    const c = source.charCodeAt(nameEnd);
    if (c === 47 || isHtmlSpace(c)) break;
    nameEnd++;
  }
  const rawName = source.slice(nameStart, nameEnd);

  let gt = closing ? firstGt : findTagEnd(source, nameEnd, limit, search);
  if (gt < 0) gt = firstGt; // an unterminated quote: end at the first '>' instead
  const selfClosing = !closing && gt > nameStart && source.charCodeAt(gt - 1) === 47;
  return {
    start: at,
    end: gt + 1,
    name: rawName.toLowerCase(),
    rawName,
    closing,
    selfClosing,
    attrStart: nameEnd,
    attrEnd: Math.max(nameEnd, selfClosing ? gt - 1 : gt),
  };
}

/** Offset of the '>' that ends a start tag, skipping quoted attribute values; -1 if a quote is unterminated. */
function findTagEnd(source: string, from: number, limit: number, search: BoundedSearch): number {
  let j = from;
  while (j < limit) {
    const c = source.charCodeAt(j);
    if (c === 62 /* > */) return j;
    if (c === 61 /* = */) {
      j++;
      while (j < limit && isHtmlSpace(source.charCodeAt(j))) j++;
      const q = source.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = search.indexOf(q === 34 ? '"' : "'", j + 1);
        if (close < 0) return -1;
        j = close + 1;
      }
      continue;
    }
    j++;
  }
  return -1;
}

/** Attributes of a tag: lower-case name to value (entities in values are not decoded). */
export function parseAttributes(source: string, start: number, end: number): Map<string, string> {
  const attrs = new Map<string, string>();
  let i = start;
  while (i < end) {
    let c = source.charCodeAt(i);
    if (isHtmlSpace(c) || c === 47 /* / */) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < end) {
      c = source.charCodeAt(i);
      if (isHtmlSpace(c) || c === 61 || c === 47 || c === 62) break;
      i++;
    }
    if (i === nameStart) {
      i++; // a stray '=' or '>'
      continue;
    }
    const name = source.slice(nameStart, i).toLowerCase();
    while (i < end && isHtmlSpace(source.charCodeAt(i))) i++;
    if (i >= end || source.charCodeAt(i) !== 61) {
      if (!attrs.has(name)) attrs.set(name, '');
      continue;
    }
    i++;
    while (i < end && isHtmlSpace(source.charCodeAt(i))) i++;
    let value: string;
    const q = source.charCodeAt(i);
    if (q === 34 || q === 39) {
      let close = i + 1;
      while (close < end && source.charCodeAt(close) !== q) close++;
      value = source.slice(i + 1, close);
      i = close + 1;
    } else {
      const valueStart = i;
      while (i < end && !isHtmlSpace(source.charCodeAt(i))) i++;
      value = source.slice(valueStart, i);
    }
    if (!attrs.has(name)) attrs.set(name, value);
  }
  return attrs;
}

/**
 * Offset just past the end tag </name ...> at or after `from` (case-insensitive),
 * or `limit` when there is none: the content of a raw-text element.
 */
export function skipRawText(source: string, name: string, from: number, limit: number, search: BoundedSearch): number {
  let k = from;
  for (;;) {
    const open = search.indexOf('</', k);
    if (open < 0) return limit;
    const nameEnd = open + 2 + name.length;
    if (nameEnd <= limit && source.slice(open + 2, nameEnd).toLowerCase() === name) {
      const after = nameEnd < limit ? source.charCodeAt(nameEnd) : 62;
      if (after === 62 || after === 47 || isHtmlSpace(after)) {
        const gt = search.indexOf('>', nameEnd);
        return gt < 0 ? limit : gt + 1;
      }
    }
    k = open + 2;
  }
}
