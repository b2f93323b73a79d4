/**
 * The cover's check boxes: the four rule boxes (box before the caption), the
 * emerging growth company box and the extended transition period box (box
 * after the caption). A box is a glyph standing alone beside its caption,
 * on the same line or alone on the neighbouring line.
 */
import type { CheckBox, CheckBoxRule, Range, XbrlFact } from '../model';
import {
  BOX_BRACKETS,
  CHECK_BOX_CAPTIONS,
  CHECK_MARKS,
  CHECKED_BOX_CHARS,
  EMPTY_BOX_CHARS,
  EMPTY_MARKS,
} from '../data/checkBoxes';
import type { CoverText } from './coverText';
import { anyFact } from './facts';
import { AnchoredPattern, backOverSpace, isWhiteSpace, lineStartOf } from './anchoredPattern';
import { type KeyWords, KeyWordSet } from './keyWords';

interface Glyph {
  start: number;
  end: number;
  checked: boolean;
}

const EMPTY = new Set(EMPTY_BOX_CHARS);
const CHECKED = new Set(CHECKED_BOX_CHARS);
/** [ \t\u00a0]: what separates a box from its caption on a line (NaN, past either end of the text, is none). */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

/** [A-Za-z\u00c0-\u024f]: a letter a box written as a letter ("o", "x", "ý") could be part of a word with. */
export function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

const FACT_OF_RULE: Record<CheckBoxRule, string> = {
  '425': 'WrittenCommunications',
  '14a-12': 'SolicitingMaterial',
  '14d-2(b)': 'PreCommencementTenderOffer',
  '13e-4(c)': 'PreCommencementIssuerTenderOffer',
  'emerging-growth': 'EntityEmergingGrowthCompany',
  'extended-transition': 'EntityExTransitionPeriod',
};

interface CaptionAnchors {
  /** Key words (see keyWords.ts) every match holds, each after white space or at a line's start, so at a word boundary. */
  keys: KeyWordSet;
  /** Where a match holding the key word at `at` may start. */
  startsOf: (text: string, at: number) => readonly number[];
}

/** Where `word`, of `length` letters, starts when white space alone stands between it and `at`. */
function wordBefore(text: string, at: number, length: number): number {
  return backOverSpace(text, at) - length;
}

/**
 * "written\s+communications?", "soliciting\s+materials?",
 * "pre\s?-?\s?commencement\s+communications?", "if\s+an\s+emerging". The
 * "Emerging growth company" caption starts its line (after a box at most) or
 * follows a sentence's end: a match starts at its "emerging" or at the start
 * of that word's line.
 */
const ANCHORS_OF_RULE: Record<CheckBoxRule, CaptionAnchors> = {
  '425': { keys: new KeyWordSet(['communication']), startsOf: (text, at) => [wordBefore(text, at, 'written'.length)] },
  '14a-12': { keys: new KeyWordSet(['material']), startsOf: (text, at) => [wordBefore(text, at, 'soliciting'.length)] },
  '14d-2(b)': { keys: new KeyWordSet(['communication']), startsOf: (text, at) => [precommencementStart(text, at)] },
  '13e-4(c)': { keys: new KeyWordSet(['communication']), startsOf: (text, at) => [precommencementStart(text, at)] },
  'emerging-growth': { keys: new KeyWordSet(['emerging']), startsOf: (text, at) => [lineStartOf(text, at), at] },
  'extended-transition': { keys: new KeyWordSet(['emerging']), startsOf: (text, at) => [wordBefore(text, wordBefore(text, at, 'an'.length), 'if'.length)] },
};

/**
 * Where "pre" starts in "pre\s?-?\s?commencement" before white space and the
 * word at `at`. Read backwards, the optional white space, dash and white
 * space between the words are told apart, so one start is possible.
 */
function precommencementStart(text: string, at: number): number {
  let i = wordBefore(text, at, 'commencement'.length);
  if (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 0x2d) i--;
  if (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  return i - 'pre'.length;
}

/** The check box captions, each tried only around its key words. */
export const KEYED_CHECK_BOX_CAPTIONS = CHECK_BOX_CAPTIONS.map((caption) => {
  const { keys, startsOf } = ANCHORS_OF_RULE[caption.rule];
  return { caption, pattern: new AnchoredPattern(caption.pattern, keys.anchor(), startsOf), keys };
});

/** The "Emerging growth company" caption, anchored on its "emerging". */
export const EMERGING_GROWTH = KEYED_CHECK_BOX_CAPTIONS.find((keyed) => keyed.caption.rule === 'emerging-growth')!.pattern;

/**
 * Where the key words stand in the cover's text from `from` on, as
 * positions in that slice: those after its start, and its start itself,
 * where a word the whole cover's word boundary hid (a letter before `from`)
 * may stand.
 */
function anchorsInSlice(keyWords: KeyWords, keys: KeyWordSet, from: number): number[] {
  const anchors = [0];
  for (const at of keyWords.of(keys)) if (at > from) anchors.push(at - from);
  return anchors;
}

/** The first match of a check box caption in `slice`, the cover's text from `from` on (what its pattern's exec gives). */
export function firstCaptionMatch(
  keyed: (typeof KEYED_CHECK_BOX_CAPTIONS)[number],
  keyWords: KeyWords,
  slice: string,
  from: number,
): RegExpExecArray | null {
  return keyed.pattern.firstAround(slice, anchorsInSlice(keyWords, keyed.keys, from));
}

/** `keyWords` are those of the cover's head. */
export function findCheckBoxes(cover: CoverText, keyWords: KeyWords, from: number, facts: XbrlFact[]): CheckBox[] {
  const boxes: CheckBox[] = [];
  const slice = cover.text.slice(from, cover.limit);
  for (const keyed of KEYED_CHECK_BOX_CAPTIONS) {
    const { caption } = keyed;
    const m = firstCaptionMatch(keyed, keyWords, slice, from);
    if (!m) continue;
    let start = from + m.index;
    while (isBlank(cover.text.charCodeAt(start))) start++;
    const lineIndex = cover.lineAt(start);
    const line = cover.lines[lineIndex];
    // A glyph the caption pattern took in ("☐ Emerging growth company") is the box.
    const captionStart = start + leadingGlyphLength(cover.text, start, from + m.index + m[0].length);
    const glyph =
      caption.boxSide === 'before'
        ? glyphBefore(cover, lineIndex, captionStart)
        : (captionStart > start ? glyphAt(cover.text, start, trimEnd(cover.text, start, captionStart)) : undefined) ??
          glyphAfterSentence(cover, lineIndex, captionStart) ??
          glyphBefore(cover, lineIndex, captionStart);
    const glyphOnLineAfter = glyph && glyph.start > captionStart && glyph.end <= line.end;
    const captionEnd = trimEnd(cover.text, captionStart, glyphOnLineAfter ? glyph.start : line.end);
    const range: Range = cover.view.toSourceRange(captionStart, captionEnd);
    if (glyph) {
      boxes.push({ rule: caption.rule, checked: glyph.checked, boxRange: cover.view.toSourceRange(glyph.start, glyph.end), range });
    } else {
      const fact = anyFact(facts, FACT_OF_RULE[caption.rule]);
      boxes.push({
        rule: caption.rule,
        checked: fact ? factChecked(fact) : false,
        boxRange: fact && !fact.hidden ? fact.valueRange : cover.view.toSourceRange(line.start, line.end),
        range,
      });
    }
  }
  return boxes.sort((a, b) => a.range.start - b.range.start);
}

function factChecked(fact: XbrlFact): boolean {
  if (fact.format && /fixed-true|boolean-?true/i.test(fact.format)) return true;
  if (fact.format && /fixed-false|boolean-?false/i.test(fact.format)) return false;
  return /^(?:true|yes|x|☒|☑)$/i.test(fact.value.trim());
}

/** The length of a box and the blanks after it at the start of a caption match ("☐ Emerging growth company"), or 0. */
function leadingGlyphLength(text: string, start: number, end: number): number {
  const m = /^(\S{1,3})[ \t\u00a0]+/.exec(text.slice(start, end));
  return m && glyphAt(text, start, start + m[1].length) ? m[0].length : 0;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isBlank(text.charCodeAt(e - 1))) e--;
  return e;
}

/** The first characters of text-art boxes: of their opening marks, and "_" of "__X__". */
const TEXT_ART_OPENINGS: ReadonlySet<number> = new Set([...BOX_BRACKETS.map(([open]) => open.charCodeAt(0)), 0x5f]);

/** text[start, end) as a box glyph: one box character, or a text-art box "[ ]", "|X|". */
export function glyphAt(text: string, start: number, end: number): Glyph | undefined {
  // Most tries are of text that does not open like a text-art box: settled without cutting it out.
  if (end - start >= 2 && !TEXT_ART_OPENINGS.has(text.charCodeAt(start))) return undefined;
  const t = text.slice(start, end);
  if (t.length === 1) {
    if (EMPTY.has(t)) return { start, end, checked: false };
    if (CHECKED.has(t)) return { start, end, checked: true };
    return undefined;
  }
  for (const [open, close] of BOX_BRACKETS) {
    if (t.length >= 2 && t.startsWith(open) && t.endsWith(close)) {
      const inner = t.slice(open.length, t.length - close.length).trim().toLowerCase();
      if (inner === '' || EMPTY_MARKS.includes(inner)) return { start, end, checked: false };
      if (CHECK_MARKS.includes(inner)) return { start, end, checked: true };
    }
  }
  if (/^_+[xX]_+$/.test(t)) return { start, end, checked: true };
  return undefined;
}

/** The token ending at `end` (blanks skipped), if it is a glyph standing alone. */
function tokenBefore(text: string, lineStart: number, end: number): Glyph | undefined {
  let e = end;
  while (e > lineStart && isBlank(text.charCodeAt(e - 1))) e--;
  if (e === lineStart) return undefined;
  const gap = e < end;
  // Text-art box: find its opening mark within a few characters.
  for (let s = e - 2; s >= Math.max(lineStart, e - 6); s--) {
    if (s > lineStart && !isBlank(text.charCodeAt(s - 1))) continue;
    const glyph = glyphAt(text, s, e);
    if (glyph) return glyph;
  }
  const single = glyphAt(text, e - 1, e);
  if (!single) return undefined;
  const standsAlone = e - 1 === lineStart || isBlank(text.charCodeAt(e - 2));
  // A letter is a box only as a word of its own ("o Written", "company\to"); a symbol may touch the caption ("☐Written").
  const endsWord = gap || e >= text.length || isWhiteSpace(text.charCodeAt(e));
  if (!standsAlone || (isLetter(text.charCodeAt(e - 1)) && !endsWord)) return undefined;
  return single;
}

/** The box before a caption: on its line, or alone on the line above. */
function glyphBefore(cover: CoverText, lineIndex: number, captionStart: number): Glyph | undefined {
  const line = cover.lines[lineIndex];
  const onLine = tokenBefore(cover.text, line.start, captionStart);
  if (onLine) return onLine;
  if (cover.text.slice(line.start, captionStart).trim() !== '') return undefined;
  return aloneOnLine(cover, cover.nextNonBlank(lineIndex, -1));
}

/** The box at the end of a caption sentence that may wrap over a few lines. */
function glyphAfterSentence(cover: CoverText, lineIndex: number, captionStart: number): Glyph | undefined {
  for (let i = lineIndex; i < cover.lines.length && i <= lineIndex + 5; i++) {
    const line = cover.lines[i];
    if (line.blank && !aloneOnLine(cover, i)) continue;
    const from = i === lineIndex ? captionStart : line.start;
    const last = lastTokenOfLine(cover, line.start, line.end, from);
    if (last) return last;
    const alone = i > lineIndex ? aloneOnLine(cover, i) : undefined;
    if (alone) return alone;
    if (/[.:]\s*$/.test(line.text)) return aloneOnLine(cover, cover.nextNonBlank(i, 1));
  }
  return undefined;
}

function lastTokenOfLine(cover: CoverText, lineStart: number, lineEnd: number, notBefore: number): Glyph | undefined {
  const glyph = tokenBefore(cover.text, Math.max(lineStart, notBefore), lineEnd);
  return glyph && glyph.start > notBefore ? glyph : undefined;
}

/** A line holding nothing but a box. */
function aloneOnLine(cover: CoverText, index: number): Glyph | undefined {
  if (index < 0 || index >= cover.lines.length) return undefined;
  const line = cover.lines[index];
  let s = line.start;
  let e = line.end;
  while (s < e && isBlank(cover.text.charCodeAt(s))) s++;
  while (e > s && isBlank(cover.text.charCodeAt(e - 1))) e--;
  return e - s <= 6 ? glyphAt(cover.text, s, e) : undefined;
}
