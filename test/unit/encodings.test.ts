// Encodings and line endings: older filings are Windows-1252 or Latin-1,
// some files come with CRLF line endings or a byte order mark, a few in
// UTF-16. The same filing reads the same whatever the bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeFiling } from '../../server/src/service/analyze';
import { decodeFilingBytes, decodeWindows1252 } from '../../server/src/service/decode';
import type { FilingModel } from '../../server/src/service/model';
import { LineIndex } from '../../server/src/service/lineIndex';
import { runCheck } from '../../server/src/cli/check';

const corpusDir = path.resolve(__dirname, '../../../test/fixtures/corpus');
const read = (name: string) => decodeFilingBytes(fs.readFileSync(path.join(corpusDir, name))).text;

const SAMPLES = [
  'seed_8-K_2013_immunogen_bay94-9343.txt',
  'edgarcrawler_8-K_fullsub_1001426_8K_2005_0001275287-05-002977.txt',
  'edgarcrawler_8-K_fullsub_100783_8K_1994_0000950117-94-000182.txt',
  'edgarcrawler_8-K_htm_1001279_8K_2002_0000930661-02-003342.htm',
  'edgartools_8-K_ixbrl_buckle_2024_item2.02.html',
  'edgartools_8-K_nc-submission_2025_0001493152-25-001317.nc',
];

// ------------------------------------------------------------ encoders

/** Windows-1252 bytes 0x80-0x9F by the character they stand for (written out: Node's TextDecoder reads them as Latin-1). */
const CP1252_HIGH = new Map<string, number>(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ']
    .map((c, i): [string, number] => [c, 0x80 + i])
    .filter(([c, b]) => c.charCodeAt(0) !== b),
);

/** The text as Windows-1252 can write it: other characters become '?'. */
function cp1252Representable(text: string): string {
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 0x80 || (ch.charCodeAt(0) >= 0xa0 && ch.charCodeAt(0) <= 0xff) || CP1252_HIGH.has(ch) ? ch : '?';
  return out;
}

function encodeCp1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[i] = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : (CP1252_HIGH.get(text[i]) ?? 0x3f);
  }
  return bytes;
}

function encodeUtf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    bytes[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
  }
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

// -------------------------------------------------------------- models

/** What a reader gets from a model: values, with the line (not the offset) each stands on. */
function reading(text: string, model: FilingModel): unknown {
  const lines = new LineIndex(text);
  const line = (offset: number) => lines.position(offset).line;
  const cover = model.cover;
  return {
    kind: model.kind,
    form: model.form,
    header: model.header && { cik: model.header.cik?.value, type: model.header.submissionType?.value, fields: model.header.fields.length },
    documents: model.documents.map((d) => [d.type, d.contentKind, line(d.range.start)]),
    items: model.items.map((i) => [i.number, i.title.trim(), line(i.headingRange.start)]),
    cover: cover && {
      dateOfReport: cover.dateOfReport?.value,
      registrant: cover.registrant?.raw,
      state: cover.stateOfIncorporation?.value,
      fileNumber: cover.commissionFileNumber?.value,
      ein: cover.irsEmployerId?.value,
      boxes: cover.checkBoxes.map((b) => [b.rule, b.checked]),
    },
    signatureDate: model.signatures?.date?.value,
    exhibits: model.exhibits.map((e) => e.number),
    diagnostics: model.diagnostics.map((d) => [d.code, line(d.range.start)]),
  };
}

test('Windows-1252 has 27 characters of its own in 0x80-0x9F', () => {
  assert.equal(CP1252_HIGH.size, 27);
  const all = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
  assert.equal(decodeFilingBytes(all).text, [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].join(''));
});

test('bytes to text: UTF-8 with or without a BOM, Windows-1252, Latin-1, UTF-16 with a BOM', () => {
  assert.deepEqual(decodeFilingBytes(withBom(utf8('FORM 8-K \u2019'))), { text: 'FORM 8-K \u2019', encoding: 'utf-8', binary: false });
  // Curly quotes and dashes as Windows-1252 writes them, and Latin-1's é.
  const cp = decodeFilingBytes(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x92, 0x20, 0x96, 0x20, 0xe9]));
  assert.deepEqual(cp, { text: '\u201cA\u201d \u2019 \u2013 é', encoding: 'windows-1252', binary: false });
  assert.equal(decodeFilingBytes(encodeUtf16('Item 2.02', false)).text, 'Item 2.02');
  assert.equal(decodeFilingBytes(encodeUtf16('Item 2.02', true)).encoding, 'utf-16be');
  assert.equal(decodeFilingBytes(Uint8Array.from([0x41, 0, 0x42])).binary, true);
  assert.equal(decodeFilingBytes(new Uint8Array(0)).text, '');
});

for (const name of SAMPLES) {
  test(`${name}: the same reading in Windows-1252, UTF-16, with a BOM and with CRLF line endings`, () => {
    const text = cp1252Representable(read(name));
    const expected = reading(text, analyzeFiling(text));

    const fromCp1252 = decodeFilingBytes(encodeCp1252(text));
    assert.equal(fromCp1252.text, text);
    assert.deepEqual(reading(fromCp1252.text, analyzeFiling(fromCp1252.text)), expected, 'Windows-1252');

    for (const bigEndian of [false, true]) {
      const fromUtf16 = decodeFilingBytes(encodeUtf16(text, bigEndian)).text;
      assert.deepEqual(reading(fromUtf16, analyzeFiling(fromUtf16)), expected, bigEndian ? 'UTF-16BE' : 'UTF-16LE');
    }

    const bomText = decodeFilingBytes(withBom(utf8(text))).text;
    assert.deepEqual(reading(bomText, analyzeFiling(bomText)), expected, 'UTF-8 with a BOM');
    // A BOM that stays in the text (an editor that keeps it) changes nothing either.
    const keptBom = `\ufeff${text}`;
    assert.deepEqual(reading(keptBom, analyzeFiling(keptBom)), expected, 'BOM character in the text');

    const windows = crlf(text);
    assert.deepEqual(reading(windows, analyzeFiling(windows)), reading(crlf(text), analyzeFiling(crlf(text))));
    const lf = reading(text, analyzeFiling(text)) as { items: unknown[]; cover: unknown; exhibits: unknown[] };
    const crlfReading = reading(windows, analyzeFiling(windows)) as { items: unknown[]; cover: unknown; exhibits: unknown[] };
    assert.deepEqual(crlfReading.items, lf.items, 'CRLF: the same items on the same lines');
    assert.deepEqual(crlfReading.cover, lf.cover, 'CRLF: the same cover');
    assert.deepEqual(crlfReading.exhibits, lf.exhibits, 'CRLF: the same exhibits');
  });
}

test('the command line reads a Windows-1252 file and says which encoding it read', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edgar-encodings-'));
  try {
    const text = `${cp1252Representable(read(SAMPLES[1]))}\n\u201cRegistrant\u2019s\u201d \u2013 caf\u00e9\n`;
    const file = path.join(dir, 'cp1252.txt');
    fs.writeFileSync(file, encodeCp1252(crlf(text)));
    let out = '';
    const status = runCheck(['--format', 'json', file], { stdout: (s) => (out += s), stderr: () => undefined });
    const [report] = JSON.parse(out) as { encoding?: string; items: { number: string }[] }[];
    assert.notEqual(status, 2);
    assert.equal(report.encoding, 'windows-1252');
    assert.deepEqual(
      report.items.map((i) => i.number),
      analyzeFiling(crlf(text)).items.map((i) => i.number),
    );
    assert.ok(report.items.length > 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// ------------------------------------------- UTF-8 shown in another encoding

/** What an editor set to `encoding` shows of a UTF-8 file. */
function shownAs(encoding: 'latin1' | 'windows-1252', name: string): string {
  const bytes = fs.readFileSync(path.join(corpusDir, name));
  return encoding === 'latin1' ? bytes.toString('latin1') : decodeWindows1252(bytes);
}

test('a UTF-8 filing shown as Windows-1252 or Latin-1 keeps its items and says why it looks odd', () => {
  const seed = 'seed_8-K_2013_immunogen_bay94-9343.txt';
  const proper = analyzeFiling(read(seed));
  assert.deepEqual(proper.diagnostics.map((d) => d.code), [], 'read as UTF-8: nothing to say');
  for (const [encoding, misread] of [['windows-1252', 'â€”'], ['latin1', 'â\u0080\u0094']] as const) {
    const text = shownAs(encoding, seed);
    assert.ok(text.includes(`ITEM 7.01 ${misread} REGULATION FD DISCLOSURE`), encoding);
    const model = analyzeFiling(text);
    assert.deepEqual(model.items.map((i) => `${i.number} ${i.title}`), ['7.01 REGULATION FD DISCLOSURE'], encoding);
    const warnings = model.diagnostics.filter((d) => d.code === 'misread-utf8');
    assert.equal(warnings.length, 1, `${encoding}: said once`);
    const [warning] = warnings;
    assert.equal(text.slice(warning.range.start, warning.range.end), misread, encoding);
    assert.equal(warning.range.start, text.indexOf(misread), 'at the first one');
    assert.match(warning.message, /UTF-8 em dash \(—\) read as (Windows-1252|Latin-1).*Reopen it with the UTF-8 encoding/);
  }
});

test('a misread dash in an HTML filing is found in its visible text, at its place in the markup', () => {
  const html =
    '<html><body><p>FORM 8-K</p><p>CURRENT REPORT</p><p><b>Item 2.02</b>&nbsp;â€“&nbsp;Results of Operations and Financial Condition</p>' +
    '<p>Text.</p><p>SIGNATURES</p><p>Pursuant to the requirements of the Securities Exchange Act of 1934 ...</p></body></html>';
  const model = analyzeFiling(html);
  assert.deepEqual(model.items.map((i) => i.number), ['2.02']);
  const warning = model.diagnostics.find((d) => d.code === 'misread-utf8');
  assert.ok(warning);
  assert.equal(html.slice(warning.range.start, warning.range.end), 'â€“');
  assert.match(warning.message, /en dash/);
});

test('no encoding warning on the corpus filings read as they are written', () => {
  for (const name of fs.readdirSync(corpusDir)) {
    const model = analyzeFiling(read(name));
    assert.equal(model.diagnostics.filter((d) => d.code.startsWith('misread-')).length, 0, name);
  }
});

test('a Windows-1252 filing read as UTF-8 (dashes shown as “\ufffd”) keeps its items and is warned about before it is saved', () => {
  // The samples with characters Windows-1252 writes as 0x80-0x9F (dashes, curly quotes), which UTF-8 cannot read.
  const affected = fs.readdirSync(corpusDir).filter((name) => !/\.(md|tsv)$/.test(name) && [...read(name)].some((ch) => CP1252_HIGH.has(ch)));
  assert.ok(affected.includes('seed_8-K_2013_immunogen_bay94-9343.txt'), `affected: ${affected}`);
  for (const name of affected) {
    const proper = read(name);
    // What an editor shows: the Windows-1252 bytes decoded as UTF-8, each invalid byte a replacement character.
    const shown = new TextDecoder('utf-8').decode(encodeCp1252(cp1252Representable(proper)));
    assert.ok(shown.includes('\ufffd'), name);
    const model = analyzeFiling(shown);
    assert.deepEqual(model.items.map((i) => i.number), analyzeFiling(proper).items.map((i) => i.number), name);
    const warnings = model.diagnostics.filter((d) => d.code === 'misread-windows-1252');
    assert.equal(warnings.length, 1, `${name}: said once`);
    assert.equal(shown.slice(warnings[0].range.start, warnings[0].range.end), '\ufffd', name);
    assert.match(warnings[0].message, /probably Windows-1252 .* read as UTF-8.*Reopen it with the Windows-1252 encoding before editing/);
    assert.ok(!model.diagnostics.some((d) => d.code === 'no-items'), name);
  }
});

test('an item heading whose dash became “\ufffd” is still a heading, in text and in HTML', () => {
  const text = analyzeFiling(read('seed_8-K_2013_immunogen_bay94-9343.txt').replace('ITEM 7.01 — REGULATION', 'Item 7.01\ufffdRegulation'));
  assert.deepEqual(text.items.map((i) => `${i.number} ${i.title}`), ['7.01 Regulation FD DISCLOSURE']);
  const html = analyzeFiling(
    '<html><body><p>FORM 8-K</p><p><b>Item 8.01 \ufffd Other Events</b></p><p>Text.</p><p>SIGNATURES</p></body></html>',
  );
  assert.deepEqual(html.items.map((i) => `${i.number} ${i.title}`), ['8.01 Other Events']);
});
