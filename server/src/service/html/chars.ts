/**
 * How the view treats a character: as text, as white space (collapsed into
 * one space), or as invisible (dropped: soft hyphen, zero-width characters).
 */

export const enum CharKind {
  Text = 0,
  Space = 1,
  Invisible = 2,
}

export function charKind(code: number): CharKind {
  if (code < 128) {
    // Tab, line feed, form feed, carriage return, space.
    return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 ? CharKind.Space : CharKind.Text;
  }
  if (code < 0x2000) {
    if (code === 0xa0) return CharKind.Space;
    if (code === 0xad) return CharKind.Invisible;
    return CharKind.Text;
  }
  if (code <= 0x200a) return CharKind.Space; // en quad ... hair space
  if (code <= 0x200f) return CharKind.Invisible; // zero width space, joiners, direction marks
  if (code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000) {
    return CharKind.Space;
  }
  if (code === 0x2060 || code === 0xfeff) return CharKind.Invisible;
  return CharKind.Text;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code);
}

/** Space, tab, line feed, form feed, carriage return: what separates attributes. */
export function isHtmlSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}
