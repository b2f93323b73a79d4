// The cover-page finder's fast paths give exactly what the plain ways give:
// each is compared, on random input, with a reference written the obvious
// way (a global search trying every position, a string cut out and tested).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CAPTION_PATTERNS,
  CAPTION_WORDS,
  endOfCellWords,
  isCaptionText,
  isCaptionTextIn,
} from '../../server/src/service/cover/captions';
import { firstCaptionMatch, glyphAt, KEYED_CHECK_BOX_CAPTIONS } from '../../server/src/service/cover/checkBoxes';
import { BOX_BRACKETS, CHECK_MARKS, CHECKED_BOX_CHARS, EMPTY_BOX_CHARS, EMPTY_MARKS } from '../../server/src/service/data/checkBoxes';
import { cellsOf, CoverText, type Line } from '../../server/src/service/cover/coverText';
import type { TextView } from '../../server/src/service/model';
import { findFormType, FORM_HEADING, FORM_HEADING_KEYS } from '../../server/src/service/cover/formType';
import { type KeyWord, KeyWords, KeyWordSet } from '../../server/src/service/cover/keyWords';
import { nameKey, spellsName } from '../../server/src/service/cover/registrant';

/** Random text glued from pieces that exercise a pattern's edges. */
const textOf = (pieces: string[], maxLength = 40) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));

/** Every match of `pattern` as a global search from the start finds them: [index, text]. */
function plainMatches(pattern: RegExp, text: string): [number, string][] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const out: [number, string][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const BLANKS = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u2028', '', '.', ',', '(', ')', '( ', ':', '-', '_', '1', 'x', 'a'];

/** Words of every caption (and the form heading), whole captions, and near misses. */
const COVER_PIECES = [
  'date', 'Date', 'of', 'OF', 'report', 'Report', 'earliest', 'event', 'reported', 'exact', 'Exact', 'name', 'Name', 'names', 'the',
  'registrant', 'Registrant', 'REGISTRANTS', "registrant's", 'Registrant’s', 'coregistrant', 'issuer', 'issuers', 'Issuer’s', 'company',
  'as', 'specified', 'in', 'its', 'charter', 'state', 'State', 'STATE', 'statement', 'or', 'jurisdiction', 'incorporation', 'organization',
  'country', 'commission', 'Commission', 'file', 'File', 'number', 'Number', 'numbers', 'no', 'No.', 'I.R.S.', 'I. R. S.', 'IRS', 'irs',
  'i.r.s', 'ir', 'I.R.', 'employer', 'Employer', 'identification', 'tax', 'Tax', 'payer', 'taxpayer', 'n', 'id', 'ID', 'i.d.', 'address',
  'Address', 'addresses', 'including', 'zip', 'code', 'and', 'principal', 'executive', 'offices', 'office', 'telephone', 'Telephone',
  'area', 'former', 'Former', 'form', 'FORM', 'Form', 'formal', 'check', 'Check', 'appropriate', 'box', 'securities', 'Securities',
  'registered', 'pursuant', 'to', 'section', '12', '(b)', 'b', '8-K', '10-Q', '/A', 'schedule', 'SCHEDULE', '13D', '14A', 'S-1', 'x',
  'Date of Report', 'Exact name of registrant as specified in its charter', 'State or other jurisdiction of incorporation',
  '(Commission File Number)', '(I.R.S. Employer Identification No.)', '(IRS No.', '( irs number', 'Address of principal executive offices',
  "Registrant's telephone number, including area code", 'Telephone number, including area code', 'Former name', 'Check the appropriate box',
  'Securities registered pursuant to Section 12(b)', 'Registrants, State of Incorporation', 'Exact Name of Registrant, Address',
  'FORM 8-K', 'Form 10-K/A', 'Schedule 13D', 'communications', 'Material', 'emerging', 'Emerging', 'commun', 'materia',
  // Letters that case-fold to ASCII ones in some modes: no key word is made of them here.
  'ſtate', 'ıRS', 'İ', 'K', 'é',
];

const SETS = [
  ['state', 'jurisdiction', 'country'],
  ['irs', 'employer', 'tax'],
  ['exact', 'name'],
  ['form', 'schedule'],
  ['registrant', 'issuer', 'telephone'],
].map((words) => new KeyWordSet(words as KeyWord[]));

test('each key word, and each set of them, is found where a search for it alone finds it', () => {
  const words: KeyWord[] = [
    'address', 'check', 'commission', 'country', 'date', 'employer', 'exact', 'file', 'form', 'issuer', 'jurisdiction', 'name',
    'registrant', 'schedule', 'securities', 'state', 'tax', 'telephone', 'irs', 'communication', 'material', 'emerging',
  ];
  fc.assert(
    fc.property(textOf([...COVER_PIECES, ...BLANKS], 30), (text) => {
      const keyWords = new KeyWords(text);
      for (const word of words) {
        const set = new KeyWordSet([word]);
        assert.deepEqual(keyWords.of(set), plainMatches(set.anchor(), text).map(([index]) => index), word);
      }
      for (const set of SETS) {
        assert.deepEqual(keyWords.of(set), plainMatches(set.anchor(), text).map(([index]) => index), set.words.join());
      }
    }),
    { numRuns: 3000 },
  );
});

test('caption patterns tried around their key words find what a search at every position finds', () => {
  fc.assert(
    fc.property(textOf([...COVER_PIECES, ...BLANKS], 30), (text) => {
      const keyWords = new KeyWords(text);
      for (const { kind, pattern, keys } of CAPTION_PATTERNS) {
        assert.deepEqual(
          pattern.allAround(text, keyWords.of(keys)).map((m) => [m.index, m[0]]),
          plainMatches(pattern.pattern, text),
          kind,
        );
      }
      assert.deepEqual(
        FORM_HEADING.allAround(text, keyWords.of(FORM_HEADING_KEYS)).map((m) => [m.index, m[0]]),
        plainMatches(FORM_HEADING.pattern, text),
        'form heading',
      );
    }),
    { numRuns: 10000 },
  );
});

test('check box captions tried around their key words are those a search of the cover from the region start finds', () => {
  const pieces = [
    'Written communications pursuant to Rule 425', 'written communication pursuant to rule 425', 'unwritten', 'written', 'communications',
    'Soliciting material pursuant to Rule 14a-12', 'soliciting materials pursuant to rule 14a -12', 'materials', 'material',
    'Pre-commencement communications pursuant to Rule 14d-2(b)', 'pre - commencement communication pursuant to rule 13e-4(c)',
    'Precommencement communications pursuant to Rule 13e -4', 'pre', 'Pre', 'commencement', 'Commencement', ' communications pursuant to Rule 14d-2',
    ' communication pursuant to rule 13e-4', ' pursuant to Rule ', '14d-2', '13e-4', '425', '-', ' -', '- ',
    'Emerging growth company', 'emerging growth company, as defined', 'Emerging', 'xemerging growth company',
    'If an emerging growth company, indicate by check mark', 'if  an emerging growth company indicate by check-mark', 'motif an',
    '☐', '☒', 'o', '[ ]', '(x)', ...BLANKS,
  ];
  fc.assert(
    fc.property(textOf(pieces, 30), fc.nat(400), fc.nat(400), (text, f, l) => {
      const limit = Math.min(l, text.length);
      const from = Math.min(f, text.length);
      const keyWords = new KeyWords(text.slice(0, limit));
      const slice = text.slice(from, limit);
      for (const keyed of KEYED_CHECK_BOX_CAPTIONS) {
        const m = firstCaptionMatch(keyed, keyWords, slice, from);
        const plain = keyed.caption.pattern.exec(slice);
        assert.deepEqual(m && [m.index, m[0]], plain && [plain.index, plain[0]], keyed.caption.rule);
      }
    }),
    { numRuns: 10000 },
  );
});

test('caption text read word by word in place is judged as lower-casing and splitting it judges it', () => {
  const plain = (text: string): boolean => {
    if (/\d/.test(text)) return false;
    const words = text.toLowerCase().replace(/’/g, "'").split(/[^a-z']+/).filter((w) => w.length > 0 && w !== "'");
    if (words.length === 0) return false;
    const known = words.filter((w) => CAPTION_WORDS.has(w) || CAPTION_WORDS.has(w.replace(/'s?$/, ''))).length;
    return known / words.length >= 0.75;
  };
  const pieces = [
    ...CAPTION_WORDS, 'STATE', 'Exact', 'REGISTRANT', 'Registrant’s', "REGISTRANTS'", "registrant's's", "'s", "'", '’', "''", '’s', 's',
    'Delaware', 'ACME', 'Inc', 'İ', 'K', 'k', 'é', 'É', '☐', '1', ' ', '  ', '\t', '\n', '(', ')', '.', ',', '-', '\u00a0', 'sttae', 'nmae',
  ];
  fc.assert(
    fc.property(textOf(pieces, 12), fc.nat(60), fc.nat(60), (text, f, t) => {
      assert.equal(isCaptionText(text), plain(text));
      const from = Math.min(f, text.length);
      const to = Math.min(Math.max(from, t), text.length);
      assert.equal(isCaptionTextIn(text, from, to), plain(text.slice(from, to)));
    }),
    { numRuns: 10000 },
  );
});

test('the words of a cell end where the plain search for their end finds it', () => {
  const pieces = ['State', ' of', ' ', '  ', '\u00a0', '\u00a0\u00a0', ' \u00a0', '\t', ':', ')', ']', '(', '[', '1', '9', 'x', '\n', '-'];
  fc.assert(
    fc.property(textOf(pieces, 20), fc.nat(30), fc.nat(30), (text, f, e) => {
      const from = Math.min(f, text.length);
      const lineEnd = Math.min(Math.max(from, e), text.length);
      const rest = text.slice(from, lineEnd);
      const end = /\t| {2,}|\u00a0{2,}|[:)\]]|\d/.exec(rest);
      assert.equal(endOfCellWords(text, from, lineEnd), end ? from + end.index : lineEnd);
    }),
    { numRuns: 5000 },
  );
});

test('cells cut by character code are the cells the string-by-string way cuts', () => {
  const gap = (c: string) => c === ' ' || c === '\u00a0';
  const plainCells = (text: string, lineStart: number) => {
    const cells: { start: number; end: number; text: string; index: number }[] = [];
    let i = 0;
    while (i < text.length) {
      while (i < text.length && (text[i] === '\t' || gap(text[i]))) i++;
      if (i >= text.length) break;
      const s = i;
      let e = i;
      while (i < text.length) {
        const c = text[i];
        if (c === '\t') break;
        if (gap(c) && i + 1 < text.length && (gap(text[i + 1]) || text[i + 1] === '\t')) break;
        i++;
        if (!gap(c)) e = i;
      }
      cells.push({ start: lineStart + s, end: lineStart + e, text: text.slice(s, e), index: cells.length });
    }
    return cells;
  };
  const pieces = ['Delaware', 'x', '1-234', ' ', '  ', '\t', '\u00a0', '\u00a0\u00a0', ' \t', '\u2003', '(State)', '.'];
  fc.assert(
    fc.property(textOf(pieces, 20), fc.nat(100), (text, lineStart) => {
      const end = lineStart + text.length;
      const hasTab = text.includes('\t');
      const line: Line = { index: 0, start: lineStart, end, text, blank: false, rule: false, hasTab, captionOnly: undefined, cells: undefined };
      assert.deepEqual(cellsOf(line), plainCells(text, lineStart));
    }),
    { numRuns: 5000 },
  );
});

test('cover lines, their blankness and tabs are what splitting the text and testing each line gives', () => {
  const view = (text: string): TextView => ({ text, toSource: (o) => o, toSourceRange: (start, end) => ({ start, end }) });
  const plainLines = (text: string, limit: number) => {
    const lines: { start: number; end: number; text: string; blank: boolean; rule: boolean; hasTab: boolean }[] = [];
    let start = 0;
    for (const piece of text.slice(0, limit).split('\n')) {
      if (start >= limit) break;
      const line = piece.endsWith('\r') ? piece.slice(0, -1) : piece;
      const markupOnly = line.includes('<') && /^[\s\d]*$/.test(line.replace(/<\/?[A-Za-z][^<>\n]{0,80}>/g, ''));
      const blank = /^[\s\-_=*~.·•]*$/.test(line) || markupOnly;
      lines.push({ start, end: start + line.length, text: line, blank, rule: blank && /[-_=*~]{3,}/.test(line), hasTab: line.includes('\t') });
      start += piece.length + 1;
    }
    return lines;
  };
  const pieces = ['Delaware', 'x', ' ', '  ', '\t', '\n', '\r\n', '\r', '<', '<PAGE>', '</B>', '<b x>', '2', '---', '___', '==', '.', '•', '\u00a0'];
  fc.assert(
    fc.property(textOf(pieces, 30), fc.nat(120), (text, l) => {
      const limit = Math.min(l, text.length);
      const cover = new CoverText(view(text), limit);
      const lines = cover.lines.map(({ start, end, text: t, blank, rule, hasTab }) => ({ start, end, text: t, blank, rule, hasTab }));
      assert.deepEqual(lines, plainLines(text, limit));
    }),
    { numRuns: 5000 },
  );
});

test('a box glyph told after a look at its first character is the one cutting the text out tells', () => {
  const plain = (text: string, start: number, end: number) => {
    const t = text.slice(start, end);
    if (t.length === 1) {
      if (EMPTY_BOX_CHARS.includes(t)) return { start, end, checked: false };
      if (CHECKED_BOX_CHARS.includes(t)) return { start, end, checked: true };
      return undefined;
    }
    for (const [open, close] of BOX_BRACKETS) {
      if (t.length >= 2 && t.startsWith(open) && t.endsWith(close)) {
        const inner = t.slice(open.length, t.length - close.length).trim().toLowerCase();
        if (inner === '' || EMPTY_MARKS.includes(inner)) return { start, end, checked: false };
        if (CHECK_MARKS.includes(inner)) return { start, end, checked: true };
      }
    }
    return /^_+[xX]_+$/.test(t) ? { start, end, checked: true } : undefined;
  };
  const pieces = ['[', ']', '|', '(', ')', '\\', '_', 'x', 'X', ' ', '☐', '☒', 'o', 'ý', '*', '✓', 'ab', '__', '\t'];
  fc.assert(
    fc.property(textOf(pieces, 8), fc.nat(12), fc.nat(12), (text, s, e) => {
      const start = Math.min(s, text.length);
      const end = Math.min(e, text.length);
      assert.deepEqual(glyphAt(text, start, end), plain(text, start, end));
    }),
    { numRuns: 10000 },
  );
});

test('the form heading found around key words, with its amendment windows pretested, is the one the plain search finds', () => {
  const view = (text: string): TextView => ({ text, toSource: (o) => o, toSourceRange: (start, end) => ({ start, end }) });
  // The heading search as it was: a global search of the cover and every window tested with its pattern.
  const plain = (cover: CoverText) => {
    const text = cover.text.slice(0, cover.limit);
    const re = new RegExp(FORM_HEADING.pattern.source, 'gi');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const line = cover.lines[cover.lineAt(m.index)];
      const before = text.slice(Math.max(0, m.index - 160), m.index);
      const amendedBefore = /amendment\s+no\.?\s*\d+\s+to\s*$/i.test(before);
      const afterAddress = /20549\W{0,20}$/.test(before);
      if (!amendedBefore && !afterAddress && line.text.trim().length - m[0].length > 30) continue;
      const schedule = m[1].toLowerCase() === 'schedule';
      const start = schedule ? m.index : m.index + m[0].length - m[2].length - (m[3]?.length ?? 0);
      const end = m.index + m[0].length;
      let value = m[2].toUpperCase().replace(/[\u2010-\u2013]/g, '-');
      if (schedule) value = `SCHEDULE ${value}`;
      const amended = m[3] !== undefined || amendedBefore || /^[\s)]{0,20}[(\-–—]?\s*amendment\s+(?:no\.?\s*)?\d+/i.test(text.slice(end, end + 120));
      if (amended) value += '/A';
      return cover.locate({ start, end }, value);
    }
    return undefined;
  };
  const pieces = [
    'FORM 8-K', 'Form 10-Q', 'form 10-K/A', 'SCHEDULE 14A', 'Schedule 13D', ' / A', '/A', 'Amendment No. 1 to ', 'AMENDMENT NO. 2 TO',
    '(Amendment No. 1)', '- Amendment 3', 'amendment', 'Washington, D.C. 20549', '20549', ' ', '  ', '\n', '\t', 'x', '8-K', 'S-1',
    'our annual report on ', 'Current Report', 'Form', 'schedule', '1', '.', ')', '(',
  ];
  fc.assert(
    fc.property(textOf(pieces, 25), (text) => {
      const cover = new CoverText(view(text), text.length);
      assert.deepEqual(findFormType(cover, new KeyWords(cover.head)), plain(cover));
    }),
    { numRuns: 5000 },
  );
});

test('a line spells a name, judged word by word, exactly when its whole name key says so', () => {
  const pieces = [
    'The', 'THE', 'the', 'Zurn', 'ZURN', 'Industries', 'Inc', 'Inc.', 'Incorporated', 'Corp', 'Corporation', 'Company', 'Co', 'Limited',
    'Ltd', 'and', 'And', '&', ' ', '  ', ',', '.', '-', '\t', 'ß', 'ﬁ', 'İ', '1', '22', 'Holdings', 'ACME', 'Acme', 'x',
  ];
  fc.assert(
    fc.property(textOf(pieces, 10), textOf(pieces, 10), fc.boolean(), (name, other, derived) => {
      // Half the lines are the name with more after it, so that many spell it.
      const text = derived ? name.toUpperCase() + other : other;
      const key = nameKey(name);
      const k = nameKey(text);
      assert.equal(spellsName(text, key), k === key || (key.length >= 8 && k.startsWith(key) && k.length - key.length <= 4));
    }),
    { numRuns: 20000 },
  );
});
