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

/**
 * A run of text: characters charKind calls Text other than '<' and '&' (the
 * class lists charKind's Space and Invisible characters: keep them in step),
 * and lone spaces between them. A lone space inside the run is copied as it
 * is: written as a space and then text it would come out the same, so a run
 * of words is one piece of the view. One sticky pattern reads a run faster
 * than a loop over its characters.
 */
const TEXT_RUN = /[^<&\t\n\f\r \u00a0\u00ad\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+(?: [^<&\t\n\f\r \u00a0\u00ad\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+)*/y;

/** End of the text run that starts at source[i] (a text character), read no further than limit. */
export function textRunEnd(source: string, i: number, limit: number): number {
  TEXT_RUN.lastIndex = i;
  TEXT_RUN.test(source);
  const end = TEXT_RUN.lastIndex;
  if (end <= limit) return end;
  // Cut by the limit: a space just before it is no longer between two text characters.
  return source.charCodeAt(limit - 1) === 32 ? limit - 1 : limit;
}
