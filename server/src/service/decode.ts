/**
 * Bytes to text. Filings are ASCII, UTF-8, or (many older ones) Windows-1252 /
 * Latin-1; a few tools write UTF-16 with a byte order mark. Decoding never
 * fails: bytes that are not valid UTF-8 are read as Windows-1252.
 */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  /** True when the bytes hold NUL bytes or other signs of binary content. */
  binary: boolean;
}

const SAMPLE = 64 * 1024;

/** Control bytes that do not occur in text (tab, line breaks, form feed and escape do). */
const CONTROL_BYTES = /[\x01-\x08\x0e-\x1a\x1c-\x1f]/g;

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  if (n === 0) return false;
  const sample = bytes.subarray(0, n);
  if (sample.indexOf(0) !== -1) return true;
  // Each byte as one character, counted by a regular expression: no loop over the bytes here.
  const chars = LATIN1.decode(sample);
  let control = 0;
  CONTROL_BYTES.lastIndex = 0;
  while (CONTROL_BYTES.exec(chars) !== null) control++;
  return control / n > 0.1;
}

export function decodeFilingBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', binary: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', binary: false };
  }
  const binary = looksBinary(bytes);
  try {
    // fatal: throws on the first byte that is not UTF-8; ignoreBOM false strips a BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', binary };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', binary };
  }
}

/** Bytes as single characters: code point = byte (Node's TextDecoder reads "latin1" so). */
const LATIN1 = new TextDecoder('latin1');

/** Windows-1252's characters for the bytes 0x80-0x9F (five are unassigned and stay as they are). */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 (which Latin-1 files also decode as: it differs from Latin-1
 * only in 0x80-0x9F, where Latin-1 has no printable characters). Node's
 * TextDecoder reads "windows-1252" as Latin-1, so curly quotes and dashes are
 * mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return LATIN1.decode(bytes).replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
}
