/** Text written into the source of a regular expression. */

/** `s` as a pattern that matches exactly `s` (outside a character class). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
