// The shortcuts that lower the fixed cost of analysing a filing give exactly
// what the plain ways give: each is compared, on random input, with the
// obvious way of doing the same (the regular expressions and string methods
// it stands for).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { binaryReason } from '../../server/src/service/sniff';
import { plainTitleKey, titleKey, titleMatches } from '../../server/src/service/itemTitles';
import { CURRENT_ITEMS, LEGACY_ITEMS, currentItem, legacyItem } from '../../server/src/service/data/items';
import { hasNameKey, nameKey, plainNameKey } from '../../server/src/service/signatures';
import { isAscii, isWhiteSpace } from '../../server/src/service/bodyLines';
import { localName } from '../../server/src/service/identifiers';
import { normalizeKey, plainNormalizeKey, upperCaseKey } from '../../server/src/service/sgml/header';
import { HEADER_TAGS, WRAPPER_TAGS, earliest, indexBefore } from '../../server/src/service/sgml/submission';
import { ROW, leadingDigitsValue } from '../../server/src/service/exhibits';
import { deadlineStatus, mayBeLate } from '../../server/src/service/checks/deadline';
import type { FilingModel, ItemHeading } from '../../server/src/service/model';

/** Text of ASCII and the characters beyond it whose upper or lower case is special. */
const mixedText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'A', 'z', 'Q', 'q', '0', '9', ' ', '&', "'", '`', '’', '‘', '´', '-', '.', ',', ':', '\t', '_', '*',
        'İ', 'K', 'ß', 'ﬁ', 'é', 'Σ', 'ς', 'ŉ', '\u00a0', '\u200b', 'Item', 'and', 'EXHIBITS',
      ),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((a) => a.join(''));

test('title keys made in one pass over ASCII are those the plain chain of replacements makes', () => {
  fc.assert(fc.property(mixedText, (s) => assert.equal(titleKey(s), plainTitleKey(s))), { numRuns: 20000 });
});

test('name keys made in one pass over ASCII, and compared without making them, are the plain ones', () => {
  fc.assert(
    fc.property(mixedText, mixedText, (s, other) => {
      const key = plainNameKey(s);
      assert.equal(nameKey(s), key);
      assert.equal(hasNameKey(s, key), true);
      assert.equal(hasNameKey(other, key), plainNameKey(other) === key);
      assert.equal(hasNameKey(s, key.slice(0, -1)), plainNameKey(s) === key.slice(0, -1));
    }),
    { numRuns: 20000 },
  );
});

test('white space and ASCII are told by character codes as /\\s/ and /^[\\x00-\\x7f]*$/ tell them', () => {
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(isWhiteSpace(c), /\s/.test(ch), `U+${c.toString(16)}`);
    assert.equal(isAscii(`a${ch}b`), c <= 0x7f);
  }
});

test('header keys upper-cased only when needed, and facts read without their prefix, are as the plain ways', () => {
  const names = fc.array(fc.constantFrom('dei:', 'a', 'B', ':', 'ß', 'é', 'CIK', ' ', '-', 'x:y:'), { maxLength: 8 }).map((a) => a.join(''));
  fc.assert(
    fc.property(fc.oneof(mixedText, names), (s) => {
      assert.equal(upperCaseKey(s), s.toUpperCase());
      assert.equal(normalizeKey(s), plainNormalizeKey(s));
      assert.equal(localName(s), s.replace(/^[^:]*:/, ''));
    }),
    { numRuns: 20000 },
  );
});

test('an exhibit row number starts after the first two groups: where the indices of the d flag put it', () => {
  const withIndices = new RegExp(ROW.source, 'dy');
  const pieces = fc.constantFrom(
    '(a) ', '(d)', 'Exhibit ', 'EX-', 'exhibit No. ', 'Number', '#', ':', '-', ' ', '\t', '\u00a0', '99', '.1', '10', '.A', '-E',
    '(a)', 'b', '*', '+', '(1)', '.', '\n', 'Description', '2', '\t.1',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 12 }).map((a) => a.join('')), fc.nat(), (text, at) => {
      const from = at % (text.length + 1);
      ROW.lastIndex = from;
      withIndices.lastIndex = from;
      const m = ROW.exec(text);
      const reference = withIndices.exec(text);
      assert.equal(m === null, reference === null);
      if (!m || !reference) return;
      const numberStart = m.index + m[1].length + m[2].length;
      assert.deepEqual([numberStart, numberStart + m[3].length], reference.indices![3]);
      const number = m[3].replace(/\s+/g, '');
      assert.equal(leadingDigitsValue(number), Number(/^\d+/.exec(number)![0]));
    }),
    { numRuns: 20000 },
  );
});

test('a filing that cannot be late is told without counting business days', () => {
  const date = fc
    .tuple(fc.integer({ min: 1890, max: 2110 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const located = (value: string) => ({ value, raw: value, range: { start: 0, end: 1 } });
  fc.assert(
    fc.property(fc.option(date), fc.option(date), fc.option(date), fc.option(fc.integer({ min: -3, max: 40 })), (report, period, filed, after) => {
      const header: Record<string, unknown> = { style: 'sec-header', range: { start: 0, end: 0 }, fields: [], groups: [], itemInformation: [] };
      if (period) header.periodOfReport = located(period);
      // A filing date near the event most of the time, as real filings have.
      const event = report ?? period;
      const filedOn = event && after !== null ? shiftDays(event, after) : filed;
      if (filedOn) header.filedAsOf = located(filedOn);
      const model = {
        header,
        cover: report ? { dateOfReport: located(report) } : undefined,
        items: [] as ItemHeading[],
      } as unknown as FilingModel;
      const late = deadlineStatus(model)?.late === true;
      if (!mayBeLate(model)) assert.equal(late, false);
    }),
    { numRuns: 5000 },
  );
});

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('control characters right next to each other and at either end are all counted', () => {
  const reference = (s: string) => {
    let control = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f || c === 0xfffd) control++;
    }
    return control / s.length > 0.1 ? `binary content (${Math.round((100 * control) / s.length)}% control characters)` : undefined;
  };
  for (const s of ['\x01', '\x01\x02', 'ab\x7f\x7f', '\ufffd'.repeat(3) + 'abcdefghijklmnopqrstuvwxyz', '\x1f' + 'a'.repeat(8) + '\x1f']) {
    assert.equal(binaryReason(s), reference(s));
  }
});

test('SEC header keys normalized in one pass over ASCII are those the plain replacements make', () => {
  const keys = fc
    .array(fc.constantFrom('COMPANY', 'data', 'Filer', '-', '_', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2003', 'ß', 'é', '1', '&', '/'), { maxLength: 10 })
    .map((a) => a.join(''));
  fc.assert(fc.property(fc.oneof(keys, mixedText), (key) => assert.equal(normalizeKey(key), plainNormalizeKey(key))), { numRuns: 20000 });
  // A tag name can be as long as the header: no call takes its characters as arguments.
  const long = 'company-data_'.repeat(50000);
  assert.equal(normalizeKey(long), plainNormalizeKey(long));
});

test('the first header tag is found by one search as by a search for each tag, and closing tags before the first document are found in the text cut there', () => {
  const pieces = fc.constantFrom(
    '<SEC-HEADER>', '</SEC-HEADER>', '<IMS-HEADER>', '</IMS-HEADER>', '<SUBMISSION>', '</SUBMISSION>', '<SEC-DOCUMENT>', '<IMS-DOCUMENT>',
    '<DOCUMENT>', '<', '>', '/', 'SUBMISSION', 'HEADER', 'x', '\n', '<SEC-', '</SUB',
  );
  const byEachTag = (window: string, tags: string[]) => {
    let best: { tag: string; index: number } | undefined;
    for (const tag of tags) {
      const index = window.indexOf(tag);
      if (index !== -1 && (!best || index < best.index)) best = { tag, index };
    }
    return best;
  };
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 25 }).map((a) => a.join('')), fc.nat(), (text, f) => {
      assert.deepEqual(earliest(text, HEADER_TAGS), byEachTag(text, ['<SEC-HEADER>', '<IMS-HEADER>', '<SUBMISSION>']));
      assert.deepEqual(earliest(text, WRAPPER_TAGS), byEachTag(text, ['<SEC-DOCUMENT>', '<IMS-DOCUMENT>']));
      const document = text.indexOf('<DOCUMENT>');
      const bound = document === -1 ? text.length : document;
      const from = f % (text.length + 1);
      for (const tag of ['</SUBMISSION>', '</SEC-HEADER>', '</IMS-HEADER>']) {
        const i = text.indexOf(tag, from);
        assert.equal(indexBefore(text, tag, from, bound), i !== -1 && i < bound ? i : -1);
      }
    }),
    { numRuns: 20000 },
  );
});

test('a heading title is checked against the catalogue keys made once as against keys made per check', () => {
  const plainMatches = (written: string, number: string, scheme: 'current' | 'legacy') => {
    const key = plainTitleKey(written);
    if (!key) return true;
    const def = scheme === 'legacy' ? legacyItem(number) : currentItem(number);
    if (!def) return true;
    return [def.title, ...def.variants].some((t) => plainTitleKey(t) === key);
  };
  const titles = [...CURRENT_ITEMS, ...LEGACY_ITEMS].flatMap((i) => [i.title, ...i.variants]);
  const title = fc.oneof(fc.constantFrom(...titles), mixedText, fc.constantFrom(...titles).map((t) => t.toUpperCase() + '.'));
  const number = fc.constantFrom(...CURRENT_ITEMS.map((i) => i.number), ...LEGACY_ITEMS.map((i) => i.number), '9.99', '13', '');
  fc.assert(
    fc.property(title, number, fc.constantFrom('current' as const, 'legacy' as const), (t, n, scheme) =>
      assert.equal(titleMatches(t, n, scheme), plainMatches(t, n, scheme)),
    ),
    { numRuns: 20000 },
  );
});
