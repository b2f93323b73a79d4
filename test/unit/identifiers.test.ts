import { test } from 'node:test';
import assert from 'node:assert/strict';
import { einProblem, normalizeCik, normalizeEin, normalizeAccession } from '../../server/src/service/identifiers';
import { EIN_PREFIX_CAMPUS } from '../../server/src/service/data/einPrefixes';
import { analyzeFiling } from '../../server/src/service/analyze';

test('EINs: format and IRS campus prefixes', () => {
  assert.equal(einProblem('04-2726691'), undefined);
  assert.equal(EIN_PREFIX_CAMPUS.get('04'), 'Brookhaven');
  assert.equal(EIN_PREFIX_CAMPUS.get('94'), 'Memphis');
  assert.equal(EIN_PREFIX_CAMPUS.get('31'), 'Small Business Administration');
  assert.equal(einProblem('042726691'), 'format');
  assert.equal(einProblem('04-272669'), 'format');
  assert.equal(einProblem('07-2726691'), 'prefix');
  assert.equal(einProblem('00-0000000'), 'zero');
  for (const p of ['00', '07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89', '96', '97']) {
    assert.equal(EIN_PREFIX_CAMPUS.has(p), false, p);
  }
  assert.equal(EIN_PREFIX_CAMPUS.size, 100 - 17);
});

test('normalized forms of CIK, EIN and accession numbers', () => {
  assert.equal(normalizeCik('100240'), '0000100240');
  assert.equal(normalizeCik('12345678901'), undefined);
  assert.equal(normalizeEin('580950695'), '58-0950695');
  assert.equal(normalizeAccession('000095014494000277'), '0000950144-94-000277');
});

test('inline XBRL facts named like properties of an object ("constructor", "toString") are no identifiers', () => {
  const page = (name: string) =>
    `<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><p>FORM 8-K</p>` +
    `<p><ix:nonNumeric name="dei:${name}" contextRef="c">0000320193</ix:nonNumeric></p>` +
    `<p><ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c">0000320193</ix:nonNumeric></p></body></html>`;
  for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    const model = analyzeFiling(page(name));
    assert.ok(model.xbrlFacts.some((f) => f.name === `dei:${name}`), name);
    const kinds = model.identifiers.map((i) => i.kind);
    assert.ok(kinds.every((k) => typeof k === 'string'), `${name}: ${kinds.map((k) => typeof k).join(', ')}`);
    // The one identifier fact is the CIK, once.
    assert.deepEqual(model.identifiers.filter((i) => i.kind === 'cik').map((i) => i.value), ['0000320193'], name);
  }
});
