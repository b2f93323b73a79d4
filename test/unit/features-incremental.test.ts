// Feature answers after edits, as the server computes them (text kept as
// pieces, analysis re-used, semantic tokens moved instead of computed again),
// equal the answers for the same text opened afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeFiling } from '../../server/src/service/analyze';
import { decodeFilingBytes } from '../../server/src/service/decode';
import { FilingAnalysis } from '../../server/src/service/incremental';
import { LineIndex } from '../../server/src/service/lineIndex';
import { PieceText } from '../../server/src/service/textSource';
import { createContext, type FeatureContext } from '../../server/src/features/context';
import { encodeTokenPieces, provideSemanticTokens, semanticTokenPieces, shiftTokenPieces, splicedTokenPieces } from '../../server/src/features/semanticTokens';
import { provideDocumentSymbols } from '../../server/src/features/outline';
import { provideDiagnostics } from '../../server/src/features/diagnostics';
import { provideFoldingRanges } from '../../server/src/features/folding';
import { provideDocumentLinks } from '../../server/src/features/links';

const corpusDir = path.resolve(__dirname, '../../../test/fixtures/corpus');
const FILES = [
  'saftl_8-K_fullsub_2026_nvidia_0001045810-26-000019.txt',
  'edgarcrawler_8-K_fullsub_1001258_8K_2005_0001125282-05-006555.txt',
  'edgartools_8-K_nc-submission_2025_0001493152-25-001317.nc',
  'secedgardl_8-K_fullsub_2019_apple_0001193125-19-292676.txt',
].map((name) => decodeFilingBytes(fs.readFileSync(path.join(corpusDir, name))).text);

const PIECES = ['a', ' ', '\n', '\r\n', '<', '>', 'Item 2.02', 'January 5, 2020', '04-2726691', '<p>', '&amp;', '</TEXT>', '<DOCUMENT>'];
const insertion = fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((a) => a.join(''));

function answers(ctx: FeatureContext): unknown {
  return {
    symbols: provideDocumentSymbols(ctx),
    tokens: provideSemanticTokens(ctx),
    diagnostics: provideDiagnostics(ctx),
    folding: provideFoldingRanges(ctx),
    links: provideDocumentLinks(ctx),
  };
}

test('after edits, answers from the pieces and the re-used analysis equal answers for the text opened afresh', () => {
  fc.assert(
    fc.property(fc.nat(FILES.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(4), insertion), { minLength: 1, maxLength: 5 }), (f, steps) => {
      let text = FILES[f];
      let source = PieceText.of(text);
      let lines = new LineIndex(text);
      let analysis = FilingAnalysis.of(text);
      let ctx = createContext('untitled:a', 1, source, analysis.model, lines);
      let pieces = semanticTokenPieces(ctx);
      steps.forEach(([pick, deleted, inserted], k) => {
        const start = pick % (text.length + 1);
        const end = Math.min(text.length, start + deleted);
        text = text.slice(0, start) + inserted + text.slice(end);
        source = source.replaced(start, end, inserted);
        lines = lines.edited(source, { start, end, length: inserted.length });
        const before = analysis.model;
        const mainBefore = before.documents[before.mainDocumentIndex]?.textRange;
        analysis = analysis.withEdits(source, [{ start, end, text: inserted }]);
        ctx = createContext('untitled:a', k + 2, source, analysis.model, lines);
        const span = analysis.span;
        if (analysis.reuse === 'structure-and-main' && span) {
          pieces = shiftTokenPieces(pieces, span);
          assert.deepEqual(encodeTokenPieces(ctx, pieces), provideSemanticTokens(ctx), 'moved tokens');
        } else if (analysis.reuse === 'structure' && span && mainBefore && span.start >= mainBefore.start && span.end <= mainBefore.end) {
          pieces = splicedTokenPieces(pieces, { span, mainBefore }, ctx);
          assert.deepEqual(encodeTokenPieces(ctx, pieces), provideSemanticTokens(ctx), 'spliced tokens');
        } else {
          pieces = semanticTokenPieces(ctx);
        }
        const fresh = createContext('untitled:a', k + 2, text, analyzeFiling(text));
        assert.deepEqual(answers(ctx), answers(fresh));
      });
    }),
    { numRuns: 40 },
  );
});

test('edits inside the main document splice the tokens: its lines computed again, the rest kept or moved, as computing them all', () => {
  for (const text of FILES) {
    let source = PieceText.of(text);
    let lines = new LineIndex(text);
    let analysis = FilingAnalysis.of(text);
    let pieces = semanticTokenPieces(createContext('untitled:m', 1, source, analysis.model, lines));
    const main = analysis.model.documents[analysis.model.mainDocumentIndex]?.textRange;
    assert.ok(main && main.end > main.start + 200);
    let spliced = 0;
    // Typing, deleting and new lines at places spread over the main text (which grows by one character per step).
    for (let k = 0; k < 30; k++) {
      const mainBefore = analysis.model.documents[analysis.model.mainDocumentIndex].textRange;
      const at = mainBefore.start + 20 + Math.floor(((k * 7919) % 997) / 997 * (mainBefore.end - mainBefore.start - 40));
      const typed = k % 5 === 4 ? { start: at, end: at + 1, text: '' } : { start: at, end: at, text: k % 3 === 0 ? '\n' : 'x' };
      source = source.replaced(typed.start, typed.end, typed.text);
      lines = lines.edited(source, { start: typed.start, end: typed.end, length: typed.text.length });
      analysis = analysis.withEdits(source, [typed]);
      const ctx = createContext('untitled:m', k + 2, source, analysis.model, lines);
      if (analysis.reuse !== 'structure' || !analysis.span) {
        pieces = semanticTokenPieces(ctx);
        continue;
      }
      pieces = splicedTokenPieces(pieces, { span: analysis.span, mainBefore }, ctx);
      spliced++;
      assert.deepEqual(encodeTokenPieces(ctx, pieces), provideSemanticTokens(ctx), `step ${k}`);
    }
    assert.ok(spliced >= 25, `spliced ${spliced} of 30`);
  }
});

test('edits inside exhibits move the tokens: most of a long edit session never computes them again', () => {
  const text = FILES[0];
  let source = PieceText.of(text);
  let analysis = FilingAnalysis.of(text);
  const exhibit = analysis.model.documents[1].textRange;
  let moved = 0;
  for (let k = 0; k < 50; k++) {
    const at = exhibit.start + 100 + k; // typing: each character after the last
    source = source.replaced(at, at, 'x');
    analysis = analysis.withEdits(source, [{ start: at, end: at, text: 'x' }]);
    if (analysis.reuse === 'structure-and-main') moved++;
  }
  assert.equal(moved, 50);
  assert.ok(source.pieceCount < 10, `typing stays in few pieces (${source.pieceCount})`);
});

test('typing in the main document or an exhibit never joins the whole text: analysis and answers read the pieces in windows', () => {
  const text = FILES[0];
  const first = FilingAnalysis.of(text);
  const main = first.model.documents[first.model.mainDocumentIndex].textRange;
  const exhibit = first.model.documents[first.model.mainDocumentIndex + 1].textRange;
  const join = PieceText.prototype.toString;
  let joins = 0;
  PieceText.prototype.toString = function (this: PieceText) {
    joins++;
    return join.call(this);
  };
  try {
    let source = PieceText.of(text);
    let lines = new LineIndex(text);
    let analysis = first;
    for (const at of [main.start + 500, exhibit.start + 500, main.start + 2000]) {
      source = source.replaced(at, at, 'x');
      lines = lines.edited(source, { start: at, end: at, length: 1 });
      analysis = analysis.withEdits(source, [{ start: at, end: at, text: 'x' }]);
      assert.notEqual(analysis.reuse, 'none', 'the edit re-used the analysis');
      answers(createContext('untitled:a', 2, source, analysis.model, lines));
    }
  } finally {
    PieceText.prototype.toString = join;
  }
  assert.equal(joins, 0);
});
