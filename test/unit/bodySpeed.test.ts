// The body finders' fast paths give exactly what the plain ways give: the
// lines located on demand are the lines of a split of the text, and every
// search that skips to candidate lines finds what testing every line finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CURRENT_ITEMS, LEGACY_ITEMS } from '../../server/src/service/data/items';
import { Lines, TO_END, collapse, isHeadLetter, isLeadOrSpace, isSpace } from '../../server/src/service/bodyLines';
import { HeadingScan, headingOnLine, matchCatalogueTitle, mayStartTitleLine, saysOnlyNotApplicable, type HeadingPart } from '../../server/src/service/items';
import { findExhibitIndex, isExhibitIndexHeading, itemOrPartHeading, mayStartRow } from '../../server/src/service/exhibits';
import { ParagraphStarts, mayEndBlock, nextMaybeHeadingLine, opensParagraph } from '../../server/src/service/signatures';

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

const linePieces = ['\n', '\r\n', '\r', ' ', '\t', '\u00a0', '\u2003', 'a', 'Item', '\n\n', ' x '];

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
      // Asked in any order, a line's content bounds are those found by walking over its white space.
      for (const k of [...ref.keys()].sort((x, y) => ((x * 7 + at) % 5) - ((y * 7 + at) % 5))) {
        const { start, end } = ref[k];
        let cs = start;
        while (cs < end && isSpace(text.charCodeAt(cs))) cs++;
        let ce = end;
        while (ce > start && isSpace(text.charCodeAt(ce - 1))) ce--;
        if (k % 2 === 0) assert.equal(lines.contentEnd(start), ce);
        assert.equal(lines.contentStart(start), cs);
        assert.equal(lines.contentEnd(start), ce);
        assert.equal(lines.isBlank(start), cs === end);
      }
      const offset = at % (text.length + 1);
      const holding = ref.filter((l) => l.start <= offset).pop()!;
      assert.equal(lines.lineOf(offset), holding.start);
    }),
    { numRuns: 3000 },
  );
});

const headingPieces = [
  '\n', '\r\n', ' ', '  ', '\t', '*', '**', '_', '#', '>', '|', '\u2022', '=', 'x', 'Item', 'ITEM', 'item', 'iTeM', 'Items',
  ' 2.02', ' 9.01', ' 5', '7', '.', ' and ', ', ', 'Results of Operations and Financial Condition', 'Financial Statements and Exhibits',
  ' of this report', 'Other Events', ' '.repeat(38), 'Not applicable.',
];

test('the headings found by the scan, phase by phase, are the headings a test of every line finds', () => {
  fc.assert(
    fc.property(texts(headingPieces), fc.nat(), fc.nat(), (text, k, e) => {
      const lines = new Lines(text);
      const all = walk(lines);
      const expected = all.map((l) => headingOnLine(lines, l)).filter((c) => c !== undefined);
      const scan = new HeadingScan(lines);
      // As findBody asks: the first heading, the k-th, then every one before a line.
      assert.deepEqual(scan.searchUntil(TO_END, () => true), expected[0]);
      let seen = 0;
      assert.deepEqual(scan.searchUntil(TO_END, () => seen++ === k % 4), expected[(k % 4) + 1]);
      const end = e % 3 === 0 ? TO_END : all[e % all.length];
      scan.searchUntil(end, () => false);
      const before = scan.found.filter((c) => c.start < end);
      assert.deepEqual(before, expected.filter((c) => c.start < end));
      assert.deepEqual(scan.found, expected.slice(0, scan.found.length));
    }),
    { numRuns: 5000 },
  );
});

const exhibitPieces = [
  '\n', '\r\n', ' ', '\t', '*', '_', 'EXHIBIT INDEX', 'Exhibit Index', 'Index to Exhibits', 'exhibit', 'LIST OF EXHIBITS',
  'Item 6.', 'ITEM 14', 'PART II', 'Part', 'part', 'Exhibits', '99.1', 'x', ' '.repeat(50),
];

test('the exhibit index found by looking at the first characters is the first heading on any line', () => {
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

test('lines are skipped to by their first letter exactly as a test of each line finds, whatever the order of the questions', () => {
  const pieces = ['\n', '\r\n', '\r', ' ', '\t', '*', '_', '#', '=', '\u2022', '\u00a0', '\u2028', '\u1680', '\u200b', 'Item', 'part', 'S', 'e', 'L', 'x', '1'];
  const letters = [(c: number) => (c | 0x20) === 0x69, (c: number) => (c | 0x20) === 0x73, isHeadLetter, (c: number) => (c | 0x20) === 0x6c];
  fc.assert(
    fc.property(texts(pieces), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(3)), { maxLength: 6 }), (text, questions) => {
      const lines = new Lines(text);
      const all = walk(lines);
      const firstLetter = (l: number) => {
        let p = l;
        while (p < text.length && text[p] !== '\n' && isLeadOrSpace(text.charCodeAt(p))) p++;
        return text.charCodeAt(p);
      };
      for (const [f, t, k] of questions) {
        const from = all[f % all.length];
        const to = t % 3 === 0 ? TO_END : all[t % all.length];
        const accept = letters[k];
        const expected = all.find((l) => l >= from && l < to && isHeadLetter(firstLetter(l)) && accept(firstLetter(l)));
        assert.equal(lines.nextHeadLine(from, to, accept), expected ?? -1);
      }
    }),
    { numRuns: 5000 },
  );
});

test('every item or part heading is a line that starts with an "I" or a "P"', () => {
  const isIP = (c: number) => (c | 0x20) === 0x69 || (c | 0x20) === 0x70;
  fc.assert(
    fc.property(texts([...exhibitPieces, '\u2028', '\u1680', '\u200b', '\ufeff', 'Department', '#', '\u2022']), (text) => {
      const lines = new Lines(text);
      for (const l of walk(lines)) if (itemOrPartHeading(lines, l) !== undefined) assert.equal(lines.nextHeadLine(l, l + 1, isIP), l);
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
      const starts = new ParagraphStarts(lines);
      for (const l of walk(lines)) {
        // `max` stands in for the 2000 characters of a long line.
        const limit = Math.min(lines.end(l), l + max);
        assert.equal(starts.within(l, limit), opensParagraphWithin(lines, l, max), `line at ${l}`);
      }
      for (const l of walk(lines)) assert.equal(new ParagraphStarts(lines).within(l, Math.min(lines.end(l), l + 2000)), opensParagraph(lines, l));
    }),
    { numRuns: 3000 },
  );
});

test('every "SIGNATURES" line is a line skipped to as a maybe heading', () => {
  const pieces = ['\n', '\r\n', '\r', ' ', '\t', '*', '_', '\u00a0', '\u2003', '\u2028', 'S', 's', 'i', 'SIGNATURES', 'sIGNATURE', 'Signature', 'S I G N A T U R E S', 'x', 'Page', ':', '#'];
  const heading = /^[*_\s]*(?:signatures?|s ?i ?g ?n ?a ?t ?u ?r ?e ?s?)(?:[ \t]+page)?[ \t]*[.:]?[*_\s]*$/i;
  fc.assert(
    fc.property(texts(pieces), (text) => {
      const lines = new Lines(text);
      const maybe: number[] = [];
      for (let l = nextMaybeHeadingLine(lines, 0); l >= 0; l = nextMaybeHeadingLine(lines, l + 1)) maybe.push(l);
      for (const l of walk(lines)) if (heading.test(lines.trimmed(l))) assert.ok(maybe.includes(l), `line at ${l}`);
    }),
    { numRuns: 3000 },
  );
});

test('the line of the next signature paragraph is the first line from there that holds its words', () => {
  fc.assert(
    fc.property(texts(paragraphPieces), (text) => {
      const lines = new Lines(text);
      const starts = new ParagraphStarts(lines);
      const all = walk(lines);
      for (const l of all) {
        const m = /pursuant\s+to\s+the\s+requirements/gi;
        m.lastIndex = l;
        const found = m.exec(text);
        assert.equal(starts.lineFrom(l), found ? lines.lineOf(found.index) : -1);
      }
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

test('white space is collapsed with the fast path exactly as by the replacement', () => {
  const plainly = (s: string) => s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
  const pieces = [' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u200c', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e', 'a', 'Bc', '.'];
  fc.assert(fc.property(texts(pieces, 10), (s) => assert.equal(collapse(s), plainly(s))), { numRuns: 20000 });
});

test('the first-character checks before the signature block end and exhibit row patterns pass every line those patterns match', () => {
  const blockEnd =
    /^[*_\s]*(?:(?:exhibit index|index to exhibits|exhibits? index|index of exhibits|exhibit list)\b|exhibit\s+\d{1,3}(?:\.\d{1,3})?[*_\s]*$)/i;
  const row = /(?:\([a-zA-Z]\)[ \t]*(?=[Ee][Xx]))?((?:[Ee][Xx](?:[Hh][Ii][Bb][Ii][Tt])?)?)\d/y;
  const pieces = ['*', '_', ' ', '\u2028', '\u1680', 'Exhibit', 'EXHIBIT', 'index', 'Index', ' to exhibits', ' list', ' 99.1', '(d)', 'EX-', '10', 'x', '•'];
  fc.assert(
    fc.property(texts(pieces, 6), (s) => {
      const lines = new Lines(s);
      const t = lines.trimmed(0, 200);
      if (t.length > 0 && blockEnd.test(t)) assert.ok(mayEndBlock(t.charCodeAt(0)));
      row.lastIndex = 0;
      if (row.test(s)) assert.ok(mayStartRow(s.charCodeAt(0)));
    }),
    { numRuns: 20000 },
  );
});

test('the first-character check before the form title pattern passes every line it matches', () => {
  const title = /^[*_\s]*(?:(?:form|schedule)\s+[0-9A-Z]{1,4}(?:[-–][0-9A-Z]{1,4})?(?:\/A)?|current report|annual report|quarterly report)\b.{0,80}$/i;
  const pieces = ['*', '_', ' ', '\u2028', '\u1680', 'FORM', 'form', ' 8-K', 'Schedule', ' 14A', 'CURRENT REPORT', 'annual report', 'Quarterly Report', 'x', '/A'];
  fc.assert(
    fc.property(texts(pieces, 6), (s) => {
      const t = new Lines(s).trimmed(0, 200);
      if (t.length > 0 && title.test(t)) assert.ok(mayStartTitleLine(t.charCodeAt(0)));
    }),
    { numRuns: 20000 },
  );
});

test('catalogue titles are matched by walking the text and the title together exactly as by comparing their keys', () => {
  const keyOf = (t: string) => {
    let key = '';
    const at: number[] = [];
    for (let i = 0; i < t.length; i++) {
      const ch = t[i];
      const add = /[0-9a-zA-Z]/.test(ch) ? ch.toLowerCase() : ch === '&' ? 'and' : '';
      key += add;
      for (let n = 0; n < add.length; n++) at.push(i);
    }
    return { key, at };
  };
  const titles: Record<string, string[]> = {};
  for (const item of CURRENT_ITEMS) titles[`current:${item.number}`] = [item.title, ...item.variants];
  for (const item of LEGACY_ITEMS) titles[`legacy:${item.number}`] = [item.title, ...item.variants];
  const plainly = (s: string, parts: HeadingPart[]) => {
    const keys = parts.flatMap((p) => (titles[`${p.scheme}:${p.number}`] ?? []).map((t) => keyOf(t).key).sort((a, b) => b.length - a.length));
    if (keys.length === 0) return 0;
    const k = keyOf(s.slice(0, Math.min(s.length, keys[0].length * 3 + 40)));
    for (const key of keys) {
      if (key.length > 0 && k.key.startsWith(key)) {
        let end = k.at[key.length - 1] + 1;
        while (end < s.length && /[.)”"*]/.test(s[end])) end++;
        return end;
      }
    }
    return 0;
  };
  const part = (key: string): HeadingPart => {
    const [scheme, number] = key.split(':');
    return { number, scheme: scheme as HeadingPart['scheme'], numberStart: 0, numberEnd: 0, partStart: 0, partEnd: 0 };
  };
  const partKeys = ['current:2.02', 'current:9.01', 'current:5.02', 'current:8.01', 'legacy:5', 'legacy:7'];
  // A title as filings write it: cut short or run on, "and" as "&", other case, marks, a closing period.
  const written = fc
    .tuple(fc.constantFrom(...partKeys.flatMap((k) => titles[k])), fc.nat(200), fc.boolean(), fc.boolean(), fc.constantFrom('', '.', '*', ')', '**.', ' of this report', 'x', ' - More'))
    .map(([title, cut, amp, upper, tail]) => {
      let t = title.slice(0, Math.max(1, title.length - (cut % 12)));
      if (amp) t = t.replace(/ and /g, ' & ');
      if (upper) t = t.toUpperCase();
      return t.replace(/ /g, cut % 3 === 0 ? '  ' : ' ') + tail;
    });
  const parts = fc.subarray(partKeys, { minLength: 1, maxLength: 2 });
  fc.assert(
    fc.property(written, parts, (s, keys) => {
      const ps = keys.map(part);
      assert.equal(matchCatalogueTitle(s, ps), plainly(s, ps));
    }),
    { numRuns: 20000 },
  );
});
