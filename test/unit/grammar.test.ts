// The TextMate grammar (syntaxes/edgar-filing.tmLanguage.json) and the language
// configuration: they colour a filing before the language server answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.resolve(__dirname, '../../../test/fixtures/corpus');
const GRAMMAR_FILE = path.join(ROOT, 'syntaxes', 'edgar-filing.tmLanguage.json');
const SCOPE_NAME = 'text.edgar-filing';
const SEED = 'seed_8-K_2013_immunogen_bay94-9343.txt';
const TBS_1994 = 'edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt';
const NC_2025 = 'edgartools_8-K_nc-submission_2025_0001493152-25-001317.nc';

interface Token {
  text: string;
  scopes: string[];
}

let onigReady: Promise<void> | undefined;
function loadOniguruma(): Promise<void> {
  if (!onigReady) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    onigReady = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  }
  return onigReady;
}

let grammarReady: Promise<vsctm.IGrammar> | undefined;
function loadGrammar(): Promise<vsctm.IGrammar> {
  if (!grammarReady) {
    grammarReady = (async () => {
      await loadOniguruma();
      const registry = new vsctm.Registry({
        onigLib: Promise.resolve({
          createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
          createOnigString: (s: string) => new oniguruma.OnigString(s),
        }),
        loadGrammar: async (scopeName: string) =>
          scopeName === SCOPE_NAME ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE) : null,
      });
      const grammar = await registry.loadGrammar(SCOPE_NAME);
      assert.ok(grammar, 'grammar loads');
      return grammar;
    })();
  }
  return grammarReady;
}

const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);
const readCorpus = (name: string): string => fs.readFileSync(path.join(CORPUS, name), 'utf8');

/** Tokenizes lines in order (as the editor does) and returns each line's tokens. */
function tokenize(grammar: vsctm.IGrammar, lines: string[], state: vsctm.StateStack = vsctm.INITIAL): Token[][] {
  const out: Token[][] = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    out.push(r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })));
  }
  return out;
}

/** The state inside a document body (after a <TEXT> line). */
function insideText(grammar: vsctm.IGrammar): vsctm.StateStack {
  return grammar.tokenizeLine('<TEXT>', vsctm.INITIAL).ruleStack;
}

function describe(tokens: Token[]): string {
  return tokens.map((t) => `${JSON.stringify(t.text)} [${t.scopes.slice(1).join(' ')}]`).join('\n  ');
}

/** The token whose text is exactly `text` (the first one). */
function token(tokens: Token[], text: string): Token {
  const t = tokens.find((x) => x.text === text);
  assert.ok(t, `no token ${JSON.stringify(text)} in\n  ${describe(tokens)}`);
  return t;
}

function assertScope(tokens: Token[], text: string, scope: RegExp): void {
  const t = token(tokens, text);
  assert.ok(
    t.scopes.some((s) => scope.test(s)),
    `${JSON.stringify(text)} should have a scope matching ${scope}, has ${t.scopes.join(' ')}`,
  );
}

function assertNoScope(tokens: Token[], scope: RegExp, what: string): void {
  for (const t of tokens) {
    assert.ok(!t.scopes.some((s) => scope.test(s)), `${what}: ${JSON.stringify(t.text)} has ${t.scopes.join(' ')}`);
  }
}

// Scope patterns the assertions use.
const HEADING = /^markup\.heading\.item\.edgar-filing$/;
const ANY_HEADING = /^markup\.heading\./;
const ITEM_NUMBER = /^constant\.numeric\.item-number\.edgar-filing$/;
const EIN = /^constant\.numeric\.ein\.edgar-filing$/;
const FILE_NUMBER = /^constant\.numeric\.file-number\.edgar-filing$/;
const DATE = /^constant\.numeric\.date\.edgar-filing$/;
const CIK = /^constant\.numeric\.cik\.edgar-filing$/;
const ACCESSION = /^constant\.numeric\.accession-number\.edgar-filing$/;
const HEADER_KEY = /^support\.type\.property-name\.header-key\.edgar-filing$/;
const HEADER_GROUP = /^keyword\.other\.header-group\.edgar-filing$/;
const TAG = /^entity\.name\.tag\.[a-z]+\.edgar-filing$/;
const UNCHECKED = /^constant\.language\.checkbox\.unchecked\.edgar-filing$/;
const CHECKED = /^constant\.language\.checkbox\.checked\.edgar-filing$/;
const RULE = /^support\.constant\.rule-citation\.edgar-filing$/;

test('grammar file: scope name, scope suffixes, regexes compile, only the two allowed multi-line rules', async () => {
  await loadOniguruma();
  const raw = JSON.parse(fs.readFileSync(GRAMMAR_FILE, 'utf8'));
  assert.equal(raw.scopeName, SCOPE_NAME);
  const names: string[] = [];
  const regexes: string[] = [];
  const begins: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') names.push(value);
      else if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') {
        regexes.push(value);
        if (key === 'begin') begins.push(value);
      } else walk(value);
    }
  };
  walk(raw.patterns);
  walk(raw.repository);
  assert.ok(names.length > 40, `scopes found: ${names.length}`);
  for (const name of names) {
    for (const scope of name.split(/\s+/)) assert.match(scope, /^[a-z]+(?:\.[a-z0-9-]+)*\.edgar-filing$/, scope);
  }
  for (const re of regexes) {
    assert.doesNotThrow(() => new oniguruma.OnigScanner([re]), re);
  }
  // Nothing but the PEM header (which ends at its first non-PEM line) and
  // <TEXT>…</TEXT> may span lines, so no rule can swallow a file by mistake.
  assert.equal(begins.length, 2, begins.join('\n'));
  assert.ok(begins.some((b) => b.includes('PRIVACY-ENHANCED')));
  assert.ok(begins.some((b) => b.includes('TEXT')));
  assert.equal(JSON.stringify(raw).includes('"while"'), false);
});

test('seed 8-K: item heading, EIN, file number, dates, check boxes, rule citations, SIGNATURES', async () => {
  const g = await loadGrammar();
  const lines = splitLines(readCorpus(SEED));
  const toks = tokenize(g, lines);
  const at = (n: number): Token[] => toks[n - 1];

  assert.equal(lines[38], 'ITEM 7.01 — REGULATION FD DISCLOSURE');
  assertScope(at(39), 'ITEM', HEADING);
  assertScope(at(39), '7.01', HEADING);
  assertScope(at(39), '7.01', ITEM_NUMBER);
  assertScope(at(39), ' DISCLOSURE', /^entity\.name\.section\.item-title\.edgar-filing$/);

  assertScope(at(21), '04-2726691', EIN);
  assertScope(at(21), '0-17999', FILE_NUMBER);
  assertScope(at(11), 'April 7, 2013', DATE);
  assertScope(at(41), 'April 7, 2013', DATE);
  assertScope(at(57), 'April 8, 2013', DATE);
  // "BAY 94-9343" is a compound name, not an EIN; the phone number is no file number.
  assertNoScope(at(41), /constant\.numeric\.(?!date)/, 'line 41 identifiers');
  assertNoScope(at(27), /constant\.numeric/, 'telephone line');

  for (const n of [31, 33, 35, 37]) assertScope(at(n), 'o', UNCHECKED);
  assertScope(at(33), '17 CFR 240.14a-12', RULE);
  assertScope(at(33), 'Rule 14a-12', RULE);
  assertScope(at(35), '17 CFR 240.14d-2(b)', RULE);
  assertScope(at(51), 'SIGNATURES', /^markup\.heading\.signatures\.edgar-filing$/);
});

test('1994 full submission: PEM wrapper, header keys and values, SGML tags, accession number, legacy item', async () => {
  const g = await loadGrammar();
  const lines = splitLines(readCorpus(TBS_1994));
  const toks = tokenize(g, lines);
  const lineOf = (prefix: string): Token[] => {
    const i = lines.findIndex((l) => l.startsWith(prefix));
    assert.ok(i >= 0, `no line starting ${JSON.stringify(prefix)}`);
    return toks[i];
  };

  assertScope(toks[0], '-----BEGIN PRIVACY-ENHANCED MESSAGE-----', /^keyword\.control\.pem-boundary\.edgar-filing$/);
  assertScope(lineOf('Proc-Type:'), 'Proc-Type', /^support\.type\.property-name\.pem-field\.edgar-filing$/);
  assertScope(lineOf('-----END'), '-----END PRIVACY-ENHANCED MESSAGE-----', /^keyword\.control\.pem-boundary\.edgar-filing$/);

  assertScope(lineOf('<IMS-HEADER>'), 'IMS-HEADER', TAG);
  assertScope(lineOf('<IMS-DOCUMENT>'), '0000950144-94-000277', ACCESSION);
  assertScope(lineOf('<IMS-DOCUMENT>'), '19940208', DATE);

  const cik = lineOf('\t\tCENTRAL INDEX KEY:');
  assertScope(cik, 'CENTRAL INDEX KEY', HEADER_KEY);
  assertScope(cik, '0000100240', CIK);
  assertScope(lineOf('ACCESSION NUMBER:'), 'ACCESSION NUMBER', HEADER_KEY);
  assertScope(lineOf('ACCESSION NUMBER:'), '0000950144-94-000277', ACCESSION);
  assertScope(lineOf('CONFORMED PERIOD OF REPORT:'), '19940128', DATE);
  assertScope(lineOf('\t\tCOMPANY CONFORMED NAME:'), 'COMPANY CONFORMED NAME', HEADER_KEY);
  assertScope(lineOf('\t\tCOMPANY CONFORMED NAME:'), 'TURNER BROADCASTING SYSTEM INC', /^entity\.name\.type\.company\.edgar-filing$/);
  assertScope(lineOf('\t\tIRS NUMBER:'), '580950695', EIN);
  assertScope(lineOf('\t\tSEC FILE NUMBER:'), '001-08911', FILE_NUMBER);
  assertScope(lineOf('\t\tSTATE:'), 'GA', /^string\.unquoted\.header-value\.edgar-filing$/);
  assertScope(lineOf('FILER:'), 'FILER', HEADER_GROUP);
  assertScope(lineOf('\tCOMPANY DATA:'), 'COMPANY DATA', HEADER_GROUP);

  assertScope(lineOf('<DOCUMENT>'), 'DOCUMENT', TAG);
  assertScope(lineOf('<DOCUMENT>'), '<', /^punctuation\.definition\.tag\.begin\.edgar-filing$/);
  assertScope(lineOf('<TYPE>'), 'TYPE', TAG);
  assertScope(lineOf('<TYPE>'), '8-K', /^entity\.name\.type\.form-type\.edgar-filing$/);
  assertScope(lineOf('<SEQUENCE>'), '1', /^constant\.numeric\.sequence\.edgar-filing$/);
  assertScope(lineOf('<DESCRIPTION>'), 'TURNER BROADCASTING SYSTEM', /^string\.unquoted\.description\.edgar-filing$/);
  assertScope(lineOf('<TEXT>'), 'TEXT', TAG);
  assertScope(lineOf('</TEXT>'), 'TEXT', TAG);
  assertScope(lineOf('</DOCUMENT>'), 'DOCUMENT', TAG);
  assertScope(lineOf('<PAGE>'), 'PAGE', TAG);

  const legacy = lineOf('ITEM 2.  ACQUISITION');
  assertScope(legacy, '2', ITEM_NUMBER);
  assertScope(legacy, 'ACQUISITION OR DISPOSITION OF ASSETS', HEADING);
  const cover = lines.findIndex((l) => l.includes('0-9334'));
  assertScope(toks[cover], '0-9334', FILE_NUMBER);
  assertScope(toks[cover], '58-0950695', EIN);
  // Header-key rules stop at <TEXT>: body lines are not read as SEC header lines.
  const body = tokenize(g, ['NOTE:\tThe following', 'ATTEST:'], insideText(g));
  for (const line of body) assertNoScope(line, /header/, 'body line');
});

test('.nc dissemination file: tags carry typed values, one per line or run together', async () => {
  const g = await loadGrammar();
  // This file separates its tags with lone CRs (editors show one tag a line);
  // other .nc files run them together on one line: check both.
  const lines = splitLines(readCorpus(NC_2025));
  const headerEnd = lines.findIndex((l) => l.startsWith('<DOCUMENT>'));
  assert.ok(headerEnd > 10, 'header lines');
  const header = lines.slice(1, headerEnd);
  assertScope(tokenize(g, lines.slice(0, 1))[0], 'SUBMISSION', TAG);
  for (const run of [tokenize(g, header).flat(), tokenize(g, [header.join('')])[0]]) {
    assertScope(run, 'ACCESSION-NUMBER', TAG);
    assertScope(run, '0001493152-25-001317', ACCESSION);
    assertScope(run, '8-K', /^entity\.name\.type\.form-type\.edgar-filing$/);
    assertScope(run, '20250106', DATE);
    assertScope(run, '5.02', ITEM_NUMBER);
    assertScope(run, '0000880984', CIK);
    assertScope(run, '222786081', EIN);
    assertScope(run, '001-33886', FILE_NUMBER);
    assertScope(run, 'ACORN ENERGY, INC.', /^entity\.name\.type\.company\.edgar-filing$/);
    assertScope(run, 'FILER', TAG);
    // The phone number in <PHONE> is plain text.
    assertNoScope([token(run, '302-656-1708')], /constant\.numeric/, 'phone');
  }
  const [doc] = tokenize(g, [lines.slice(headerEnd, headerEnd + 4).join('')]);
  assertScope(doc, 'form8-k.htm', /^string\.unquoted\.filename\.edgar-filing$/);
  const accepted = tokenize(g, ['<ACCEPTANCE-DATETIME>20260225163125']);
  assertScope(accepted[0], '20260225163125', /^constant\.numeric\.datetime\.edgar-filing$/);
});

test('item headings: the forms filings use, and the false friends', async () => {
  const g = await loadGrammar();
  for (const state of [vsctm.INITIAL, insideText(g)]) {
    const [a, b, c, d, e, f, h, i] = tokenize(
      g,
      [
        'Item 2.02. Results of Operations and Financial Condition',
        'Item 5. Other Events',
        'Items 5.02 and 9.01',
        'ITEM 5.02 AND ITEM 5.03 DEPARTURE OF DIRECTORS; AMENDMENTS TO BYLAWS',
        'ITEM 5 - OTHER EVENTS',
        'Item 5.\tOther Events:',
        '<p><b>Item&nbsp;7.01. Regulation FD Disclosure.</b></p>',
        'Section 9 – Financial Statements and Exhibits',
      ],
      state,
    );
    assertScope(a, '2.02', ITEM_NUMBER);
    assertScope(a, 'Results of Operations and Financial Condition', HEADING);
    assertScope(b, '5', ITEM_NUMBER);
    assertScope(b, 'Other Events', HEADING);
    assertScope(c, 'Items', HEADING);
    assertScope(c, '5.02', ITEM_NUMBER);
    assertScope(c, '9.01', ITEM_NUMBER);
    assertScope(d, '5.03', ITEM_NUMBER);
    assertScope(d, 'DEPARTURE OF DIRECTORS; AMENDMENTS TO BYLAWS', HEADING);
    assertScope(e, 'OTHER EVENTS', HEADING);
    assertScope(f, 'Other Events:', HEADING);
    assertScope(h, '7.01', ITEM_NUMBER);
    assertScope(h, 'Item', HEADING);
    assertScope(i, '9', /^constant\.numeric\.section-number\.edgar-filing$/);
    assertScope(i, 'Financial Statements and Exhibits', /^markup\.heading\.section\.edgar-filing$/);

    const negatives = [
      'as described in Item 8.01 of this report',
      'Item 8.01 of this report describes the settlement',
      'Item 404(a) of Regulation S-K is not applicable.',
      'Part II, Item 7 of the Form 10-K',
      'Item 7.01, including Exhibit 99.1, is furnished',
      '<p>The information in this Item 7.01 is furnished.</p>',
      'pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934',
    ];
    for (const [n, toks] of tokenize(g, negatives, state).entries()) assertNoScope(toks, ANY_HEADING, negatives[n]);
  }
});

test('identifiers: inside HTML, not inside attributes, and phone numbers are not file numbers', async () => {
  const g = await loadGrammar();
  const [html, attrs, phones, ids, boxes, wing] = tokenize(
    g,
    [
      '<td style="width:26%"><b>04-2726691</b></td><td>0-17999</td><td>February&#160;25, 2026</td><td>&#9744;</td>',
      '<ix:nonNumeric contextRef="AsOf2025-01-06" id="xdx_055_edei--EntityCentralIndexKey_0000880984" name="dei:EntityFileNumber">',
      'Telephone (212) 333-1234, 1-800-555-1212, (404) 827-1700; pages 1-100; Fax 302-656-1708',
      'CIK No. 0000320193, CIK0001045810, Commission File No. 333-228159 and 811-07171, filed 03/02/2018, 2024-06-29, 7 April 2013',
      '[X] Yes [ ] No ☐ ☒ &#9746; &#x2610; ý',
      'Emerging growth company  o',
    ],
    insideText(g),
  );
  assertScope(html, '04-2726691', EIN);
  assertScope(html, '0-17999', FILE_NUMBER);
  assertScope(html, 'February&#160;25, 2026', DATE);
  assertScope(html, '&#9744;', UNCHECKED);
  assertScope(html, 'td', TAG);
  assertNoScope(attrs, /constant\.numeric/, 'attribute values');
  assertNoScope(phones, /constant\.numeric\.(?:file-number|ein|accession-number|cik)/, 'phone numbers and ranges');
  assertScope(ids, '0000320193', CIK);
  assertScope(ids, '0001045810', CIK);
  assertScope(ids, 'CIK', /^keyword\.other\.cik\.edgar-filing$/);
  assertScope(ids, '333-228159', FILE_NUMBER);
  assertScope(ids, '811-07171', FILE_NUMBER);
  assertScope(ids, '03/02/2018', DATE);
  assertScope(ids, '2024-06-29', DATE);
  assertScope(ids, '7 April 2013', DATE);
  assertScope(boxes, '[X]', CHECKED);
  assertScope(boxes, '[ ]', UNCHECKED);
  assertScope(boxes, '☐', UNCHECKED);
  assertScope(boxes, '☒', CHECKED);
  assertScope(boxes, '&#9746;', CHECKED);
  assertScope(boxes, '&#x2610;', UNCHECKED);
  assertScope(boxes, 'ý', CHECKED);
  assertScope(wing, 'o', UNCHECKED);
  // A bullet "o" in running text is not a check box.
  const [bullet] = tokenize(g, ['         o        Record 4th quarter and fiscal year earnings'], insideText(g));
  assertNoScope(bullet, /checkbox/, 'bullet');
});

test('every corpus submission tokenizes, and every <TEXT> block closes', async () => {
  const g = await loadGrammar();
  const rootDepth = g.tokenizeLine('', vsctm.INITIAL).ruleStack.depth;
  // Files over 1 MB are left to the timing test, which checks the largest.
  const files = fs
    .readdirSync(CORPUS)
    .filter((f) => /\.(txt|nc)$/.test(f) && fs.statSync(path.join(CORPUS, f)).size < 1_000_000);
  assert.ok(files.length >= 20, `submissions: ${files.length}`);
  let checked = 0;
  for (const f of files) {
    const text = readCorpus(f);
    const opens = (text.match(/<TEXT>/g) ?? []).length;
    const closes = (text.match(/<\/TEXT>/g) ?? []).length;
    let state: vsctm.StateStack = vsctm.INITIAL;
    for (const line of splitLines(text)) {
      const r = g.tokenizeLine(line, state);
      assert.equal(r.stoppedEarly, false, f);
      state = r.ruleStack;
      if (/^<\/DOCUMENT>/.test(line)) assert.equal(state.depth, rootDepth, `${f}: still inside a block after </DOCUMENT>`);
    }
    if (opens === closes) {
      assert.equal(state.depth, rootDepth, `${f}: a block is left open at the end`);
      checked++;
    }
  }
  assert.ok(checked >= 20, `complete submissions checked: ${checked}`);
});

test('language configuration: folding markers, brackets, word pattern keeps identifiers whole', () => {
  const conf = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));
  const start = new RegExp(conf.folding.markers.start);
  const end = new RegExp(conf.folding.markers.end);
  for (const tag of ['DOCUMENT', 'SEC-HEADER', 'TEXT', 'IMS-HEADER', 'SEC-DOCUMENT']) {
    assert.ok(start.test(`<${tag}>`), tag);
    assert.ok(end.test(`</${tag}>`), tag);
    assert.ok(!start.test(`</${tag}>`), tag);
  }
  assert.ok(start.test('<SEC-DOCUMENT>0001045810-26-000019.txt : 20260225'));
  assert.ok(!start.test('<TYPE>8-K'));
  assert.ok(conf.brackets.some((b: string[]) => b[0] === '<' && b[1] === '>'));
  assert.ok(conf.autoClosingPairs.some((p: { open: string; close: string }) => p.open === '<' && p.close === '>'));
  const words = (s: string): string[] => s.match(new RegExp(conf.wordPattern, 'g')) ?? [];
  assert.deepEqual(words('EIN 04-2726691.'), ['EIN', '04-2726691']);
  assert.deepEqual(words('(0000950144-94-000277)'), ['0000950144-94-000277']);
  assert.deepEqual(words('Item 7.01 of Form 8-K'), ['Item', '7.01', 'of', 'Form', '8-K']);
  assert.deepEqual(words('17 CFR 240.14a-12'), ['17', 'CFR', '240.14a-12']);
  assert.deepEqual(words('<SEC-HEADER>'), ['SEC-HEADER']);
});

test('timing: the largest corpus file tokenizes in reasonable time', async (t) => {
  const g = await loadGrammar();
  const [largest] = fs
    .readdirSync(CORPUS)
    .map((f) => ({ f, size: fs.statSync(path.join(CORPUS, f)).size }))
    .sort((a, b) => b.size - a.size);
  const lines = splitLines(readCorpus(largest.f));
  const t0 = process.hrtime.bigint();
  let state: vsctm.StateStack = vsctm.INITIAL;
  let tokens = 0;
  for (const line of lines) {
    const r = g.tokenizeLine(line, state);
    state = r.ruleStack;
    tokens += r.tokens.length;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const message = `${largest.f}: ${(largest.size / 1e6).toFixed(2)} MB, ${lines.length} lines, ${tokens} tokens in ${ms.toFixed(0)} ms`;
  t.diagnostic(message);
  assert.ok(largest.size > 1_000_000, 'the largest corpus file is over 1 MB');
  assert.equal(state.depth, g.tokenizeLine('', vsctm.INITIAL).ruleStack.depth, 'every block closed at the end');
  assert.ok(ms < 20_000, message);
});
