/**
 * The HTML view: the text a person reads, its map back to the source, and the
 * inline XBRL facts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { htmlView } from '../../server/src/service/html/htmlView';
import { NAMED_ENTITIES } from '../../server/src/service/html/entities';
import type { TextView, XbrlFact } from '../../server/src/service/model';

const CORPUS = path.resolve(__dirname, '../../../test/fixtures/corpus');

// ------------------------------------------------------------------ helpers

function textOf(html: string): string {
  return htmlView(html).view.text;
}

/** The source text behind the nth occurrence of `word` in the view. */
function sourceOf(html: string, word: string, nth = 0): string {
  const { view } = htmlView(html);
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = view.text.indexOf(word, at + 1);
    assert.ok(at >= 0, `"${word}" not in view ${JSON.stringify(view.text)}`);
  }
  const range = view.toSourceRange(at, at + word.length);
  return html.slice(range.start, range.end);
}

/** Every view offset maps into [start, end], in order. */
function assertMapsInside(view: TextView, start: number, end: number): void {
  let previous = start;
  for (let k = 0; k <= view.text.length; k++) {
    const s = view.toSource(k);
    assert.ok(s >= start && s <= end, `offset ${k} maps to ${s}, outside [${start}, ${end}]`);
    assert.ok(s >= previous, `offset ${k} maps to ${s}, before ${previous}`);
    previous = s;
  }
  const all = view.toSourceRange(0, view.text.length);
  assert.ok(all.start >= start && all.end <= end && all.start <= all.end);
}

function factNamed(facts: XbrlFact[], name: string): XbrlFact {
  const fact = facts.find((f) => f.name === name);
  assert.ok(fact, `no fact ${name}`);
  return fact;
}

// ------------------------------------------------------- inline elements

test('inline elements are transparent', () => {
  assert.equal(textOf('Item&#160;2.0<b>2</b>'), 'Item 2.02');
  assert.equal(textOf('Item <font>5.02</font>'), 'Item 5.02');
  assert.equal(textOf('<i>It</i><u>em</u> <span>8</span>.<a href="#x">01</a><sup></sup>'), 'Item 8.01');
  assert.equal(textOf('a<unknown-tag>b</unknown-tag><o:p>c</o:p><PAGE>d'), 'abcd');
});

test('a word split by tags maps back over the tags', () => {
  assert.equal(sourceOf('Item&#160;2.0<b>2</b>', '2.02'), '2.0<b>2');
  assert.equal(sourceOf('Item&#160;2.0<b>2</b>', 'Item 2'), 'Item&#160;2');
  assert.equal(sourceOf('Item <font>5.02</font>', '5.02'), '5.02');
  assert.equal(sourceOf('<p>Item <b>5</b>.<b>02</b></p>', 'Item 5.02'), 'Item <b>5</b>.<b>02');
});

// ---------------------------------------------------------- block elements

test('block elements end lines', () => {
  const blocks = ['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'center', 'blockquote', 'dt', 'dd', 'title', 'tr', 'pre', 'ul', 'section'];
  for (const name of blocks) {
    assert.equal(textOf(`before<${name}>inside</${name}>after`), 'before\ninside\nafter', name);
  }
  assert.equal(textOf('a<br>b<br/>c<BR >d'), 'a\nb\nc\nd');
  assert.equal(textOf('a<hr>b<hr noshade/>c'), 'a\nb\nc');
});

test('runs of breaks collapse, lines carry no outer spaces', () => {
  assert.equal(textOf('<p>A</p>\n\n<p></p><div><br><br>&nbsp;</div><p>B</p>'), 'A\nB');
  assert.equal(textOf('<p>   A  </p>  <p> &nbsp; B &#160;</p>  '), 'A\nB');
  assert.equal(textOf('<div>\n  <div>  A</div>\n</div>'), 'A');
  assert.equal(textOf('<br><br>'), '');
});

test('a line break maps to the tag that made it', () => {
  const html = 'A</p>\n<p>B';
  const { view } = htmlView(html);
  assert.equal(view.text, 'A\nB');
  const r = view.toSourceRange(1, 2);
  assert.equal(html.slice(r.start, r.end), '</p>');
});

// ------------------------------------------------------------------ tables

test('cells are separated by one tab, rows end lines', () => {
  assert.equal(textOf('<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>'), 'a\tb\tc\nd');
  assert.equal(textOf('x<table><tr><th>h</th><th>i</th></tr></table>y'), 'x\nh\ti\ny');
});

test('empty cells write nothing, so values line up with their labels', () => {
  const html =
    '<table><tr><td>Delaware</td><td>&nbsp;</td><td>001-12345</td><td></td><td>12-3456789</td></tr>' +
    '<tr><td>(State)</td><td> </td><td>(Commission File Number)</td><td><p></p></td><td>(IRS Employer No.)</td></tr></table>';
  const lines = textOf(html).split('\n');
  assert.deepEqual(lines, ['Delaware\t001-12345\t12-3456789', '(State)\t(Commission File Number)\t(IRS Employer No.)']);
  assert.equal(lines[0].split('\t').length, lines[1].split('\t').length);
  // Leading empty cells do not indent the row.
  assert.equal(textOf('<table><tr><td></td><td>&#9744;</td><td>Written communications</td></tr></table>'), '☐\tWritten communications');
});

test('block elements inside cells do not split the row', () => {
  assert.equal(textOf('<table><tr><td><p>A</p></td><td><div><span>B</span></div></td></tr></table>'), 'A\tB');
  assert.equal(textOf('<tr><td>Item 2.02</td><td><p style="x">Results</p></td></tr>'), 'Item 2.02\tResults');
  // A break between two texts of one cell stays a break.
  assert.equal(textOf('<table><tr><td>100 Main St<br>Springfield</td><td>01101</td></tr></table>'), '100 Main St\nSpringfield\t01101');
});

test('unclosed cells and rows, nested tables', () => {
  assert.equal(textOf('<TABLE><TR><TD>a<TD>b<TR><TD>c<TD>d</TABLE>'), 'a\tb\nc\td');
  assert.equal(textOf('<table><tr><td><table><tr><td>x</td></tr></table></td><td>y</td></tr></table>'), 'x\ty');
  assert.equal(textOf('<table><td>x'), 'x');
});

test('a tab maps to the cell tag', () => {
  const html = '<tr><td>a</td><td>b</td></tr>';
  const { view } = htmlView(html);
  const r = view.toSourceRange(1, 2);
  assert.equal(html.slice(r.start, r.end), '<td>');
});

// ---------------------------------------------------------------- white space

test('white space runs collapse to one space that maps to the run', () => {
  const html = 'a \t\n  b c';
  const { view } = htmlView(html);
  assert.equal(view.text, 'a b c');
  const r = view.toSourceRange(1, 2);
  assert.equal(html.slice(r.start, r.end), ' \t\n  ');
  assert.equal(sourceOf(html, 'b c'), 'b c');
  assert.equal(textOf('a&nbsp;&nbsp; &#160;\u00a0b'), 'a b');
  assert.equal(textOf('a<b> </b>b'), 'a b');
});

test('preformatted text keeps its lines', () => {
  assert.equal(textOf('<pre>ITEM 5.   OTHER\n\n   EVENTS\r\nline</pre>after'), 'ITEM 5. OTHER\nEVENTS\nline\nafter');
  assert.equal(textOf('<PRE>\nA\n</PRE>'), 'A');
});

// ------------------------------------------------------------------ entities

test('character references are decoded', () => {
  const cases: Array<[string, string]> = [
    ['&amp;', '&'],
    ['&lt;', '<'],
    ['&gt;', '>'],
    ['&quot;', '"'],
    ['&apos;', "'"],
    ['&#8217;', '\u2019'],
    ['&rsquo;', '\u2019'],
    ['&ldquo;', '\u201c'],
    ['&mdash;', '\u2014'],
    ['&ndash;', '\u2013'],
    ['&#9744;', '\u2610'],
    ['&#9746;', '\u2612'],
    ['&#9745;', '\u2611'],
    ['&#x2612;', '\u2612'],
    ['&#X2612;', '\u2612'],
    ['&#120;', 'x'],
    ['&#65', 'A'],
    ['&#x1F600;', '\u{1F600}'],
    ['&#146;', '\u2019'],
    ['&#150;', '\u2013'],
    ['&#0;', '\ufffd'],
    ['&#99999999999;', '\ufffd'],
    ['&sect;', '\u00a7'],
    ['&eacute;', '\u00e9'],
    ['&Eacute;', '\u00c9'],
    ['&yuml;', '\u00ff'],
    ['&Omega;', '\u03a9'],
    ['&sigma;', '\u03c3'],
    ['&euro;', '\u20ac'],
    ['&bull;', '\u2022'],
    ['&AMP;', '&'],
    ['&NBSP;x', ' x'],
    ['&amp x', '& x'],
  ];
  for (const [ref, expected] of cases) assert.equal(textOf(`[${ref}]`), `[${expected}]`, ref);
});

test('spaces and soft hyphens from references', () => {
  assert.equal(textOf('a&nbsp;b&#160;c&#xA0;d&#xa0;&nbsp;e'), 'a b c d e');
  assert.equal(textOf('re&#173;port &shy;and&shy; &#xAD;x'), 'report and x');
  assert.equal(sourceOf('the re&shy;port', 'report'), 're&shy;port');
  // The characters themselves, written literally, behave the same.
  assert.equal(textOf('re\u00adport\u00a0and\u200b x'), 'report and x');
});

test('unknown references and bare ampersands are kept as written', () => {
  assert.equal(textOf('AT&T &foo; &copy2 & &# &#x; R&D'), 'AT&T &foo; &copy2 & &# &#x; R&D');
  assert.equal(sourceOf('AT&T', 'AT&T'), 'AT&T');
});

test('a decoded character maps to its reference', () => {
  assert.equal(sourceOf('x &#9746; Emerging', '\u2612'), '&#9746;');
  assert.equal(sourceOf('Registrant&rsquo;s', 'Registrant\u2019s'), 'Registrant&rsquo;s');
});

test('the named-entity table is complete for HTML 4 Latin-1 and Greek', () => {
  assert.equal(NAMED_ENTITIES.get('nbsp'), 160);
  assert.equal(NAMED_ENTITIES.get('shy'), 173);
  assert.equal(NAMED_ENTITIES.get('yuml'), 255);
  assert.equal(NAMED_ENTITIES.get('Rho'), 929);
  assert.equal(NAMED_ENTITIES.get('Sigma'), 931);
  assert.equal(NAMED_ENTITIES.get('omega'), 969);
  assert.equal(NAMED_ENTITIES.get('rsquo'), 8217);
  assert.ok(NAMED_ENTITIES.size > 280);
});

// ---------------------------------------------------------- skipped content

test('head, script, style, comments and declarations are skipped', () => {
  const html =
    '<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">' +
    '<html><head><title>e8vk</title><style>p { color: red }</style><script>var a = "<b>";</script>' +
    '<meta charset="utf-8"></head><body><!-- a comment with <p>tags</p> -->Hello' +
    '<script type="text/javascript">if (a < b) { x(); }</SCRIPT> <STYLE>.c{}</STYLE>world<![CDATA[ raw ]]>!</body></html>';
  assert.equal(textOf(html), 'Hello world!');
  assert.equal(sourceOf(html, 'world'), 'world');
});

test('an unterminated comment hides the rest', () => {
  assert.equal(textOf('visible<!-- never closed <p>hidden'), 'visible');
  assert.equal(textOf('a<!---->b<!-->c'), 'abc');
});

test('a title in the body is shown; a head without end tag ends at the body', () => {
  assert.equal(textOf('<body><title>T</title>x</body>'), 'T\nx');
  assert.equal(textOf('<HTML><HEAD><TITLE>Form 8-K</TITLE><BODY><P>Text'), 'Text');
  assert.equal(textOf('<head><title>t</title><p>shown</p>'), 'shown');
});

test('ix:header is skipped but its hidden facts are collected', () => {
  const html =
    '<body><div style="display:none"><ix:header><ix:hidden>' +
    '<ix:nonNumeric contextRef="c-1" name="dei:EntityCentralIndexKey">0000885245</ix:nonNumeric>' +
    '</ix:hidden><ix:resources><xbrli:context id="c-1"><xbrli:identifier>0000885245</xbrli:identifier>' +
    '</xbrli:context></ix:resources></ix:header></div>FORM <ix:nonNumeric name="dei:DocumentType" contextRef="c-1">8-K</ix:nonNumeric></body>';
  const { view, facts } = htmlView(html);
  assert.equal(view.text, 'FORM 8-K');
  const cik = factNamed(facts, 'dei:EntityCentralIndexKey');
  assert.equal(cik.value, '0000885245');
  assert.equal(cik.hidden, true);
  const type = factNamed(facts, 'dei:DocumentType');
  assert.equal(type.hidden, false);
  // Without the display:none wrapper, ix:header is skipped all the same.
  assert.equal(textOf('a<ix:header><ix:hidden>x</ix:hidden></ix:header>b'), 'ab');
});

test('display:none hides an element and what it contains', () => {
  assert.equal(textOf('a<div style="display:none">x<div>y</div>z</div>b'), 'a\nb');
  assert.equal(textOf('a<span style="COLOR:red; Display : None">x<span>y</span></span>b'), 'ab');
  assert.equal(textOf('a<DIV STYLE=display:none>x</DIV>b'), 'a\nb');
  assert.equal(textOf('a<div style="display:block">x</div>b'), 'a\nx\nb');
  assert.equal(textOf('a<span style="display:none"/>b'), 'ab');
});

// ------------------------------------------------------------------- tags

test('tags are case-insensitive and attributes may be unquoted', () => {
  assert.equal(textOf('<P ALIGN=center><FONT SIZE=2 FACE="Times New Roman">A</FONT></P><P>B</P>'), 'A\nB');
  assert.equal(textOf('<p title="a > b" data-x=\'c > d\'>T</p>'), 'T');
  assert.equal(textOf('<p class=a\'b>T</p>'), 'T');
});

test('a < that starts no tag is text', () => {
  assert.equal(textOf('a < b, 1<2, x <= y, <3'), 'a < b, 1<2, x <= y, <3');
  assert.equal(textOf('value <'), 'value <');
  assert.equal(textOf('a </ b'), 'a </ b');
  assert.equal(textOf('x<y'), 'x<y');
  assert.equal(sourceOf('a < b', '< b'), '< b');
});

test('unclosed tags and truncated files', () => {
  assert.equal(textOf('<p>a<b>bold<i>both'), 'abold' + 'both');
  assert.equal(textOf('<div>text<p class="x'), 'text<p class="x');
  assert.equal(textOf('<p>ok</p><div style="a'), 'ok\n<div style="a');
});

test('a sub-range of the source is analysed with source offsets', () => {
  const html = '<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n<p>Item 1.01</p>\n</TEXT>';
  const start = html.indexOf('<TEXT>') + 6;
  const end = html.indexOf('</TEXT>');
  const { view } = htmlView(html, start, end);
  assert.equal(view.text, 'Item 1.01');
  const r = view.toSourceRange(0, view.text.length);
  assert.equal(html.slice(r.start, r.end), 'Item 1.01');
  assertMapsInside(view, start, end);
  assert.equal(htmlView(html, 5, 5).view.toSource(0), 5);
});

// -------------------------------------------------------------- XBRL facts

test('facts carry name, value, ranges, element and format', () => {
  const html =
    '<p>Emerging growth company <ix:nonNumeric name="dei:EntityEmergingGrowthCompany" contextRef="c" format="ixt:fixed-false">&#9744;</ix:nonNumeric></p>' +
    '<p><ix:nonFraction name="us-gaap:Revenue" unitRef="usd" decimals="-6" format="ixt:num-dot-decimal">1,<b>234</b></ix:nonFraction></p>';
  const { view, facts } = htmlView(html);
  assert.equal(view.text, 'Emerging growth company \u2610\n1,234');
  assert.equal(facts.length, 2);
  const [box, revenue] = facts;
  assert.equal(box.name, 'dei:EntityEmergingGrowthCompany');
  assert.equal(box.value, '\u2610');
  assert.equal(box.element, 'ix:nonNumeric');
  assert.equal(box.format, 'ixt:fixed-false');
  assert.equal(box.hidden, false);
  assert.ok(html.slice(box.range.start, box.range.end).startsWith('<ix:nonNumeric name='));
  assert.ok(html.slice(box.range.start, box.range.end).endsWith('</ix:nonNumeric>'));
  assert.equal(html.slice(box.valueRange.start, box.valueRange.end), '&#9744;');
  assert.equal(revenue.element, 'ix:nonFraction');
  assert.equal(revenue.value, '1,234');
  assert.equal(html.slice(revenue.valueRange.start, revenue.valueRange.end), '1,<b>234</b>');
});

test('fact values collapse white space, decode references and strip tags', () => {
  const html =
    '<ix:nonNumeric name="dei:EntityRegistrantName">  THE <b>BUCKLE</b>,&#160;\n INC.&nbsp;</ix:nonNumeric>' +
    '<ix:nonNumeric name="dei:EntityAddressAddressLine1"><p>2407 West</p><p>24th Street</p></ix:nonNumeric>';
  const { facts } = htmlView(html);
  assert.equal(factNamed(facts, 'dei:EntityRegistrantName').value, 'THE BUCKLE, INC.');
  assert.equal(factNamed(facts, 'dei:EntityAddressAddressLine1').value, '2407 West 24th Street');
});

test('nested facts are both recorded, in document order', () => {
  const html =
    '<ix:nonNumeric name="us-gaap:TextBlock" escape="true"><p>Revenue was ' +
    '<ix:nonFraction name="us-gaap:Revenues" format="ixt:num-dot-decimal">5.2</ix:nonFraction> million.</p></ix:nonNumeric>';
  const { facts } = htmlView(html);
  assert.deepEqual(
    facts.map((f) => [f.name, f.value]),
    [
      ['us-gaap:TextBlock', 'Revenue was 5.2 million.'],
      ['us-gaap:Revenues', '5.2'],
    ],
  );
  assert.ok(facts[0].range.start < facts[1].range.start && facts[1].range.end < facts[0].range.end);
});

test('fact edge cases: other prefixes, self-closing, unclosed, excluded text', () => {
  const prefixed =
    '<html xmlns:inl="http://www.xbrl.org/2013/inlineXBRL" xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12">' +
    '<body><INL:NONNUMERIC name="dei:DocumentType">8-K</INL:NONNUMERIC></body></html>';
  assert.equal(factNamed(htmlView(prefixed).facts, 'dei:DocumentType').value, '8-K');
  assert.equal(htmlView('<ixt:nonNumeric name="a">x</ixt:nonNumeric>').facts.length, 0);

  const nil = '<ix:nonFraction name="us-gaap:X" xsi:nil="true"/>after';
  const [empty] = htmlView(nil).facts;
  assert.equal(empty.value, '');
  assert.equal(nil.slice(empty.range.start, empty.range.end), '<ix:nonFraction name="us-gaap:X" xsi:nil="true"/>');

  const truncated = 'x<ix:nonNumeric name="dei:DocumentType">8-';
  const [open] = htmlView(truncated).facts;
  assert.equal(open.value, '8-');
  assert.equal(open.range.end, truncated.length);

  const excluded = '<ix:nonNumeric name="a">kept <ix:exclude>page 3</ix:exclude>too</ix:nonNumeric>';
  const result = htmlView(excluded);
  assert.equal(result.facts[0].value, 'kept too');
  assert.equal(result.view.text, 'kept page 3too');
});

// ------------------------------------------------------------------ corpus

interface Label {
  file: string;
  form: string;
  items: string[];
  registrant: string | null;
  cik: string | null;
}

const labels: Label[] = JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8'));

function labelOf(file: string): Label {
  const label = labels.find((l) => l.file === file);
  assert.ok(label, `no label for ${file}`);
  return label;
}

/** The range inside <TEXT> ... </TEXT> (an edgarcrawler .htm), or the whole file. */
function textRange(source: string): [number, number] {
  const open = source.search(/<TEXT>/i);
  if (open < 0) return [0, source.length];
  const close = source.search(/<\/TEXT>/i);
  return [open + 6, close < 0 ? source.length : close];
}

/** The HTML documents of a full submission: ranges inside <TEXT> that hold an <html> element. */
function htmlDocuments(source: string): Array<{ type: string; start: number; end: number }> {
  const docs: Array<{ type: string; start: number; end: number }> = [];
  const lower = source.toLowerCase();
  let at = 0;
  for (;;) {
    const doc = lower.indexOf('<document>', at);
    if (doc < 0) break;
    const text = lower.indexOf('<text>', doc);
    if (text < 0) break;
    let close = lower.indexOf('</text>', text);
    if (close < 0) close = source.length;
    const type = /<TYPE>([^\r\n<]*)/i.exec(source.slice(doc, text))?.[1].trim() ?? '';
    if (/<html[\s>]/.test(lower.slice(text, Math.min(close, text + 3000)))) docs.push({ type, start: text + 6, end: close });
    at = close;
  }
  return docs;
}

function headingPattern(item: string): RegExp {
  const [major, minor] = item.split('.');
  const number = minor === undefined ? `${major}(?![\\d.]\\d)` : `${major}\\s*\\.\\s*${minor}(?!\\d)`;
  return new RegExp(`^\\s*items?\\s*${number}`, 'i');
}

function assertReadsLikeTheLabel(file: string, view: TextView, label: Label): void {
  const lines = view.text.split('\n');
  for (const item of label.items) {
    const pattern = headingPattern(item);
    assert.ok(lines.some((line) => pattern.test(line)), `${file}: no line starts with Item ${item}`);
  }
  if (label.registrant) {
    assert.ok(view.text.includes(label.registrant), `${file}: registrant "${label.registrant}" not in the view`);
  }
}

/** Words of the view map back to the same letters in the source, tags and soft hyphens aside. */
function assertWordsMapBack(file: string, source: string, view: TextView): void {
  const words = /[A-Za-z]{3,}/g;
  let match: RegExpExecArray | null;
  let checked = 0;
  while ((match = words.exec(view.text)) && checked < 5000) {
    const r = view.toSourceRange(match.index, match.index + match[0].length);
    const raw = source
      .slice(r.start, r.end)
      .replace(/<[^>]*>/g, '')
      .replace(/&(shy|#173|#xad);|\u00ad/gi, '');
    assert.equal(raw, match[0], `${file}: "${match[0]}" at ${match.index} maps to ${JSON.stringify(source.slice(r.start, r.end))}`);
    checked++;
  }
}

/** No text of <style> or <script> content reaches the view. */
function assertNoStyleOrScript(file: string, source: string, view: TextView): void {
  const blocks = /<(style|script)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;
  let match: RegExpExecArray | null;
  while ((match = blocks.exec(source))) {
    for (const line of match[2].split(/[\r\n]+/)) {
      const probe = line.trim();
      if (probe.length >= 12) assert.ok(!view.text.includes(probe), `${file}: view shows ${match[1]} text "${probe}"`);
    }
  }
  assert.ok(!/<(p|div|span|font|td|tr|table|style|script)[\s>]/i.test(view.text), `${file}: markup in the view`);
}

/** Ranges of ix:hidden elements, found independently of the pass. */
function ixHiddenRanges(source: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const lower = source.toLowerCase();
  let at = 0;
  for (;;) {
    const open = lower.indexOf('<ix:hidden', at);
    if (open < 0) break;
    const close = lower.indexOf('</ix:hidden>', open);
    ranges.push([open, close < 0 ? source.length : close]);
    at = open + 1;
  }
  return ranges;
}

function assertCoverFacts(file: string, source: string, facts: XbrlFact[], label: Label): void {
  const cik = factNamed(facts, 'dei:EntityCentralIndexKey');
  assert.equal(cik.value, label.cik, `${file}: CIK`);
  const type = factNamed(facts, 'dei:DocumentType');
  assert.equal(type.value, label.form, `${file}: DocumentType`);
  const hidden = ixHiddenRanges(source);
  for (const fact of facts) {
    const inside = hidden.some(([s, e]) => fact.range.start > s && fact.range.end <= e);
    assert.equal(fact.hidden, inside, `${file}: ${fact.name} hidden`);
    assert.ok(fact.range.start <= fact.valueRange.start && fact.valueRange.end <= fact.range.end);
    assert.ok(source.startsWith('<', fact.range.start));
  }
}

const htmlFiles = fs.readdirSync(CORPUS).filter((f) => /\.html?$/i.test(f));

test('corpus HTML files read like the page', () => {
  assert.ok(htmlFiles.length >= 30);
  for (const file of htmlFiles) {
    const source = fs.readFileSync(path.join(CORPUS, file), 'utf8');
    const [start, end] = textRange(source);
    const { view, facts } = htmlView(source, start, end);
    const label = labelOf(file);
    assertReadsLikeTheLabel(file, view, label);
    assertNoStyleOrScript(file, source, view);
    assertWordsMapBack(file, source, view);
    assertMapsInside(view, start, end);
    if (/ixbrl/.test(file)) assertCoverFacts(file, source, facts, label);
    else assert.equal(facts.length, 0, `${file}: facts in a file without inline XBRL`);
  }
});

test('corpus full submissions: HTML documents inside <TEXT>', () => {
  const files = fs.readdirSync(CORPUS).filter((f) => /\.(txt|nc)$/i.test(f));
  let mainDocuments = 0;
  for (const file of files) {
    const source = fs.readFileSync(path.join(CORPUS, file), 'utf8');
    const label = labelOf(file);
    htmlDocuments(source).forEach((doc, index) => {
      const { view, facts } = htmlView(source, doc.start, doc.end);
      assertMapsInside(view, doc.start, doc.end);
      assertWordsMapBack(file, source, view);
      for (const fact of facts) assert.ok(fact.range.start >= doc.start && fact.range.end <= doc.end);
      if (index === 0 && doc.type === label.form) {
        mainDocuments++;
        assertReadsLikeTheLabel(file, view, label);
        if (facts.length > 0) assertCoverFacts(file, source, facts, label);
      }
    });
  }
  assert.ok(mainDocuments >= 5, `only ${mainDocuments} HTML main documents`);
});

// -------------------------------------------------------------- robustness

function randomText(length: number, seed: number, alphabet?: string): string {
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  let out = '';
  for (let k = 0; k < length; k++) {
    out += alphabet ? alphabet[next() % alphabet.length] : String.fromCharCode(next() % 0x10000);
  }
  return out;
}

test('odd input never throws and maps inside the range', () => {
  const soup = ['<', '>', '&', ';', '#', 'x', '"', "'", '=', '/', '!', '-', '?', ' ', '\n', 'a', 'p', 'td', 'tr', 'table', 'ix:', 'nonNumeric', 'hidden', 'header', 'style', 'display:none', 'div', 'span', 'script', 'head', 'pre', '[CDATA[', ']]', 'amp', '160', '\u00ad'];
  const inputs = [
    '',
    '<',
    '&',
    '<!--',
    '<!',
    '<?',
    '</',
    '<a',
    '<a x="',
    '<table><td>',
    '<script>',
    '<head>',
    '<ix:nonNumeric name="x">',
    '</table></tr></td></ix:hidden></ix:header></div>',
    '<b>'.repeat(1 << 18),
    '<a x="'.repeat(50_000),
    "<p class='".repeat(50_000) + '>',
    '<!--'.repeat(50_000),
    '&#'.repeat(100_000),
    '<'.repeat(100_000),
    '<div style="display:none">'.repeat(20_000),
    '<ix:nonNumeric name="n">'.repeat(2_000) + 'v',
    randomText(200_000, 1),
    randomText(200_000, 2, '<>&;#x"\'=/!- \napd'),
  ];
  for (let seed = 3; seed < 23; seed++) {
    let s = '';
    let state = seed;
    for (let k = 0; k < 2000; k++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      s += soup[state % soup.length];
    }
    inputs.push(s);
  }
  for (const input of inputs) {
    for (const [start, end] of [
      [0, input.length],
      [Math.floor(input.length / 3), Math.floor((2 * input.length) / 3)],
    ]) {
      const { view, facts } = htmlView(input, start, end);
      assertMapsInside(view, start, end);
      for (const fact of facts) {
        assert.ok(fact.range.start >= start && fact.range.end <= end);
        assert.ok(fact.valueRange.start >= fact.range.start && fact.valueRange.end <= fact.range.end);
      }
    }
  }
  // Offsets out of bounds are clamped.
  assert.equal(htmlView('abc', -5, 99).view.text, 'abc');
  assert.equal(htmlView('abc', 2, 1).view.text, '');
  assert.equal(htmlView('abc', Number.NaN, Number.NaN).view.text, 'abc');
});

test('timing: 10 MB of HTML (printed, not asserted)', () => {
  const files = [
    'edgarcrawler_8-K_ixbrl_1048911_8K_2023_0000950170-23-008463.htm', // inline XBRL, markup-heavy
    'edgartools_NEG_10-K_htm_1999_0000950153-99-001234.html', // old HTML, text-heavy
  ];
  for (const file of files) {
    const page = fs.readFileSync(path.join(CORPUS, file), 'utf8');
    const big = page.repeat(Math.ceil((10 * 1024 * 1024) / page.length));
    const t0 = process.hrtime.bigint();
    const { view, facts } = htmlView(big);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(
      `htmlView: ${(big.length / 1048576).toFixed(1)} MB (${file}, repeated) in ${ms.toFixed(0)} ms: ` +
        `${view.text.length} view characters, ${facts.length} facts`,
    );
    assert.ok(view.text.length > 0);
  }
});
