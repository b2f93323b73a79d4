/**
 * Quick fixes for the diagnostics that have one. Each edits exactly what its
 * title says: the title of one heading, one EIN, one new exhibit list entry,
 * one signature block. In an HTML document the inserted text is HTML
 * (entity-encoded, in elements shaped like their neighbours); in a text
 * document it is plain ASCII lines with the document's line ends.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range as LspRange, type TextEdit } from 'vscode-languageserver-types';
import type { ExhibitEntry, Range } from '../service/model';
import { exhibitNumberOfType } from '../service/checks/exhibits';
import { toLspRange, toOffset, type FeatureContext } from './context';
import { asciiFold, htmlEncode, isBlankHtml, isHtmlAt, textSegments } from './htmlText';

export function provideCodeActions(ctx: FeatureContext, _range: LspRange, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const action = quickFix(ctx, diagnostic);
    if (action) actions.push(action);
  }
  return actions;
}

function quickFix(ctx: FeatureContext, diagnostic: Diagnostic): CodeAction | undefined {
  const data = (diagnostic.data ?? {}) as Record<string, string | undefined>;
  const range = { start: toOffset(ctx, diagnostic.range.start), end: toOffset(ctx, diagnostic.range.end) };
  switch (diagnostic.code) {
    case 'item-title':
      return data.officialTitle ? fixItemTitle(ctx, diagnostic, range, data.officialTitle) : undefined;
    case 'ein-format':
      return data.replacement ? fixEin(ctx, diagnostic, range, data.replacement) : undefined;
    case 'exhibit-not-listed':
      return data.exhibit ? addExhibitEntry(ctx, diagnostic, data.exhibit, data.description ?? '') : undefined;
    case 'no-signatures':
      return addSignatures(ctx, diagnostic, data.insertAt !== undefined ? Number(data.insertAt) : range.start);
    case 'misread-utf8':
      return reopenWithEncoding(diagnostic, 'UTF-8');
    case 'misread-windows-1252':
      return reopenWithEncoding(diagnostic, 'Windows-1252');
    default:
      return undefined;
  }
}

function action(ctx: FeatureContext, title: string, diagnostic: Diagnostic, edits: TextEdit[], preferred = false): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred || undefined,
    edit: { changes: { [ctx.uri]: edits } },
  };
}

/** Not an edit: VS Code's own picker, where the user chooses "Reopen with Encoding" and the encoding. */
function reopenWithEncoding(diagnostic: Diagnostic, encoding: string): CodeAction {
  return {
    title: `Reopen with Encoding… (choose ${encoding})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    command: { title: 'Reopen with Encoding', command: 'workbench.action.editor.changeEncoding' },
  };
}

function replace(ctx: FeatureContext, range: Range, newText: string): TextEdit {
  return { range: toLspRange(ctx, range), newText };
}

// ----------------------------------------------------------- item title

function fixItemTitle(ctx: FeatureContext, diagnostic: Diagnostic, range: Range, official: string): CodeAction | undefined {
  const written = ctx.text.slice(range.start, range.end);
  // Keep the heading's style: its capitals and a closing period or colon.
  const visible = written.replace(/<[^>]*>/g, '').replace(/&#?\w+;/g, ' ');
  const letters = visible.replace(/[^A-Za-z]/g, '');
  const upper = letters.length > 0 && letters === letters.toUpperCase();
  const title = upper ? official.toUpperCase() : official;
  const trailing = /[.:]\s*$/.exec(written);
  const end = trailing ? range.start + trailing.index : range.end;
  const edits = isHtmlAt(ctx, range.start)
    ? replaceVisibleText(ctx.text, { start: range.start, end }, htmlEncode(title)).map((e) => replace(ctx, e.range, e.text))
    : [replace(ctx, { start: range.start, end }, asciiFold(title))];
  if (edits.length === 0) return undefined;
  return action(ctx, `Change the title to “${title}”`, diagnostic, edits, true);
}

/**
 * Edits that make the visible text of an HTML range read `text` while its
 * markup stays: the first text run gets the text, the later runs are emptied.
 */
function replaceVisibleText(source: string, range: Range, text: string): { range: Range; text: string }[] {
  const runs = textSegments(source, range).filter((r) => !isBlankHtml(source.slice(r.start, r.end)));
  return runs.map((r, i) => ({ range: r, text: i === 0 ? text : '' }));
}

// ------------------------------------------------------------------ EIN

function fixEin(ctx: FeatureContext, diagnostic: Diagnostic, range: Range, ein: string): CodeAction {
  return action(ctx, `Write the EIN as ${ein}`, diagnostic, [replace(ctx, range, ein)], true);
}

// ------------------------------------------------------- exhibit entry

function addExhibitEntry(ctx: FeatureContext, diagnostic: Diagnostic, number: string, description: string): CodeAction | undefined {
  const entries = ctx.model.exhibits;
  if (entries.length === 0) return undefined;
  // After the last entry numbered below the new one; before the first when none is.
  const before = entries.filter((e) => compareExhibitNumbers(e.number, number) < 0);
  const anchor = before.length > 0 ? before[before.length - 1] : entries[0];
  const after = before.length > 0;
  const text = entryDescription(description, number);
  const document = ctx.model.documents.find((d) => exhibitKey(exhibitNumberOfType(d.type) ?? '') === exhibitKey(number));
  const edit = isHtmlAt(ctx, anchor.range.start)
    ? htmlEntryEdit(ctx, anchor, after, number, text, document?.filename)
    : textEntryEdit(ctx, anchor, after, number, text);
  return action(ctx, `Add exhibit ${number} to the exhibit list`, diagnostic, [edit]);
}

/** The document's description when it says more than its type; else a placeholder to fill in. */
function entryDescription(description: string, number: string): string {
  const d = description.trim();
  if (!d || /^(?:ex|exhibit)[-\s.]*\d/i.test(d) || d === number) return '[Description of exhibit]';
  return d;
}

function exhibitKey(number: string): string {
  const [major, minor] = number.split('.');
  return minor === undefined ? String(Number(major)) : `${Number(major)}.${Number(minor)}`;
}

function compareExhibitNumbers(a: string, b: string): number {
  const pa = a.split(/[^0-9]+/).filter(Boolean).map(Number);
  const pb = b.split(/[^0-9]+/).filter(Boolean).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** A new line laid out like the anchor entry's line: same indent, number column and description column. */
function textEntryEdit(ctx: FeatureContext, anchor: ExhibitEntry, after: boolean, number: string, description: string): TextEdit {
  const { text } = ctx;
  const lineStart = text.lastIndexOf('\n', anchor.numberRange.start - 1) + 1;
  const lineEnd = endOfLine(text, anchor.numberRange.start);
  const prefix = text.slice(lineStart, anchor.numberRange.start);
  const rest = text.slice(anchor.numberRange.end, lineEnd);
  let separator = /^[ \t\u00a0]*(?:[-–—:][ \t\u00a0]*)?/.exec(rest)![0];
  if (separator === '') separator = '  ';
  // Keep the description column where the anchor has it when the numbers differ in length.
  const oldLength = anchor.numberRange.end - anchor.numberRange.start;
  if (/^ +$/.test(separator)) separator = ' '.repeat(Math.max(2, separator.length + oldLength - number.length));
  const line = asciiFold(`${prefix}${number}${separator}${description}`);
  const eol = lineBreakOf(text);
  if (after) {
    const at = endOfLine(text, anchor.range.end);
    return replace(ctx, { start: at, end: at }, `${eol}${line}`);
  }
  return replace(ctx, { start: lineStart, end: lineStart }, `${line}${eol}`);
}

/** A copy of the anchor's row (or paragraph) with the new number, description and link. */
function htmlEntryEdit(
  ctx: FeatureContext,
  anchor: ExhibitEntry,
  after: boolean,
  number: string,
  description: string,
  filename: string | undefined,
): TextEdit {
  const element = enclosingElement(ctx.text, anchor.range, ['tr', 'p', 'div', 'li']);
  if (!element) {
    // No element of its own: a line break and the entry, right after the anchor.
    const at = after ? anchor.range.end : anchor.range.start;
    const entry = `${htmlEncode(number)}&#160;&#160;${htmlEncode(description)}`;
    return replace(ctx, { start: at, end: at }, after ? `<br>${entry}` : `${entry}<br>`);
  }
  const copy = copyEntryElement(ctx.text, element, anchor.numberRange, number, description, filename);
  const at = after ? element.end : element.start;
  return replace(ctx, { start: at, end: at }, copy);
}

/**
 * The nearest element of one of these names around a range: its opening tag
 * starts before the range, its first closing tag ends after it, and no element
 * of the same name opens in between (which would make that close someone else's).
 */
function enclosingElement(source: string, range: Range, names: string[]): Range | undefined {
  const windowStart = Math.max(0, range.start - 20000);
  const before = source.slice(windowStart, range.start).toLowerCase();
  for (const name of names) {
    const open = new RegExp(`<${name}[\\s>/]`, 'g');
    let start = -1;
    for (let m = open.exec(before); m; m = open.exec(before)) start = windowStart + m.index;
    if (start === -1) continue;
    const lower = source.slice(start, Math.min(source.length, range.end + 20000)).toLowerCase();
    const close = lower.indexOf(`</${name}`);
    if (close === -1 || start + close < range.end) continue;
    open.lastIndex = 1;
    const nested = open.exec(lower);
    if (nested && nested.index < close) continue;
    const gt = lower.indexOf('>', close);
    if (gt === -1) continue;
    return { start, end: start + gt + 1 };
  }
  return undefined;
}

/**
 * The anchor element's markup with new text: the number where the anchor's
 * number was, the description in the first text run after it (later runs
 * emptied), links pointing at the new exhibit's file, and no id attributes
 * (they must stay unique).
 */
function copyEntryElement(
  source: string,
  element: Range,
  numberRange: Range,
  number: string,
  description: string,
  filename: string | undefined,
): string {
  let out = '';
  let described = false;
  let p = element.start;
  for (const run of textSegments(source, element)) {
    out += retag(source.slice(p, run.start), filename);
    const runText = source.slice(run.start, run.end);
    if (run.end <= numberRange.start || isBlankHtml(runText)) {
      out += runText;
    } else if (run.start <= numberRange.start && run.end >= numberRange.end) {
      const head = source.slice(run.start, numberRange.start);
      const tail = source.slice(numberRange.end, run.end);
      // A description written in the same run as the number ("99.1 Press release") is replaced too.
      const tailIsDescription = !isBlankHtml(tail) && /[A-Za-z]/.test(tail);
      const gap = tailIsDescription ? /^(?:\s|&#160;|&nbsp;|[-–—:])*/i.exec(tail)![0] : tail;
      out += `${head}${htmlEncode(number)}${gap}${tailIsDescription ? htmlEncode(description) : ''}`;
      described ||= tailIsDescription;
    } else if (!described) {
      out += htmlEncode(description);
      described = true;
    }
    p = run.end;
  }
  return out + retag(source.slice(p, element.end), filename);
}

function retag(markup: string, filename: string | undefined): string {
  let out = markup.replace(/\s+id\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  if (filename) out = out.replace(/(\shref\s*=\s*)(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, `$1"${htmlEncode(filename)}"`);
  else out = out.replace(/\s+href\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  return out;
}

// ------------------------------------------------------------ signatures

const SIGNATURE_STATEMENT =
  'Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.';

function addSignatures(ctx: FeatureContext, diagnostic: Diagnostic, insertAt: number): CodeAction {
  const registrant = ctx.model.cover?.registrant?.value ?? ctx.model.header?.companyName?.value ?? '[Registrant]';
  const at = Math.max(0, Math.min(insertAt, ctx.text.length));
  const edit = isHtmlAt(ctx, at) ? htmlSignatures(ctx, at, registrant) : textSignatures(ctx, at, registrant);
  return action(ctx, 'Add a SIGNATURES block', diagnostic, [edit]);
}

function textSignatures(ctx: FeatureContext, at: number, registrant: string): TextEdit {
  const eol = lineBreakOf(ctx.text);
  const lines = [
    'SIGNATURES',
    '',
    SIGNATURE_STATEMENT,
    '',
    registrant,
    '',
    'By: /s/ [Name]',
    'Name: [Name]',
    'Title: [Title]',
    '',
    'Date: [Month Day, Year]',
  ].map(asciiFold);
  // One blank line between the block and what stands before and after it.
  const before = ctx.text.slice(Math.max(0, at - 4), at);
  const lead = /\n\s*\n[ \t]*$/.test(before) ? '' : /\n[ \t]*$/.test(before) ? eol : at === 0 ? '' : eol + eol;
  const next = ctx.text.slice(at, at + 2);
  const trail = at >= ctx.text.length ? eol : /^\r?\n/.test(next) ? '' : eol + eol;
  return replace(ctx, { start: at, end: at }, `${lead}${lines.join(eol)}${trail}`);
}

function htmlSignatures(ctx: FeatureContext, offset: number, registrant: string): TextEdit {
  const at = pastClosingTags(ctx.text, offset);
  const p = (text: string, style = '') => `<p${style ? ` style="${style}"` : ''}>${text}</p>`;
  const block = [
    p('<b>SIGNATURES</b>', 'text-align:center'),
    p(htmlEncode(SIGNATURE_STATEMENT)),
    p(htmlEncode(registrant)),
    p('By: /s/ [Name]<br>Name: [Name]<br>Title: [Title]'),
    p('Date: [Month Day, Year]'),
  ].join('\n');
  return replace(ctx, { start: at, end: at }, `\n${block}\n`);
}

/** Moves an offset past white space and end tags, so a block is not inserted inside a paragraph; never past </body> or </TEXT>. */
function pastClosingTags(source: string, offset: number): number {
  const re = /\s+|<\/([A-Za-z][A-Za-z0-9:-]*)\s*>/y;
  let p = offset;
  for (;;) {
    re.lastIndex = p;
    const m = re.exec(source);
    if (!m || m.index !== p) return p;
    if (m[1] && /^(body|html|text|document|xbrl)$/i.test(m[1])) return p;
    p = re.lastIndex;
  }
}

// ---------------------------------------------------------------- text

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl === -1) return text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

function lineBreakOf(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}
