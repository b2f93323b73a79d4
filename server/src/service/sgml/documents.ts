/**
 * The <DOCUMENT> blocks of a full submission (or of a single wrapped
 * document): their TYPE, SEQUENCE, FILENAME and DESCRIPTION, where their TEXT
 * is, and what kind of content it holds.
 *
 * Content is never walked character by character: the delimiters of every
 * document (<DOCUMENT>, </DOCUMENT>, </TEXT>) are found in one pass of a
 * regular expression, so a 40 MB uuencoded ZIP costs one native search.
 */
import type { ContentKind, Range, SubmissionDocument } from '../model';
import { binaryReason, htmlReason, rootElementName, skipBomAndSpace } from '../sniff';
import { firstAtOrAfter } from '../sortedSearch';

const OPEN_DOCUMENT = '<DOCUMENT>';
const CLOSE_DOCUMENT = '</DOCUMENT>';
const CLOSE_TEXT = '</TEXT>';
/** Most metadata tags read before <TEXT>; more means the block has no TEXT. */
const MAX_METADATA_TAGS = 64;

/** Every <DOCUMENT> block at or after `from`, in order. Unterminated blocks end at the next <DOCUMENT> or the end of the text. */
export function parseDocuments(text: string, from = 0): SubmissionDocument[] {
  const finders = findDelimiters(text, from);
  const documents: SubmissionDocument[] = [];
  let at = finders.open.next(from);
  while (at !== -1) {
    const document = readDocument(text, at, finders);
    documents.push(document);
    at = finders.open.next(Math.max(document.range.end, at + OPEN_DOCUMENT.length));
  }
  return documents;
}

interface Finders {
  open: Occurrences;
  closeDocument: Occurrences;
  closeText: Occurrences;
}

function readDocument(text: string, at: number, finders: Finders): SubmissionDocument {
  const afterOpen = at + OPEN_DOCUMENT.length;
  const nextOpen = finders.open.next(afterOpen);
  const limit = nextOpen === -1 ? text.length : nextOpen;
  const meta = readMetadata(text, afterOpen, limit);

  let textRange: Range = { start: at, end: at };
  let searchCloseFrom = meta.end;
  if (meta.textStart !== undefined) {
    const start = meta.textStart;
    const closeText = before(finders.closeText.next(start), limit);
    const closeDocument = before(finders.closeDocument.next(start), limit);
    if (closeText !== -1 && (closeDocument === -1 || closeText < closeDocument)) {
      textRange = { start, end: closeText };
      searchCloseFrom = closeText + CLOSE_TEXT.length;
    } else {
      // TEXT never closed: it runs to </DOCUMENT>, the next <DOCUMENT> or the end.
      const end = closeDocument !== -1 ? closeDocument : limit;
      textRange = { start, end };
      searchCloseFrom = end;
    }
  }
  const closeDocument = before(finders.closeDocument.next(searchCloseFrom), limit);
  const end = closeDocument !== -1 ? closeDocument + CLOSE_DOCUMENT.length : limit;

  return documentOf(meta, { start: at, end }, textRange, meta.textStart === undefined ? 'empty' : contentKind(text, textRange));
}

/** The document a <DOCUMENT> block makes, from its metadata (read at the block's place in the text). */
export function documentOf(meta: Metadata, range: Range, textRange: Range, kind: ContentKind): SubmissionDocument {
  const document: SubmissionDocument = {
    type: meta.type?.value ?? '',
    range,
    typeRange: meta.type?.range ?? { start: range.start, end: range.start + OPEN_DOCUMENT.length },
    textRange,
    contentKind: kind,
  };
  if (meta.sequence) document.sequence = meta.sequence.value;
  if (meta.filename) {
    document.filename = meta.filename.value;
    document.filenameRange = meta.filename.range;
  }
  if (meta.description) document.description = meta.description.value;
  return document;
}

/** -1 stays -1; a hit at or past the limit belongs to a later document. */
function before(index: number, limit: number): number {
  return index !== -1 && index < limit ? index : -1;
}

// ------------------------------------------------------------ metadata

export interface TagValue {
  value: string;
  range: Range;
}

export interface Metadata {
  type?: TagValue;
  sequence?: TagValue;
  filename?: TagValue;
  description?: TagValue;
  /** Just past <TEXT>, when there is one. */
  textStart?: number;
  /** Where reading stopped. */
  end: number;
}

/**
 * Reads `<TAG>value` pairs from `from` until <TEXT>, </DOCUMENT> or `limit`.
 * Tags may stand one per line or run together on one line.
 */
export function readMetadata(text: string, from: number, limit: number): Metadata {
  const meta: Metadata = { end: from };
  let p = from;
  for (let tags = 0; tags < MAX_METADATA_TAGS; tags++) {
    p = skipBomAndSpace(text, p);
    if (p >= limit) break;
    if (text.charCodeAt(p) !== 0x3c /* < */) {
      p = lineEnd(text, p, limit);
      continue;
    }
    let q = p + 1;
    while (q < limit && q - p < 40 && isTagChar(text.charCodeAt(q))) q++;
    if (text.charCodeAt(q) !== 0x3e /* > */ || q === p + 1) {
      p = lineEnd(text, p, limit);
      continue;
    }
    const name = text.slice(p + 1, q).toUpperCase();
    if (name === 'TEXT') {
      meta.textStart = q + 1;
      meta.end = q + 1;
      return meta;
    }
    if (name === '/DOCUMENT') {
      meta.end = p;
      return meta;
    }
    let v = q + 1;
    while (v < limit) {
      const c = text.charCodeAt(v);
      if (c === 0x3c || c === 0x0a || c === 0x0d) break;
      v++;
    }
    const value = trimmed(text, q + 1, v);
    if (name === 'TYPE') meta.type ??= value;
    else if (name === 'SEQUENCE') meta.sequence ??= value;
    else if (name === 'FILENAME') meta.filename ??= value;
    else if (name === 'DESCRIPTION') meta.description ??= value;
    p = v;
  }
  meta.end = Math.min(p, limit);
  return meta;
}

function isTagChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2f;
}

function lineEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) break;
    i++;
  }
  return i;
}

function trimmed(text: string, from: number, to: number): TagValue {
  let s = from;
  let e = to;
  while (s < e && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
  return { value: text.slice(s, e), range: { start: s, end: e } };
}

// -------------------------------------------------------- content kind

/** How many characters of a TEXT (after leading white space) decide its content kind. */
export const CONTENT_SAMPLE = 4096;

/** What a TEXT holds, judged from its first few KB. */
export function contentKind(text: string, range: Range): ContentKind {
  const start = skipBomAndSpace(text, range.start);
  if (start >= range.end) return 'empty';
  const sample = text.slice(start, Math.min(range.end, start + CONTENT_SAMPLE));

  if (/^begin(?:-base64)? [0-7]{3,4} /.test(sample)) return 'uuencoded';
  const lead = sample.slice(0, 8).toUpperCase();
  if (lead.startsWith('<PDF>')) return 'pdf';
  // <XBRL> wraps inline XBRL (an <html> root), instances, schemas and linkbases.
  if (lead.startsWith('<XBRL>')) return markupKind(sample, 6) === 'html' ? 'html' : 'xbrl';
  if (lead.startsWith('<XML>')) return markupKind(sample, 5) ?? 'xml';
  if (lead.startsWith('<?XML')) return markupKind(sample, 0) ?? 'xml';
  if (htmlReason(sample, 0)) return 'html';
  if (binaryReason(sample)) return 'binary';
  return 'text';
}

const XBRL_ROOTS = new Set(['xbrl', 'schema', 'linkbase']);

function markupKind(sample: string, from: number): 'html' | 'xbrl' | 'xml' | undefined {
  const root = rootElementName(sample, from);
  if (root === undefined) return undefined;
  const local = root.slice(root.indexOf(':') + 1);
  if (local === 'html') return 'html';
  return XBRL_ROOTS.has(local) ? 'xbrl' : 'xml';
}

// ------------------------------------------------------------- search

/** The delimiters, in one pattern: none contains a '<' after its first character, so no two overlap. */
const DELIMITERS = /<(?:\/?DOCUMENT|\/TEXT)>/g;

/** Every delimiter at or after `from`, each kind in its own sorted list. */
function findDelimiters(text: string, from: number): Finders {
  const found: Finders = { open: new Occurrences(), closeDocument: new Occurrences(), closeText: new Occurrences() };
  DELIMITERS.lastIndex = from;
  for (let m = DELIMITERS.exec(text); m !== null; m = DELIMITERS.exec(text)) {
    const d = m[0];
    (d === OPEN_DOCUMENT ? found.open : d === CLOSE_DOCUMENT ? found.closeDocument : found.closeText).add(m.index);
  }
  return found;
}

/** Where a delimiter occurs, ascending: `next` answers what text.indexOf(delimiter, from) would. */
class Occurrences {
  private readonly at: number[] = [];

  add(index: number): void {
    this.at.push(index);
  }

  next(from: number): number {
    const k = firstAtOrAfter(this.at, from);
    return k < this.at.length ? this.at[k] : -1;
  }
}
