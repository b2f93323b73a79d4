import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES } from '../../server/src/service/data/diagnosticCodes';

const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');

test('the README documents every diagnostic code with its default severity', () => {
  for (const [code, def] of Object.entries(DIAGNOSTIC_CODES)) {
    assert.match(readme, new RegExp(`\\| \`${code}\` \\| ${def.severity} \\|`), code);
  }
});

test('the README starts with the command that runs the product and the one that runs the tests', () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const lines = firstBlock.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[1], /npm ci && npm test/);
});
