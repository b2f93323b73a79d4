// The fast paths give exactly what the plain ways of doing the same give:
// each optimised function is compared, on random input, with a reference
// written the obvious way (a regular expression over the whole text, a loop
// over every character).
import { collapseSpaces } from '../../server/src/features/outline';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDates, parseDate } from '../../server/src/service/dates';
import { looksBinary } from '../../server/src/service/decode';
import { binaryReason } from '../../server/src/service/sniff';
import { textKeepsItsLines } from '../../server/src/service/html/layout';
import { hasDisplayNone } from '../../server/src/service/html/attributes';
import { parseAttributes } from '../../server/src/service/html/tagScanner';
import { trimSpan } from '../../server/src/service/cover/coverText';
import { parseDocuments } from '../../server/src/service/sgml/documents';
import { findIdentifiers } from '../../server/src/service/identifiers';
import { plainView } from '../../server/src/service/textView';
import type { FilingModel } from '../../server/src/service/model';

// ------------------------------------------------------------- dates

const MONTH =
  'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?';
const S = '[ \\t\\u00a0]';
const REFERENCE_DATE = new RegExp(
  [
    `\\b(${MONTH})${S}{0,3}(\\d{1,2})(?:st|nd|rd|th)?${S}{0,3},?${S}{0,3}((?:19|20)\\d\\d)\\b`,
    `\\b(\\d{1,2})(?:st|nd|rd|th)?${S}{1,3}(${MONTH}),?${S}{1,3}((?:19|20)\\d\\d)\\b`,
    '\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)?\\d\\d)\\b',
    '\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b',
  ].join('|'),
  'gi',
);

/** Every match of the date pattern scanning the whole text, kept when it is a real date. */
function referenceDates(text: string, from: number, to: number): { index: number; length: number; iso: string }[] {
  const slice = text.slice(from, to);
  const out: { index: number; length: number; iso: string }[] = [];
  const re = new RegExp(REFERENCE_DATE.source, 'gi');
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const iso = parseDate(m[0]);
    if (iso) out.push({ iso, index: from + m.index, length: m[0].length });
  }
  return out;
}

const datePieces = fc.constantFrom(
  'January', 'jan.', 'Sept.', 'september', 'SEPTEMBER', 'may', 'Dec', '5', '05', '31', '1st', '22nd', ' ', '  ', '   ', '    ',
  ',', '\t', '\u00a0', '2013', '1999', '2020', '20', '19', '13', '/', '-', '04/07/2013', '2013-04-07', 'x', '_', '.', '\n',
  '12/31/99', '7 April 2013', 'April 7, 2013', '192020', '2019/', '/2019', '201920191', '0', '9', '2', '1', 'February 30, 2020',
);

test('dates found window by window around their anchors are the dates a scan of the whole text finds', () => {
  fc.assert(
    fc.property(fc.array(datePieces, { maxLength: 40 }).map((a) => a.join('')), fc.nat(10), fc.nat(10), (text, f, e) => {
      const from = Math.min(f, text.length);
      const to = Math.max(from, text.length - e);
      assert.deepEqual(
        findDates(text, from, to).map(({ index, length, iso }) => ({ index, length, iso })),
        referenceDates(text, from, to),
      );
    }),
    { numRuns: 20000 },
  );
});

// -------------------------------------------------------- identifiers

/** Accession numbers, EINs and rule citations by global scans of the whole text. */
function referenceIdentifiers(text: string): { kind: string; text: string; start: number; end: number }[] {
  const patterns: [string, RegExp][] = [
    ['accession-number', /\b\d{10}-\d{2}-\d{6}\b/g],
    ['ein', /(?<![\d-])\d{2}-\d{7}(?![\d-])/g],
    ['rule', /\b17\s?C\.?F\.?R\.?\s?(?:§\s?)?(2[34]0\.\d{1,4}[a-z]?(?:-\d{1,3}[a-z]?)?(?:\([a-z0-9]{1,3}\))?)/gi],
  ];
  const out: { kind: string; text: string; start: number; end: number }[] = [];
  for (const [kind, re] of patterns) {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = kind === 'rule' ? m.index + m[0].indexOf(m[1]) + m[1].length : m.index + m[0].length;
      out.push({ kind, text: m[0], start: m.index, end });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

const identifierPieces = fc.constantFrom(
  '0001234567-13-000001', '12-3456789', '1', '12', '123', '0000', '-', '--', '----', ' ', 'x', '17', '17 CFR 240.14a-12',
  '17 C.F.R. § 230.425', 'CFR', '240.', '(b)', '1717', '\n',
);

test('identifiers found around their anchors are the ones global scans of the whole text find', () => {
  const model = { xbrlFacts: [] } as unknown as FilingModel;
  fc.assert(
    fc.property(fc.array(identifierPieces, { maxLength: 30 }).map((a) => a.join('')), (text) => {
      const found = findIdentifiers(text, plainView(text), model)
        .filter((id) => id.kind !== 'date')
        .map(({ kind, text: t, range }) => ({ kind, text: t, start: range.start, end: range.end }));
      assert.deepEqual(found, referenceIdentifiers(text));
    }),
    { numRuns: 20000 },
  );
});

// ------------------------------------------------------ binary content

test('binary content is told by native searches exactly as by counting every byte and character', () => {
  const referenceBytes = (bytes: Uint8Array) => {
    const n = Math.min(bytes.length, 64 * 1024);
    let control = 0;
    for (let i = 0; i < n; i++) {
      const b = bytes[i];
      if (b === 0) return true;
      if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
    }
    return n > 0 && control / n > 0.1;
  };
  const referenceChars = (sample: string) => {
    if (sample.length === 0) return undefined;
    if (sample.includes('\0')) return 'binary content (NUL bytes)';
    let control = 0;
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f || c === 0xfffd) control++;
    }
    const share = control / sample.length;
    return share > 0.1 ? `binary content (${Math.round(share * 100)}% control characters)` : undefined;
  };
  fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => assert.equal(looksBinary(bytes), referenceBytes(bytes))), { numRuns: 5000 });
  const chars = fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0x7f, 0xfffd, 97, 98, 99, 100)), { maxLength: 60 });
  fc.assert(fc.property(chars.map((a) => String.fromCharCode(...a)), (s) => assert.equal(binaryReason(s), referenceChars(s))), { numRuns: 5000 });
});

// --------------------------------------------------------------- HTML

test('text wrapped in HTML is told by native counts exactly as by a loop over every character', () => {
  const BLOCK = /^<\/?(p|div|br|tr|td|th|li|h[1-6]|table|center|blockquote)[\s>/]/i;
  const reference = (source: string, start: number, end: number) => {
    let lines = 0;
    let blocks = 0;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c === 10) lines++;
      else if (c === 60 && BLOCK.test(source.slice(i, i + 13))) blocks++;
    }
    return lines >= 40 && blocks * 10 < lines;
  };
  const pieces = fc.constantFrom('\n', '\n\n\n\n\n', '<p>', '</P>', '<br/>', '<div ', '<td>', '</blockquote>', '<blockquotex', '<h7>', '<h3>', '< p>', 'text', '<', '<TABLE\t');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 200 }).map((a) => a.join('')), fc.nat(), fc.nat(), (s, a, b) => {
      const start = a % (s.length + 1);
      const end = start + (b % (s.length + 1 - start));
      assert.equal(textKeepsItsLines(s, start, end), reference(s, start, end));
    }),
    { numRuns: 3000 },
  );
});

test('display:none is told without lower-casing every tag, exactly as with it', () => {
  const reference = (source: string, a: number, b: number) => {
    if (!source.slice(a, b).toLowerCase().includes('none')) return false;
    const style = parseAttributes(source, a, b).get('style');
    if (!style) return false;
    return style
      .toLowerCase()
      .split(';')
      .some((d) => d.includes(':') && d.slice(0, d.indexOf(':')).trim() === 'display' && d.slice(d.indexOf(':') + 1).replace('!important', '').trim() === 'none');
  };
  const pieces = fc.constantFrom(' style="display:none"', " STYLE='Display : NONE !important'", ' class="none"', ' style="color:red;display: none;"', ' style=display:none', ' NoNe', 'x', '=', '"', "'", ';');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 8 }).map((a) => `<div${a.join('')}>`), (tag) => {
      assert.equal(hasDisplayNone(tag, 4, tag.length - 1), reference(tag, 4, tag.length - 1));
    }),
    { numRuns: 5000 },
  );
});

// --------------------------------------------------------------- cover

test('spans are trimmed by character codes exactly as by the regular expression', () => {
  const TRIMMED = /[\s\u00a0*_]/;
  const reference = (text: string, start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && TRIMMED.test(text[s])) s++;
    while (e > s && TRIMMED.test(text[e - 1])) e--;
    return { start: s, end: e };
  };
  const chars = fc.constantFrom(' ', '\t', '\n', '\v', '\u00a0', '\u2003', '\u3000', '\ufeff', '*', '_', 'a', '\u2028', '\u0085', '\u180e', '\u1680', 'x');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), fc.nat(), fc.nat(), (t, a, b) => {
      const s = a % (t.length + 1);
      const e = b % (t.length + 1);
      assert.deepEqual(trimSpan(t, s, e), reference(t, s, e));
    }),
    { numRuns: 10000 },
  );
});

// ------------------------------------------------------------ documents

/** The documents as three separate searches find them: indexOf for each delimiter, from every position asked. */
function referenceDelimiters(text: string): (needle: string, from: number) => number {
  return (needle, from) => text.indexOf(needle, from);
}

test('the delimiters of every document are found in one pass exactly as by separate searches', () => {
  const pieces = fc.constantFrom(
    '<DOCUMENT>', '</DOCUMENT>', '<TEXT>', '</TEXT>', '<text>', '<TYPE>8-K\n', '<TYPE>EX-99\n', '<SEQUENCE>1\n', 'hello\n', '<html>',
    '</html>', '\n', ' ', '<', '>', '</', '<DOCUMENT', 'DOCUMENT>', '</TEXT', '<DESCRIPTION>d\n',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')), fc.nat(50), (text, f) => {
      const from = Math.min(f, text.length);
      const docs = parseDocuments(text, from);
      const find = referenceDelimiters(text);
      // What the separate searches say about each document found.
      let at = find('<DOCUMENT>', from);
      for (const d of docs) {
        assert.equal(d.range.start, at);
        const nextOpen = find('<DOCUMENT>', at + 10);
        const limit = nextOpen === -1 ? text.length : nextOpen;
        assert.ok(d.range.end <= limit, 'a document ends before the next one starts');
        if (d.textRange.end > d.textRange.start) {
          const closeText = find('</TEXT>', d.textRange.start);
          const closeDocument = find('</DOCUMENT>', d.textRange.start);
          const before = (i: number) => (i !== -1 && i < limit ? i : -1);
          const ct = before(closeText);
          const cd = before(closeDocument);
          const expectedEnd = ct !== -1 && (cd === -1 || ct < cd) ? ct : cd !== -1 ? cd : limit;
          assert.equal(d.textRange.end, expectedEnd);
        }
        at = find('<DOCUMENT>', Math.max(d.range.end, at + 10));
      }
      assert.equal(at, -1, 'no document left out');
    }),
    { numRuns: 20000 },
  );
});

test('outline names: white space collapsed only when there is some to collapse, exactly as always collapsing', () => {
  const pieces = fc.constantFrom('a', 'Item', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '-', 'é', '\r\n');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 12 }).map((a) => a.join('')), (s) => {
      assert.equal(collapseSpaces(s), s.replace(/\s+/g, ' ').trim());
    }),
    { numRuns: 5000 },
  );
});
