// Fast paths of the HTML view (second round), each compared on random input
// with the plain way it replaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describeName, TagNameTable } from '../../server/src/service/html/tagNames';
import { attributeValue, attributeValues, BoundedSearch, readTag, Tag } from '../../server/src/service/html/tagScanner';

// ---------------------------------------------------------------- tag names

/** Reads every tag of `names` written as <name x="1"> with `table`; checks each description against the plain one. */
function readAllWith(table: TagNameTable, names: string[]): void {
  const source = names.map((n) => `<${n} x="1">`).join('');
  const search = new BoundedSearch(source, source.length);
  const tag = new Tag();
  let at = 0;
  for (const n of names) {
    assert.ok(readTag(source, at, source.length, search, table, tag));
    assert.deepEqual({ ...tag.info }, { ...describeName(n.toLowerCase()) }, n);
    at = tag.end;
  }
}

test('a table of names kept by spelling describes every name as slicing and lower-casing it does', () => {
  // Upper and lower case spellings of the same name, names around the packed length (7),
  // codes that are not ASCII (some lower-case to ASCII, or to a longer string), and NUL.
  const letter = fc.constantFrom('a', 'A', 'd', 'D', 'i', 'I', 'v', 'x', ':', '1', '-', '\u0000', '\u00e9', '\u00c9', '\u212a', '\u0130', '\u{1d400}');
  const name = fc
    .tuple(fc.constantFrom('a', 'A', 'd', 'D', 'x', 'X'), fc.array(letter, { maxLength: 10 }))
    .map(([first, rest]) => first + rest.join(''));
  fc.assert(
    fc.property(fc.array(fc.array(name, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 4 }), (pages) => {
      // One table for several pages, as the HTML pass shares it, so later names hit what earlier pages left.
      const table = new TagNameTable();
      for (const page of pages) readAllWith(table, page);
    }),
    { numRuns: 1500 },
  );
});

test('a full table of names still describes new names (and the names it kept) correctly', () => {
  const table = new TagNameTable();
  // More distinct short and long names than the table keeps of each kind.
  const short = Array.from({ length: 2000 }, (_, k) => `t${k.toString(36)}`);
  const long = Array.from({ length: 2000 }, (_, k) => `ix:long${k}`);
  readAllWith(table, short);
  readAllWith(table, long);
  readAllWith(table, ['td', 'TD', 'ix:nonNumeric', 'IX:NONNUMERIC', ...short.slice(0, 50), ...long.slice(-50), 'brand-new', 'Brand-New']);
});

// --------------------------------------------------------------- attributes

test('several attributes read in one walk are each the value attributeValue reads', () => {
  const pieces = fc.constantFrom(
    ' name="a"', ' NAME=b', " Name = 'c d'", ' format="ixt:num-dot-decimal"', ' FORMAT=""', ' name=""', ' style="display:none"',
    ' \u212aname="k"', ' format', ' name', '=', '"', "'", '/', '>', ' ', '\t', 'x', ' name="unterminated',
  );
  const wanted = fc.constantFrom(['name', 'format'], ['format', 'name'], ['name'], ['style', 'name', 'x'], ['name', 'name']);
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 8 }).map((a) => `<ix:nonFraction${a.join('')}>`), fc.nat(3), wanted, (tag, drop, names) => {
      const start = '<ix:nonFraction'.length;
      const end = Math.max(start, tag.length - 1 - drop);
      assert.deepEqual(
        attributeValues(tag, start, end, names),
        names.map((name) => attributeValue(tag, start, end, name)),
      );
    }),
    { numRuns: 5000 },
  );
});
