/**
 * Semantic tokens: the parts of a filing the analysis recognised, coloured
 * with standard token types so every theme shows them.
 *
 * | what                                         | type      | modifiers                         |
 * |----------------------------------------------|-----------|-----------------------------------|
 * | item word and number ("ITEM 7.01")           | keyword   | declaration; deprecated for a     |
 * |                                              |           | pre-2004 item in a filing under   |
 * |                                              |           | the current numbering             |
 * | item title                                   | type      | declaration                       |
 * | CIK, accession number                        | variable  | readonly                          |
 * | EIN, Commission file number                  | number    |                                   |
 * | date                                         | string    |                                   |
 * | SEC header key ("CENTRAL INDEX KEY", <CIK>)  | property  |                                   |
 * | SEC header group ("FILER", "COMPANY DATA")   | namespace | declaration                       |
 * | SEC header value                             | string    | readonly                          |
 * | ITEM INFORMATION value                       | type      | readonly                          |
 * | SGML tag (<DOCUMENT>, <TYPE>, </TEXT>)       | macro     |                                   |
 * | document TYPE value ("EX-99.1")              | type      |                                   |
 * | document SEQUENCE value                      | number    |                                   |
 * | document FILENAME / DESCRIPTION value        | string    |                                   |
 * | checked cover check box                      | keyword   | modification                      |
 * | empty cover check box                        | comment   |                                   |
 *
 * Where recognised parts overlap, the more specific one wins (an identifier
 * over the header value it is, a header key over the tag it is written as);
 * the loser keeps only the characters left uncovered. Tokens never span
 * lines, and in HTML they cover the visible text only, never the markup.
 */
import type { Range as LspRange, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { FilingModel, IdentifierKind, ItemHeading, Range } from '../service/model';
import type { TextSource } from '../service/textSource';
import { filingScheme } from '../service/checks';
import type { FeatureContext } from './context';
import { isHtmlAt, textSegments } from './htmlText';
import { sgmlTags } from './sgmlTags';

const TOKEN_TYPES = ['keyword', 'type', 'variable', 'number', 'string', 'property', 'namespace', 'macro', 'comment'] as const;
const TOKEN_MODIFIERS = ['declaration', 'readonly', 'deprecated', 'modification'] as const;

type TokenType = (typeof TOKEN_TYPES)[number];
type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const SEMANTIC_TOKEN_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

/** Higher wins where tokens overlap. */
const enum Priority {
  CheckBox = 1,
  TagValue = 2,
  Tag = 3,
  HeaderValue = 4,
  HeaderKey = 5,
  ItemHeading = 6,
  Identifier = 7,
}

interface Token {
  start: number;
  end: number;
  type: TokenType;
  modifiers: number;
  priority: Priority;
}

/** One line's part of a token: 0-based line, UTF-16 columns. */
interface Piece {
  line: number;
  start: number;
  end: number;
  type: number;
  modifiers: number;
  priority: Priority;
}

export function provideSemanticTokens(ctx: FeatureContext, range?: LspRange): number[] {
  return encodeTokenPieces(ctx, semanticTokenPieces(ctx, range));
}

/**
 * The tokens as they are sent, before the relative encoding: one piece per
 * line part, overlaps resolved, in document order, each at an offset. Kept
 * with the version they were computed for, so the next version, when an
 * edit only moved what the analysis found (see shiftTokenPieces), does not
 * compute them again.
 */
export interface TokenPieces {
  starts: number[];
  lengths: number[];
  types: number[];
  modifiers: number[];
}

export function semanticTokenPieces(ctx: FeatureContext, range?: LspRange, window?: Range): TokenPieces {
  const tokens = collectTokens(ctx, window);
  const pieces: Piece[] = [];
  const firstLine = range?.start.line ?? 0;
  const lastLine = range?.end.line ?? Number.MAX_SAFE_INTEGER;
  for (const token of tokens) {
    for (const segment of visibleSegments(ctx, token)) {
      for (const piece of splitByLine(ctx, segment, token)) {
        if (piece.line >= firstLine && piece.line <= lastLine) pieces.push(piece);
      }
    }
  }
  // Line by line, and within a line the stronger first (the sort is stable:
  // equal pieces keep the order they were collected in).
  pieces.sort((a, b) => a.line - b.line || b.priority - a.priority || a.start - b.start);
  const out: TokenPieces = { starts: [], lengths: [], types: [], modifiers: [] };
  const keep = (p: Piece) => {
    out.starts.push(ctx.lines.lineStart(p.line) + p.start);
    out.lengths.push(p.end - p.start);
    out.types.push(p.type);
    out.modifiers.push(p.modifiers);
  };
  for (let i = 0; i < pieces.length; ) {
    let j = i + 1;
    while (j < pieces.length && pieces[j].line === pieces[i].line) j++;
    if (j === i + 1) keep(pieces[i]);
    else for (const p of resolveOverlaps(pieces.slice(i, j))) keep(p);
    i = j;
  }
  return out;
}

/**
 * The pieces of the previous version after an edit that only moved what the
 * analysis found (an edit inside a document that is not the main one, away
 * from its delimiters: FilingAnalysis.reuse 'structure-and-main'): nothing
 * lies in the edited stretch, pieces after it move by the edit's length.
 */
export function shiftTokenPieces(previous: TokenPieces, span: { start: number; end: number; length: number }): TokenPieces {
  const delta = span.length - (span.end - span.start);
  return { ...previous, starts: previous.starts.map((s) => (s >= span.end ? s + delta : s)) };
}

/**
 * The pieces after an edit inside the main document's text (FilingAnalysis
 * reuse 'structure'), given that text's range before the edit: the lines
 * the main text now covers are computed again (from the tokens that touch
 * them, so the header, tags and other documents are not read), the lines
 * before them are the previous pieces as they were, those after them the
 * previous pieces moved by the edit. Tokens never cross a line, and nothing
 * outside the main text depends on what is inside it.
 */
export function splicedTokenPieces(
  previous: TokenPieces,
  edit: { span: { start: number; end: number; length: number }; mainBefore: Range },
  ctx: FeatureContext,
): TokenPieces {
  const { span, mainBefore } = edit;
  const delta = span.length - (span.end - span.start);
  const lines = ctx.lines;
  const firstLine = lines.lineAt(mainBefore.start);
  const lastLine = lines.lineAt(mainBefore.end + delta);
  const windowStart = lines.lineStart(firstLine);
  const windowEnd = lastLine + 1 < lines.lineCount ? lines.lineStart(lastLine + 1) : ctx.source.length;
  const windowEndBefore = windowEnd - delta;
  const inside = semanticTokenPieces(
    ctx,
    { start: { line: firstLine, character: 0 }, end: { line: lastLine, character: 0 } },
    { start: windowStart, end: windowEnd },
  );
  const out: TokenPieces = { starts: [], lengths: [], types: [], modifiers: [] };
  const take = (from: TokenPieces, k: number, shift: number) => {
    out.starts.push(from.starts[k] + shift);
    out.lengths.push(from.lengths[k]);
    out.types.push(from.types[k]);
    out.modifiers.push(from.modifiers[k]);
  };
  let k = 0;
  for (; k < previous.starts.length && previous.starts[k] < windowStart; k++) take(previous, k, 0);
  for (let i = 0; i < inside.starts.length; i++) take(inside, i, 0);
  while (k < previous.starts.length && previous.starts[k] < windowEndBefore) k++;
  for (; k < previous.starts.length; k++) take(previous, k, delta);
  return out;
}

/** The LSP relative encoding: delta line, delta start, length, type, modifiers. */
export function encodeTokenPieces(ctx: FeatureContext, pieces: TokenPieces): number[] {
  const { starts, lengths, types, modifiers } = pieces;
  const data: number[] = new Array(starts.length * 5);
  let line = 0;
  let char = 0;
  for (let k = 0; k < starts.length; k++) {
    const offset = starts[k];
    // Tokens come in order: each line is searched for from the previous token's.
    const lineIndex = ctx.lines.lineAtFrom(offset, line);
    const start = offset - ctx.lines.lineStart(lineIndex);
    const deltaLine = lineIndex - line;
    data[k * 5] = deltaLine;
    data[k * 5 + 1] = deltaLine === 0 ? start - char : start;
    data[k * 5 + 2] = lengths[k];
    data[k * 5 + 3] = types[k];
    data[k * 5 + 4] = modifiers[k];
    line = lineIndex;
    char = start;
  }
  return data;
}

// ------------------------------------------------------------ collecting

function modifierBits(...modifiers: TokenModifier[]): number {
  let bits = 0;
  for (const m of modifiers) bits |= 1 << TOKEN_MODIFIERS.indexOf(m);
  return bits;
}

const IDENTIFIER_TOKENS: Record<IdentifierKind, { type: TokenType; modifiers: number } | undefined> = {
  cik: { type: 'variable', modifiers: modifierBits('readonly') },
  'accession-number': { type: 'variable', modifiers: modifierBits('readonly') },
  ein: { type: 'number', modifiers: 0 },
  'file-number': { type: 'number', modifiers: 0 },
  date: { type: 'string', modifiers: 0 },
  rule: undefined,
};

/** The tokens of the document, or those that touch `window` (then the SGML tags are looked for there alone). */
function collectTokens(ctx: FeatureContext, window?: Range): Token[] {
  // Windows of the source only: tokens after an edit never join the whole text.
  const { model, source: text } = ctx;
  const tokens: Token[] = [];
  const add = (range: Range | undefined, type: TokenType, modifiers: number, priority: Priority) => {
    if (!range || range.end <= range.start) return;
    if (window && (range.end <= window.start || range.start >= window.end)) return;
    tokens.push({ start: range.start, end: range.end, type, modifiers, priority });
  };

  const filingUsesCurrent = filingScheme(model) === 'current';
  for (const item of model.items) {
    const outdated = item.scheme === 'legacy' && filingUsesCurrent;
    add(itemWordAndNumber(text, item), 'keyword', modifierBits('declaration', ...(outdated ? (['deprecated'] as const) : [])), Priority.ItemHeading);
    add(item.titleRange, 'type', modifierBits('declaration'), Priority.ItemHeading);
  }

  for (const id of model.identifiers) {
    const style = IDENTIFIER_TOKENS[id.kind];
    if (style) add(id.range, style.type, style.modifiers, Priority.Identifier);
  }

  addHeaderTokens(model, text, add);

  for (const tag of sgmlTags(text, model, window)) {
    add(tag.range, 'macro', 0, Priority.Tag);
    if (tag.closing) continue;
    if (tag.name === 'TYPE') add(tag.valueRange, 'type', 0, Priority.TagValue);
    else if (tag.name === 'SEQUENCE') add(tag.valueRange, 'number', 0, Priority.TagValue);
    else if (tag.name === 'FILENAME' || tag.name === 'DESCRIPTION') add(tag.valueRange, 'string', 0, Priority.TagValue);
  }

  for (const box of model.cover?.checkBoxes ?? []) {
    // Where the glyph was not found the box range is the whole line: not a box to colour.
    if (box.boxRange.end - box.boxRange.start > 8) continue;
    if (box.checked) add(box.boxRange, 'keyword', modifierBits('modification'), Priority.CheckBox);
    else add(box.boxRange, 'comment', 0, Priority.CheckBox);
  }
  return tokens;
}

/** "ITEM 7.01": the number with the word before it, when the heading has one ("Items 5.02 and 9.01" gives 9.01 alone). */
function itemWordAndNumber(text: TextSource, item: ItemHeading): Range {
  const lead = text.slice(item.headingRange.start, item.numberRange.start);
  if (lead.length > 80) return item.numberRange;
  const word = /items?\b/i.exec(lead);
  return word ? { start: item.headingRange.start + word.index, end: item.numberRange.end } : item.numberRange;
}

type AddToken = (range: Range | undefined, type: TokenType, modifiers: number, priority: Priority) => void;

function addHeaderTokens(model: FilingModel, text: TextSource, add: AddToken): void {
  const header = model.header;
  if (!header) return;
  const itemValues = new Set(header.itemInformation.map((v) => v.range.start));
  for (const field of header.fields) {
    add(withBrackets(text, field.keyRange), 'property', 0, Priority.HeaderKey);
    const isItem = itemValues.has(field.valueRange.start);
    add(field.valueRange, isItem ? 'type' : 'string', modifierBits('readonly'), Priority.HeaderValue);
  }
  const walk = (groups: typeof header.groups) => {
    for (const group of groups) {
      add(withBrackets(text, group.nameRange), 'namespace', modifierBits('declaration'), Priority.HeaderKey);
      walk(group.groups);
    }
  };
  walk(header.groups);
}

/** A tag-style key (.nc files: <CIK>) is coloured with its brackets. */
function withBrackets(text: TextSource, range: Range): Range {
  return text.charCodeAt(range.start - 1) === 0x3c && text.charCodeAt(range.end) === 0x3e ? { start: range.start - 1, end: range.end + 1 } : range;
}

// ------------------------------------------------------------- shaping

/** In HTML, the parts of a token between tags; elsewhere the token itself. */
function visibleSegments(ctx: FeatureContext, token: Token): Range[] {
  const range = { start: token.start, end: token.end };
  return isHtmlAt(ctx, token.start) ? textSegments(ctx.source, range) : [range];
}

function splitByLine(ctx: FeatureContext, range: Range, token: Token): Piece[] {
  const pieces: Piece[] = [];
  const type = TOKEN_TYPES.indexOf(token.type);
  const start = ctx.lines.position(range.start);
  const end = ctx.lines.position(range.end);
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? start.character : 0;
    const to = line === end.line ? end.character : lineLength(ctx, line);
    if (to > from) pieces.push({ line, start: from, end: to, type, modifiers: token.modifiers, priority: token.priority });
  }
  return pieces;
}

/** Length of a line without its line break. */
function lineLength(ctx: FeatureContext, line: number): number {
  const start = ctx.lines.lineStart(line);
  let end = line + 1 < ctx.lines.lineCount ? ctx.lines.lineStart(line + 1) - 1 : ctx.source.length;
  if (end > start && ctx.source.charCodeAt(end - 1) === 13) end--;
  return end - start;
}

/**
 * One line's pieces without overlaps, given higher priority first (then by
 * start): each later piece keeps only the columns still free.
 */
function resolveOverlaps(ordered: Piece[]): Piece[] {
  // Kept pieces never overlap, so sorted by start they are sorted by end too.
  const kept: Piece[] = [];
  for (const piece of ordered) {
    let i = firstEndingAfter(kept, piece.start);
    const insertAt = i;
    const free: Piece[] = [];
    let cursor = piece.start;
    while (cursor < piece.end) {
      const k = kept[i];
      if (!k || k.start >= piece.end) {
        free.push({ ...piece, start: cursor });
        break;
      }
      if (k.start > cursor) free.push({ ...piece, start: cursor, end: k.start });
      cursor = Math.max(cursor, k.end);
      i++;
    }
    // Free fragments interleave with the kept pieces they skirt: insert each in order.
    let at = insertAt;
    for (const f of free) {
      while (at < kept.length && kept[at].start < f.start) at++;
      kept.splice(at, 0, f);
      at++;
    }
  }
  return kept;
}

/** Index of the first kept piece that ends after `offset`. */
function firstEndingAfter(kept: Piece[], offset: number): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

