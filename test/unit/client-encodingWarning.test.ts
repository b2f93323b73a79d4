// The message about a filing read in the wrong encoding (client/src/encodingWarning.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasLossyEncoding, lossyEncodingMessage } from '../../client/src/lossyEncoding';

test('only the server’s misread-windows-1252 problem warrants the message, whatever form its code takes', () => {
  assert.ok(hasLossyEncoding([{ source: 'edgar-filings', code: 'misread-windows-1252' }]));
  assert.ok(hasLossyEncoding([{ source: 'edgar-filings', code: 'ein-format' }, { source: 'edgar-filings', code: { value: 'misread-windows-1252' } }]));
  // A UTF-8 file shown as Windows-1252 loses nothing when saved; another extension's code is not ours.
  assert.ok(!hasLossyEncoding([{ source: 'edgar-filings', code: 'misread-utf8' }]));
  assert.ok(!hasLossyEncoding([{ source: 'another-linter', code: 'misread-windows-1252' }]));
  assert.ok(!hasLossyEncoding([]));
});

test('the message names the file, the symptom and what saving would do', () => {
  const m = lossyEncodingMessage('report.txt');
  assert.match(m, /^report\.txt looks like a Windows-1252 filing opened as UTF-8/);
  assert.match(m, /saving it now would write “\ufffd” in their place/);
});
