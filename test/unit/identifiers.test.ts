import { test } from 'node:test';
import assert from 'node:assert/strict';
import { einProblem, normalizeCik, normalizeEin, normalizeAccession } from '../../server/src/service/identifiers';
import { EIN_PREFIX_CAMPUS } from '../../server/src/service/data/einPrefixes';

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
