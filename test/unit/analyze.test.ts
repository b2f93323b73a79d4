import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFiling } from '../../server/src/service/analyze';

const corpus = path.resolve(__dirname, '../../../test/fixtures/corpus');
const read = (name: string) => fs.readFileSync(path.join(corpus, name), 'latin1');

test('a main document above the size limit gets the cheap parts, a notice and no misleading problems', () => {
  const text = read('edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt');
  const model = analyzeFiling(text, { maxFullAnalysisLength: 1000 });
  assert.equal(model.kind, 'full-submission');
  assert.equal(model.header?.cik?.value, '0000100240');
  assert.equal(model.documents.length, 1);
  assert.match(model.notice ?? '', /only the header and the list of documents/);
  assert.deepEqual(model.items, []);
  assert.deepEqual(model.diagnostics, []);
});

test('a huge submission whose 8-K document is small is analysed fully', () => {
  const text = read('saftl_8-K_fullsub_2026_nvidia_0001045810-26-000019.txt');
  const filler = `<DOCUMENT>\n<TYPE>EX-99.9\n<TEXT>\n${'exhibit text line\n'.repeat(200_000)}</TEXT>\n</DOCUMENT>\n`;
  const at = text.lastIndexOf('</SEC-DOCUMENT>');
  const model = analyzeFiling(text.slice(0, at) + filler + text.slice(at), { maxFullAnalysisLength: 1024 * 1024 });
  assert.equal(model.notice, undefined);
  assert.deepEqual(model.items.map((i) => i.number), ['2.02', '9.01']);
});

test('binary content is not a filing, with the reason', () => {
  const model = analyzeFiling('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000');
  assert.equal(model.kind, 'not-a-filing');
  assert.match(model.notice ?? '', /binary/i);
});

test('arbitrary prose is not a filing', () => {
  const model = analyzeFiling('Dear diary,\n\nToday I wrote a language server. It was fun.\n');
  assert.equal(model.kind, 'not-a-filing');
  assert.equal(model.form, null);
});
