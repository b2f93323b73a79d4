/**
 * Filing summaries for the client's unit tests: real ones (a corpus filing
 * analysed by the server's own code, as `edgarFilings/filingSummary` answers)
 * and small hand-built pieces.
 */
import type { FilingSummary, SummaryCheck, SummaryItem } from '../../server/src/protocol';
import { filingSummary } from '../../server/src/lsp/filingSummary';
import { contextOf, corpusText } from '../support/featureFixtures';
import type { Range } from '../../client/src/ranges';

export { APPLE_2019, SEED, corpusText, edited } from '../support/featureFixtures';

/** The summary the server would answer for this text. */
export function summaryOfText(text: string, uri = 'file:///filings/test.txt'): FilingSummary {
  return filingSummary(contextOf(text, uri), {});
}

export function summaryOfCorpus(name: string): FilingSummary {
  return summaryOfText(corpusText(name));
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

/** An item whose heading is on `line` and whose section runs to `endLine`. */
export function item(number: string, line: number, endLine: number, extra: Partial<SummaryItem> = {}): SummaryItem {
  return {
    number,
    scheme: 'current',
    label: `Item ${number}`,
    title: '',
    officialTitle: null,
    section: null,
    furnished: false,
    deadlineRule: 'four-business-days',
    deadlineNote: null,
    known: true,
    combined: false,
    headingRange: range(line, 0, line, 20),
    range: range(line, 0, endLine, 0),
    ...extra,
  };
}

export function check(code: string, severity: SummaryCheck['severity'], at: Range, message = `${code} here`): SummaryCheck {
  return { code, severity, message, explanation: `what ${code} means`, range: at };
}

/** A copy of the summary with every string in it (keys of objects aside) replaced by `replace(original)`. */
export function mapStrings<T>(value: T, replace: (s: string) => string): T {
  if (typeof value === 'string') return replace(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, replace)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, replace)])) as T;
  }
  return value;
}
