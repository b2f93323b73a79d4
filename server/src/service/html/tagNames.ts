/**
 * Tag names read without allocating: a name is hashed and compared by its
 * character codes against a small table of names already seen, so a page's
 * few hundred distinct names are sliced and lower-cased once each, not once
 * per tag. Each entry carries what the HTML pass asks about the element.
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

/** Names seen so far, by hash of their lower-case character codes. */
export class TagNameTable {
  private readonly entries: Array<TagName | undefined> = new Array<TagName | undefined>(SLOTS).fill(undefined);
  private count = 0;

  /**
   * The name at source[start, end). `hash` is `hashName` of it, or -1 when
   * the name has a character outside ASCII (then it is not cached).
   */
  lookup(source: string, start: number, end: number, hash: number): TagName {
    if (hash < 0) return describeName(source.slice(start, end).toLowerCase());
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

/** source[start, start + name.length) lower-cased (ASCII) equals name. */
function sameLowerCase(source: string, start: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    let c = source.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== name.charCodeAt(k)) return false;
  }
  return true;
}
