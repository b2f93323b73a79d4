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

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
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
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', binary };
  }
}
