/**
 * Low-level reading of markup: tags, attributes, and searches for a closing
 * delimiter. Every search goes through `BoundedSearch`, which remembers its
 * last answer per needle so that repeated searches over the same stretch
 * (a file full of unterminated quotes, say) stay linear overall.
 */
import { isHtmlSpace } from './chars';
import { describeName, lowerAscii, MAX_PACKED, nextHash, type TagName, type TagNameTable } from './tagNames';

/** 1 for the codes that end a tag name: '>', '/' and HTML white space (all below NAME_ENDERS_BELOW). */
const NAME_ENDERS_BELOW = 63;
const ENDS_NAME = new Uint8Array(NAME_ENDERS_BELOW);
for (const c of [62, 47, 32, 10, 9, 13, 12]) ENDS_NAME[c] = 1;

export class BoundedSearch {
  /** The finders every tag uses, at hand without a lookup. */
  readonly gt: NeedleSearch;
  readonly doubleQuote: NeedleSearch;
  readonly singleQuote: NeedleSearch;
  // The finders of other needles ('<', comment and CDATA ends, "</"...), made when first asked
  // for: a small page may need none, and a Map costs more than such a page's whole view.
  private others: Map<string, NeedleSearch> | undefined;

  constructor(
    private readonly source: string,
    private readonly limit: number,
  ) {
    this.gt = new NeedleSearch(source, limit, '>');
    this.doubleQuote = new NeedleSearch(source, limit, '"');
    this.singleQuote = new NeedleSearch(source, limit, "'");
  }

  /** The search for one needle, with its own memory of the last answer. */
  finder(needle: string): NeedleSearch {
    if (needle === '>') return this.gt;
    if (needle === '"') return this.doubleQuote;
    if (needle === "'") return this.singleQuote;
    this.others ??= new Map<string, NeedleSearch>();
    let found = this.others.get(needle);
    if (found === undefined) {
      found = new NeedleSearch(this.source, this.limit, needle);
      this.others.set(needle, found);
    }
    return found;
  }

  /** First offset >= from where needle occurs wholly before the limit, or -1. */
  indexOf(needle: string, from: number): number {
    return this.finder(needle).indexOf(from);
  }
}

/** Searches for one needle, remembering the last answer. */
export class NeedleSearch {
  // Nothing in [from, found) and a match at found (or none at all); from < 0: no search yet.
  private from = -1;
  private found = -1;

  constructor(
    private readonly source: string,
    private readonly limit: number,
    private readonly needle: string,
  ) {}

  /** First offset >= from where the needle occurs wholly before the limit, or -1. */
  indexOf(from: number): number {
    const found = this.found;
    if (this.from >= 0 && from >= this.from && (found < 0 || from <= found)) return found;
    let next = from >= this.limit ? -1 : this.source.indexOf(this.needle, from);
    if (next >= 0 && next + this.needle.length > this.limit) next = -1;
    this.from = from;
    this.found = next;
    return next;
  }

  /** Known without a search: the needle does not occur at or after `from`. */
  absentFrom(from: number): boolean {
    return this.found < 0 && this.from >= 0 && from >= this.from;
  }
}

/** A tag as read; the HTML pass reuses one object for every tag. */
export class Tag {
  /** Offset of '<'. */
  start = 0;
  /** Offset just past '>'. */
  end = 0;
  /** The name as written is source[nameStart, nameEnd). */
  nameStart = 0;
  nameEnd = 0;
  /** Lower-case name and what the element does. */
  info: TagName = describeName('');
  closing = false;
  /** Written <name ... />. */
  selfClosing = false;
  /** The attribute text, between the name and the closing '>' or '/>'. */
  attrStart = 0;
  attrEnd = 0;

  /** Lower-case name, prefix included: "ix:nonnumeric". */
  get name(): string {
    return this.info.name;
  }
}

/**
 * Reads the start or end tag at source[at] === '<' (followed by a letter, or
 * by '/' and a letter) into `tag`. Returns false when there is no '>' to end
 * it: then the '<' is text.
 */
export function readTag(
  source: string,
  at: number,
  limit: number,
  search: BoundedSearch,
  names: TagNameTable,
  tag: Tag,
): boolean {
  // Without a '>' after it, a '<' is text; once a search has found none, later ones need not look.
  if (search.gt.absentFrom(at)) return false;
  const closing = source.charCodeAt(at + 1) === 47; /* / */
  const nameStart = closing ? at + 2 : at + 1;
  let nameEnd = nameStart;
  // The packed key and the hash of the name as written (see TagNameTable.lookup), and all its codes or-ed together.
  let key = 0;
  let hash = 0;
  let codes = 0;
  let c = 0;
  for (;;) {
    if (nameEnd >= limit) {
      search.gt.indexOf(at); // no '>' at all (the name would have stopped at it): noted for the next '<'
      return false;
    }
    c = source.charCodeAt(nameEnd);
    // Letters, the bulk of a name, are past every code that ends one: one comparison.
    if (c < NAME_ENDERS_BELOW && ENDS_NAME[c] === 1) break;
    hash = nextHash(hash, c);
    key = key * 128 + c; // a packed key only for short ASCII names (see below)
    codes |= c;
    nameEnd++;
  }
  if (codes >= 128 || nameEnd - nameStart > MAX_PACKED) key = -1;

  let gt: number;
  if (c === 62) gt = nameEnd;
  else {
    gt = closing ? search.gt.indexOf(nameEnd) : findTagEnd(source, nameEnd, limit, search);
    // No '>' at all: the '<' is text. An unterminated quote: end at the first '>' instead.
    if (gt < 0 && (closing || (gt = search.gt.indexOf(nameEnd)) < 0)) return false;
  }
  const selfClosing = !closing && gt > nameStart && source.charCodeAt(gt - 1) === 47;
  tag.start = at;
  tag.end = gt + 1;
  tag.nameStart = nameStart;
  tag.nameEnd = nameEnd;
  tag.info = names.lookup(source, nameStart, nameEnd, key, hash);
  tag.closing = closing;
  tag.selfClosing = selfClosing;
  tag.attrStart = nameEnd;
  tag.attrEnd = Math.max(nameEnd, selfClosing ? gt - 1 : gt);
  return true;
}

/** Offset of the '>' that ends a start tag, skipping quoted attribute values; -1 if a quote is unterminated (or no '>'). */
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
        const close = (q === 34 ? search.doubleQuote : search.singleQuote).indexOf(j + 1);
        if (close < 0) return -1;
        j = close + 1;
      }
      continue;
    }
    j++;
  }
  return -1;
}

/** Where one attribute lies, as nextAttribute reads it. */
class AttributeSpan {
  nameStart = 0;
  nameEnd = 0;
  /** The value is source[valueStart, valueEnd) ("" when the attribute has none). */
  valueStart = 0;
  valueEnd = 0;
}

/** Filled by nextAttribute; the readers below are synchronous, so one object serves them all. */
const ATTRIBUTE = new AttributeSpan();

/**
 * Reads the next attribute of source[i, end) into `span`. Returns where
 * reading goes on, or -1 when there is no attribute left.
 */
function nextAttribute(source: string, i: number, end: number, span: AttributeSpan): number {
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
    span.nameStart = nameStart;
    span.nameEnd = i;
    while (i < end && isHtmlSpace(source.charCodeAt(i))) i++;
    if (i >= end || source.charCodeAt(i) !== 61) {
      span.valueStart = span.valueEnd = i;
      return i;
    }
    i++;
    while (i < end && isHtmlSpace(source.charCodeAt(i))) i++;
    const q = source.charCodeAt(i);
    if (q === 34 || q === 39) {
      let close = i + 1;
      while (close < end && source.charCodeAt(close) !== q) close++;
      span.valueStart = i + 1;
      span.valueEnd = close;
      return close + 1;
    }
    span.valueStart = i;
    while (i < end && !isHtmlSpace(source.charCodeAt(i))) i++;
    span.valueEnd = i;
    return i;
  }
  return -1;
}

/** Attributes of a tag: lower-case name to value (entities in values are not decoded; the first of a name wins). */
export function parseAttributes(source: string, start: number, end: number): Map<string, string> {
  const attrs = new Map<string, string>();
  const span = ATTRIBUTE;
  for (let i = nextAttribute(source, start, end, span); i >= 0; i = nextAttribute(source, i, end, span)) {
    const name = source.slice(span.nameStart, span.nameEnd).toLowerCase();
    if (!attrs.has(name)) attrs.set(name, source.slice(span.valueStart, span.valueEnd));
  }
  return attrs;
}

/**
 * The value of one attribute, `parseAttributes(...).get(name)` for a
 * lower-case name, without building the map: names are compared in place.
 */
export function attributeValue(source: string, start: number, end: number, name: string): string | undefined {
  const span = ATTRIBUTE;
  for (let i = nextAttribute(source, start, end, span); i >= 0; i = nextAttribute(source, i, end, span)) {
    if (lowerCaseNameIs(source, span.nameStart, span.nameEnd, name)) return source.slice(span.valueStart, span.valueEnd);
  }
  return undefined;
}

/**
 * The values of several attributes, `names.map((name) => attributeValue(...))`,
 * in one walk over the attributes (the walk stops once each name is found).
 */
export function attributeValues(source: string, start: number, end: number, names: readonly string[]): Array<string | undefined> {
  const values = new Array<string | undefined>(names.length).fill(undefined);
  let missing = names.length;
  const span = ATTRIBUTE;
  for (let i = nextAttribute(source, start, end, span); i >= 0 && missing > 0; i = nextAttribute(source, i, end, span)) {
    for (let k = 0; k < names.length; k++) {
      if (values[k] !== undefined || !lowerCaseNameIs(source, span.nameStart, span.nameEnd, names[k])) continue;
      values[k] = source.slice(span.valueStart, span.valueEnd);
      missing--;
    }
  }
  return values;
}

/** source[start, end).toLowerCase() === name, comparing ASCII names code by code. */
function lowerCaseNameIs(source: string, start: number, end: number, name: string): boolean {
  for (let k = start; k < end; k++) {
    // Outside ASCII, lower-casing may change the length: ask toLowerCase.
    if (source.charCodeAt(k) >= 128) return source.slice(start, end).toLowerCase() === name;
  }
  if (end - start !== name.length) return false;
  for (let k = start; k < end; k++) {
    if (lowerAscii(source.charCodeAt(k)) !== name.charCodeAt(k - start)) return false;
  }
  return true;
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
