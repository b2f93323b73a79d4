// Adversarial inputs: nothing may throw, and nothing may go super-linear.
// Each input is analysed (and its outline, semantic tokens, folding,
// diagnostics, links and inlay hints computed) at two sizes; four times the
// text must cost well under sixteen times the time (what a quadratic pass
// would take), and every size stays under a generous bound per megabyte.
// These bounds catch blow-ups only: the speed itself is measured by
// `npm run bench`, not by tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFiling } from '../../server/src/service/analyze';
import { createContext } from '../../server/src/features/context';
import { provideSemanticTokens } from '../../server/src/features/semanticTokens';
import { provideDocumentSymbols } from '../../server/src/features/outline';
import { provideFoldingRanges } from '../../server/src/features/folding';
import { provideDiagnostics } from '../../server/src/features/diagnostics';
import { provideDocumentLinks } from '../../server/src/features/links';
import { provideInlayHints } from '../../server/src/features/inlayHints';
import { filingSummary } from '../../server/src/lsp/filingSummary';

const MB = 1024 * 1024;
/** Generous: the analysis and features of a megabyte take tens of milliseconds on a laptop. */
const MAX_MS_PER_MB = 2500;
/** Linear work gives about 4 for four times the text; quadratic work 16. */
const MAX_GROWTH = 9;

const repeat = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const SUBMISSION =
  '<SEC-DOCUMENT>0000950123-10-080629.txt : 20100820\n<SEC-HEADER>\nACCESSION NUMBER:\t0000950123-10-080629\n' +
  'CONFORMED SUBMISSION TYPE:\t8-K\nFILED AS OF DATE:\t\t20100820\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n';
const HTML = '<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body>';

/** Each builds an input of about n characters. */
const INPUTS: Record<string, (n: number) => string> = {
  'a million spaces (and more)': (n) => ' '.repeat(n),
  'Item Item Item ...': (n) => repeat('Item ', n),
  'Item 2.02 Item 2.02 ... on one line': (n) => repeat('Item 2.02 ', n),
  'item headings, one per line': (n) => repeat('ITEM 2.02 Results of Operations and Financial Condition\n', n),
  'deeply nested tags': (n) => `${HTML}${repeat('<div>', n / 2)}x${repeat('</div>', n / 2)}`,
  'deeply nested tables never closed': (n) => `${HTML}${repeat('<table><tr><td>', n)}`,
  'deeply nested hidden elements': (n) => `${HTML}${repeat('<div style="display:none">', n)}`,
  'deeply nested inline XBRL facts': (n) => `${HTML}${repeat('<ix:nonNumeric name="dei:EntityRegistrantName">', n)}`,
  'an inline XBRL fact never closed': (n) => `${HTML}<ix:nonNumeric name="dei:DocumentType">${repeat('8-K ', n)}`,
  'an unterminated <DOCUMENT>': (n) => SUBMISSION + repeat('text of a document that never ends\n', n),
  'a line of identifiers and dates, no line break': (n) => repeat('Commission File Number 0-17999 04-2726691 January 5, 2020 0001193125-19-292676 ', n),
  'NUL bytes': (n) => repeat('\u0000abc', n),
  'NUL bytes inside a submission': (n) => SUBMISSION + repeat('\u0000abc', n),
  'a uuencoded block without end': (n) => `${SUBMISSION}begin 644 photo.jpg\n${repeat(`M${'A'.repeat(60)}\n`, n)}`,
  "'<' without '>'": (n) => HTML + repeat('<a ', n),
  'an attribute quote never closed': (n) => `${HTML}<div title="${repeat('x', n)}`,
  "'&' and '&#' everywhere": (n) => HTML + repeat('&&#&#x', n),
  'a comment never closed': (n) => `${HTML}<!--${repeat('- -', n)}`,
  '<DOCUMENT> over and over': (n) => SUBMISSION + repeat('<DOCUMENT>', n),
  '</DOCUMENT></TEXT> over and over': (n) => SUBMISSION + repeat('</DOCUMENT></TEXT><TEXT>', n),
  'header groups nested as deep as the lines go': (n) => {
    const lines: string[] = ['<SEC-DOCUMENT>', '<SEC-HEADER>'];
    for (let i = 0, size = 0; size < n; i++) {
      const line = `${' '.repeat(i % 4000)}GROUP ${i}:`;
      lines.push(line);
      size += line.length + 1;
    }
    return `${lines.join('\n')}\n</SEC-HEADER>\n`;
  },
  '.nc tags nested and never closed': (n) => `<SUBMISSION>\n${repeat('<FILER>\n<COMPANY-DATA>\n', n)}`,
  'header fields, thousands of them': (n) => `<SEC-DOCUMENT>\n<SEC-HEADER>\n${repeat('CENTRAL INDEX KEY:\t0000320193\n', n)}</SEC-HEADER>\n`,
  'dates and digits': (n) => repeat('January 5, 2020 04/07/2013 2019-05-06 0123456789 ', n),
  'lone carriage returns': (n) => repeat('Item 1.01 Entry into a Material Definitive Agreement\r', n),
  'a byte order mark and CRLF': (n) => `\ufeff${repeat('Item 1.01 Entry into a Material Definitive Agreement\r\n', n)}`,
  'SIGNATURES, Exhibit 99.1, over and over': (n) => repeat('SIGNATURES\nExhibit 99.1 Press release\n', n),
  'cover captions over and over': (n) => repeat('(Exact name of registrant as specified in its charter)\n[ ] Written communications pursuant to Rule 425\n', n),
  'preformatted HTML of item lines': (n) => `${HTML}<pre>${repeat('Item 2.02 Results\n', n)}`,
  'lone surrogates and replacement characters': (n) => repeat('\ud800\udc00\ufffd\ud83d', n),
};

const ALL_LINES = { start: { line: 0, character: 0 }, end: { line: Number.MAX_SAFE_INTEGER, character: 0 } };

/** Milliseconds for one analysis and the whole-document features. */
function cost(text: string): number {
  const t0 = performance.now();
  const model = analyzeFiling(text);
  const ctx = createContext('untitled:adversarial', 1, text, model);
  provideDocumentSymbols(ctx);
  provideSemanticTokens(ctx);
  provideFoldingRanges(ctx);
  provideDiagnostics(ctx);
  provideDocumentLinks(ctx);
  provideInlayHints(ctx, ALL_LINES);
  JSON.stringify(filingSummary(ctx, {}));
  return performance.now() - t0;
}

/**
 * The best of three runs at each size, the sizes taken in turn, so that a
 * burst of load on a busy machine slows one run of each size rather than
 * all runs of one size (which would look like super-linear growth).
 */
function bestCosts(small: string, large: string): { small: number; large: number } {
  const best = { small: Infinity, large: Infinity };
  for (let run = 0; run < 3; run++) {
    best.small = Math.min(best.small, cost(small));
    best.large = Math.min(best.large, cost(large));
  }
  return best;
}

for (const [name, make] of Object.entries(INPUTS)) {
  test(`adversarial input: ${name}`, () => {
    const { small, large } = bestCosts(make(MB / 8), make(MB / 2));
    assert.ok(large * 2 < MAX_MS_PER_MB, `${(large * 2).toFixed(0)} ms per MB`);
    assert.ok(large < MAX_GROWTH * small + 100, `4× the text took ${(large / Math.max(small, 0.1)).toFixed(1)}× the time (${small.toFixed(0)} → ${large.toFixed(0)} ms)`);
  });
}

test('adversarial input: a 10 MB line', () => {
  const text = repeat('Item 2.02 Results 04-2726691 January 5, 2020 <p>&amp; ', 10 * MB);
  const ms = Math.min(cost(text), cost(text));
  assert.ok(ms / 10 < MAX_MS_PER_MB, `${(ms / 10).toFixed(0)} ms per MB`);
});
