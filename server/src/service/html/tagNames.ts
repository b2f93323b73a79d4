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
 * characters is its lower-case character codes as the digits of a base-128
 * number (key = key * 128 + code, character by character): 7 characters of
 * 7 bits fit a double's 53-bit integer range exactly. A tag name starts with
 * a letter (not 0), so two names have the same key only when they are the
 * same name.
 */
export const MAX_PACKED = 7;

/**
 * Names seen so far. Short ASCII names (nearly all: p, td, font, span) are
 * found by their packed key, which is the name itself as a number, so a
 * match needs no comparison of characters; longer ones by a hash of their
 * lower-case character codes, checked character by character.
 */
export class TagNameTable {
  private readonly packedKeys = new Float64Array(SLOTS).fill(-1);
  private readonly packedNames: Array<TagName | undefined> = new Array<TagName | undefined>(SLOTS).fill(undefined);
  private packedCount = 0;
  private readonly entries: Array<TagName | undefined> = new Array<TagName | undefined>(SLOTS).fill(undefined);
  private count = 0;

  /**
   * The name at source[start, end). `hash` is the hash of its lower-case
   * characters (see nextHash), -1 when a character is not ASCII (such names
   * are not kept). `key` is its packed key when it has at most MAX_PACKED
   * characters, all ASCII (see MAX_PACKED), and -1 otherwise. The HTML pass
   * works both out as it reads the name.
   */
  lookup(source: string, start: number, end: number, key: number, hash: number): TagName {
    if (hash < 0) return describeName(source.slice(start, end).toLowerCase());
    if (key < 0) return this.lookupLong(source, start, end, hash);
    let slot = hash & (SLOTS - 1);
    for (let probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (SLOTS - 1)) {
      const found = this.packedKeys[slot];
      if (found === key) return this.packedNames[slot] as TagName;
      if (found < 0) {
        const name = describeName(source.slice(start, end).toLowerCase());
        if (this.packedCount < MAX_ENTRIES) {
          this.packedKeys[slot] = key;
          this.packedNames[slot] = name;
          this.packedCount++;
        }
        return name;
      }
    }
    return describeName(source.slice(start, end).toLowerCase());
  }

  private lookupLong(source: string, start: number, end: number, hash: number): TagName {
    const length = end - start;
    let slot = hash & (SLOTS - 1);
    for (let probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (SLOTS - 1)) {
      const entry = this.entries[slot];
      if (entry === undefined) {
        const found = describeName(source.slice(start, end).toLowerCase());
        if (this.count < MAX_ENTRIES) {
          this.entries[slot] = found;
          this.count++;
        }
        return found;
      }
      if (entry.name.length === length && sameLowerCase(source, start, entry.name)) return entry;
    }
    return describeName(source.slice(start, end).toLowerCase());
  }
}

/** ASCII letters to lower case; other codes as they are. */
export function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The hash of a name one lower-case character longer. */
export function nextHash(hash: number, lower: number): number {
  return (hash * 31 + lower) & 0x3fffffff;
}

/** source[start, start + name.length) lower-cased (ASCII) equals name. */
function sameLowerCase(source: string, start: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    if (lowerAscii(source.charCodeAt(start + k)) !== name.charCodeAt(k)) return false;
  }
  return true;
}
