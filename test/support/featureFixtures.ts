/**
 * Feature provider tests start from real analysis: a corpus filing (or a
 * small edit of one), analysed, wrapped in a FeatureContext. These helpers
 * find text in it and read back what providers return.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Position, Range as LspRange, SemanticTokensLegend } from 'vscode-languageserver-types';
import { analyzeFiling } from '../../server/src/service/analyze';
import { decodeFilingBytes } from '../../server/src/service/decode';
import { createContext, type FeatureContext } from '../../server/src/features/context';

export const CORPUS = path.resolve(__dirname, '../../../test/fixtures/corpus');
export const SEED = 'seed_8-K_2013_immunogen_bay94-9343.txt';
export const APPLE_2019 = 'secedgardl_8-K_fullsub_2019_apple_0001193125-19-292676.txt';

/** A corpus file's text as the editor would show it. */
export function corpusText(name: string): string {
  return decodeFilingBytes(fs.readFileSync(path.join(CORPUS, name))).text;
}

/** The analysed context of a text. */
export function contextOf(text: string, uri = 'file:///filings/test.txt'): FeatureContext {
  return createContext(uri, 1, text, analyzeFiling(text));
}

/** A text with one exact substring replaced (fails loudly when the substring is not there). */
export function edited(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`not in the text: ${String(from)}`);
  return text.replace(from, () => to);
}

/** The position of the first occurrence of `needle`, plus `delta` characters. */
export function positionOf(ctx: FeatureContext, needle: string, delta = 0, from = 0): Position {
  const i = ctx.text.indexOf(needle, from);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return ctx.lines.position(i + delta);
}

export function textOf(ctx: FeatureContext, range: LspRange): string {
  return ctx.text.slice(
    ctx.lines.offset(range.start.line, range.start.character),
    ctx.lines.offset(range.end.line, range.end.character),
  );
}

export function wholeDocument(ctx: FeatureContext): LspRange {
  return { start: { line: 0, character: 0 }, end: ctx.lines.position(ctx.text.length) };
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

/** The LSP relative encoding read back into absolute tokens with their text. */
export function decodeTokens(ctx: FeatureContext, data: number[], legend: SemanticTokensLegend): DecodedToken[] {
  const tokens: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const start = ctx.lines.offset(line, character);
    tokens.push({
      line,
      character,
      length: data[i + 2],
      type: legend.tokenTypes[data[i + 3]],
      modifiers: legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0),
      text: ctx.text.slice(start, start + data[i + 2]),
    });
  }
  return tokens;
}
