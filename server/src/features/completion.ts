/**
 * Completions: item headings with their official titles ("Item 5.0" offers
 * 5.01–5.08; the pre-2004 numbers in an older filing), and snippets for a
 * whole 8-K cover page, an item section and a signature block, in text or
 * HTML as the document is.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Position,
  type Range as LspRange,
} from 'vscode-languageserver-types';
import { CURRENT_ITEMS, LEGACY_ITEMS } from '../service/data/items';
import { filingScheme } from '../service/checks';
import type { ItemScheme } from '../service/model';
import { toOffset, type FeatureContext } from './context';
import { asciiFold, htmlEncode, isHtmlAt } from './htmlText';
import { itemMarkdown } from './itemInfo';

/** Longest stretch of a line read back from the cursor. */
const MAX_PREFIX = 300;

// "Item 5.0" at a line start, after any tags in HTML ("<p><b>ITEM&#160;5.0").
const ITEM_PREFIX = /^((?:\s|<[^<>]*>)*)(item)((?:\s|&nbsp;|&#160;|&#xa0;)+)?(\d{1,2}(?:\.\d{0,2})?)?$/i;
// A word (or nothing) at a line start: where a snippet may go.
const SNIPPET_PREFIX = /^((?:\s|<[^<>]*>)*)([A-Za-z-]*)$/;

export function provideCompletions(ctx: FeatureContext, position: Position): CompletionItem[] {
  const offset = toOffset(ctx, position);
  const lineStart = ctx.lines.lineStart(position.line);
  if (offset - lineStart > MAX_PREFIX) return [];
  const before = ctx.source.slice(lineStart, offset);
  const html = isHtmlAt(ctx, offset);
  const items: CompletionItem[] = [];

  const heading = ITEM_PREFIX.exec(before);
  if (heading) {
    const wordStart = lineStart + heading[1].length;
    const range = lspRange(position, offset - wordStart);
    items.push(...itemCompletions(ctx, range, heading[2], heading[3] ?? ' ', heading[4] ?? '', html));
  }
  const word = SNIPPET_PREFIX.exec(before);
  if (word) {
    const range = lspRange(position, word[2].length);
    items.push(...snippetCompletions(ctx, range, html));
  }
  return items;
}

/** The range from `length` characters before the cursor to the cursor (all on its line). */
function lspRange(position: Position, length: number): LspRange {
  return { start: { line: position.line, character: position.character - length }, end: position };
}

// ---------------------------------------------------------------- items

interface ItemChoice {
  number: string;
  title: string;
}

function itemCompletions(
  ctx: FeatureContext,
  range: LspRange,
  word: string,
  separator: string,
  typedNumber: string,
  html: boolean,
): CompletionItem[] {
  const scheme: ItemScheme = filingScheme(ctx.model) ?? 'current';
  const choices: ItemChoice[] = scheme === 'legacy' ? [...LEGACY_ITEMS] : [...CURRENT_ITEMS];
  // A heading in capitals ("ITEM 5.0") gets its title in capitals too.
  const capitals = word === word.toUpperCase();
  const space = separator.includes('&') || separator === '\t' ? separator : ' ';
  return choices
    .filter((item) => item.number.startsWith(typedNumber))
    .map((item, index): CompletionItem => {
      const title = capitals ? item.title.toUpperCase() : item.title;
      const written = html ? htmlEncode(title) : asciiFold(title);
      const documentation = itemMarkdown(item.number, scheme);
      return {
        label: `${word} ${item.number}`,
        kind: CompletionItemKind.EnumMember,
        detail: item.title,
        documentation: documentation ? { kind: MarkupKind.Markdown, value: documentation.join('\n\n') } : undefined,
        filterText: `${word}${separator}${item.number} ${title}`,
        sortText: String(index).padStart(3, '0'),
        textEdit: { range, newText: `${word}${space}${item.number} ${written}` },
      };
    });
}

// ------------------------------------------------------------- snippets

function snippetCompletions(ctx: FeatureContext, range: LspRange, html: boolean): CompletionItem[] {
  const registrant = ctx.model.cover?.registrant?.value ?? ctx.model.header?.companyName?.value ?? 'Registrant';
  const snippets: { label: string; detail: string; body: string }[] = [
    { label: '8-K cover page', detail: 'Form 8-K cover page', body: html ? HTML_COVER : TEXT_COVER },
    { label: 'Item section', detail: 'An item heading and its text', body: html ? HTML_ITEM : TEXT_ITEM },
    {
      label: 'Signatures',
      detail: 'The SIGNATURES block',
      body: (html ? HTML_SIGNATURES : TEXT_SIGNATURES).replace('REGISTRANT', () =>
        snippetText(html ? htmlEncode(registrant) : asciiFold(registrant)),
      ),
    },
  ];
  return snippets.map((s, index) => ({
    label: s.label,
    kind: CompletionItemKind.Snippet,
    detail: s.detail,
    insertTextFormat: InsertTextFormat.Snippet,
    filterText: s.label,
    sortText: `z${index}`,
    textEdit: { range, newText: s.body },
  }));
}

/** Text inside a snippet: $, } and \ are snippet syntax. */
function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

const CHECK_BOX_CAPTIONS = [
  'Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)',
  'Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)',
  'Pre-commencement communications pursuant to Rule 14d-2(b) under the Exchange Act (17 CFR 240.14d-2(b))',
  'Pre-commencement communications pursuant to Rule 13e-4(c) under the Exchange Act (17 CFR 240.13e-4(c))',
];
const EMERGING_GROWTH_QUESTION =
  'Indicate by check mark whether the registrant is an emerging growth company as defined in Rule 405 of the Securities Act of 1933 (17 CFR 230.405) or Rule 12b-2 of the Securities Exchange Act of 1934 (17 CFR 240.12b-2).';
const EXTENDED_TRANSITION_QUESTION =
  'If an emerging growth company, indicate by check mark if the registrant has elected not to use the extended transition period for complying with any new or revised financial accounting standards provided pursuant to Section 13(a) of the Exchange Act.';
const CHECK_APPROPRIATE_BOX =
  'Check the appropriate box below if the Form 8-K filing is intended to simultaneously satisfy the filing obligation of the registrant under any of the following provisions:';
const SIGNATURE_STATEMENT =
  'Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.';

const TEXT_COVER = [
  'UNITED STATES',
  'SECURITIES AND EXCHANGE COMMISSION',
  'Washington, D.C. 20549',
  '',
  'FORM 8-K',
  '',
  'CURRENT REPORT',
  'Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934',
  '',
  'Date of Report (Date of earliest event reported): ${1:Month Day, Year}',
  '',
  '${2:Exact Name of Registrant}',
  '(Exact name of registrant as specified in its charter)',
  '',
  '${3:State}\t${4:0-00000}\t${5:00-0000000}',
  '(State or other jurisdiction of incorporation)\t(Commission File Number)\t(I.R.S. Employer Identification No.)',
  '',
  '${6:Address of principal executive offices}\t${7:Zip Code}',
  '(Address of principal executive offices)\t(Zip Code)',
  '',
  "Registrant's telephone number, including area code: ${8:(000) 000-0000}",
  '',
  '${9:Not Applicable}',
  '(Former name or former address, if changed since last report)',
  '',
  CHECK_APPROPRIATE_BOX,
  '',
  ...CHECK_BOX_CAPTIONS.map((c) => `[ ] ${c}`),
  '',
  'Securities registered pursuant to Section 12(b) of the Act:',
  '',
  'Title of each class\tTrading Symbol(s)\tName of each exchange on which registered',
  '${10:Common Stock}\t${11:SYMB}\t${12:The Nasdaq Stock Market LLC}',
  '',
  EMERGING_GROWTH_QUESTION,
  '',
  'Emerging growth company [ ]',
  '',
  `${EXTENDED_TRANSITION_QUESTION} [ ]`,
  '',
  '$0',
].join('\n');

const BOX = '&#9744;';
const HTML_COVER = [
  '<p style="text-align:center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b><br>Washington, D.C. 20549</p>',
  '<p style="text-align:center"><b>FORM 8-K</b></p>',
  '<p style="text-align:center"><b>CURRENT REPORT</b><br>Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934</p>',
  '<p style="text-align:center">Date of Report (Date of earliest event reported): ${1:Month Day, Year}</p>',
  '<p style="text-align:center"><b>${2:Exact Name of Registrant}</b><br>(Exact name of registrant as specified in its charter)</p>',
  '<table style="width:100%">',
  '<tr><td>${3:State}</td><td>${4:0-00000}</td><td>${5:00-0000000}</td></tr>',
  '<tr><td>(State or other jurisdiction of incorporation)</td><td>(Commission File Number)</td><td>(I.R.S. Employer Identification No.)</td></tr>',
  '</table>',
  '<p style="text-align:center">${6:Address of principal executive offices} ${7:Zip Code}<br>(Address of principal executive offices) (Zip Code)</p>',
  '<p style="text-align:center">Registrant&#8217;s telephone number, including area code: ${8:(000) 000-0000}</p>',
  '<p style="text-align:center">${9:Not Applicable}<br>(Former name or former address, if changed since last report)</p>',
  `<p>${CHECK_APPROPRIATE_BOX}</p>`,
  ...CHECK_BOX_CAPTIONS.map((c) => `<p>${BOX} ${c}</p>`),
  '<p>Securities registered pursuant to Section 12(b) of the Act:</p>',
  '<table style="width:100%">',
  '<tr><td>Title of each class</td><td>Trading Symbol(s)</td><td>Name of each exchange on which registered</td></tr>',
  '<tr><td>${10:Common Stock}</td><td>${11:SYMB}</td><td>${12:The Nasdaq Stock Market LLC}</td></tr>',
  '</table>',
  `<p>${EMERGING_GROWTH_QUESTION}</p>`,
  `<p>Emerging growth company ${BOX}</p>`,
  `<p>${EXTENDED_TRANSITION_QUESTION} ${BOX}</p>`,
  '$0',
].join('\n');

const TEXT_ITEM = ['Item ${1:8.01} ${2:Other Events}', '', '${0:[Text of the item.]}'].join('\n');
const HTML_ITEM = ['<p><b>Item ${1:8.01} ${2:Other Events}</b></p>', '<p>${0:[Text of the item.]}</p>'].join('\n');

const TEXT_SIGNATURES = [
  'SIGNATURES',
  '',
  SIGNATURE_STATEMENT,
  '',
  '${1:REGISTRANT}',
  '',
  'By: /s/ ${2:Name}',
  'Name: ${2:Name}',
  'Title: ${3:Title}',
  '',
  'Date: ${4:Month Day, Year}',
  '$0',
].join('\n');
const HTML_SIGNATURES = [
  '<p style="text-align:center"><b>SIGNATURES</b></p>',
  `<p>${SIGNATURE_STATEMENT}</p>`,
  '<p>${1:REGISTRANT}</p>',
  '<p>By: /s/ ${2:Name}<br>Name: ${2:Name}<br>Title: ${3:Title}</p>',
  '<p>Date: ${4:Month Day, Year}</p>',
  '$0',
].join('\n');
