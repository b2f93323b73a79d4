/**
 * Tag names read without allocating: a name is keyed (short names) or hashed
 * (long ones) as it is read and looked up in a small table of names already
 * seen, so a page's few hundred distinct names are sliced and lower-cased
 * once each, not once per tag. Each entry carries what the HTML pass asks
 * about the element.
 */
import {
  BLOCK_ELEMENTS,
  HEAD_ELEMENTS,
  HIDEABLE_ELEMENTS,
  PREFORMATTED_ELEMENTS,
  RAW_SKIPPED_ELEMENTS,
} from './elements';

export const enum NameFlag {
  Block = 1,
  Preformatted = 2,
  RawSkipped = 4,
  HeadElement = 8,
  Hideable = 16,
  Table = 32,
  Row = 64,
  Cell = 128,
  Head = 256,
  Title = 512,
  /** head, body or html: their end tag ends the head. */
  EndsHead = 1024,
  Br = 2048,
}

export interface TagName {
  /** Lower-case name, prefix included: "ix:nonnumeric". */
  readonly name: string;
  readonly flags: number;
  /** Before the first ':' ("" when there is none). */
  readonly prefix: string;
  /** After the first ':' (the whole name when there is none). */
  readonly local: string;
}

export function describeName(name: string): TagName {
  let flags = 0;
  if (BLOCK_ELEMENTS.has(name)) flags |= NameFlag.Block;
  if (PREFORMATTED_ELEMENTS.has(name)) flags |= NameFlag.Preformatted;
  if (RAW_SKIPPED_ELEMENTS.has(name)) flags |= NameFlag.RawSkipped;
  if (HEAD_ELEMENTS.has(name)) flags |= NameFlag.HeadElement;
  if (HIDEABLE_ELEMENTS.has(name)) flags |= NameFlag.Hideable;
  if (name === 'table') flags |= NameFlag.Table;
  if (name === 'tr') flags |= NameFlag.Row;
  if (name === 'td' || name === 'th') flags |= NameFlag.Cell;
  if (name === 'head') flags |= NameFlag.Head;
  if (name === 'title') flags |= NameFlag.Title;
  if (name === 'head' || name === 'body' || name === 'html') flags |= NameFlag.EndsHead;
  if (name === 'br') flags |= NameFlag.Br;
  const colon = name.indexOf(':');
  return { name, flags, prefix: colon < 0 ? '' : name.slice(0, colon), local: name.slice(colon + 1) };
}

const SLOTS = 1024; // a power of two
const MAX_ENTRIES = 768;
const PROBES = 8;

/**
 * Longest name with a packed key. The packed key of a name of ASCII
 * characters is its character codes, as written, as the digits of a
 * base-128 number (key = key * 128 + code, character by character): 7
 * characters of 7 bits fit a double's 53-bit integer range exactly. A tag
 * name starts with a letter (not 0), so two names have the same key only when
 * they are written the same.
 */
export const MAX_PACKED = 7;

/**
 * Names seen so far, by their spelling as written (so reading a name needs no
 * lower-casing: "TD" and "td" are two entries for one description). Short
 * ASCII names (nearly all: p, td, font, span) are found by their packed key,
 * which is the name itself as a number, so a match needs no comparison of
 * characters; the others by a hash of their character codes, checked
 * character by character. A name's description depends on its spelling only,
 * so one table can serve every pass; it stops growing at MAX_ENTRIES of each
 * kind, and names it cannot keep are described afresh each time.
 */
export class TagNameTable {
  private readonly packedKeys = new Float64Array(SLOTS).fill(-1);
  private readonly packedNames: Array<TagName | undefined> = new Array<TagName | undefined>(SLOTS).fill(undefined);
  private packedCount = 0;
  private readonly spellings: Array<string | undefined> = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly names: Array<TagName | undefined> = new Array<TagName | undefined>(SLOTS).fill(undefined);
  private count = 0;

  /**
   * The name at source[start, end). `hash` is the hash of its character
   * codes (see nextHash). `key` is its packed key when it has at most
   * MAX_PACKED characters, all ASCII (see MAX_PACKED), and -1 otherwise. The
   * HTML pass works both out as it reads the name.
   */
  lookup(source: string, start: number, end: number, key: number, hash: number): TagName {
    if (key < 0) return this.lookupSpelled(source, start, end, hash);
    let slot = hash & (SLOTS - 1);
    for (let probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (SLOTS - 1)) {
      const found = this.packedKeys[slot];
      if (found === key) return this.packedNames[slot] as TagName;
      if (found < 0) {
        const name = describeSpelling(source, start, end);
        if (this.packedCount < MAX_ENTRIES) {
          this.packedKeys[slot] = key;
          this.packedNames[slot] = name;
          this.packedCount++;
        }
        return name;
      }
    }
    return describeSpelling(source, start, end);
  }

  private lookupSpelled(source: string, start: number, end: number, hash: number): TagName {
    const length = end - start;
    let slot = hash & (SLOTS - 1);
    for (let probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (SLOTS - 1)) {
      const spelling = this.spellings[slot];
      if (spelling === undefined) {
        const name = describeSpelling(source, start, end);
        if (this.count < MAX_ENTRIES) {
          this.spellings[slot] = source.slice(start, end);
          this.names[slot] = name;
          this.count++;
        }
        return name;
      }
      if (spelling.length === length && source.startsWith(spelling, start)) return this.names[slot] as TagName;
    }
    return describeSpelling(source, start, end);
  }
}

function describeSpelling(source: string, start: number, end: number): TagName {
  return describeName(source.slice(start, end).toLowerCase());
}

/** ASCII letters to lower case; other codes as they are. */
export function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The hash of a name one character (code `c`, as written) longer. */
export function nextHash(hash: number, c: number): number {
  return (hash * 31 + c) & 0x3fffffff;
}
