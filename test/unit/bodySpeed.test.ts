// The body finders' fast paths give exactly what the plain ways give: the
// lines located on demand are the lines of a split of the text, and every
// search that skips to candidate lines finds what testing every line finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Lines, TO_END, collapse } from '../../server/src/service/bodyLines';
import { headingOnLine, saysOnlyNotApplicable, scanHeadings } from '../../server/src/service/items';
import { findExhibitIndex, isExhibitIndexHeading, itemOrPartHeading } from '../../server/src/service/exhibits';
import { ParagraphStarts, opensParagraph } from '../../server/src/service/signatures';

/** Start and end (before "\r\n" / "\n") of every line, from a split of the text. */
function referenceLines(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  const parts = text.split('\n');
  parts.forEach((part, k) => {
    const last = k === parts.length - 1;
    out.push({ start, end: start + part.length - (!last && part.endsWith('\r') ? 1 : 0) });
    start += part.length + 1;
  });
  return out;
}

/** Every line's start, walking with `next`. */
function walk(lines: Lines): number[] {
  const out: number[] = [];
  for (let i = 0; i >= 0; i = lines.next(i)) out.push(i);
  return out;
}

function texts(pieces: string[], maxLength = 60): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));
}

const linePieces = ['\n', '\r\n', '\r', ' ', '\t', '\u00a0', 'a', 'Item', '\n\n'];

test('lines located on demand are the lines of a split of the text', () => {
  fc.assert(
    fc.property(texts(linePieces), fc.nat(), (text, at) => {
      const lines = new Lines(text);
      const ref = referenceLines(text);
      assert.deepEqual(walk(lines), ref.map((l) => l.start));
      ref.forEach((l, k) => {
        assert.equal(lines.end(l.start), l.end);
        assert.equal(lines.prev(l.start), k > 0 ? ref[k - 1].start : -1);
        assert.equal(lines.oneAfter(l.start), k + 1 < ref.length ? ref[k + 1].start : l.start);
      });
      const offset = at % (text.length + 1);
      const holding = ref.filter((l) => l.start <= offset).pop()!;
      assert.equal(lines.lineOf(offset), holding.start);
    }),
    { numRuns: 3000 },
  );
});

test('the next line with a match is the first line whose text holds one', () => {
  fc.assert(
    fc.property(texts(['\n', 'exhibit', 'EXHIBIT', 'Exh', 'ibit', ' ', 'x']), fc.nat(), fc.nat(), (text, f, t) => {
      const lines = new Lines(text);
      const all = walk(lines);
      const from = all[f % all.length];
      const to = t % 3 === 0 ? TO_END : all[t % all.length];
      const expected = all.find((l) => l >= from && l < to && /exhibit/i.test(text.slice(l, lines.end(l))));
      assert.equal(lines.nextLineWith(/exhibit/gi, from, to), expected ?? -1);
    }),
    { numRuns: 3000 },
  );
});

const headingPieces = [
  '\n', '\r\n', ' ', '  ', '\t', '*', '**', '_', '#', '>', '|', '\u2022', '=', 'x', 'Item', 'ITEM', 'item', 'iTeM', 'Items',
  ' 2.02', ' 9.01', ' 5', '7', '.', ' and ', ', ', 'Results of Operations and Financial Condition', 'Financial Statements and Exhibits',
  ' of this report', 'Other Events', ' '.repeat(38), 'Not applicable.',
];

test('the headings found from the "item" search are the headings on every line', () => {
  fc.assert(
    fc.property(texts(headingPieces), (text) => {
      const lines = new Lines(text);
      const expected = walk(lines).map((l) => headingOnLine(lines, l)).filter((c) => c !== undefined);
      assert.deepEqual(scanHeadings(lines), expected);
    }),
    { numRuns: 5000 },
  );
});

const exhibitPieces = [
  '\n', '\r\n', ' ', '\t', '*', '_', 'EXHIBIT INDEX', 'Exhibit Index', 'Index to Exhibits', 'exhibit', 'LIST OF EXHIBITS',
  'Item 6.', 'ITEM 14', 'PART II', 'Part', 'part', 'Exhibits', '99.1', 'x', ' '.repeat(50),
];

test('the exhibit index found from the "exhibit" search is the first heading on any line', () => {
  fc.assert(
    fc.property(texts(exhibitPieces), fc.nat(), (text, f) => {
      const lines = new Lines(text);
      const all = walk(lines);
      const from = all[f % all.length];
      const expected = all.find((l) => l >= from && isExhibitIndexHeading(lines, l));
      assert.equal(findExhibitIndex(lines, from), expected ?? -1);
    }),
    { numRuns: 3000 },
  );
});

test('an item or part heading holds "item" or "part", the words its search skips to', () => {
  fc.assert(
    fc.property(texts(exhibitPieces), (text) => {
      const lines = new Lines(text);
      for (const l of walk(lines)) {
        if (itemOrPartHeading(lines, l) !== undefined) assert.match(text.slice(l, lines.end(l)), /item|part/i);
      }
    }),
    { numRuns: 3000 },
  );
});

const paragraphPieces = [
  '\n', '\r\n', ' ', '\t', 'Pursuant to the requirements', 'pursuant', ' to', ' the', '\u00a0', ' requirements', 'PURSUANT TO THE REQUIREMENTS', 'x',
];

test('signature paragraphs found from one kept search are the lines a test of each line finds', () => {
  fc.assert(
    fc.property(texts(paragraphPieces), fc.integer({ min: 1, max: 40 }), (text, max) => {
      const lines = new Lines(text);
      const starts = new ParagraphStarts(text);
      for (const l of walk(lines)) {
        // `max` stands in for the 2000 characters of a long line.
        const limit = Math.min(lines.end(l), l + max);
        assert.equal(starts.within(l, limit), opensParagraphWithin(lines, l, max), `line at ${l}`);
      }
      for (const l of walk(lines)) assert.equal(new ParagraphStarts(text).within(l, Math.min(lines.end(l), l + 2000)), opensParagraph(lines, l));
    }),
    { numRuns: 3000 },
  );
});

function opensParagraphWithin(lines: Lines, l: number, max: number): boolean {
  return /pursuant\s+to\s+the\s+requirements/i.test(lines.lineText(l, max));
}

test('"not applicable" is told on the raw text as on the text cleaned up', () => {
  const plainly = (s: string) => {
    const words = collapse(s.replace(/[*_\-–—]+/g, ' '));
    return words.length > 0 && /^(?:not applicable|none|n\/a|inapplicable|omitted|not required)\.?$/i.test(words);
  };
  const pieces = ['not', 'NOT', ' ', '  ', '\n', '\t', '\u200b', '\ufeff', '\u3000', '*', '_', '-', '–', '—', 'applicable', 'Applicable', 'required', 'none', 'N/A', 'n/a', 'inapplicable', 'omitted', '.', 'x', 'not applicable'];
  fc.assert(fc.property(texts(pieces, 8), (s) => assert.equal(saysOnlyNotApplicable(s), plainly(s))), { numRuns: 20000 });
});
