import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/service/lineIndex';

test('lines break at \\n, \\r\\n and a lone \\r, as editors count them', () => {
  const text = 'a\nbb\r\nccc\rdddd';
  const lines = new LineIndex(text);
  assert.equal(lines.lineCount, 4);
  assert.deepEqual(lines.position(text.indexOf('bb')), { line: 1, character: 0 });
  assert.deepEqual(lines.position(text.indexOf('ccc') + 2), { line: 2, character: 2 });
  assert.deepEqual(lines.position(text.indexOf('dddd')), { line: 3, character: 0 });
  assert.equal(lines.offset(3, 1), text.indexOf('dddd') + 1);
  assert.equal(lines.offset(99, 0), text.length);
});

test('positions and offsets round-trip', () => {
  const text = 'ITEM 7.01\r\n\r\nSIGNATURES\n';
  const lines = new LineIndex(text);
  for (let o = 0; o <= text.length; o++) {
    const p = lines.position(o);
    if (text[o - 1] === '\r' && text[o] === '\n') continue; // between \r and \n is not a position
    assert.equal(lines.offset(p.line, p.character), o, `offset ${o}`);
  }
});

test('a character past the end of a line clamps to the end of its text', () => {
  const text = 'ab\r\ncd';
  assert.equal(new LineIndex(text).offset(0, 99), 2);
});

test('lineAtFrom finds the same line as lineAt, from any line before it or not', () => {
  const text = Array.from({ length: 300 }, (_, i) => 'x'.repeat(i % 7) + (i % 5 === 0 ? '\r\n' : '\n')).join('');
  const lines = new LineIndex(text);
  for (let offset = 0; offset <= text.length; offset += 3) {
    const line = lines.lineAt(offset);
    for (const from of [0, 1, line - 9, line - 1, line, line + 1, 299, 500, -4]) {
      assert.equal(lines.lineAtFrom(offset, from), line, `offset ${offset} from ${from}`);
    }
  }
});
