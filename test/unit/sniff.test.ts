import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { looksLikeFiling, sniffContainer, type Container } from '../../server/src/service/sniff';

const corpus = path.resolve(__dirname, '../../../test/fixtures/corpus');
const corpusFiles = fs.readdirSync(corpus).filter((f) => /\.(txt|nc|htm|html)$/.test(f)).sort();
const read = (file: string) => fs.readFileSync(path.join(corpus, file), 'utf8');

/** What each corpus file is, from its name (see SOURCES.tsv) and, for the exceptions, what it holds. */
function expectedContainer(file: string): Container {
  if (file.includes('_fullsub_') || file.endsWith('.nc')) return 'submission';
  if (file.startsWith('edgarcrawler_8-K_htm_')) return 'document';
  // Primary documents and an exhibit saved with their <DOCUMENT> wrapper.
  if (/^edgarwebr_NEG_10-K.*_txt_|^edgartools_NEG_S-3A|^edgartools_EX-99\.1/.test(file)) return 'document';
  if (file.startsWith('seed_')) return 'text';
  return 'html';
}

test('every corpus file is sniffed as the container it is', () => {
  assert.ok(corpusFiles.length >= 70);
  for (const file of corpusFiles) {
    const { container } = sniffContainer(read(file));
    assert.equal(container, expectedContainer(file), file);
  }
});

test('all full submissions (.txt and .nc) are submissions, with the reason naming the opening tag', () => {
  const submissions = corpusFiles.filter((f) => f.includes('_fullsub_') || f.endsWith('.nc'));
  assert.ok(submissions.length >= 30);
  for (const file of submissions) {
    const result = sniffContainer(read(file));
    assert.equal(result.container, 'submission', file);
    assert.match(result.reason ?? '', /<SEC-DOCUMENT>|<SUBMISSION>|PRIVACY-ENHANCED/, file);
  }
});

test('every submission opening is recognised, after a BOM and blank lines, in any case', () => {
  for (const opening of [
    '<SEC-DOCUMENT>0000950117-01-501415.txt : 20010924',
    '<IMS-DOCUMENT>0000950144-94-000277.txt : 19940208',
    '-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR',
    '<SUBMISSION>\n<ACCESSION-NUMBER>0001493152-25-001317',
    '<SEC-HEADER>0001045810-26-000019.hdr.sgml : 20260225',
    '<sec-document>lower case',
  ]) {
    assert.equal(sniffContainer(opening).container, 'submission', opening);
    assert.equal(sniffContainer(`\uFEFF\r\n\n  ${opening}`).container, 'submission', opening);
  }
});

test('a bare <DOCUMENT> block is a document, also run together on one line', () => {
  assert.equal(sniffContainer('<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\nhello\n</TEXT>\n</DOCUMENT>').container, 'document');
  assert.equal(sniffContainer('<DOCUMENT><TYPE>S-3/A<SEQUENCE>1<TEXT>As filed').container, 'document');
});

test('HTML is recognised by doctype, root element, or leading markup', () => {
  const html = [
    '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>',
    '<html><head><title>x</title></head>',
    '<HTML><HEAD><TITLE>sphs20160323_8k.htm</TITLE>',
    '<?xml version="1.0" encoding="utf-8"?><!-- Generated --><html xmlns="http://www.w3.org/1999/xhtml">',
    '<?xml version="1.0" ?>\n<!DOCTYPE html>\n<html>',
    '<head><title>t</title></head><body>x</body>',
    '<body><p>a</p></body>',
    '<div><p>Item 8.01</p><p>Other Events</p></div>',
  ];
  for (const sample of html) assert.equal(sniffContainer(sample).container, 'html', sample);
});

test('EDGAR SGML text with <PAGE>, <TABLE>, <S> and <C> tags is text, not HTML', () => {
  const sgmlText = '<PAGE>   1\n<TABLE>\n<CAPTION>\n<S>                     <C>\nRevenue                 1,000\n</TABLE>\n';
  assert.equal(sniffContainer(sgmlText).container, 'text');
  assert.equal(sniffContainer('<TABLE>\n<CAPTION>\n<S> <C>\n</TABLE>\n</TABLE>').container, 'text');
  assert.equal(sniffContainer('a < b and c > d').container, 'text');
  assert.equal(sniffContainer('').container, 'text');
});

test('NUL bytes or many control characters make binary content, with the reason', () => {
  assert.deepEqual(sniffContainer('PK\u0003\u0004\u0000\u0000abc'), { container: 'binary', reason: 'binary content (NUL bytes)' });
  const controls = sniffContainer('\u0001\u0002\u0003\u0004\u0005\u0006 text');
  assert.equal(controls.container, 'binary');
  assert.match(controls.reason ?? '', /control characters/);
  // Tabs, form feeds and line breaks are text.
  assert.equal(sniffContainer('a\tb\fc\r\nd\n').container, 'text');
});

test('sniffing reads only a prefix: what comes after 64 KB does not matter', () => {
  const text = 'plain words\n'.repeat(100_000) + '\u0000\u0000\u0000';
  assert.ok(text.length > 1_000_000);
  assert.equal(sniffContainer(text).container, 'text');
});

test('looksLikeFiling is true for every corpus file', () => {
  for (const file of corpusFiles) assert.equal(looksLikeFiling(read(file)), true, file);
});

test('looksLikeFiling is false for READMEs, code, prose and ordinary web pages', () => {
  const notFilings = [
    fs.readFileSync(path.resolve(corpus, '../README.md'), 'utf8'),
    fs.readFileSync(path.resolve(__dirname, '../../../server/src/service/textView.ts'), 'utf8'),
    fs.readFileSync(path.resolve(__dirname, '../../../server/src/service/model.ts'), 'utf8'),
    '# my-project\n\nA small library to parse CSV files.\n\n## Install\n\n    npm install my-project\n\n## License\n\nMIT\n',
    'It was a bright cold day in April, and the clocks were striking thirteen. The report was current.',
    '<!DOCTYPE html><html><head><title>Pancakes</title></head><body><h1>Pancakes</h1>' +
      '<p>Mix flour, eggs and milk. Let the batter rest.</p><table><tr><td>Flour</td><td>200 g</td></tr></table></body></html>',
    '<html><body><p>The Securities and Exchange Commission published a press release today.</p></body></html>',
    'function add(a, b) {\n  return a + b; // registrant\n}\n',
    '',
    '\u0000\u0001binary',
  ];
  for (const text of notFilings) assert.equal(looksLikeFiling(text), false, text.slice(0, 60));
});

test('looksLikeFiling sees cover phrases through markup, entities and line breaks', () => {
  assert.equal(
    looksLikeFiling('<p>SECURITIES AND EXCHANGE&nbsp;COMMISSION</p><p><b>FORM</b> 8&#8209;K</p><p>CURRENT\nREPORT</p>'),
    true,
  );
  assert.equal(looksLikeFiling('<td>(Commission</td><td>File Number)</td> registrant'), true);
  assert.equal(looksLikeFiling('<html><body><ix:nonNumeric name="dei:DocumentType">8-K</ix:nonNumeric></body></html>'), true);
  // A submission always is, whatever its content.
  assert.equal(looksLikeFiling('<SEC-DOCUMENT>x'), true);
});

test('looksLikeFiling reads at most the first 256 KB', () => {
  const late = 'lorem ipsum '.repeat(30_000) + 'Commission File Number 0-17999, FORM 8-K, CURRENT REPORT';
  assert.ok(late.length > 300_000);
  assert.equal(looksLikeFiling(late), false);
  assert.equal(looksLikeFiling(late.slice(300_000)), true);
});
