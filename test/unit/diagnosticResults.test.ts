import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticResults, sameJson } from '../../server/src/lsp/diagnosticResults';
import type { Diagnostic } from 'vscode-languageserver';

const problem = (line: number, message = 'EIN'): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 9 } },
  severity: 1,
  code: 'ein-format',
  message,
  data: undefined,
});

test('sameJson compares what would be sent: values, order, and no keys that are undefined', () => {
  assert.ok(sameJson([problem(3)], [problem(3)]));
  assert.ok(sameJson({ a: 1, b: undefined }, { a: 1 }));
  assert.ok(!sameJson([problem(3)], [problem(4)]));
  assert.ok(!sameJson([problem(3, 'a')], [problem(3, 'b')]));
  assert.ok(!sameJson([problem(3), problem(4)], [problem(4), problem(3)]));
  assert.ok(!sameJson({ a: [1] }, { a: { 0: 1 } }));
  assert.ok(!sameJson({ a: null }, { a: {} }));
});

test('a report is "unchanged" only against the last one sent, and only when its items are equal', () => {
  const results = new DiagnosticResults();
  const first = results.report('u', 'r1', undefined, () => [problem(3)]);
  assert.equal(first.kind, 'full');
  assert.deepEqual(results.report('u', 'r2', 'r1', () => [problem(3)]), { kind: 'unchanged', resultId: 'r2' });
  assert.equal(results.report('u', 'r3', 'r1', () => [problem(3)]).kind, 'full', 'r1 is no longer the last one sent');
  assert.equal(results.report('u', 'r4', 'r3', () => [problem(5)]).kind, 'full', 'the problem moved');
  assert.deepEqual(results.report('u', 'r4', 'r4', () => assert.fail('not computed again')), { kind: 'unchanged', resultId: 'r4' });
  results.forget('u');
  assert.equal(results.report('u', 'r5', 'r4', () => [problem(5)]).kind, 'full', 'after the document closed');
});
