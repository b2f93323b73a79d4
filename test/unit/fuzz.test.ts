// Fuzzing: random text and mutated corpus filings. The analysis never
// throws, every range it reports lies inside the document, and every feature
// answers (without throwing) with positions inside the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Position, Range as LspRange } from 'vscode-languageserver-types';
import { analyzeFiling } from '../../server/src/service/analyze';
import { decodeFilingBytes } from '../../server/src/service/decode';
import type { FilingModel } from '../../server/src/service/model';
import { officialTitle } from '../../server/src/service/itemTitles';
import { createContext, type FeatureContext } from '../../server/src/features/context';
import { provideSemanticTokens } from '../../server/src/features/semanticTokens';
import { provideDocumentSymbols, provideSymbolInformation } from '../../server/src/features/outline';
import { provideFoldingRanges } from '../../server/src/features/folding';
import { provideDiagnostics } from '../../server/src/features/diagnostics';
import { provideHover } from '../../server/src/features/hover';
import { provideCompletions } from '../../server/src/features/completion';
import { provideInlayHints } from '../../server/src/features/inlayHints';
import { provideDocumentHighlights } from '../../server/src/features/highlights';
import { provideCodeActions } from '../../server/src/features/codeActions';
import { provideDocumentLinks } from '../../server/src/features/links';
import { filingSymbols } from '../../server/src/features/workspaceSymbols';
import { filingSummary } from '../../server/src/lsp/filingSummary';
import { jsonReport } from '../../server/src/cli/jsonReport';
import { textReport } from '../../server/src/cli/textReport';
import { rangesOf } from '../support/modelCompare';

const corpusDir = path.resolve(__dirname, '../../../test/fixtures/corpus');
const CORPUS = fs
  .readdirSync(corpusDir)
  .filter((f) => /\.(txt|nc|htm|html)$/.test(f) && fs.statSync(path.join(corpusDir, f)).size < 300_000)
  .sort()
  .map((f) => decodeFilingBytes(fs.readFileSync(path.join(corpusDir, f))).text);

/** Pieces filings are made of, and pieces that break them. */
const FRAGMENTS = [
  '<SEC-DOCUMENT>', '<SEC-HEADER>', '</SEC-HEADER>', '<IMS-HEADER>', '<SUBMISSION>', '</SUBMISSION>', '<DOCUMENT>', '</DOCUMENT>',
  '<TYPE>8-K', '<TYPE>EX-99.1', '<TEXT>', '</TEXT>', '<PDF>', '<XBRL>', '<html>', '</html>', '<body>', '<p>', '</p>', '<br/>',
  '<div style="display:none">', '</div>', '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '<pre>', '<!--', '-->',
  '<![CDATA[', ']]>', '<script>', '</script>', '<ix:nonNumeric name="dei:DocumentType">', '</ix:nonNumeric>',
  '<ix:header>', 'xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"', '&amp;', '&#160;', '&#x2019;', '&nbsp', '&#99999999;',
  'CONFORMED SUBMISSION TYPE:\t8-K\n', 'FILER:\n', '\tCOMPANY DATA:\n', '\t\tCENTRAL INDEX KEY:\t\t0000320193\n',
  'FILED AS OF DATE:\t\t20130407\n', 'ITEM INFORMATION:\t\tRegulation FD Disclosure\n',
  'FORM 8-K', 'CURRENT REPORT', 'Item 2.02', 'ITEM 7.01. Regulation FD Disclosure', 'Items 5.02 and 9.01', 'Item 5',
  'SIGNATURES', 'SIGNATURE', '/s/ Jane Doe', 'Date: April 7, 2013', 'Exhibit 99.1', 'Exhibit No.', 'Description',
  '(Exact name of registrant as specified in its charter)', 'Commission File Number', '(I.R.S. Employer Identification No.)',
  '04-2726691', '00-0000000', '0-17999', '001-03950', '0001193125-19-292676', '17 CFR 240.14a-12', '[X]', '[ ]', '\u2610', '\u2612',
  'January 5, 2020', '31 April 2013', '02/30/2019', '2019-13-45', 'begin 644 x.jpg\n', 'M86)C\n', 'end\n',
  '\n', '\r\n', '\r', '\t', ' ', '    ', '\u00a0', '\u2028', '\ufeff', '\u0000', '\u0007', '\ufffd', '\ud800', '\udc00', '\ud83d\ude00',
  '<', '>', '&', '"', "'", '/', ':', '.', '-', 'x', 'é', '\u2019',
];

const randomText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 120 }).map((a) => a.join(''));

type Mutation = [kind: number, at: number, length: number, fragment: string];

/** A corpus filing mutated: fragments inserted, stretches deleted, duplicated or cut, at random places. */
function mutate(text: string, mutations: Mutation[]): string {
  let t = text;
  for (const [kind, atRaw, length, fragment] of mutations) {
    const at = atRaw % (t.length + 1);
    const end = Math.min(t.length, at + length);
    switch (kind % 5) {
      case 0:
        t = t.slice(0, at) + fragment + t.slice(at);
        break;
      case 1:
        t = t.slice(0, at) + t.slice(end);
        break;
      case 2:
        t = t.slice(0, end) + t.slice(at, end) + t.slice(end);
        break;
      case 3:
        t = t.slice(0, at);
        break;
      default:
        t = t.slice(0, at) + t.slice(at, end).toUpperCase() + t.slice(end);
    }
  }
  return t;
}

const mutation = fc.tuple(fc.nat(), fc.nat(), fc.nat(400), fc.constantFrom(...FRAGMENTS));
const mutatedCorpus = fc.tuple(fc.nat(CORPUS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([i, m]) => mutate(CORPUS[i], m));

function assertInside(text: string, model: FilingModel): void {
  for (const r of rangesOf(model)) {
    assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end), `integer range ${JSON.stringify(r)}`);
    assert.ok(0 <= r.start && r.start <= r.end && r.end <= text.length, `range ${JSON.stringify(r)} inside 0..${text.length}`);
  }
  const view = model.mainView;
  if (view) {
    for (const o of [0, view.text.length >> 1, view.text.length]) {
      const s = view.toSource(o);
      assert.ok(s >= 0 && s <= text.length, `view offset ${o} maps inside`);
    }
  }
}

function assertPosition(ctx: FeatureContext, p: Position, what: string): void {
  assert.ok(p.line >= 0 && p.line < ctx.lines.lineCount, `${what}: line ${p.line} of ${ctx.lines.lineCount}`);
  assert.ok(p.character >= 0, `${what}: character ${p.character}`);
  assert.equal(ctx.lines.offset(p.line, p.character), ctx.lines.lineStart(p.line) + p.character, `${what}: character inside its line`);
}

function assertRange(ctx: FeatureContext, r: LspRange, what: string): void {
  assertPosition(ctx, r.start, what);
  assertPosition(ctx, r.end, what);
}

/** Every feature, everywhere it can be asked: nothing throws, every position is in the document. */
function exerciseFeatures(text: string, model: FilingModel, probes: number[]): void {
  const ctx = createContext('untitled:fuzz', 1, text, model);
  const all: LspRange = { start: { line: 0, character: 0 }, end: { line: ctx.lines.lineCount, character: 0 } };
  const visitSymbols = (symbols: ReturnType<typeof provideDocumentSymbols>) => {
    for (const s of symbols) {
      assertRange(ctx, s.range, 'symbol');
      assertRange(ctx, s.selectionRange, 'selection');
      visitSymbols(s.children ?? []);
    }
  };
  visitSymbols(provideDocumentSymbols(ctx));
  for (const s of provideSymbolInformation(ctx)) assertRange(ctx, s.location.range, 'symbol information');
  const tokens = provideSemanticTokens(ctx);
  assert.equal(tokens.length % 5, 0);
  for (const f of provideFoldingRanges(ctx)) assert.ok(f.startLine <= f.endLine && f.endLine < ctx.lines.lineCount, 'folding');
  const diagnostics = provideDiagnostics(ctx);
  for (const d of diagnostics) assertRange(ctx, d.range, `diagnostic ${String(d.code)}`);
  for (const l of provideDocumentLinks(ctx)) assertRange(ctx, l.range, 'link');
  for (const h of provideInlayHints(ctx, all)) assertPosition(ctx, h.position, 'inlay hint');
  provideCodeActions(ctx, all, diagnostics);
  for (const p of probes) {
    const position = ctx.lines.position(p % (text.length + 1));
    const hover = provideHover(ctx, position);
    if (hover?.range) assertRange(ctx, hover.range, 'hover');
    for (const h of provideDocumentHighlights(ctx, position)) assertRange(ctx, h.range, 'highlight');
    provideCompletions(ctx, position);
  }
  JSON.stringify(filingSummary(ctx, {}));
  filingSymbols(ctx);
  textReport(jsonReport('fuzz.txt', text, model, officialTitle));
}

test('random text: the analysis never throws and every range lies inside the text', () => {
  fc.assert(
    fc.property(randomText, (text) => {
      assertInside(text, analyzeFiling(text));
    }),
    { numRuns: 1500 },
  );
});

test('mutated corpus filings: the analysis never throws and every range lies inside the text', () => {
  fc.assert(
    fc.property(mutatedCorpus, (text) => {
      assertInside(text, analyzeFiling(text));
    }),
    { numRuns: 300 },
  );
});

test('every feature answers on random and mutated filings, with positions inside the document', () => {
  fc.assert(
    fc.property(fc.oneof(randomText, mutatedCorpus), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (text, probes) => {
      exerciseFeatures(text, analyzeFiling(text), probes);
    }),
    { numRuns: 250 },
  );
});

test('a small size limit: the cut-short analysis keeps its ranges inside the text too', () => {
  fc.assert(
    fc.property(mutatedCorpus, fc.integer({ min: 0, max: 50_000 }), (text, limit) => {
      const model = analyzeFiling(text, { maxFullAnalysisLength: limit });
      assertInside(text, model);
      exerciseFeatures(text, model, [0]);
    }),
    { numRuns: 100 },
  );
});
