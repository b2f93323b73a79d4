/**
 * The check boxes of a Form 8-K cover: how the box itself is written and the
 * captions beside it.
 *
 * Boxes come as Unicode ballot boxes, as text art ("[ ]", "|_|"), or as the
 * letters a Wingdings box turns into when a document is converted to text:
 * "o", "q", "¨" for an empty box, "ý", "þ", "x" for a checked one.
 */
import type { CheckBoxRule } from '../model';

/** Single characters that stand for a box when they stand alone beside a caption. */
export const EMPTY_BOX_CHARS: readonly string[] = [
  '☐', '□', '▢', '◻', '⬜', '❑', '❒', '❏', '❐', '○', '◯', '¨', 'o', 'q', 'G',
  // Wingdings code points (private use area) of the same boxes.
  '\uf06f', '\uf071', '\uf0a8',
];
export const CHECKED_BOX_CHARS: readonly string[] = [
  '☒', '☑', '✓', '✔', '✗', '✘', '⌧', '⊠', '▣', '■', '◼', '⬛', '█', 'ý', 'þ', 'x', 'X', 'n',
  '\uf06e', '\uf078', '\uf0fd', '\uf0fe',
];

/** Text-art boxes: an opening mark, what is inside, a closing mark. "[ ]", "[X]", "|_|", "(x)". */
export const BOX_BRACKETS: readonly (readonly [string, string])[] = [
  ['[', ']'],
  ['|', '|'],
  ['(', ')'],
  ['\\', '\\'],
];
/** What a text-art box holds when it is checked (compared case-insensitively). */
export const CHECK_MARKS: readonly string[] = ['x', '✓', '✔', '✗', '✘', '*', '•', 'ý', 'þ'];
/** What a text-art box holds when it is empty, besides blanks. */
export const EMPTY_MARKS: readonly string[] = ['_', '__', '___'];

export interface CheckBoxCaption {
  rule: CheckBoxRule;
  /** The caption as the form writes it. */
  caption: string;
  /**
   * Finds the caption; spaces stand for any run of white space. The rule
   * citations are matched loosely ("Rule 14a-2" is a misprint seen on real covers).
   */
  pattern: RegExp;
  /** Where the box usually stands: before the caption (the rules) or after it. */
  boxSide: 'before' | 'after';
}

export const CHECK_BOX_CAPTIONS: readonly CheckBoxCaption[] = [
  {
    rule: '425',
    caption: 'Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)',
    pattern: /written\s+communications?\s+pursuant\s+to\s+rule\s+425\b/i,
    boxSide: 'before',
  },
  {
    rule: '14a-12',
    caption: 'Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)',
    pattern: /soliciting\s+materials?\s+pursuant\s+to\s+rule\s+14a\s?-\s?\d{1,2}\b/i,
    boxSide: 'before',
  },
  {
    rule: '14d-2(b)',
    caption: 'Pre-commencement communications pursuant to Rule 14d-2(b) under the Exchange Act (17 CFR 240.14d-2(b))',
    pattern: /pre\s?-?\s?commencement\s+communications?\s+pursuant\s+to\s+rule\s+14d\s?-\s?2/i,
    boxSide: 'before',
  },
  {
    rule: '13e-4(c)',
    caption: 'Pre-commencement communications pursuant to Rule 13e-4(c) under the Exchange Act (17 CFR 240.13e-4(c))',
    pattern: /pre\s?-?\s?commencement\s+communications?\s+pursuant\s+to\s+rule\s+13e\s?-\s?4/i,
    boxSide: 'before',
  },
  {
    rule: 'emerging-growth',
    caption: 'Emerging growth company',
    // Not the sentence before it ("... whether the registrant is an emerging growth
    // company as defined in Rule 405 ...").
    // It starts its line or follows the sentence before it ("... of this chapter). Emerging growth company ☐").
    pattern: /(?:^[ \t\u00a0]*(?:\S{1,3}[ \t\u00a0]+)?|(?<=[.)][ \t\u00a0]{1,6}))emerging\s+growth\s+company\b(?!,?\s+as\s+defined)/im,
    boxSide: 'after',
  },
  {
    rule: 'extended-transition',
    caption:
      'If an emerging growth company, indicate by check mark if the registrant has elected not to use the extended transition period for complying with any new or revised financial accounting standards provided pursuant to Section 13(a) of the Exchange Act.',
    pattern: /if\s+an\s+emerging\s+growth\s+company,?\s+indicate\s+by\s+check\s?-?\s?mark/i,
    boxSide: 'after',
  },
];
