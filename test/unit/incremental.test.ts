// Incremental analysis: after edits, the re-analysis that reuses what the
// edits cannot have changed equals a fresh analysis of the new text. Also the
// pieces it stands on: edit spans, the spliced line index, the server's
// documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument, type Position } from 'vscode-languageserver-textdocument';
import { analyzeFiling } from '../../server/src/service/analyze';
import { decodeFilingBytes } from '../../server/src/service/decode';
import { FilingAnalysis, spanOfEdits, type TextEdit } from '../../server/src/service/incremental';
import { LineIndex } from '../../server/src/service/lineIndex';
import { PieceText } from '../../server/src/service/textSource';
import { sniffContainer } from '../../server/src/service/sniff';
import { FilingDocument } from '../../server/src/lsp/filingDocument';
import { comparable } from '../support/modelCompare';

const corpusDir = path.resolve(__dirname, '../../../test/fixtures/corpus');
const read = (name: string) => decodeFilingBytes(fs.readFileSync(path.join(corpusDir, name))).text;

/** Corpus submissions with more than one document (where reuse is possible), and one of one document. */
const SUBMISSIONS = [
  'saftl_8-K_fullsub_2026_nvidia_0001045810-26-000019.txt',
  'edgarwebr_8-K_fullsub_2017_ford_0000037996-17-000084.txt',
  'secedgardl_8-K_fullsub_2019_apple_0001193125-19-292676.txt',
  'edgartools_8-K_fullsub_2024_1895bancorp_0000943374-24-000509.txt',
  'edgarcrawler_8-K_fullsub_1001258_8K_2005_0001125282-05-006555.txt',
  'edgartools_8-K_nc-submission_2025_0001493152-25-001317.nc',
  'secedgar_NEG_10-K_fullsub_1994_apple_0000320193-94-000016.txt',
  'edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt',
  'edgartools_8-K_ixbrl_oracle.html',
].map((name) => ({ name, text: read(name) }));

/** A submission whose main document is not the first (so findings after an edit shift). */
function mainDocumentLast(): { name: string; text: string } {
  const text = read('edgarcrawler_8-K_fullsub_1001258_8K_2005_0001125282-05-006555.txt');
  const docs: string[] = [];
  for (let i = text.indexOf('<DOCUMENT>'); i !== -1; ) {
    const end = text.indexOf('</DOCUMENT>', i) + '</DOCUMENT>'.length;
    docs.push(text.slice(i, end));
    i = text.indexOf('<DOCUMENT>', end);
  }
  const head = text.slice(0, text.indexOf('<DOCUMENT>'));
  return { name: 'main-last', text: `${head}${[...docs.slice(1), docs[0]].join('\n')}\n</SEC-DOCUMENT>\n` };
}
const FILES = [...SUBMISSIONS, mainDocumentLast()];

const PIECES = [
  'a', ' ', '  ', '\n', '\r\n', '\r', '\t', '<', '>', '/', '.', 'é', '\u2019', '\u0000', '&amp;', '&#160;',
  'DOCUMENT', 'TEXT', '<DOCUMENT>', '</DOCUMENT>', '<TEXT>', '</TEXT>', '<TYPE>8-K', '<TYPE>EX-99.1', '<SEC-HEADER>',
  'Item 2.02', 'ITEM 9.01 Financial Statements and Exhibits', 'SIGNATURES', 'Date: January 5, 2020',
  '04-2726691', '0001193125-19-292676', '<p>', '</p>', '<div style="display:none">', '</div>', '<table><tr><td>',
  'begin 644 x.jpg\n', 'CONFORMED SUBMISSION TYPE:\t8-K\n', '<DESCRIPTION>', '<FILENAME>ex99.htm', '<SEQUENCE>2', '<TYPE>',
];

const insertion = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join(''));

/** Offsets of the delimiters and tags that decide a submission's structure. */
function landmarks(text: string): number[] {
  const out: number[] = [];
  for (const tag of ['<DOCUMENT>', '</DOCUMENT>', '<TEXT>', '</TEXT>', '<TYPE>', '<SEQUENCE>', '<FILENAME>', '<DESCRIPTION>', '</SEC-HEADER>', '<html', '</html>']) {
    for (let i = text.indexOf(tag); i !== -1 && out.length < 400; i = text.indexOf(tag, i + 1)) out.push(i, i + tag.length);
  }
  return out.length > 0 ? out : [0];
}

/** An edit of `text`: where (anywhere, or near a landmark), how much is deleted, what is inserted. */
const editOf = (text: string) =>
  fc
    .record({
      near: fc.boolean(),
      pick: fc.nat(),
      jitter: fc.integer({ min: -16, max: 16 }),
      deleted: fc.oneof(fc.constant(0), fc.nat(12), fc.nat(3000)),
      inserted: insertion,
    })
    .map(({ near, pick, jitter, deleted, inserted }): TextEdit => {
      const marks = landmarks(text);
      const at = near ? marks[pick % marks.length] + jitter : pick % (text.length + 1);
      const start = Math.max(0, Math.min(text.length, at));
      return { start, end: Math.min(text.length, start + deleted), text: inserted };
    });

function apply(text: string, e: TextEdit): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}

function assertSameAsFresh(analysis: FilingAnalysis, text: string, options = {}): void {
  assert.equal(analysis.text.toString(), text);
  assert.deepStrictEqual(comparable(analysis.model), comparable(analyzeFiling(text, options)));
}

const fileIndex = fc.nat(FILES.length - 1);

test('one edit anywhere: the re-analysis equals a fresh analysis of the new text', () => {
  const base = FILES.map((f) => FilingAnalysis.of(f.text));
  fc.assert(
    fc.property(
      fileIndex.chain((i) => fc.tuple(fc.constant(i), editOf(FILES[i].text))),
      ([i, edit]) => {
        const text = apply(FILES[i].text, edit);
        assertSameAsFresh(base[i].withEdits(text, [edit]), text);
      },
    ),
    { numRuns: 250 },
  );
});

test('edits one after another, each re-analysed from the last: always equal to a fresh analysis', () => {
  fc.assert(
    fc.property(fileIndex, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), insertion, fc.nat(20)), { minLength: 1, maxLength: 6 }), (i, steps) => {
      // As the server does it: the text kept as pieces, the analysis reading windows of them.
      let analysis = FilingAnalysis.of(FILES[i].text);
      let source = PieceText.of(FILES[i].text);
      let text = FILES[i].text;
      for (const [pick, alt, near, inserted, deleted] of steps) {
        const marks = landmarks(text);
        const start = Math.min(text.length, near ? marks[pick % marks.length] + (alt % 24) : pick % (text.length + 1));
        const edit = { start, end: Math.min(text.length, start + deleted), text: inserted };
        text = apply(text, edit);
        source = source.replaced(edit.start, edit.end, edit.text);
        analysis = analysis.withEdits(source, [edit]);
        assertSameAsFresh(analysis, text);
      }
    }),
    { numRuns: 40 },
  );
});

test('several edits in one change (as an editor sends them) merge into one span', () => {
  fc.assert(
    fc.property(fileIndex, fc.array(fc.tuple(fc.nat(), insertion, fc.nat(30)), { minLength: 2, maxLength: 5 }), (i, raw) => {
      let text = FILES[i].text;
      const edits: TextEdit[] = [];
      for (const [pick, inserted, deleted] of raw) {
        const start = pick % (text.length + 1);
        const edit = { start, end: Math.min(text.length, start + deleted), text: inserted };
        edits.push(edit);
        text = apply(text, edit);
      }
      assertSameAsFresh(FilingAnalysis.of(FILES[i].text).withEdits(text, edits), text);
    }),
    { numRuns: 60 },
  );
});

test('a small size limit: edits keep the notice and the cheap parts exactly as a fresh analysis gives them', () => {
  const options = { maxFullAnalysisLength: 20_000 };
  fc.assert(
    fc.property(
      fileIndex.chain((i) => fc.tuple(fc.constant(i), editOf(FILES[i].text))),
      ([i, edit]) => {
        const text = apply(FILES[i].text, edit);
        assertSameAsFresh(FilingAnalysis.of(FILES[i].text, options).withEdits(text, [edit]), text, options);
      },
    ),
    { numRuns: 60 },
  );
});

test('what an edit reuses: an exhibit edit keeps the main document, a main document edit keeps the structure, a header edit nothing', () => {
  const text = FILES[0].text; // NVIDIA: 8-K first, then EX-99.1, EX-99.2, XBRL, images
  const analysis = FilingAnalysis.of(text);
  const docs = analysis.model.documents;
  const inExhibit = Math.floor((docs[1].textRange.start + docs[1].textRange.end) / 2);
  const inMain = Math.floor((docs[0].textRange.start + docs[0].textRange.end) / 2);
  const inHeader = text.indexOf('FILED AS OF DATE');
  const cases: [number, string][] = [
    [inExhibit, 'structure-and-main'],
    [inMain, 'structure'],
    [inHeader, 'none'],
  ];
  for (const [at, reuse] of cases) {
    const edit = { start: at, end: at, text: 'x' };
    const next = analysis.withEdits(apply(text, edit), [edit]);
    assert.equal(next.reuse, reuse);
  }
  // The main document after the edited one: its findings move with the edit.
  const last = FILES[FILES.length - 1];
  const a = FilingAnalysis.of(last.text);
  const first = a.model.documents[0];
  assert.ok(a.model.mainDocumentIndex > 0);
  const at = first.textRange.start + 40;
  const edited = a.withEdits(apply(last.text, { start: at, end: at, text: 'inserted text\n' }), [{ start: at, end: at, text: 'inserted text\n' }]);
  assert.equal(edited.reuse, 'structure-and-main');
  assert.equal(edited.model.items[0].headingRange.start, a.model.items[0].headingRange.start + 14);
});

test('an edit in a document’s tags (its description, filename, type) re-reads those tags alone, and equals a fresh analysis', () => {
  const text = FILES[0].text; // NVIDIA: 8-K first, then exhibits
  const analysis = FilingAnalysis.of(text);
  const exhibit = analysis.model.documents[1];
  const description = text.indexOf('<DESCRIPTION>', exhibit.range.start) + '<DESCRIPTION>'.length;
  const typed = { start: description, end: description, text: 'Revised ' };
  const afterTyping = apply(text, typed);
  const next = analysis.withEdits(afterTyping, [typed]);
  assert.equal(next.reuse, 'tags-and-main');
  assertSameAsFresh(next, afterTyping);
  assert.match(next.model.documents[1].description ?? '', /^Revised /);

  // The exhibit's type changed: still its tags alone.
  const typeAt = exhibit.typeRange.start;
  const retyped = { start: typeAt, end: exhibit.typeRange.end, text: 'EX-99.9' };
  const afterRetyping = apply(text, retyped);
  const r = analysis.withEdits(afterRetyping, [retyped]);
  assert.equal(r.reuse, 'tags-and-main');
  assertSameAsFresh(r, afterRetyping);

  // The main document's type changed so that another document becomes the main one: a fresh analysis.
  const main = analysis.model.documents[0];
  const demoted = { start: main.typeRange.start, end: main.typeRange.end, text: 'EX-99.8' };
  const afterDemoting = apply(text, demoted);
  const d = analysis.withEdits(afterDemoting, [demoted]);
  assertSameAsFresh(d, afterDemoting);
});

test('edit spans: the text outside a merged span is the old text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.string({ maxLength: 5 })), { maxLength: 6 }), (old, raw) => {
      let text = old;
      const edits: TextEdit[] = [];
      for (const [pick, deleted, inserted] of raw) {
        const start = pick % (text.length + 1);
        const edit = { start, end: Math.min(text.length, start + deleted), text: inserted };
        edits.push(edit);
        text = apply(text, edit);
      }
      const span = spanOfEdits(edits);
      if (!span) return edits.length === 0;
      assert.equal(text.length, old.length - (span.end - span.start) + span.length);
      assert.equal(text.slice(0, span.start), old.slice(0, span.start));
      assert.equal(text.slice(span.start + span.length), old.slice(span.end));
      return true;
    }),
    { numRuns: 500 },
  );
});

test('a text kept as pieces reads as the string it stands for', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), fc.array(fc.tuple(fc.nat(), fc.nat(10), fc.string({ maxLength: 300 })), { maxLength: 30 }), (initial, raw) => {
      let text = initial;
      let pieces = PieceText.of(initial);
      for (const [pick, deleted, inserted] of raw) {
        const start = pick % (text.length + 1);
        const end = Math.min(text.length, start + deleted);
        text = text.slice(0, start) + inserted + text.slice(end);
        pieces = pieces.replaced(start, end, inserted);
        assert.equal(pieces.length, text.length);
        for (let a = -2; a <= text.length + 1; a += 3) {
          assert.equal(pieces.charCodeAt(a), text.charCodeAt(a));
          for (let b = a; b <= text.length + 2; b += 5) assert.equal(pieces.slice(a, b), text.slice(a, b));
        }
      }
      assert.equal(pieces.toString(), text);
    }),
    { numRuns: 300 },
  );
});

const lineText = fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', ' '), { maxLength: 40 }).map((a) => a.join(''));

test('the spliced line index equals the index built afresh', () => {
  fc.assert(
    fc.property(lineText, fc.nat(), fc.nat(6), lineText, (old, pick, deleted, inserted) => {
      const start = pick % (old.length + 1);
      const end = Math.min(old.length, start + deleted);
      const text = old.slice(0, start) + inserted + old.slice(end);
      const spliced = new LineIndex(old).edited(text, { start, end, length: inserted.length });
      const fresh = new LineIndex(text);
      assert.equal(spliced.lineCount, fresh.lineCount);
      for (let line = 0; line < fresh.lineCount; line++) assert.equal(spliced.lineStart(line), fresh.lineStart(line));
    }),
    { numRuns: 1000 },
  );
});

test("the server's documents follow edits as vscode-languageserver-textdocument counts positions", () => {
  const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 12 }) });
  const change = fc.record({ range: fc.record({ start: position, end: position }), text: lineText });
  // The reference: each change applied to a document made afresh from the text before it (their
  // incremental line table goes wrong after a change at lines past the end of the text).
  const reference = (text: string, c: { range: { start: Position; end: Position }; text: string }) => {
    const doc = TextDocument.create('untitled:a', 'plaintext', 1, text);
    const [a, b] = [doc.offsetAt(c.range.start), doc.offsetAt(c.range.end)].sort((x, y) => x - y);
    return text.slice(0, a) + c.text + text.slice(b);
  };
  fc.assert(
    fc.property(lineText, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 5 }), (initial, versions) => {
      let ours = FilingDocument.create('untitled:a', 'plaintext', 1, initial);
      let expected = initial;
      versions.forEach((changes, v) => {
        ours = ours.update(changes, v + 2);
        for (const c of changes) expected = reference(expected, c);
        assert.equal(ours.getText(), expected);
        assert.equal(ours.version, v + 2);
        const fresh = TextDocument.create('untitled:a', 'plaintext', v + 2, expected);
        assert.equal(ours.lineCount, fresh.lineCount);
        for (let o = 0; o <= expected.length; o++) assert.deepEqual(ours.positionAt(o), fresh.positionAt(o));
        for (let line = -1; line <= ours.lineCount; line++) {
          for (let character = -1; character < 6; character++) {
            assert.equal(ours.offsetAt({ line, character }), fresh.offsetAt({ line, character }));
          }
        }
      });
    }),
    { numRuns: 300 },
  );
});

test('the line index of a real filing: built with native searches, the same as counting every character', () => {
  for (const { text } of FILES) {
    const index = new LineIndex(text);
    let line = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        assert.equal(index.lineStart(line), i + 1);
      }
    }
    assert.equal(index.lineCount, line + 1);
  }
});

test('the files here are what the property tests need: submissions with several documents', () => {
  assert.ok(FILES.filter((f) => sniffContainer(f.text).container === 'submission').length >= 8);
});
