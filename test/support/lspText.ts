/**
 * Text helpers for protocol tests, written against the LSP definitions:
 * positions count UTF-16 code units, lines end at \n, \r\n or \r.
 */
import type { Position, Range, SemanticTokensEdit, SemanticTokensLegend, TextEdit } from 'vscode-languageserver-protocol';

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

export function offsetAt(text: string, p: Position): number {
  const starts = lineStarts(text);
  if (p.line >= starts.length) return text.length;
  return Math.min(starts[p.line] + p.character, p.line + 1 < starts.length ? starts[p.line + 1] : text.length);
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

export function textOf(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** The position of the first occurrence of `needle` (after `from`). */
export function find(text: string, needle: string, from = 0): Position {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return positionAt(text, i);
}

/** Applies non-overlapping edits, as an editor applies a quick fix's edits. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

/** Semantic tokens in the relative encoding, decoded against the legend and the text. */
export function decodeTokens(data: number[], legend: SemanticTokensLegend, text: string): DecodedToken[] {
  const starts = lineStarts(text);
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const length = data[i + 2];
    const modifiers = legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0);
    const start = starts[line] + character;
    out.push({ line, character, length, type: legend.tokenTypes[data[i + 3]], modifiers, text: text.slice(start, start + length) });
  }
  return out;
}

/** A delta's edits applied to the tokens they are relative to. */
export function applyTokenEdits(data: number[], edits: SemanticTokensEdit[]): number[] {
  const out = [...data];
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out.splice(e.start, e.deleteCount, ...(e.data ?? []));
  return out;
}
