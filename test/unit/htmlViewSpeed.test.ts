// The fast paths of the HTML view give exactly what the plain ways give: each
// one is compared, on random input, with a reference written the obvious way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CharRefReader } from '../../server/src/service/html/charRefs';
import { CharKind, charKind, textRunEnd } from '../../server/src/service/html/chars';
import { NAMED_ENTITIES, SEMICOLON_OPTIONAL, WINDOWS_1252_FROM_128 } from '../../server/src/service/html/entities';
import { describeName, TagNameTable } from '../../server/src/service/html/tagNames';
import { ViewBuilder } from '../../server/src/service/textView';
import { attributeValue, BoundedSearch, parseAttributes, readTag, Tag } from '../../server/src/service/html/tagScanner';

// ------------------------------------------------------ character references

/** The reference at source[at] read with regular expressions over a slice: code point and end, or null. */
function referenceCharRef(source: string, at: number, limit: number): { code: number; end: number } | null {
  const rest = source.slice(at, limit);
  const numeric = /^&#(?:([xX])([0-9a-fA-F]+)|([0-9]+))(;?)/.exec(rest);
  if (numeric) {
    const digits = numeric[2] ?? numeric[3];
    let value = 0;
    for (const d of digits) if (value <= 0x10ffff) value = value * (numeric[1] ? 16 : 10) + parseInt(d, 16);
    let code = value;
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = 0xfffd;
    else if (code >= 128 && code <= 159) code = WINDOWS_1252_FROM_128[code - 128] || code;
    return { code, end: at + numeric[0].length };
  }
  if (rest.startsWith('&#')) return null;
  const named = /^&([a-zA-Z][a-zA-Z0-9]{0,31})(;?)/.exec(rest);
  if (!named) return null;
  const [, name, semicolon] = named;
  let code = NAMED_ENTITIES.get(name);
  if (code === undefined && semicolon && name === name.toUpperCase()) code = NAMED_ENTITIES.get(name.toLowerCase());
  if (code === undefined || (!semicolon && !SEMICOLON_OPTIONAL.has(name))) return null;
  return { code, end: at + named[0].length };
}

test('character references are read without allocating exactly as with slices and patterns', () => {
  const pieces = fc.constantFrom(
    '&', '&nbsp;', '&nbsp', '&NBSP;', '&nbspx;', '&nbs', '&amp', '&AMP;', '&quot;', '&CIK', '&#160;', '&#xA0', '&#X2019;', '&#146;',
    '&#0;', '&#55296;', '&#99999999999;', '&#x;', '&#;', '&#', 'nbsp;', ';', 'x', '1', 'a', '&rsquo;', '&Rsquo;', '&TRADE;', ' ',
  );
  const reader = new CharRefReader();
  fc.assert(
    fc.property(fc.array(pieces, { minLength: 1, maxLength: 6 }).map((a) => a.join('')), fc.nat(), (s, cut) => {
      for (let at = s.indexOf('&'); at >= 0; at = s.indexOf('&', at + 1)) {
        const limit = at + 1 + (cut % (s.length - at));
        const expected = referenceCharRef(s, at, limit);
        const read = reader.read(s, at, limit);
        assert.equal(read, expected !== null);
        if (expected) assert.deepEqual({ code: reader.code, end: reader.end }, expected);
      }
    }),
    { numRuns: 3000 },
  );
});

// ---------------------------------------------------------------- tag names

test('tag names found by packed key or hash are the names sliced and lower-cased', () => {
  const letter = fc.constantFrom('a', 'B', 'p', 'P', 'd', 'I', 'v', 'T', 'r', 'x', ':', '1', '-', '\u00e9', 'K', '\u212a', '\u0130');
  const name = fc.tuple(fc.constantFrom('a', 'B', 'p', 'T', 'i', 'X'), fc.array(letter, { maxLength: 16 })).map(([first, rest]) => first + rest.join(''));
  fc.assert(
    fc.property(fc.array(name, { minLength: 1, maxLength: 60 }), (names) => {
      // One table for all the names, as in a page, so that later names hit what earlier ones left.
      const table = new TagNameTable();
      const source = names.map((n) => `<${n} x="1">`).join('');
      const search = new BoundedSearch(source, source.length);
      const tag = new Tag();
      let at = 0;
      for (const n of names) {
        assert.ok(readTag(source, at, source.length, search, table, tag));
        assert.deepEqual({ ...tag.info }, { ...describeName(n.toLowerCase()) });
        at = tag.end;
      }
    }),
    { numRuns: 2000 },
  );
});

// --------------------------------------------------------------- attributes

test('one attribute read in place is the value the map of all attributes has', () => {
  const pieces = fc.constantFrom(
    ' name="a"', ' NAME=b', " Name = 'c d'", ' format="ixt:num-dot-decimal"', ' style="display:none"', ' STYLE=x', ' nAme', ' name=',
    ' \u212aname="k"', ' n\u0130me="i"', ' format', '=', '"', "'", '/', '>', ' ', '\t', 'x', ' name="unterminated',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 8 }).map((a) => `<ix:nonFraction${a.join('')}>`), fc.nat(3), (tag, drop) => {
      const start = '<ix:nonFraction'.length;
      const end = Math.max(start, tag.length - 1 - drop);
      const all = parseAttributes(tag, start, end);
      for (const name of ['name', 'format', 'style', 'x']) assert.equal(attributeValue(tag, start, end, name), all.get(name));
    }),
    { numRuns: 5000 },
  );
});

/** Attributes read with sticky patterns over the slice: the first of each lower-case name. */
function referenceAttributes(source: string, start: number, end: number): Map<string, string> {
  const text = source.slice(start, end);
  const attrs = new Map<string, string>();
  const at = (re: RegExp, i: number): RegExpExecArray | [''] => {
    re.lastIndex = i;
    return re.exec(text) ?? [''];
  };
  let i = 0;
  while (i < text.length) {
    i += at(/[\t\n\f\r /]*/y, i)[0].length;
    if (i >= text.length) break;
    const name = at(/[^\t\n\f\r =/>]*/y, i)[0];
    if (name === '') {
      i++;
      continue;
    }
    i += name.length;
    const equals = at(/[\t\n\f\r ]*=[\t\n\f\r ]*/y, i)[0];
    let value = '';
    if (equals === '') {
      i += at(/[\t\n\f\r ]*/y, i)[0].length;
    } else {
      i += equals.length;
      const quoted = at(/(["'])((?:(?!\1)[^])*)\1?|[^\t\n\f\r ]*/y, i);
      value = quoted[1] ? (quoted[2] as string) : quoted[0];
      i += quoted[0].length;
    }
    const key = name.toLowerCase();
    if (!attrs.has(key)) attrs.set(key, value);
  }
  return attrs;
}

test('attributes are read as the patterns read them', () => {
  const pieces = fc.constantFrom(' a="1"', " B='2 3'", ' c = 4', ' d', ' E=', '=', '"', "'", '/', '>', ' ', '\t', 'x', ' a=5', ' f="6', " g='");
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 10 }).map((a) => `<p${a.join('')}>`), fc.nat(3), (tag, drop) => {
      const end = Math.max(2, tag.length - 1 - drop);
      assert.deepEqual([...parseAttributes(tag, 2, end)], [...referenceAttributes(tag, 2, end)]);
    }),
    { numRuns: 5000 },
  );
});

// ---------------------------------------------------------------- text runs

/** The run end by a loop over the characters, asking charKind of each. */
function referenceRunEnd(source: string, i: number, limit: number): number {
  const inRun = (k: number) => k < limit && charKind(source.charCodeAt(k)) === CharKind.Text && source[k] !== '<' && source[k] !== '&';
  let j = i + 1;
  for (;;) {
    if (inRun(j)) j++;
    else if (source[j] === ' ' && inRun(j + 1)) j += 2;
    else return j;
  }
}

test('a text run read by one pattern ends where a loop asking charKind ends it', () => {
  const pieces = fc.constantFrom(
    'a', 'Z', '9', '.', ' ', '  ', '\t', '\n', '\r', '\f', '\v', '<', '&', '\u00a0', '\u00ad', '\u00e9', '\u2000', '\u200a', '\u200b',
    '\u200f', '\u2010', '\u2028', '\u2029', '\u202f', '\u205f', '\u2060', '\u3000', '\ufeff', '\ud800', '\u1680', '\u0085', '\u0000',
  );
  fc.assert(
    fc.property(fc.array(pieces, { minLength: 1, maxLength: 30 }).map((a) => a.join('')), fc.nat(), fc.nat(), (s, a, b) => {
      const i = a % s.length;
      const limit = i + 1 + (b % (s.length - i));
      if (charKind(s.charCodeAt(i)) !== CharKind.Text || s[i] === '<' || s[i] === '&') return;
      assert.equal(textRunEnd(s, i, limit), referenceRunEnd(s, i, limit));
    }),
    { numRuns: 10000 },
  );
  // Every code unit the class leaves out is one charKind does not call Text, or '<' or '&'.
  for (let code = 0; code < 0x10000; code++) {
    const s = String.fromCharCode(code);
    const isText = charKind(code) === CharKind.Text && s !== '<' && s !== '&';
    assert.equal(textRunEnd(s, 0, 1) === 1, isText, `code ${code}`);
  }
});

// -------------------------------------------------------------- view builder

test('the view built from the segment table is the pieces written one after another, mapped character by character', () => {
  const source = 'abcdefghijklmnopqrstuvwxyz0123456789';
  type Piece = { copy: boolean; start: number; end: number; code: number };
  const piece = fc
    .record({ copy: fc.boolean(), a: fc.nat(source.length), b: fc.nat(8), code: fc.constantFrom(10, 9, 32, 0xa9, 0x2019, 0x1f600) })
    .map(({ copy, a, b, code }): Piece => ({ copy, start: a, end: Math.min(source.length, a + b), code }));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), (list, contiguous) => {
      // Pieces in source order, as the HTML pass writes them; sometimes copies touch, to be merged.
      let at = 0;
      const pieces = list.map((p) => {
        const start = contiguous ? at : Math.max(at, p.start);
        const end = Math.min(source.length, Math.max(start, start + (p.end - p.start)));
        at = end;
        return { ...p, start, end };
      });
      const builder = new ViewBuilder(source);
      let text = '';
      const starts: number[] = [];
      const ends: number[] = [];
      let lastEnd = -1;
      for (const p of pieces) {
        if (p.copy) {
          builder.copyRange(p.start, p.end);
          for (let k = p.start; k < p.end; k++) {
            starts.push(k);
            ends.push(k + 1);
          }
          text += source.slice(p.start, p.end);
          if (p.end > p.start) lastEnd = p.end;
        } else {
          builder.emitChar(p.code, p.start, p.end);
          const written = String.fromCodePoint(p.code);
          for (let k = 0; k < written.length; k++) {
            starts.push(p.start);
            ends.push(p.end);
          }
          text += written;
          lastEnd = p.end;
        }
        assert.equal(builder.viewLength, text.length);
        if (text.length > 0) assert.equal(builder.lastCode, text.charCodeAt(text.length - 1));
      }
      const view = builder.build(7);
      assert.equal(view.text, text);
      const startOf = (o: number) => (lastEnd < 0 ? 7 : o >= text.length ? lastEnd : starts[o]);
      const endOf = (o: number) => (lastEnd < 0 ? 7 : o <= 0 ? startOf(0) : ends[Math.min(o, text.length) - 1]);
      for (let s = 0; s <= text.length + 1; s++) {
        assert.equal(view.toSource(s), startOf(s));
        for (let e = s; e <= text.length + 1; e++) {
          const start = startOf(s);
          assert.deepEqual(view.toSourceRange(s, e), { start, end: e <= s ? start : Math.max(start, endOf(e)) });
        }
      }
    }),
    { numRuns: 2000 },
  );
});
