/**
 * Characters that UTF-8 filings use outside ASCII (dashes, curly quotes, the
 * no-break space, bullets, the section sign), and what each looks like when
 * an editor reads the UTF-8 bytes as Windows-1252 or Latin-1: "—" becomes
 * "â€”" or "â\x80\x94". Old filings are Windows-1252, so an editor set to that
 * encoding shows a modern UTF-8 filing this way.
 */
import { decodeWindows1252 } from '../decode';

/** The characters, by what a reader calls them. */
export const UTF8_CHARACTERS_OFTEN_MISREAD: ReadonlyArray<{ char: string; name: string }> = [
  { char: '\u2014', name: 'em dash' },
  { char: '\u2013', name: 'en dash' },
  { char: '\u2019', name: 'right single quotation mark' },
  { char: '\u2018', name: 'left single quotation mark' },
  { char: '\u201c', name: 'left double quotation mark' },
  { char: '\u201d', name: 'right double quotation mark' },
  { char: '\u2022', name: 'bullet' },
  { char: '\u2026', name: 'ellipsis' },
  { char: '\u00a0', name: 'no-break space' },
  { char: '\u00a7', name: 'section sign' },
  { char: '\u00ae', name: 'registered sign' },
  { char: '\u2122', name: 'trade mark sign' },
];

export interface MisreadForm {
  /** What the editor shows. */
  misread: string;
  /** The character the bytes stand for. */
  char: string;
  name: string;
  /** The encoding(s) the bytes were read in. */
  readAs: 'Windows-1252' | 'Latin-1' | 'Windows-1252 or Latin-1';
}

/** Every misread form: both readings of each character, once when the two agree (bytes from 0xA0 up). */
export const MISREAD_FORMS: readonly MisreadForm[] = UTF8_CHARACTERS_OFTEN_MISREAD.flatMap(({ char, name }): MisreadForm[] => {
  const bytes = new TextEncoder().encode(char);
  const windows1252 = decodeWindows1252(bytes);
  const latin1 = String.fromCharCode(...bytes);
  if (windows1252 === latin1) return [{ misread: latin1, char, name, readAs: 'Windows-1252 or Latin-1' }];
  return [
    { misread: windows1252, char, name, readAs: 'Windows-1252' },
    { misread: latin1, char, name, readAs: 'Latin-1' },
  ];
});

/** The first characters of every misread form ("â" and "Â"): a search looks for these first. */
export const MISREAD_LEADS: readonly string[] = [...new Set(MISREAD_FORMS.map((f) => f.misread[0]))];

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|\-]/g, '\\$&');

/** A pattern (source text) for the misread en and em dashes, to accept them where a dash separates. */
export const MISREAD_DASH = MISREAD_FORMS.filter((f) => f.char === '\u2013' || f.char === '\u2014')
  .map((f) => escape(f.misread))
  .join('|');
