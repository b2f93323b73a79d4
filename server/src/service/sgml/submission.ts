/**
 * An EDGAR full submission split into its SEC header and its documents.
 *
 * Accepts every form EDGAR used: the PEM-wrapped files of the 1990s,
 * <IMS-DOCUMENT>/<IMS-HEADER> (1994), <SEC-DOCUMENT>/<SEC-HEADER>, and the
 * .nc dissemination files (<SUBMISSION> with tags), and anything else
 * without throwing: a text with no header gives no header, a text with no
 * <DOCUMENT> no documents.
 */
import type { Range, SecHeader, SubmissionDocument } from '../model';
import { parseDocuments } from './documents';
import { parseKeyValueHeader, parseTaggedHeader } from './header';

export interface ParsedSubmission {
  header?: SecHeader;
  documents: SubmissionDocument[];
}

export function parseSubmission(text: string): ParsedSubmission {
  const firstDocument = text.indexOf('<DOCUMENT>');
  const headerBound = firstDocument === -1 ? text.length : firstDocument;
  const header = parseHeader(text, headerBound);
  const documents = parseDocuments(text, firstDocument === -1 ? text.length : firstDocument);
  return header ? { header, documents } : { documents };
}

/** The header tags stand in the first lines, after the PEM preamble at most. */
const HEADER_WINDOW = 64 * 1024;

/** Parses the header found before `bound` (the first <DOCUMENT>), if any. */
function parseHeader(text: string, bound: number): SecHeader | undefined {
  const window = text.slice(0, Math.min(bound, HEADER_WINDOW));
  const start = earliest(window, HEADER_TAGS);

  if (start?.tag === '<SUBMISSION>') {
    const close = indexBefore(text, '</SUBMISSION>', start.index, bound);
    const end = close !== -1 ? close : bound;
    return parseTaggedHeader(text, start.index, end, { start: start.index, end: trimEnd(text, start.index, end) });
  }

  if (start) {
    const style = start.tag === '<IMS-HEADER>' ? 'ims-header' : 'sec-header';
    const closeTag = style === 'ims-header' ? '</IMS-HEADER>' : '</SEC-HEADER>';
    const close = indexBefore(text, closeTag, start.index, bound);
    const closed = close !== -1;
    const end = closed ? close : bound;
    const range = { start: start.index, end: closed ? close + closeTag.length : trimEnd(text, start.index, end) };
    return parseKeyValueHeader(text, start.index, end, style, range);
  }

  // No header tag: the KEY: lines may still follow <SEC-DOCUMENT> directly.
  const wrapper = earliest(window, WRAPPER_TAGS);
  if (!wrapper) return undefined;
  const lineEnd = text.indexOf('\n', wrapper.index);
  const from = lineEnd === -1 || lineEnd > bound ? bound : lineEnd + 1;
  const style = wrapper.tag === '<IMS-DOCUMENT>' ? 'ims-header' : 'sec-header';
  const range: Range = { start: from, end: trimEnd(text, from, bound) };
  const header = parseKeyValueHeader(text, from, bound, style, range);
  return header.fields.length > 0 ? header : undefined;
}

// The tags that open a header, and the wrappers a header may follow without one, each as one pattern.
export const HEADER_TAGS = /<(?:SEC-HEADER|IMS-HEADER|SUBMISSION)>/;
export const WRAPPER_TAGS = /<(?:SEC-DOCUMENT|IMS-DOCUMENT)>/;

/**
 * The first of the tags in the window, found by one search that stops there
 * (not one search per tag through the whole window). No two of the tags
 * match at the same place: they differ within their first four characters.
 */
export function earliest(window: string, tags: RegExp): { tag: string; index: number } | undefined {
  const m = tags.exec(window);
  return m ? { tag: m[0], index: m.index } : undefined;
}

/**
 * text.indexOf(tag, from) when that is before `bound`, else -1, searching no
 * further than `bound`. `bound` is where a "<DOCUMENT>" starts (or the end of
 * the text), and a closing tag has its "<" first and no other: one that
 * starts before `bound` ends there at the latest, so it is found in the text
 * cut at `bound`.
 */
export function indexBefore(text: string, tag: string, from: number, bound: number): number {
  return text.slice(0, bound).indexOf(tag, from);
}

/** `end` moved back over trailing white space, not before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}
