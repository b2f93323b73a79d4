/**
 * Cheap guesses about a text before any real parsing: what kind of container
 * it is, and whether it is an SEC filing at all. Both look only at a bounded
 * prefix, so they cost the same for a 2 KB note and a 50 MB submission.
 */

export type Container = 'submission' | 'document' | 'html' | 'text' | 'binary';

export interface SniffResult {
  container: Container;
  reason?: string;
}

const SNIFF_CHARS = 64 * 1024;
const FILING_CHARS = 256 * 1024;
/** No sniff reads beyond this many characters: an edit after them leaves every answer here unchanged. */
export const SNIFF_WINDOW = FILING_CHARS;

/** Opening lines of an EDGAR full submission (.txt, .nc, a bare header). */
const SUBMISSION_MARKERS = [
  '<SEC-DOCUMENT>',
  '<IMS-DOCUMENT>',
  '-----BEGIN PRIVACY-ENHANCED MESSAGE-----',
  '<SUBMISSION>',
  '<SEC-HEADER>',
  '<IMS-HEADER>',
];

export function sniffContainer(text: string): SniffResult {
  const sample = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  const at = skipBomAndSpace(sample, 0);
  const lead = sample.slice(at, at + 48).toUpperCase();

  for (const marker of SUBMISSION_MARKERS) {
    if (lead.startsWith(marker)) return { container: 'submission', reason: `starts with ${marker}` };
  }
  if (lead.startsWith('<DOCUMENT>')) return { container: 'document', reason: 'starts with a <DOCUMENT> block' };

  const binary = binaryReason(sample);
  if (binary) return { container: 'binary', reason: binary };

  const html = htmlReason(sample, at);
  if (html) return { container: 'html', reason: html };

  return { container: 'text' };
}

/**
 * True when the text reads like an SEC filing: cover-page phrases, header
 * keys or dei facts near its start. Submissions and <DOCUMENT> blocks always
 * are. Phrases are compared word by word, lower case, with markup, entities
 * and punctuation read as spaces ("Washington,&nbsp;D.C." gives "washington d c").
 */
export function looksLikeFiling(text: string): boolean {
  const { container } = sniffContainer(text);
  if (container === 'submission' || container === 'document') return true;
  if (container === 'binary') return false;

  const sample = text.length > FILING_CHARS ? text.slice(0, FILING_CHARS) : text;
  if (/name\s*=\s*["']dei:|<dei:[A-Za-z]/i.test(sample)) return true;

  const words = wordsOf(sample);
  let score = 0;
  for (const phrase of STRONG_PHRASES) if (words.includes(` ${phrase} `)) score += 2;
  for (const phrase of WEAK_PHRASES) if (words.includes(` ${phrase} `)) score += 1;
  return score >= 3;
}

// Phrases that hardly occur outside a filing's cover.
const STRONG_PHRASES = [
  'commission file number',
  'employer identification',
  'date of earliest event reported',
  'exact name of registrant as specified in its charter',
  'pursuant to section 13 or 15 d',
  'conformed submission type',
  // EDGAR's own filing index pages.
  'sec accession no',
  'complete submission text file',
];

// Phrases common in filings but also in text about them: several are needed.
const WEAK_PHRASES = [
  'securities and exchange commission',
  'washington d c 20549',
  'washington dc 20549',
  'securities exchange act of 1934',
  'form 8 k',
  'form 10 k',
  'form 10 q',
  'schedule 14a',
  'current report',
  'proxy statement',
  'registrant',
];

// ------------------------------------------------------------------ helpers

/** The first offset at or after `from` that is not a byte-order mark or white space. */
export function skipBomAndSpace(text: { readonly length: number; charCodeAt(index: number): number }, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0xfeff || c === 0x20 || (c >= 0x09 && c <= 0x0d)) i++;
    else break;
  }
  return i;
}

// Tab, line feed, vertical tab, form feed and carriage return are text;
// U+FFFD is what undecodable bytes become when binary is read as UTF-8.
// A run of anything else, taken greedily from a position: one native loop
// over the text between two control characters, faster than searching for
// the next control character position by position. "+", not "*": a run of
// one or more measures a quarter faster over the corpus than one of zero or more.
const TEXT_RUN = /[^\x00-\x08\x0e-\x1f\x7f\ufffd]+/y;

/** Why a sample looks binary, or undefined when it looks like text. */
export function binaryReason(sample: string): string | undefined {
  if (sample.length === 0) return undefined;
  if (sample.indexOf('\0') !== -1) return 'binary content (NUL bytes)';
  const share = countControlCharacters(sample) / sample.length;
  if (share > 0.1) return `binary content (${Math.round(share * 100)}% control characters)`;
  return undefined;
}

/** How many characters of the sample are neither text nor the usual white space. */
function countControlCharacters(sample: string): number {
  let control = 0;
  let at = 0;
  while (at < sample.length) {
    TEXT_RUN.lastIndex = at;
    // No run at `at` (a control character stands there) leaves `at` where it is.
    if (TEXT_RUN.test(sample)) at = TEXT_RUN.lastIndex;
    if (at < sample.length) {
      control++;
      at++;
    }
  }
  return control;
}

/**
 * Why a sample starting at `at` looks like HTML, or undefined. Old EDGAR text
 * documents use SGML tags of their own (<PAGE>, <TABLE>, <S>, <C>), so a lone
 * early <table> or <p> is not enough: those also want closing HTML tags.
 */
export function htmlReason(sample: string, at = skipBomAndSpace(sample, 0)): string | undefined {
  const lead = sample.slice(at, at + 16).toLowerCase();
  if (lead.startsWith('<!doctype html')) return 'HTML doctype';
  const root = rootElementName(sample, at);
  if (root === 'html' || root?.endsWith(':html')) return '<html> root element';
  if (root !== undefined && HEAD_TAGS.has(root)) return `starts with <${root}>`;
  if (root !== undefined && EARLY_HTML_TAGS.has(root) && countClosingHtmlTags(sample, 2) >= 2) {
    return `starts with <${root}> and HTML markup follows`;
  }
  return undefined;
}

// Tags EDGAR's SGML text never starts with.
const HEAD_TAGS = new Set(['head', 'title', 'meta', 'body']);
const EARLY_HTML_TAGS = new Set([
  'div', 'p', 'table', 'font', 'center', 'span', 'br', 'b', 'i', 'u',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'hr', 'style',
]);

function countClosingHtmlTags(sample: string, enough: number): number {
  const re = /<\/(?:p|div|td|tr|font|span|body|head|title|a|li|b|i|u|h[1-6])\s*>/gi;
  let n = 0;
  while (n < enough && re.exec(sample) !== null) n++;
  return n;
}

/**
 * Name (lower case, prefix kept) of the first element at or after `from`,
 * skipping white space, processing instructions, comments and a doctype;
 * undefined when text comes first or nothing is found within 4 KB.
 */
export function rootElementName(text: string, from: number, limit = from + 4096): string | undefined {
  const end = Math.min(limit, text.length);
  let i = from;
  while (i < end) {
    i = skipBomAndSpace(text, i);
    if (i >= end || text.charCodeAt(i) !== 0x3c /* < */) return undefined;
    if (text.startsWith('<?', i)) {
      const close = text.indexOf('?>', i + 2);
      if (close === -1 || close >= end) return undefined;
      i = close + 2;
    } else if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close === -1 || close >= end) return undefined;
      i = close + 3;
    } else if (text.startsWith('<!', i)) {
      const close = text.indexOf('>', i + 2);
      if (close === -1 || close >= end) return undefined;
      i = close + 1;
    } else {
      let j = i + 1;
      while (j < end && isNameChar(text.charCodeAt(j))) j++;
      return j > i + 1 ? text.slice(i + 1, j).toLowerCase() : undefined;
    }
  }
  return undefined;
}

function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
    c === 0x3a || c === 0x2d || c === 0x5f || c === 0x2e
  );
}

/**
 * The words of a sample, lower case, single spaces around each, with tags
 * and entities read as spaces ("<b>FORM</b>&nbsp;8-K" gives " form 8 k ").
 */
function wordsOf(sample: string): string {
  const out: string[] = [' '];
  let run = 0;
  let i = 0;
  const n = sample.length;
  const flush = (to: number) => {
    if (to > run) out.push(sample.slice(run, to));
    out.push(' ');
  };
  while (i < n) {
    const c = sample.charCodeAt(i);
    if (c === 0x3c /* < */ && i + 1 < n && startsTag(sample.charCodeAt(i + 1))) {
      // A '<' in prose ("a < b") has no '>' nearby: keep it as text.
      const close = sample.indexOf('>', i + 1);
      if (close === -1 || close - i > 4096) {
        i++;
        continue;
      }
      flush(i);
      i = close + 1;
      run = i;
    } else if (c === 0x26 /* & */) {
      const semi = sample.indexOf(';', i + 1);
      if (semi === -1 || semi - i > 10) {
        i++;
        continue;
      }
      flush(i);
      i = semi + 1;
      run = i;
    } else {
      i++;
    }
  }
  flush(n);
  return out.join('').toLowerCase().replace(/[^a-z0-9]+/g, ' ');
}

function startsTag(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2f || c === 0x21 || c === 0x3f;
}
