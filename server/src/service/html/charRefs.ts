/**
 * Character references: &name; &#123; &#x7B;.
 */
import { isAsciiAlphanumeric, isAsciiDigit, isAsciiLetter } from './chars';
import { NAMED_ENTITIES, SEMICOLON_OPTIONAL, WINDOWS_1252_FROM_128 } from './entities';

const REPLACEMENT = 0xfffd;
const MAX_NAME = 32;
const NBSP = 0xa0;

/**
 * Reads references without allocating: `read` leaves the code point and the
 * end of the reference in `code` and `end` (the HTML pass reads tens of
 * thousands of &nbsp; and &#160;, most of which only ever become a space).
 */
export class CharRefReader {
  /** Code point of the last reference read. */
  code = 0;
  /** Source offset just past it. */
  end = 0;

  /**
   * Reads the reference at source[at] (which is '&'), no further than
   * `limit`. False when it is not a reference that is known: the caller
   * keeps the text as written.
   */
  read(source: string, at: number, limit: number): boolean {
    const i = at + 1;
    if (i >= limit) return false;
    if (source.charCodeAt(i) === 35 /* # */) return this.readNumeric(source, at, limit);
    // The most common name, known without a slice and a table lookup: "nbsp" then ';'.
    if (i + 5 <= limit && source.startsWith('nbsp;', i)) return this.found(NBSP, i + 5);
    return this.readNamed(source, i, limit);
  }

  private readNamed(source: string, nameStart: number, limit: number): boolean {
    let i = nameStart;
    while (i < limit && i - nameStart < MAX_NAME && isAsciiAlphanumeric(source.charCodeAt(i))) i++;
    if (i === nameStart || !isAsciiLetter(source.charCodeAt(nameStart))) return false;
    const name = source.slice(nameStart, i);
    const hasSemicolon = i < limit && source.charCodeAt(i) === 59;
    let code = NAMED_ENTITIES.get(name);
    // Old upper-case markup sometimes writes &NBSP; and the like.
    if (code === undefined && hasSemicolon && name === name.toUpperCase()) code = NAMED_ENTITIES.get(name.toLowerCase());
    if (code === undefined) return false;
    if (!hasSemicolon && !SEMICOLON_OPTIONAL.has(name)) return false;
    return this.found(code, hasSemicolon ? i + 1 : i);
  }

  private readNumeric(source: string, at: number, limit: number): boolean {
    let i = at + 2;
    const hex = i < limit && (source.charCodeAt(i) | 0x20) === 120; /* x or X */
    if (hex) i++;
    const digitsStart = i;
    let value = 0;
    for (; i < limit; i++) {
      const c = source.charCodeAt(i);
      let digit: number;
      if (isAsciiDigit(c)) digit = c - 48;
      else if (hex && (c | 0x20) >= 97 && (c | 0x20) <= 102) digit = (c | 0x20) - 87;
      else break;
      // Saturate instead of overflowing; the value is replaced below anyway.
      if (value <= 0x10ffff) value = value * (hex ? 16 : 10) + digit;
    }
    if (i === digitsStart) return false;
    const end = i < limit && source.charCodeAt(i) === 59 ? i + 1 : i;
    let code = value;
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = REPLACEMENT;
    else if (code >= 128 && code <= 159) code = WINDOWS_1252_FROM_128[code - 128] || code;
    return this.found(code, end);
  }

  private found(code: number, end: number): true {
    this.code = code;
    this.end = end;
    return true;
  }
}
