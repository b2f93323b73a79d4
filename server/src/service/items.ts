/**
 * Item headings of an 8-K body: "ITEM 2.02", "Item 5. Other Events.",
 * "Items 5.02 and 9.01", "Item 2.02\tResults of ...", a number whose title is
 * on the next line. A scan of the lines that start with an "I" finds those
 * that read as headings (`HeadingScan`); `chooseItems` then makes the choices that need the
 * whole document: the numbering scheme, table-of-contents entries, items
 * marked "Not applicable", the signatures as the end of the body.
 */
import { CURRENT_ITEMS, LEGACY_ITEMS, currentItem, legacyItem } from './data/items';
import { INLINE_SPACE, Lines, TO_END, collapse, isLead, isSpace } from './bodyLines';
import type { ItemScheme } from './model';
import { MISREAD_DASH } from './data/misreadEncodings';

/** One item a heading names (a combined heading names several). */
export interface HeadingPart {
  number: string;
  scheme: ItemScheme;
  /** View offsets of the number as written ("2. 02"). */
  numberStart: number;
  numberEnd: number;
  /** The words that name this item: "Item 5.02" of "Items 5.02 and 9.01". */
  partStart: number;
  partEnd: number;
}

/** A line that reads as an item heading. All offsets are view offsets; lines are named by their start. */
export interface HeadingCandidate {
  line: number;
  /** Last line the heading uses (its title may be on the next line). */
  lastLine: number;
  start: number;
  /** End of the title, or of the number when there is no title. */
  end: number;
  parts: HeadingPart[];
  title: string;
  titleStart: number;
  titleEnd: number;
  /** The title is the catalogue's title (or a variant) for the number. */
  titleMatched: boolean;
  /** The line before reads as a sentence that runs on into this line. */
  continuation: boolean;
}

const S = INLINE_SPACE;
const ITEM_WORD = new RegExp(String.raw`items?(?![a-z])\.?${S}*(?:no\.${S}*)?`, 'iy');
// "2.02", "2. 02", "2 .0 2" (a number split across inline tags), or a legacy "5".
const NUMBER = new RegExp(String.raw`(\d{1,2})(?:${S}{0,2}\.${S}{0,2}(\d)${S}{0,2}(\d)(?!\d|\.\d)|(?![\da-z]|\.\d))`, 'iy');
// "9.01(d)"
const SUFFIX = new RegExp(String.raw`(?:${S}?\([a-z0-9]{1,4}\))*`, 'iy');
// ", ", " and ", ", and ", " & " between the numbers of a combined heading.
const JOINER = new RegExp(String.raw`${S}*(?:,${S}*(?:and${S}+)?|and${S}+|&${S}*)`, 'iy');
// A dash seen through the wrong encoding ("â€”", "\ufffd") separates too: the heading is still found (and checks/encoding says why it looks odd).
const SEPARATOR = new RegExp(String.raw`(?:${S}|[.:\-–—|*_]|${MISREAD_DASH})*`, 'y');
const SENTENCE_WORD = /^(?:through|to|and|or|of|under|above|below|hereof|herein|is|are|was|were|has|have)\b/i;
const SENTENCE_END = new RegExp(String.raw`[.:](?=${S}+["“(]?[A-Z])`);

const MAX_HEADING_LINE = 600;
const MAX_TITLE = 150;
/** At most this many white space and lead characters stand before "Item" on a heading line. */
const MAX_LEAD = 40;

/**
 * The lines that read as item headings, in order, found as they are asked
 * for: the finders need the first headings, then those before the
 * signatures, so the scan stops where they stop asking.
 */
export class HeadingScan {
  /** The headings found so far, in order. */
  readonly found: HeadingCandidate[] = [];
  // The lines before this offset have been looked at.
  private from = 0;

  constructor(private readonly lines: Lines) {}

  /**
   * Scans on, over the lines before `end` (a line start or TO_END), until it
   * finds a heading for which `enough` is true, and returns it; undefined
   * when none is. Only the lines whose first letter is an "I" are looked at
   * (`Lines.nextHeadLine`: its lead characters include those of `headingWordStart`).
   */
  searchUntil(end: number, enough: (c: HeadingCandidate) => boolean): HeadingCandidate | undefined {
    const lines = this.lines;
    for (let line = lines.nextHeadLine(this.from, end, isI); line >= 0; line = lines.nextHeadLine(this.from, end, isI)) {
      this.from = line + 1;
      const p = leadEnd(lines.text, line);
      const c = lines.text.charCodeAt(p);
      if (c !== 0x49 && c !== 0x69) continue; // I, i
      const cand = parseHeading(lines, line, p);
      if (!cand) continue;
      this.found.push(cand);
      if (enough(cand)) return cand;
    }
    this.from = Math.max(this.from, end);
    return undefined;
  }
}

/**
 * Where a heading's first word starts on `line`: after at most MAX_LEAD
 * characters of white space and lead marks. The scan looks only there.
 */
export function headingWordStart(lines: Lines, line: number): number {
  const text = lines.text;
  const limit = Math.min(lines.end(line), line + MAX_LEAD);
  let p = line;
  while (p < limit && (isSpace(text.charCodeAt(p)) || isLead(text.charCodeAt(p)))) p++;
  return p;
}

function isI(c: number): boolean {
  return c === 0x49 || c === 0x69;
}

/**
 * `headingWordStart` without the line's end: the white space skipped stops
 * at the "\n" (a "\r" before it is skipped, and is no "I" either).
 */
function leadEnd(text: string, line: number): number {
  const limit = line + MAX_LEAD;
  let p = line;
  let c = text.charCodeAt(p);
  while (p < limit && c !== 0x0a && (isSpace(c) || isLead(c))) c = text.charCodeAt(++p);
  return p;
}

/** The heading on `line`, tested the plain way (the reference for `HeadingScan`). */
export function headingOnLine(lines: Lines, line: number): HeadingCandidate | undefined {
  const p = headingWordStart(lines, line);
  const c = lines.text.charCodeAt(p);
  return c === 0x49 || c === 0x69 ? parseHeading(lines, line, p) : undefined; // I, i
}

function parseHeading(lines: Lines, line: number, start: number): HeadingCandidate | undefined {
  const text = lines.text;
  ITEM_WORD.lastIndex = start;
  if (!ITEM_WORD.exec(text)) return undefined; // most lines that start with an "I" do not say "Item"
  const limit = Math.min(lines.end(line), start + MAX_HEADING_LINE);
  let p = ITEM_WORD.lastIndex;
  const parts: HeadingPart[] = [];
  let partStart = start;
  for (;;) {
    const part = parseNumber(text, p, partStart);
    if (!part || part.partEnd > limit) break;
    parts.push(part);
    // "Items 5.02 and 9.01", "ITEM 5.02 AND ITEM 5.03", "Items 2.02, 7.01 and 9.01"
    JOINER.lastIndex = part.partEnd;
    if (!JOINER.exec(text)) break;
    partStart = JOINER.lastIndex;
    ITEM_WORD.lastIndex = partStart;
    p = ITEM_WORD.exec(text) ? ITEM_WORD.lastIndex : partStart;
  }
  if (parts.length === 0) return undefined;
  const numbersEnd = parts[parts.length - 1].partEnd;

  SEPARATOR.lastIndex = numbersEnd;
  SEPARATOR.exec(text);
  const restStart = Math.min(SEPARATOR.lastIndex, limit);
  const rest = text.slice(restStart, limit);
  const cand: HeadingCandidate = {
    line,
    lastLine: line,
    start,
    end: numbersEnd,
    parts,
    title: '',
    titleStart: -1,
    titleEnd: -1,
    titleMatched: false,
    continuation: false,
  };

  const first = rest.charAt(0);
  if (rest.trim() === '') {
    // "Item 2.02" ending a line whose sentence goes on below ("... of Form 8-K"): a wrapped reference.
    if (nextLineContinuesSentence(lines, line)) return undefined;
    titleOnNextLine(lines, cand);
  } else if (!/[A-Za-z"“'‘(\[]/.test(first)) {
    return undefined; // "Item 7.01, Regulation FD ...": a comma, a digit, a closing parenthesis
  } else {
    const matched = matchCatalogueTitle(rest, parts);
    if (matched > 0) {
      setTitle(cand, text, restStart, restStart + matched, true);
    } else {
      // A lower-case word after the number makes a sentence ("Item 2.02 of
      // this report", "Items 1 through 4"), not a heading; so does such a word in capitals.
      if (!/[A-Z"“'‘(\[]/.test(first) || SENTENCE_WORD.test(rest)) return undefined;
      const partial = partialTitleMatch(rest, parts);
      if (partial && continueTitle(lines, cand, restStart)) {
        // the title runs on to the next line
      } else {
        setTitle(cand, text, restStart, restStart + freeTitleLength(rest), false);
      }
    }
  }
  cand.continuation = followsRunningText(lines, line) && runsOn(lines, cand);
  return cand;
}

function parseNumber(text: string, at: number, partStart: number): HeadingPart | undefined {
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const major = m[1];
  let number: string;
  let scheme: ItemScheme;
  if (m[2] !== undefined) {
    if (major.length !== 1 || major === '0') return undefined;
    number = `${major}.${m[2]}${m[3]}`;
    scheme = 'current';
  } else {
    const n = Number(major);
    if (n < 1 || n > 12) return undefined;
    number = String(n);
    scheme = 'legacy';
  }
  const numberEnd = NUMBER.lastIndex;
  SUFFIX.lastIndex = numberEnd;
  SUFFIX.exec(text);
  return { number, scheme, numberStart: at, numberEnd, partStart, partEnd: SUFFIX.lastIndex };
}

function setTitle(cand: HeadingCandidate, text: string, start: number, end: number, matched: boolean): void {
  // Trailing bold markers and white space are not part of the title.
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x2a)) end--;
  if (end <= start) return;
  cand.title = collapse(text.slice(start, end));
  cand.titleStart = start;
  cand.titleEnd = end;
  cand.titleMatched = matched;
  cand.end = Math.max(cand.end, end);
}

/** A heading that is only a number ("Item 5.02", "Item 1.01.") takes its title from the next line when it reads as one. */
function titleOnNextLine(lines: Lines, cand: HeadingCandidate): void {
  const j = lines.nextNonBlank(lines.next(cand.line), 3);
  if (j < 0) return;
  const start = lines.contentStart(j);
  const end = Math.min(lines.contentEnd(j), start + MAX_HEADING_LINE);
  const s = lines.text.slice(start, end);
  if (/^items?\b/i.test(s)) return;
  const matched = matchCatalogueTitle(s, cand.parts);
  if (matched > 0) {
    setTitle(cand, lines.text, start, start + matched, true);
  } else if (looksLikeTitle(s)) {
    setTitle(cand, lines.text, start, end, false);
  } else {
    return;
  }
  cand.lastLine = j;
}

function nextLineContinuesSentence(lines: Lines, line: number): boolean {
  const j = lines.nextNonBlank(lines.next(line), 2);
  return j >= 0 && /^[a-z]/.test(lines.text[lines.contentStart(j)]) && !/^[a-z]\)/.test(lines.trimmed(j, 3));
}

/** A title that starts on the heading line and ends on the next ("... OR A RELATED / AUDIT REPORT ..."). */
function continueTitle(lines: Lines, cand: HeadingCandidate, restStart: number): boolean {
  const j = lines.nextNonBlank(lines.next(cand.line), 2);
  if (j < 0) return false;
  const text = lines.text;
  const lineEnd = lines.contentEnd(cand.line);
  const nextStart = lines.contentStart(j);
  const nextEnd = Math.min(lines.contentEnd(j), nextStart + MAX_HEADING_LINE);
  const joined = text.slice(restStart, lineEnd) + ' ' + text.slice(nextStart, nextEnd);
  const matched = matchCatalogueTitle(joined, cand.parts);
  const firstPart = lineEnd - restStart + 1;
  if (matched <= firstPart) return false;
  cand.title = collapse(joined.slice(0, matched).replace(/\*+$/, ''));
  cand.titleStart = restStart;
  cand.titleEnd = nextStart + (matched - firstPart);
  cand.titleMatched = true;
  cand.end = cand.titleEnd;
  cand.lastLine = j;
  return true;
}

/** Length of a title that is not the catalogue's: up to a tab, a sentence end, or a cap. */
function freeTitleLength(rest: string): number {
  let end = rest.length;
  const tab = rest.indexOf('\t');
  if (tab > 0) end = tab;
  const sentence = SENTENCE_END.exec(rest.slice(0, end));
  if (sentence) end = sentence.index + 1;
  if (end > MAX_TITLE) {
    const space = rest.lastIndexOf(' ', MAX_TITLE);
    end = space > 20 ? space : MAX_TITLE;
  }
  return end;
}

/** A line that can be a heading's title: short, no digits, mostly capitalized words. */
export function looksLikeTitle(s: string): boolean {
  if (s.length === 0 || s.length > MAX_TITLE || /\d/.test(s)) return false;
  if (!/^["“(]?[A-Z]/.test(s)) return false;
  const words = s.split(/[\s\u00a0]+/).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  if (words.length === 0) return true;
  const capitalized = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalized / words.length >= 0.5;
}

/**
 * The line before a heading candidate ends in the middle of a sentence, and
 * the candidate goes on after its title like a sentence: it is a wrapped
 * cross-reference ("... furnished under\nItem 7.01 Regulation FD Disclosure and ...").
 */
function followsRunningText(lines: Lines, line: number): boolean {
  const prev = lines.prev(line);
  if (prev < 0 || lines.isBlank(prev)) return false;
  const end = lines.contentEnd(prev);
  return end - lines.contentStart(prev) >= 50 && /[a-z,;]/.test(lines.text[end - 1]);
}

/** Text follows the title on the heading line as a sentence would: a lower-case word, or anything after a title not the catalogue's. */

function runsOn(lines: Lines, cand: HeadingCandidate): boolean {
  if (cand.lastLine !== cand.line) return false;
  const after = lines.text.slice(cand.end, Math.min(lines.contentEnd(cand.line), cand.end + 200)).replace(/^[\s.:*]+/, '');
  if (after === '') return false;
  return /^[a-z]/.test(after) || !cand.titleMatched;
}

// ------------------------------------------------------------ catalogue titles

/** Letters and digits, lower case ("&" counts as "and"). */
function keyOf(s: string): string {
  let key = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) key += s[i];
    else if (c >= 65 && c <= 90) key += String.fromCharCode(c + 32);
    else if (c === 0x26) key += 'and';
  }
  return key;
}

/**
 * Where in `s` the characters that make `key` end, when the key of `s`
 * (`keyOf`, of its first `n` characters) starts with `key`; else -1. Walks `s`
 * and `key` together, so a key that differs is left at its first letter.
 */
function keyPrefixEnd(s: string, n: number, key: string): number {
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x26) {
      for (let a = 0; a < 3; a++) {
        if (key.charCodeAt(k) !== AND.charCodeAt(a)) return -1;
        if (++k === key.length) return i + 1;
      }
      continue;
    }
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (!((lower >= 48 && lower <= 57) || (lower >= 97 && lower <= 122))) continue;
    if (key.charCodeAt(k) !== lower) return -1;
    if (++k === key.length) return i + 1;
  }
  return -1;
}

const AND = 'and';

const titleKeys = new Map<string, string[]>();
for (const item of CURRENT_ITEMS) titleKeys.set(`current:${item.number}`, titleKeysOf(item.title, item.variants));
for (const item of LEGACY_ITEMS) titleKeys.set(`legacy:${item.number}`, titleKeysOf(item.title, item.variants));

function titleKeysOf(title: string, variants: readonly string[]): string[] {
  // Longest first, so that a variant that extends another wins.
  return [title, ...variants].map((t) => keyOf(t)).sort((a, b) => b.length - a.length);
}

function keysFor(parts: HeadingPart[]): string[] {
  const out: string[] = [];
  for (const part of parts) out.push(...(titleKeys.get(`${part.scheme}:${part.number}`) ?? []));
  return out;
}

/** Length of the prefix of `s` that is the catalogue title of one of the parts (with a closing period), or 0. */
export function matchCatalogueTitle(s: string, parts: HeadingPart[]): number {
  const keys = keysFor(parts);
  if (keys.length === 0) return 0;
  const n = Math.min(s.length, keys[0].length * 3 + 40);
  for (const key of keys) {
    let end = key.length > 0 ? keyPrefixEnd(s, n, key) : -1;
    if (end < 0) continue;
    while (end < s.length && /[.)”"*]/.test(s[end])) end++;
    return end;
  }
  return 0;
}

/** `s` is the start of a catalogue title (at least a few words of it). */
function partialTitleMatch(s: string, parts: HeadingPart[]): boolean {
  const k = keyOf(s);
  if (k.length < 12) return false;
  return keysFor(parts).some((key) => key.length > k.length && key.startsWith(k));
}

export function isKnownItem(number: string, scheme: ItemScheme): boolean {
  return scheme === 'current' ? currentItem(number) !== undefined : legacyItem(number) !== undefined;
}

// ------------------------------------------------------------ the document's items

export interface ItemChoice {
  /** The headings whose items the filing reports, in order. */
  items: HeadingCandidate[];
  /** Where sections end: the start of every heading line kept as a boundary, in order. */
  boundaries: number[];
  /** Start of the first heading (a table of contents entry included), or -1. */
  firstStart: number;
}

/**
 * The headings that report items. `bodyEnd` is where the body ends (the
 * signatures): headings after it belong to a pasted exhibit.
 */
export function chooseItems(
  candidates: HeadingCandidate[],
  lines: Lines,
  opts: { scheme?: ItemScheme; bodyEnd: number },
): ItemChoice {
  let cands = candidates.filter((c) => c.start < opts.bodyEnd && !c.continuation);
  const scheme = chooseScheme(cands, opts.scheme);
  // A heading in the other numbering counts only when its title says which item it is.
  cands = cands.filter((c) => c.parts.every((p) => p.scheme === scheme) || c.titleMatched);

  const notApplicable = new Set<HeadingCandidate>();
  for (let k = 0; k < cands.length; k++) {
    const next = k + 1 < cands.length ? cands[k + 1].start : opts.bodyEnd;
    if (saysNotApplicable(cands[k], lines, next)) notApplicable.add(cands[k]);
  }

  // A table of contents: entries whose items have a heading later, the first
  // without a section of its own, the others following it.
  const lastIndexOf = new Map<string, number>();
  cands.forEach((c, k) => c.parts.forEach((p) => lastIndexOf.set(p.number, k)));
  const contents = new Set<HeadingCandidate>();
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (!c.parts.some((p) => (lastIndexOf.get(p.number) ?? k) > k)) continue;
    const nextLine = k + 1 < cands.length ? cands[k + 1].line : TO_END;
    if ((k > 0 && contents.has(cands[k - 1])) || !hasBodyText(lines, lines.next(c.lastLine), nextLine)) contents.add(c);
  }

  const boundaries = cands.filter((c) => !contents.has(c)).map((c) => c.line);
  const items = cands.filter((c) => !contents.has(c) && !notApplicable.has(c));
  return { items, boundaries, firstStart: cands.length > 0 ? cands[0].start : -1 };
}

function chooseScheme(cands: HeadingCandidate[], hint: ItemScheme | undefined): ItemScheme {
  let current = 0;
  let legacy = 0;
  for (const c of cands) {
    const weight = c.titleMatched ? 2 : 1;
    for (const p of c.parts) {
      if (p.scheme === 'current') current += weight;
      else legacy += weight;
    }
  }
  if (hint && (hint === 'current' ? current : legacy) > 0) return hint;
  if (current === 0 && legacy === 0) return hint ?? 'current';
  return current >= legacy ? 'current' : 'legacy';
}

const NOT_APPLICABLE = /^(?:not applicable|none|n\/a|inapplicable|omitted|not required)\.?$/i;
// NOT_APPLICABLE on a text whose runs of white space and of "*", "_", dashes count as one space, trimmed:
// the separators may stand around the words and between "not" and its word, and nowhere else.
const SEP = String.raw`[\s\u00a0\u200b\ufeff*_\-–—]`;
const NOT_APPLICABLE_TEXT = new RegExp(
  String.raw`^${SEP}*(?:not${SEP}+applicable|none|n\/a|inapplicable|omitted|not${SEP}+required)\.?${SEP}*$`,
  'i',
);

/** "Item 3. Not applicable." or a section that says only that. */
function saysNotApplicable(c: HeadingCandidate, lines: Lines, sectionEnd: number): boolean {
  return NOT_APPLICABLE.test(c.title) || saysOnlyNotApplicable(lines.text.slice(c.end, Math.min(sectionEnd, c.end + 200)));
}

/** `s` says only "Not applicable." (or "None", ...), among bold marks, rules and white space. */
export function saysOnlyNotApplicable(s: string): boolean {
  return NOT_APPLICABLE_TEXT.test(s);
}

/** Some line from `from` on and starting before `to` reads as prose, not as a heading or a table-of-contents entry. */
function hasBodyText(lines: Lines, from: number, to: number): boolean {
  for (let i = from; i >= 0 && i < to; i = lines.next(i)) {
    if (lines.contentEnd(i) - lines.contentStart(i) >= 60) return true;
  }
  return false;
}

// ------------------------------------------------------------ which form

const FORM_NAME = new RegExp(
  String.raw`\b(?:form|schedule)${S}{1,4}([0-9A-Z]{1,4}(?:[-–][0-9A-Z]{1,4})?)|\b(current report)\b|\b(annual report|quarterly report|transition report|registration statement|proxy statement)\b`,
  'gi',
);
// A line that is the form's title: "FORM 10-K", "Form 8-K/A", "SCHEDULE 14A", "CURRENT REPORT".
const TITLE_LINE = /^[*_\s]*(?:(?:form|schedule)\s+[0-9A-Z]{1,4}(?:[-–][0-9A-Z]{1,4})?(?:\/A)?|current report|annual report|quarterly report)\b.{0,80}$/i;

/**
 * The cover names a form other than 8-K ("FORM 10-K", "SCHEDULE 14A",
 * "QUARTERLY REPORT PURSUANT TO ..."): the first line before `until` that is a
 * form's title decides, else the first form named anywhere before it.
 */
export function coverNamesOtherForm(lines: Lines, until: number): boolean {
  const limit = Math.min(until, COVER_FORM_SCAN);
  for (let i = 0; i >= 0 && i < limit; i = lines.next(i)) {
    const start = lines.contentStart(i);
    const len = lines.contentEnd(i) - start;
    if (len === 0 || len > 120 || !mayStartTitleLine(lines.text.charCodeAt(start))) continue;
    const s = lines.trimmed(i, 200);
    if (TITLE_LINE.test(s)) {
      const verdict = formVerdict(s);
      if (verdict !== undefined) return verdict;
    }
  }
  return formVerdict(lines.text.slice(0, limit)) ?? false;
}

const COVER_FORM_SCAN = 30000;

/**
 * TITLE_LINE can match a line whose content starts with `c` only when `c` is
 * '*', '_', beyond ASCII (white space to \s that `contentStart` does not
 * skip), or the first letter of "form", "schedule", "current", "annual",
 * "quarterly" in either case.
 */
export function mayStartTitleLine(c: number): boolean {
  if (c === 0x2a || c === 0x5f || c > 0x7f) return true;
  const l = c | 0x20;
  return l === 0x66 || l === 0x73 || l === 0x63 || l === 0x61 || l === 0x71;
}

/** True for another form, false for an 8-K, undefined when `s` names no form. */
function formVerdict(s: string): boolean | undefined {
  FORM_NAME.lastIndex = 0;
  for (let m = FORM_NAME.exec(s); m; m = FORM_NAME.exec(s)) {
    if (m[2]) return false;
    if (m[3]) return true;
    const form = m[1].toUpperCase().replace('–', '-');
    if (/^8-K/.test(form)) return false;
    if (/^\d{1,2}-[A-Z0-9]|^[A-Z]{1,3}-\d|^DEF$|^14A$|^13[DG]$|^20-F$|^S$|^F$/.test(form)) return true;
  }
  return undefined;
}
