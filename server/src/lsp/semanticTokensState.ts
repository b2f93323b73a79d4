/**
 * The last semantic tokens sent for each document, by resultId, so a delta
 * request can answer with the edits from those to the new ones.
 */
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver-types';

/** Numbers per token in the encoded array (line, start, length, type, modifiers). */
const TOKEN_WIDTH = 5;

export class SemanticTokensState {
  private readonly last = new Map<string, { resultId: string; data: number[] }>();
  private counter = 0;

  /** A full answer, remembered as the base of the next delta. */
  full(uri: string, data: number[]): SemanticTokens {
    const resultId = this.nextId();
    this.last.set(uri, { resultId, data });
    return { resultId, data };
  }

  /** The edits from the tokens sent as `previousResultId`, or a full answer when those are not the last ones sent. */
  delta(uri: string, previousResultId: string, data: number[]): SemanticTokens | SemanticTokensDelta {
    const previous = this.last.get(uri);
    if (!previous || previous.resultId !== previousResultId) return this.full(uri, data);
    const resultId = this.nextId();
    this.last.set(uri, { resultId, data });
    return { resultId, edits: diffTokens(previous.data, data) };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  private nextId(): string {
    this.counter += 1;
    return String(this.counter);
  }
}

/**
 * One edit replacing what lies between the common prefix and the common
 * suffix (whole tokens only), or no edit when nothing changed. Typing changes
 * the tokens near the cursor and shifts the rest by lines, which the relative
 * encoding absorbs after the first changed token, so one edit is small.
 */
export function diffTokens(before: readonly number[], after: readonly number[]): SemanticTokensEdit[] {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  prefix -= prefix % TOKEN_WIDTH;
  if (prefix === before.length && prefix === after.length) return [];
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  suffix -= suffix % TOKEN_WIDTH;
  return [
    {
      start: prefix,
      deleteCount: before.length - prefix - suffix,
      data: after.slice(prefix, after.length - suffix),
    },
  ];
}
