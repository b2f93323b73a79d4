/**
 * What every feature provider receives: one analysed version of a document.
 * Providers are pure functions of this context and their parameters; they
 * use LSP types (vscode-languageserver-types) but never the connection, so
 * they are tested without a server and without VS Code.
 */
import type { Position, Range as LspRange } from 'vscode-languageserver-types';
import type { FilingModel, Range } from '../service/model';
import { LineIndex } from '../service/lineIndex';

export interface FeatureContext {
  uri: string;
  version: number;
  text: string;
  model: FilingModel;
  lines: LineIndex;
}

export function createContext(uri: string, version: number, text: string, model: FilingModel): FeatureContext {
  return { uri, version, text, model, lines: new LineIndex(text) };
}

export function toLspRange(ctx: FeatureContext, range: Range): LspRange {
  return { start: ctx.lines.position(range.start), end: ctx.lines.position(range.end) };
}

export function toOffset(ctx: FeatureContext, position: Position): number {
  return ctx.lines.offset(position.line, position.character);
}

/** True when an offset falls inside a range (end inclusive, as a cursor just after a word is still on it). */
export function contains(range: Range, offset: number): boolean {
  return offset >= range.start && offset <= range.end;
}
