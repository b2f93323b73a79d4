// The per-file fast paths (SEC header, sniffing, cover captions, check boxes,
// the business-day calendar) give exactly what the plain ways of doing the
// same give: each is compared, on random input, with a reference written the
// obvious way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { collapse as collapseHeaderValue, LineBreaks, normalizeKey, parseKeyValueHeader } from '../../server/src/service/sgml/header';
import { binaryReason } from '../../server/src/service/sniff';
import {
  CAPTION_WORDS,
  isCaptionText,
  REGISTRANT_COLUMN,
  TELEPHONE_CAPTION,
} from '../../server/src/service/cover/captions';
import { EMERGING_GROWTH, isBlank, isLetter } from '../../server/src/service/cover/checkBoxes';
import { isWhiteSpace } from '../../server/src/service/cover/anchoredPattern';
import { collapse, isSeparatorLine, openingBefore } from '../../server/src/service/cover/coverText';
import { DESCRIBED, describedMatch } from '../../server/src/service/cover/registration';
import { CHECK_BOX_CAPTIONS } from '../../server/src/service/data/checkBoxes';
import { filingDeadline, holidaysOf, nextBusinessDay, nonBusinessReason, withinCalendar } from '../../server/src/service/calendar';
import { addDays, weekday } from '../../server/src/service/dates';
import { checkIdentifiers } from '../../server/src/service/checks/identifiers';
import { DiagnosticReport } from '../../server/src/service/checks/report';
import type { FilingModel } from '../../server/src/service/model';

/** Random text glued from pieces that exercise a pattern's edges. */
const textOf = (pieces: string[], maxLength = 40) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));

// ------------------------------------------------------------ SEC header

test('header keys already in normal form are returned as they are, others normalized as before', () => {
  const plain = (key: string) => key.toUpperCase().replace(/[-_\s]+/g, ' ').trim();
  const pieces = ['CENTRAL', 'INDEX', 'KEY', 'cik', 'Company', ' ', '  ', '-', '_', '\t', '\u00a0', 'ß', 'İ', 'ﬁ', '&', '/', '.', '1', ':', '\n'];
  fc.assert(
    fc.property(textOf(pieces, 8), (key) => {
      assert.equal(normalizeKey(key), plain(key));
    }),
    { numRuns: 3000 },
  );
});

test('the line ends found by native searches are the first "\\n" or "\\r" a character loop finds', () => {
  const plainEnd = (text: string, from: number, end: number) => {
    let j = from;
    while (j < end && text[j] !== '\n' && text[j] !== '\r') j++;
    return j;
  };
  fc.assert(
    fc.property(textOf(['a', 'KEY:', '\t', ' ', '\n', '\r', '\r\n', '\n\n']), fc.nat(20), (text, cut) => {
      const end = Math.max(0, text.length - cut);
      const breaks = new LineBreaks(text, end);
      // Positions only grow, as the header scan asks them.
      for (let i = 0; i < end; i++) assert.equal(breaks.next(i), plainEnd(text, i, end));
    }),
  );
});

test('header dates are checked against month lengths as Date.UTC counts them', () => {
  const plain = (y: string, m: string, d: string): string | undefined => {
    const [year, month, day] = [Number(y), Number(m), Number(d)];
    if (month < 1 || month > 12 || day < 1) return undefined;
    return day <= new Date(Date.UTC(year, month, 0)).getUTCDate() ? `${y}-${m}-${d}` : undefined;
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
      const [ys, ms, ds] = [pad(y, 4), pad(m, 2), pad(d, 2)];
      const text = `CONFORMED PERIOD OF REPORT:\t${ys}${ms}${ds}\n`;
      const header = parseKeyValueHeader(text, 0, text.length, 'sec-header', { start: 0, end: text.length });
      assert.equal(header.periodOfReport?.value, plain(ys, ms, ds));
    }),
    { numRuns: 5000 },
  );
  // Every February, where the leap years differ most.
  for (let y = 0; y <= 9999; y++) {
    const text = `PERIOD:${pad(y, 4)}0229\n`;
    const header = parseKeyValueHeader(text, 0, text.length, 'sec-header', { start: 0, end: text.length });
    assert.equal(header.periodOfReport?.value, plain(pad(y, 4), '02', '29'), String(y));
  }
});

test('header values already collapsed are returned as they are, others collapsed as before', () => {
  const pieces = ['APPLE', 'INC', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2003', '\ufeff', 'x', '0'];
  fc.assert(
    fc.property(textOf(pieces, 10), (value) => {
      assert.equal(collapseHeaderValue(value), value.replace(/\s+/g, ' ').trim());
    }),
    { numRuns: 3000 },
  );
});

// ------------------------------------------------------------------ sniff

test('binary content is told as a full regular-expression count tells it', () => {
  const plain = (sample: string): string | undefined => {
    if (sample.length === 0) return undefined;
    if (sample.includes('\0')) return 'binary content (NUL bytes)';
    const control = (sample.match(/[\x00-\x08\x0e-\x1f\x7f\ufffd]/g) ?? []).length;
    const share = control / sample.length;
    return share > 0.1 ? `binary content (${Math.round(share * 100)}% control characters)` : undefined;
  };
  const pieces = ['text ', 'a', '\t', '\n', '\r', '\x0b', '\x0c', '\x01', '\x08', '\x0e', '\x1f', '\x7f', '\ufffd', '\0', '\ud800', 'é', '\ufffe'];
  fc.assert(
    fc.property(textOf(pieces, 60), (sample) => {
      assert.equal(binaryReason(sample), plain(sample));
    }),
    { numRuns: 3000 },
  );
});

// ------------------------------------------------------------------ cover

test('caption text is judged word by word as the split-and-filter way judges it', () => {
  const words = [
    'a an and area as charter code commission country date employer exact file i irs its name no number of or',
    'registrant registrants state telephone the zip address issuer',
  ].join(' ').split(' ');
  const plain = (text: string): boolean => {
    if (/\d/.test(text)) return false;
    const ws = text.toLowerCase().replace(/’/g, "'").split(/[^a-z']+/).filter((w) => w.length > 0 && w !== "'");
    if (ws.length === 0) return false;
    let known = 0;
    for (const w of ws) if (CAPTION_WORDS.has(w) || CAPTION_WORDS.has(w.replace(/'s?$/, ''))) known++;
    return known / ws.length >= 0.75;
  };
  const pieces = [...words, 'Registrant’s', "registrant's", "registrants'", "'", '’', 'Delaware', 'ACME', ' ', '  ', '(', ')', '.', ',', '1', 'İ', 'K', '-', '\t'];
  fc.assert(
    fc.property(textOf(pieces, 12), (text) => {
      assert.equal(isCaptionText(text), plain(text));
    }),
    { numRuns: 3000 },
  );
});

/** Every match of a global copy of `pattern` from `from`, left to right. */
function plainMatches(pattern: RegExp, text: string, from = 0): [number, string][] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const out: [number, string][] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

test('the emerging growth caption found from its word is the one a search at every position finds', () => {
  const pattern = CHECK_BOX_CAPTIONS.find((c) => c.rule === 'emerging-growth')!.pattern;
  const pieces = [
    'Emerging growth company', 'emerging', 'EMERGING', ' growth company', ' company', ', as defined', ' as defined', ' ', '  ', '\t',
    '\u00a0', '\n', '\r', '\u2028', '.', ')', '☐', 'o', '[ ]', 'abcd', 'x', 'the registrant is an ',
  ];
  fc.assert(
    fc.property(textOf(pieces), fc.nat(30), (text, f) => {
      const from = Math.min(f, text.length);
      const m = EMERGING_GROWTH.exec(text, from);
      const first = plainMatches(pattern, text, from)[0];
      assert.deepEqual(m === null ? undefined : [m.index, m[0]], first);
    }),
    { numRuns: 3000 },
  );
});

test('the white space told by character code is what /\\s/ matches', () => {
  for (let c = 0; c <= 0xffff; c++) assert.equal(isWhiteSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('cover values already collapsed are returned as they are, others collapsed as before', () => {
  const pieces = ['ACME', 'Inc.', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\ufeff', '\u200b', 'x', '-'];
  fc.assert(
    fc.property(textOf(pieces, 10), (text) => {
      assert.equal(collapse(text), text.replace(/[\s\u00a0]+/g, ' ').trim());
    }),
    { numRuns: 3000 },
  );
});

test('jurisdictions described in words are found only where an entity word stands, as everywhere', () => {
  const pieces = ['a ', 'an ', 'A ', 'An ', 'Delaware', 'Kentucky', 'New York', 'new\nyork', 'Indiana', ' ', '\n', 'Corporation', 'corporation', 'company',
    'Limited Liability Company', 'statutory trust', 'trust', 'Partnership', 'limited partnership', 'x', '(', ')', 'corp'];
  fc.assert(
    fc.property(textOf(pieces, 20), (text) => {
      const m = describedMatch(text);
      const plain = DESCRIBED.exec(text);
      assert.deepEqual(m && [m.index, m[0], m[1]], plain && [plain.index, plain[0], plain[1]]);
    }),
    { numRuns: 3000 },
  );
});

test('separator lines are told by character code as /^[\\s\\-_=*~.·•]*$/ tells them', () => {
  const pieces = ['-', '_', '=', '*', '~', '.', '·', '•', ' ', '\t', '\u00a0', '\u3000', '\ufeff', 'x', '1', '<', '\u200b', '‐'];
  fc.assert(
    fc.property(textOf(pieces, 12), (text) => {
      assert.equal(isSeparatorLine(text), /^[\s\-_=*~.·•]*$/.test(text));
    }),
    { numRuns: 3000 },
  );
});

test('the check-box character classes told by character code are the regular expressions\' classes', () => {
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(isBlank(c), /[ \t\u00a0]/.test(ch), `U+${c.toString(16)}`);
    assert.equal(isLetter(c), /[A-Za-z\u00c0-\u024f]/.test(ch), `U+${c.toString(16)}`);
  }
  // Past either end of the text: charCodeAt gives NaN where indexing gave undefined.
  assert.equal(isBlank(''.charCodeAt(0)), /[ \t\u00a0]/.test(String(''[0])));
});

test('openings before a caption are walked back by character code as /[\\s(\\[]/ walks them', () => {
  const plain = (text: string, lineStart: number, start: number) => {
    let open = start;
    while (open > lineStart && /[\s(\[]/.test(text[open - 1])) open--;
    return open;
  };
  const pieces = ['Inc.', ' ', '(', '[', '\t', '\u00a0', '\u2028', ')', 'x', '{'];
  fc.assert(
    fc.property(textOf(pieces, 12), fc.nat(40), fc.nat(40), (text, a, b) => {
      const lineStart = Math.min(a, b, text.length);
      const start = Math.min(Math.max(a, b), text.length);
      assert.equal(openingBefore(text, lineStart, start), plain(text, lineStart, start));
    }),
    { numRuns: 3000 },
  );
});

test('registrant column headers found from their first word are those a search at every position finds', () => {
  const pattern = /(?:^|\t)[ \u00a0]*(?:exact\s+names?\s+of\s+)?registrants?,?\s+(?:state|address)/gim;
  const pieces = [
    'Registrant', 'registrants', 'REGISTRANTS', 'Exact Name of', 'exact names of ', 'exact', 'EXACT', 'name', 'Names', 'nameS', 'of', 'OF',
    ' ', '  ', '\t', '\u00a0', '\n', '\r\n', '\u2029', '\u3000', ', State', ' state', ' Address', 'address', ',', 'of ', 'x', 'Commission',
  ];
  fc.assert(
    fc.property(textOf(pieces), (text) => {
      assert.deepEqual(
        REGISTRANT_COLUMN.all(text).map((m) => [m.index, m[0]]),
        plainMatches(pattern, text),
      );
    }),
    { numRuns: 10000 },
  );
});

// --------------------------------------------------------------- calendar

/** What a call gives, or the error it throws. */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
}

const plainReason = (iso: string): string | undefined => {
  const wd = weekday(iso);
  if (wd === 0) return 'Sunday';
  if (wd === 6) return 'Saturday';
  return holidaysOf(Number(iso.slice(0, 4))).get(iso);
};

function plainDeadline(eventDate: string, count: number) {
  const businessDays: string[] = [];
  const skipped: { date: string; reason: string }[] = [];
  const eventReason = plainReason(eventDate);
  if (eventReason) skipped.push({ date: eventDate, reason: eventReason });
  let d = eventDate;
  while (businessDays.length < count) {
    d = addDays(d, 1);
    const reason = plainReason(d);
    if (reason) skipped.push({ date: d, reason });
    else businessDays.push(d);
  }
  return { eventDate, dueDate: businessDays[businessDays.length - 1], businessDays, skipped };
}

const isoLike = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(0, 99, 999, 1000, 1899, 1999, 2000, 2004, 2020, 2024, 2100, 9998, 9999),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2021-2-03', '2021-02-3', '20210203', '2021/02/03', 'abcd-ef-gh', '2021-02-03T10:00', '+02021-01-01', '2021-12-31', '2022-11-24'),
);

test('business days and deadlines counted on day numbers are those counted on date strings', () => {
  fc.assert(
    fc.property(isoLike, fc.integer({ min: 1, max: 12 }), (iso, count) => {
      assert.deepEqual(outcome(() => nonBusinessReason(iso)), outcome(() => plainReason(iso)));
      assert.deepEqual(outcome(() => filingDeadline(iso, count)), outcome(() => plainDeadline(iso, count)));
      const plainNext = () => {
        let d = addDays(iso, 1);
        while (plainReason(d) !== undefined) d = addDays(d, 1);
        return d;
      };
      // Outside the calendar's years there is no next business day (past 9999-12-31 the plain way would loop for ever).
      if (withinCalendar(iso)) assert.deepEqual(outcome(() => nextBusinessDay(iso)), outcome(plainNext));
      else assert.equal(nextBusinessDay(iso), undefined);
    }),
    { numRuns: 3000 },
  );
});

// ----------------------------------------------------------------- checks

test('CIK keys and facts are recognised as the upper-casing and regular-expression tests recognise them', () => {
  const keyPieces = ['CIK', 'cik', 'Cık', 'CENTRAL INDEX KEY', 'central index key', 'CENTRAL', ' ', 'K', 'ß', 'ﬅ', 'ẗ', 'ı', 'x'];
  const namePieces = ['dei:', 'EntityCentralIndexKey', 'entitycentralindexkey', ':', 'x', 'Key', 'Entity'];
  const range = { start: 0, end: 1 };
  fc.assert(
    fc.property(fc.array(textOf(keyPieces, 4)), fc.array(textOf(namePieces, 4)), (keys, names) => {
      const model = {
        header: { fields: keys.map((key) => ({ key, value: 'x1', keyRange: range, valueRange: range, path: [] })) },
        xbrlFacts: names.map((name) => ({ name, value: 'x1', valueRange: range })),
      } as unknown as FilingModel;
      const report = new DiagnosticReport();
      checkIdentifiers(model, report);
      const expected =
        keys.filter((k) => ['CENTRAL INDEX KEY', 'CIK'].includes(k.toUpperCase())).length +
        names.filter((n) => /(^|:)EntityCentralIndexKey$/.test(n)).length;
      assert.equal(report.diagnostics.length, expected);
    }),
    { numRuns: 2000 },
  );
});

test('telephone captions anchored on their rarer word are those a search at every position finds', () => {
  const blanks = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '', '.', ',', ')', 'x'];
  const cases: [typeof TELEPHONE_CAPTION, RegExp, string[]][] = [
    [
      TELEPHONE_CAPTION,
      new RegExp("\\b(?:registrant['’`]?s?|issuer['’`]?s?)\\s+telephone\\s+number|\\btelephone\\s+number,?\\s+including\\s+area\\s+code", 'gi'),
      ["Registrant's telephone number", 'issuers telephone number', 'Telephone number, including area code', 'Registrant', "registrant's", 'Registrant’s', 'registrants', 'registrant`', 'Issuer', "issuer's", 'issuers', 'Telephone', 'TELEPHONE', 'number', 'Number,', 'including', 'area', 'code', 'coregistrant'],
    ],
  ];
  for (const [anchored, pattern, words] of cases) {
    fc.assert(
      fc.property(textOf([...words, ...blanks], 30), (text) => {
        assert.deepEqual(
          anchored.all(text).map((m) => [m.index, m[0]]),
          plainMatches(pattern, text),
        );
      }),
      { numRuns: 5000 },
    );
  }
});
