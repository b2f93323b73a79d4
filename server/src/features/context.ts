/**
 * What every feature provider receives: one analysed version of a document.
 * Providers are pure functions of this context and their parameters; they
 * use LSP types (vscode-languageserver-types) but never the connection, so
 * they are tested without a server and without VS Code.
 */
import type { Position, Range as LspRange } from 'vscode-languageserver-types';
import type { FilingModel, Range } from '../service/model';
import { LineIndex } from '../service/lineIndex';
import type { TextSource } from '../service/textSource';

export interface FeatureContext {
  uri: string;
  version: number;
  /** The whole text. For an edited document it is joined from its pieces on first use: prefer `source` for windows. */
  readonly text: string;
  /** The text read in windows (slice, charCodeAt) without joining it. */
  source: TextSource;
  model: FilingModel;
  lines: LineIndex;
}

/** `lines` may be passed when the caller already has the text's line index. */
export function createContext(uri: string, version: number, source: TextSource, model: FilingModel, lines = new LineIndex(source)): FeatureContext {
  let text: string | undefined = typeof source === 'string' ? source : undefined;
  return {
    uri,
    version,
    source,
    model,
    lines,
    get text(): string {
      text ??= source.toString();
      return text;
    },
  };
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
