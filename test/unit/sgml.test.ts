import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HeaderGroup, Located, Range, SecHeader, SubmissionDocument } from '../../server/src/service/model';
import { parseSubmission } from '../../server/src/service/sgml/submission';
import { contentKind, parseDocuments } from '../../server/src/service/sgml/documents';
import { sniffContainer } from '../../server/src/service/sniff';

const corpus = path.resolve(__dirname, '../../../test/fixtures/corpus');
const read = (file: string) => fs.readFileSync(path.join(corpus, file), 'utf8');
const corpusFiles = fs.readdirSync(corpus).filter((f) => /\.(txt|nc|htm|html)$/.test(f)).sort();
const submissionFiles = corpusFiles.filter((f) => sniffContainer(read(f)).container === 'submission');

interface Label {
  file: string;
  cik?: string | null;
  headerItems?: string[] | null;
}
const labels: Label[] = JSON.parse(read('labels.json'));

const slice = (text: string, range: Range) => text.slice(range.start, range.end);

function headerOf(text: string): SecHeader {
  const { header } = parseSubmission(text);
  assert.ok(header, 'a header');
  return header;
}

/** A convenience value has the expected value and its range spans what is written. */
function assertLocated(text: string, located: Located | undefined, value: string, raw = value): void {
  assert.ok(located, `a value ${value}`);
  assert.equal(located.value, value);
  assert.equal(located.raw, raw);
  assert.equal(slice(text, located.range), raw);
}

function groupPaths(groups: HeaderGroup[], prefix = ''): string[] {
  return groups.flatMap((g) => [prefix + g.name, ...groupPaths(g.groups, `${prefix}${g.name}/`)]);
}

function assertRangeInside(range: Range, length: number, what: string): void {
  assert.ok(0 <= range.start && range.start <= range.end && range.end <= length, `${what}: ${JSON.stringify(range)}`);
}

// ------------------------------------------------------------- headers

test('the 1994 IMS header: fields, groups and the ranges of every convenience value', () => {
  const text = read('edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt');
  const header = headerOf(text);
  assert.equal(header.style, 'ims-header');
  assert.ok(slice(text, header.range).startsWith('<IMS-HEADER>0000950144-94-000277.hdr.sgml'));
  assert.ok(slice(text, header.range).endsWith('</IMS-HEADER>'));

  assertLocated(text, header.accessionNumber, '0000950144-94-000277');
  assertLocated(text, header.submissionType, '8-K');
  assertLocated(text, header.periodOfReport, '1994-01-28', '19940128');
  assertLocated(text, header.filedAsOf, '1994-02-07', '19940207');
  assertLocated(text, header.cik, '0000100240');
  assertLocated(text, header.companyName, 'TURNER BROADCASTING SYSTEM INC');
  assertLocated(text, header.irsNumber, '580950695');
  assertLocated(text, header.stateOfIncorporation, 'GA');
  assertLocated(text, header.fiscalYearEnd, '1231');
  assertLocated(text, header.fileNumber, '001-08911');
  assert.deepEqual(header.itemInformation.map((i) => i.value), ['2', '7']);
  for (const item of header.itemInformation) assert.equal(slice(text, item.range), item.value);
  assert.equal(header.acceptanceDateTime, undefined);

  assert.deepEqual(groupPaths(header.groups), [
    'FILER',
    'FILER/COMPANY DATA',
    'FILER/FILING VALUES',
    'FILER/BUSINESS ADDRESS',
    'FILER/MAIL ADDRESS',
    'FILER/FORMER COMPANY',
    'FILER/FORMER COMPANY',
  ]);
  const cik = header.fields.find((f) => f.key === 'CENTRAL INDEX KEY');
  assert.deepEqual(cik?.path, ['FILER', 'COMPANY DATA']);
  const filer = header.groups[0];
  assert.equal(slice(text, filer.nameRange), 'FILER');
  assert.ok(slice(text, filer.range).startsWith('FILER:'));
  assert.ok(slice(text, filer.range).endsWith('19700909'));
  assert.equal(filer.groups[0].fields.length, 6);
  // Top-level fields have an empty path.
  assert.deepEqual(header.fields.find((f) => f.key === 'ACCESSION NUMBER')?.path, []);
});

test('every header field of every corpus submission: key and value ranges give back what is written', () => {
  for (const file of submissionFiles) {
    const text = read(file);
    const header = headerOf(text);
    assert.ok(header.fields.length >= 10, file);
    for (const field of header.fields) {
      assert.equal(slice(text, field.keyRange), field.key, file);
      assert.equal(slice(text, field.valueRange), field.value, `${file} ${field.key}`);
      assert.ok(field.valueRange.start >= header.range.start && field.valueRange.end <= header.range.end, file);
    }
  }
});

test('cik and ITEM INFORMATION of every full submission match labels.json', () => {
  assert.ok(submissionFiles.length >= 30);
  for (const file of submissionFiles) {
    const label = labels.find((l) => l.file === file);
    assert.ok(label, `label for ${file}`);
    const text = read(file);
    const header = headerOf(text);
    assert.equal(header.cik?.value, label.cik, `${file} cik`);
    assert.deepEqual(header.itemInformation.map((i) => i.value), label.headerItems ?? [], `${file} items`);
  }
});

test('the PEM wrapper is skipped: its Proc-Type and MIC-Info lines are not header fields', () => {
  const pemFiles = submissionFiles.filter((f) => read(f).startsWith('-----BEGIN PRIVACY-ENHANCED MESSAGE-----'));
  assert.ok(pemFiles.length >= 20);
  for (const file of pemFiles) {
    const text = read(file);
    const header = headerOf(text);
    assert.ok(header.range.start > text.indexOf('MIC-Info:'), file);
    assert.ok(!header.fields.some((f) => /Proc-Type|MIC-Info|Originator/i.test(f.key)), file);
    assert.match(header.accessionNumber?.value ?? '', /^\d{10}-\d{2}-\d{6}$/, file);
  }
});

test('empty ITEM INFORMATION lines are kept as empty values at the end of their line', () => {
  const text = read('secedgar_8-K_fullsub_2000_apple_0000912057-00-002128.txt');
  const header = headerOf(text);
  assert.deepEqual(header.itemInformation.map((i) => i.value), ['', '']);
  for (const item of header.itemInformation) {
    assert.equal(item.range.start, item.range.end);
    assert.match(text.slice(text.lastIndexOf('\n', item.range.start - 1) + 1, item.range.start), /^ITEM INFORMATION:\s*$/);
  }
  // "ITEM INFORMATION:" with nothing at all after the colon.
  const aames = read('edgartools_8-K_fullsub_1998_aames-capital_0001011438-98-000429.txt');
  assert.deepEqual(headerOf(aames).itemInformation.map((i) => i.value), ['']);
  // An empty "SEC ACT:" is a field, not a group.
  assert.ok(headerOf(aames).fields.some((f) => f.key === 'SEC ACT' && f.value === ''));
});

test('2024-2026 headers: EIN in place of IRS NUMBER, ORGANIZATION NAME, ACCEPTANCE-DATETIME', () => {
  const text = read('saftl_8-K_fullsub_2026_nvidia_0001045810-26-000019.txt');
  const header = headerOf(text);
  assert.equal(header.style, 'sec-header');
  assertLocated(text, header.acceptanceDateTime, '2026-02-25T16:31:25', '20260225163125');
  assertLocated(text, header.irsNumber, '943177549');
  assertLocated(text, header.cik, '0001045810');
  assertLocated(text, header.companyName, 'NVIDIA CORP');
  assertLocated(text, header.fiscalYearEnd, '0125');
  assertLocated(text, header.fileNumber, '000-23985');
  assert.deepEqual(header.itemInformation.map((i) => i.value), [
    'Results of Operations and Financial Condition',
    'Financial Statements and Exhibits',
  ]);
  const organization = header.fields.find((f) => f.key === 'ORGANIZATION NAME');
  assert.equal(organization?.value, '04 Manufacturing');
  assert.equal(header.fields.find((f) => f.key === 'EIN')?.value, '943177549');

  const abvc = read('edgartools_8-K_fullsub_2025_abvc-biopharma_0001213900-25-032135.txt');
  const abvcHeader = headerOf(abvc);
  assertLocated(abvc, abvcHeader.irsNumber, '260014658');
  assertLocated(abvc, abvcHeader.acceptanceDateTime, '2025-04-15T16:30:25', '20250415163025');

  // 2024: still IRS NUMBER, and all zeros.
  const bancorp = read('edgartools_8-K_fullsub_2024_1895bancorp_0000943374-24-000509.txt');
  assertLocated(bancorp, headerOf(bancorp).irsNumber, '000000000');
});

test('a damaged header: closing tags, drifting indentation and a value broken across lines', () => {
  const text = read('edgarcrawler_8-K_fullsub_1001136_8K_2000_0000950124-00-003635.txt');
  const header = headerOf(text);
  assert.deepEqual(groupPaths(header.groups), [
    'FILER',
    'FILER/COMPANY DATA',
    'FILER/FILING VALUES',
    'FILER/BUSINESS ADDRESS',
    'FILER/MAIL ADDRESS',
    'FILER/FORMER COMPANY',
    'FILER/FORMER COMPANY',
  ]);
  // "]\t\tIRS NUMBER:" after "STANDARD INDUSTRIAL CLASSIFICATION:\t [5122".
  assertLocated(text, header.irsNumber, '411756256');
  assertLocated(text, header.fileNumber, '000-22247');
  assertLocated(text, header.stateOfIncorporation, 'MN');
});

test('header groups nest by indentation; ranges run from the key to the last field', () => {
  const text = [
    '<SEC-HEADER>0000000000-00-000000.hdr.sgml : 20200101',
    'ACCESSION NUMBER:\t\t0000950103-20-000001',
    'CONFORMED SUBMISSION TYPE:\tSC 13D',
    'PUBLIC DOCUMENT COUNT:\t\t1',
    'FILED AS OF DATE:\t\t20200102',
    '',
    'SUBJECT COMPANY:\t',
    '',
    '\tCOMPANY DATA:\t',
    '\t\tCOMPANY CONFORMED NAME:\t\t\tTARGET CO',
    '\t\tCENTRAL INDEX KEY:\t\t\t12345',
    '',
    '\tFILING VALUES:',
    '\t\tSEC FILE NUMBER:\t005-11111',
    '',
    'FILED BY:\t',
    '',
    '\tCOMPANY DATA:\t',
    '\t\tCOMPANY CONFORMED NAME:\t\t\tBUYER LLC',
    '\t\tCENTRAL INDEX KEY:\t\t\t67890',
    '</SEC-HEADER>',
    '<DOCUMENT>',
  ].join('\n');
  const header = headerOf(text);
  assert.deepEqual(groupPaths(header.groups), [
    'SUBJECT COMPANY',
    'SUBJECT COMPANY/COMPANY DATA',
    'SUBJECT COMPANY/FILING VALUES',
    'FILED BY',
    'FILED BY/COMPANY DATA',
  ]);
  // The subject company, not the filer-by, gives the company values.
  assertLocated(text, header.cik, '0000012345', '12345');
  assertLocated(text, header.companyName, 'TARGET CO');
  assertLocated(text, header.fileNumber, '005-11111');
  assert.equal(header.periodOfReport, undefined);
  assert.equal(slice(text, header.groups[0].range), text.slice(text.indexOf('SUBJECT COMPANY:'), text.indexOf('005-11111') + 9));
  assert.deepEqual(header.fields.find((f) => f.value === 'BUYER LLC')?.path, ['FILED BY', 'COMPANY DATA']);
});

test('a header without indentation still gives its values', () => {
  const text = '<SEC-HEADER>\nACCESSION NUMBER: 000095010320000001\nFILER:\nCOMPANY DATA:\nCOMPANY CONFORMED NAME: FLAT INC\nCENTRAL INDEX KEY: 0000000042\nIRS NUMBER: 123456789\n</SEC-HEADER>\n';
  const header = headerOf(text);
  assertLocated(text, header.accessionNumber, '0000950103-20-000001', '000095010320000001');
  assertLocated(text, header.companyName, 'FLAT INC');
  assertLocated(text, header.cik, '0000000042');
  assertLocated(text, header.irsNumber, '123456789');
});

test('impossible dates are left out of the convenience values but kept as fields', () => {
  const text = '<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED PERIOD OF REPORT:\t20231345\nFILED AS OF DATE:\t20240230\n<ACCEPTANCE-DATETIME>2024021';
  const header = headerOf(text);
  assert.equal(header.periodOfReport, undefined);
  assert.equal(header.filedAsOf, undefined);
  assert.equal(header.acceptanceDateTime, undefined);
  assert.deepEqual(header.fields.map((f) => f.value), ['20231345', '20240230', '2024021']);
});

// ------------------------------------------------------------ .nc files

test('.nc with one tag per line: tags map to the same convenience values', () => {
  const text = read('pyedgar_NEG_10-Q_nc_1999_indianabell_0000732715-99-000042.nc');
  const header = headerOf(text);
  assert.equal(header.style, 'nc-tags');
  assertLocated(text, header.accessionNumber, '0000732715-99-000042');
  assertLocated(text, header.submissionType, '10-Q');
  assertLocated(text, header.periodOfReport, '1999-06-30', '19990630');
  assertLocated(text, header.filedAsOf, '1999-08-03', '19990803');
  assertLocated(text, header.cik, '0000050178');
  assertLocated(text, header.companyName, 'INDIANA BELL TELEPHONE CO INC');
  assertLocated(text, header.irsNumber, '350407820');
  assertLocated(text, header.stateOfIncorporation, 'IN');
  assertLocated(text, header.fiscalYearEnd, '1231');
  assertLocated(text, header.fileNumber, '001-06746');
  const cik = header.fields.find((f) => f.key === 'CIK');
  assert.deepEqual(cik?.path, ['FILER', 'COMPANY-DATA']);
  assert.deepEqual(groupPaths(header.groups), ['FILER', 'FILER/COMPANY-DATA', 'FILER/FILING-VALUES', 'FILER/BUSINESS-ADDRESS', 'FILER/MAIL-ADDRESS']);
  assert.ok(slice(text, header.range).startsWith('<SUBMISSION>'));
  assert.ok(slice(text, header.range).endsWith('</FILER>'));
});

test('.nc with tags separated by carriage returns only, and repeated <ITEMS>', () => {
  const text = read('edgartools_8-K_nc-submission_2025_0001493152-25-001317.nc');
  assert.ok(!text.slice(20, 2000).includes('\n'));
  const header = headerOf(text);
  assert.equal(header.style, 'nc-tags');
  assertLocated(text, header.accessionNumber, '0001493152-25-001317');
  assertLocated(text, header.periodOfReport, '2025-01-06', '20250106');
  assertLocated(text, header.cik, '0000880984');
  assertLocated(text, header.companyName, 'ACORN ENERGY, INC.');
  assertLocated(text, header.irsNumber, '222786081');
  assertLocated(text, header.fileNumber, '001-33886');
  assert.deepEqual(header.itemInformation.map((i) => i.value), ['5.02', '9.01']);
  for (const item of header.itemInformation) assert.equal(slice(text, item.range), item.value);
  assert.equal(header.groups[0].groups.filter((g) => g.name === 'FORMER-COMPANY').length, 3);
});

test('.nc with two filers: company values come from the first', () => {
  const text = read('pyedgar_NEG_DEFA14A_nc_2017_blackrock_0001193125-17-242563.nc');
  const header = headerOf(text);
  assert.equal(header.groups.filter((g) => g.name === 'FILER').length, 2);
  assertLocated(text, header.cik, '0000922457');
  assertLocated(text, header.fileNumber, '811-07171');
  // The first filer has no FISCAL-YEAR-END; the second filer's is not borrowed.
  assert.equal(header.fiscalYearEnd, undefined);
  assert.ok(header.groups.some((g) => g.name === 'SERIES-AND-CLASSES-CONTRACTS-DATA'));
});

test('.nc tags run together on one line', () => {
  const text =
    '<SUBMISSION><ACCESSION-NUMBER>0001493152-25-001317<TYPE>8-K<PERIOD>20250106<ITEMS>5.02<ITEMS>9.01<ITEMS>' +
    '<FILING-DATE>20250108<FILER><COMPANY-DATA><CONFORMED-NAME>ACORN ENERGY, INC.<CIK>880984<IRS-NUMBER>222786081' +
    '</COMPANY-DATA><FILING-VALUES><FILE-NUMBER>001-33886</FILING-VALUES></FILER>' +
    '<DOCUMENT><TYPE>8-K<SEQUENCE>1<FILENAME>form8-k.htm<TEXT><html><body>x</body></html></TEXT></DOCUMENT></SUBMISSION>';
  const { header, documents } = parseSubmission(text);
  assert.ok(header);
  assertLocated(text, header.cik, '0000880984', '880984');
  assertLocated(text, header.submissionType, '8-K');
  assertLocated(text, header.filedAsOf, '2025-01-08', '20250108');
  assertLocated(text, header.companyName, 'ACORN ENERGY, INC.');
  assertLocated(text, header.fileNumber, '001-33886');
  assert.deepEqual(header.itemInformation.map((i) => i.value), ['5.02', '9.01', '']);
  assert.deepEqual(header.fields.find((f) => f.key === 'FILE-NUMBER')?.path, ['FILER', 'FILING-VALUES']);
  assert.equal(documents.length, 1);
  assert.equal(documents[0].filename, 'form8-k.htm');
  assert.equal(documents[0].contentKind, 'html');
  assert.equal(slice(text, documents[0].textRange), '<html><body>x</body></html>');
});

// ------------------------------------------------------------ documents

function assertDocumentRanges(text: string, doc: SubmissionDocument): void {
  assert.equal(slice(text, doc.typeRange), doc.type);
  if (doc.filename !== undefined) assert.equal(slice(text, doc.filenameRange!), doc.filename);
  assert.ok(doc.range.start <= doc.textRange.start && doc.textRange.end <= doc.range.end);
  assert.ok(slice(text, doc.range).startsWith('<DOCUMENT>'));
}

test('a multi-document submission: types, filenames, content kinds and uuencoded graphics', () => {
  const text = read('edgarwebr_8-K_fullsub_2017_ford_0000037996-17-000084.txt');
  const { documents } = parseSubmission(text);
  assert.deepEqual(
    documents.map((d) => [d.type, d.sequence, d.filename, d.contentKind]),
    [
      ['8-K', '1', 'ceostrategicupdate8-k.htm', 'html'],
      ['EX-99', '2', 'exhibit99ceostrategicupd.htm', 'html'],
      ['GRAPHIC', '3', 'exhibit99ceostrategicupd001.jpg', 'uuencoded'],
      ['GRAPHIC', '4', 'exhibit99ceostrategicupd002.jpg', 'uuencoded'],
      ['GRAPHIC', '5', 'exhibit99ceostrategicupd003.jpg', 'uuencoded'],
      ['GRAPHIC', '6', 'exhibit99ceostrategicupd004.jpg', 'uuencoded'],
      ['GRAPHIC', '7', 'exhibit99ceostrategicupd005.jpg', 'uuencoded'],
    ],
  );
  for (const doc of documents) {
    assertDocumentRanges(text, doc);
    assert.ok(slice(text, doc.range).endsWith('</DOCUMENT>'));
    assert.equal(text.slice(doc.textRange.start - 6, doc.textRange.start), '<TEXT>');
    assert.equal(text.slice(doc.textRange.end, doc.textRange.end + 7), '</TEXT>');
  }
  const graphic = documents[2];
  assert.ok(slice(text, graphic.textRange).trimStart().startsWith('begin 644 exhibit99ceostrategicupd001.jpg'));
  assert.ok(slice(text, graphic.textRange).trimEnd().endsWith('end'));
  // Documents follow each other without overlap.
  for (let i = 1; i < documents.length; i++) assert.ok(documents[i - 1].range.end <= documents[i].range.start);
});

test('XBRL-era documents: inline XBRL is html, schemas and linkbases xbrl, FilingSummary xml, ZIP and Excel uuencoded', () => {
  const text = read('secedgardl_8-K_fullsub_2019_apple_0001193125-19-292676.txt');
  const { documents } = parseSubmission(text);
  assert.equal(documents.length, 19);
  const kindOf = (filename: string) => documents.find((d) => d.filename === filename)?.contentKind;
  assert.equal(documents[0].type, '8-K');
  assert.equal(documents[0].contentKind, 'html');
  assert.equal(kindOf('FilingSummary.xml'), 'xml');
  assert.equal(kindOf('Financial_Report.xlsx'), 'uuencoded');
  assert.equal(kindOf('0001193125-19-292676-xbrl.zip'), 'uuencoded');
  assert.ok(documents.filter((d) => d.type.startsWith('EX-101.')).every((d) => d.contentKind === 'xbrl'));
  assert.ok(documents.some((d) => d.type === 'GRAPHIC' && d.contentKind === 'uuencoded'));
  for (const doc of documents) assertDocumentRanges(text, doc);

  const nc = read('edgartools_8-K_nc-submission_2025_0001493152-25-001317.nc');
  const ncDocs = parseSubmission(nc).documents;
  const ncKind = (filename: string) => ncDocs.find((d) => d.filename === filename)?.contentKind;
  assert.equal(ncKind('form8-k.htm'), 'html');
  assert.equal(ncKind('R1.htm'), 'html');
  assert.equal(ncKind('MetaLinks.json'), 'text');
  assert.equal(ncKind('report.css'), 'text');
  assert.equal(ncKind('form8-k_htm.xml'), 'xbrl');
  assert.equal(ncKind('acfn-20250106.xsd'), 'xbrl');
  assert.equal(ncKind('FilingSummary.xml'), 'xml');
});

test('every corpus submission: document ranges lie inside the text, in order, and TYPE is read', () => {
  for (const file of submissionFiles) {
    const text = read(file);
    const { documents } = parseSubmission(text);
    assert.ok(documents.length >= 1, file);
    let previousEnd = 0;
    for (const doc of documents) {
      assertRangeInside(doc.range, text.length, file);
      assert.ok(doc.range.start >= previousEnd, file);
      previousEnd = doc.range.end;
      assert.ok(doc.type.length > 0, file);
      assertDocumentRanges(text, doc);
    }
  }
});

test('a single <DOCUMENT> file (edgarcrawler .htm) has no header and one html document', () => {
  const text = read('edgarcrawler_8-K_htm_1001136_8K_2001_0000950124-01-503539.htm');
  const result = parseSubmission(text);
  assert.equal(result.header, undefined);
  assert.equal(result.documents.length, 1);
  assert.equal(result.documents[0].type, '8-K');
  assert.equal(result.documents[0].contentKind, 'html');
});

test('a truncated .nc: the unterminated DOCUMENT and TEXT run to the end of the file', () => {
  const text = read('pyedgar_NEG_10-Q_nc_1999_indianabell_0000732715-99-000042.nc');
  const { documents } = parseSubmission(text);
  assert.equal(documents.length, 1);
  assert.equal(documents[0].range.end, text.length);
  assert.equal(documents[0].textRange.end, text.length);
  assert.equal(documents[0].contentKind, 'text');
});

test('unterminated blocks end where the next document begins', () => {
  const text = [
    '<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nno closing text tag\n',
    '<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\nclosed text, no closing document\n</TEXT>\n',
    '<DOCUMENT>\n<TYPE>GRAPHIC\n<TEXT>\nbegin 644 a.jpg\nM86)C\n`\nend\n</TEXT>\n</DOCUMENT>\n',
    '<DOCUMENT>\n<TYPE>EX-1\n</DOCUMENT>\n',
  ].join('');
  const documents = parseDocuments(text);
  assert.deepEqual(documents.map((d) => [d.type, d.contentKind]), [
    ['8-K', 'text'],
    ['EX-99', 'text'],
    ['GRAPHIC', 'uuencoded'],
    ['EX-1', 'empty'],
  ]);
  assert.equal(documents[0].range.end, documents[1].range.start);
  assert.equal(slice(text, documents[0].textRange), '\nno closing text tag\n');
  assert.equal(documents[1].range.end, documents[2].range.start);
  assert.ok(slice(text, documents[2].range).endsWith('</DOCUMENT>'));
  assert.deepEqual(documents[3].textRange, { start: documents[3].range.start, end: documents[3].range.start });
});

test('content kinds from the first bytes of TEXT', () => {
  const kind = (inside: string) => {
    const text = `<TEXT>${inside}</TEXT>`;
    return contentKind(text, { start: 6, end: 6 + inside.length });
  };
  assert.equal(kind(''), 'empty');
  assert.equal(kind('\n \n'), 'empty');
  assert.equal(kind('\nbegin 644 logo.jpg\nM_]C_X``0\n'), 'uuencoded');
  assert.equal(kind('\n<PDF>\nbegin 644 doc.pdf\n'), 'pdf');
  assert.equal(kind('\n<XBRL>\n<?xml version="1.0"?>\n<!-- c -->\n<html xmlns="http://www.w3.org/1999/xhtml">'), 'html');
  assert.equal(kind('\n<XBRL>\n<?xml version="1.0"?>\n<xbrli:xbrl xmlns:xbrli="x">'), 'xbrl');
  assert.equal(kind('\n<XBRL>\n<?xml version="1.0"?>\n<xs:schema>'), 'xbrl');
  assert.equal(kind('\n<XML>\n<?xml version="1.0"?>\n<FilingSummary>'), 'xml');
  assert.equal(kind('\n<?xml version="1.0"?>\n<ownershipDocument>'), 'xml');
  assert.equal(kind('\n<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>'), 'html');
  assert.equal(kind('\n<HTML><HEAD>'), 'html');
  assert.equal(kind('\n<PAGE>  1\n                SECURITIES AND EXCHANGE COMMISSION\n<TABLE>\n<S> <C>\n</TABLE>'), 'text');
  assert.equal(kind('\u0000\u0001\u0002binary'), 'binary');
});

// ---------------------------------------------------- malformed input

test('malformed inputs never throw', () => {
  const inputs = [
    '',
    '<SEC-DOCUMENT>',
    '<SEC-HEADER>',
    '<SEC-HEADER>\nFILER:\n\tCOMPANY DATA:\n',
    '<IMS-DOCUMENT>\n<IMS-HEADER>\n',
    '<SUBMISSION>',
    '<SUBMISSION><FILER><COMPANY-DATA><CIK>',
    '<SUBMISSION></FILER></COMPANY-DATA></SUBMISSION>',
    '<DOCUMENT>',
    '<DOCUMENT><TYPE>',
    '<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nunterminated',
    '<DOCUMENT>\n<TEXT>\n</DOCUMENT>\n</TEXT>',
    '</DOCUMENT></TEXT><DOCUMENT>',
    '\u0000\u0000\u0000<DOCUMENT>\u0000<TEXT>\u0000',
    '<SEC-DOCUMENT>\u0000\n<SEC-HEADER>\u0000:\u0000\n',
    '-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n',
    ':\n:::\n<>\n</>\n<<<>>>',
    '<SEC-HEADER>\n]\t\t\n\t\t\t:\n' + 'x'.repeat(100) + ':\n',
  ];
  for (const input of inputs) {
    const result = parseSubmission(input);
    for (const doc of result.documents) assertRangeInside(doc.range, input.length, JSON.stringify(input));
    if (result.header) assertRangeInside(result.header.range, input.length, JSON.stringify(input));
  }
  assert.deepEqual(parseSubmission(''), { documents: [] });
  assert.deepEqual(parseSubmission('<SEC-DOCUMENT>'), { documents: [] });
});

test('real submissions cut off anywhere never throw and keep their ranges inside the text', () => {
  const files = [
    'edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt',
    'edgartools_8-K_nc-submission_2025_0001493152-25-001317.nc',
    'edgarwebr_8-K_fullsub_2017_ford_0000037996-17-000084.txt',
  ];
  for (const file of files) {
    const full = read(file);
    for (let k = 1; k <= 40; k++) {
      const text = full.slice(0, Math.floor((full.length * k * k) / 1600));
      const { header, documents } = parseSubmission(text);
      if (header) {
        assertRangeInside(header.range, text.length, file);
        for (const field of header.fields) assertRangeInside(field.valueRange, text.length, file);
      }
      for (const doc of documents) {
        assertRangeInside(doc.range, text.length, file);
        assertRangeInside(doc.textRange, text.length, file);
      }
    }
  }
});

test('parsing is linear: a 40 MB submission of uuencoded graphics and many unterminated documents', () => {
  const line = 'M' + '0123456789ABCDEF'.repeat(3) + '0123456789AB\n';
  const graphic = (i: number) =>
    `<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>${i}\n<FILENAME>g${i}.jpg\n<TEXT>\nbegin 644 g${i}.jpg\n${line.repeat(30_000)}\`\nend\n</TEXT>\n</DOCUMENT>\n`;
  const parts = ['<SEC-DOCUMENT>x.txt : 20200101\n<SEC-HEADER>x.hdr.sgml : 20200101\nACCESSION NUMBER:\t\t0000000000-20-000001\n</SEC-HEADER>\n'];
  for (let i = 0; i < 20; i++) parts.push(graphic(i));
  for (let i = 0; i < 5000; i++) parts.push(`<DOCUMENT>\n<TYPE>EX-${i}\n<TEXT>\n${'text line\n'.repeat(50)}`);
  const text = parts.join('');
  assert.ok(text.length > 30_000_000);
  const started = Date.now();
  const { header, documents } = parseSubmission(text);
  const elapsed = Date.now() - started;
  assert.equal(header?.accessionNumber?.value, '0000000000-20-000001');
  assert.equal(documents.length, 5020);
  assert.equal(documents[19].contentKind, 'uuencoded');
  assert.equal(documents[5019].range.end, text.length);
  assert.ok(elapsed < 3000, `took ${elapsed} ms`);
});
