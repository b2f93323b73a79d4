/**
 * Characters that UTF-8 filings use outside ASCII (dashes, curly quotes, the
 * no-break space, bullets, the section sign), and what each looks like when
 * an editor reads the UTF-8 bytes as Windows-1252 or Latin-1: "—" becomes
 * "â€”" or "â\x80\x94". Old filings are Windows-1252, so an editor set to that
 * encoding shows a modern UTF-8 filing this way; and the other way round, an
 * editor reading an old filing as UTF-8 shows its dashes and quotes as "\ufffd".
 */
import { decodeWindows1252 } from '../decode';
import { escapeRegExp } from '../regExpSource';

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

/**
 * What an editor shows for bytes that are not UTF-8 when it reads the file as
 * UTF-8: a Windows-1252 filing's dashes (0x96, 0x97) and curly quotes
 * (0x91-0x94) all become this one character.
 */
export const REPLACEMENT_CHARACTER = '\ufffd';

/**
 * A pattern (source text) for a dash seen through the wrong encoding: a UTF-8
 * en or em dash read as Windows-1252 or Latin-1, or a Windows-1252 one read as
 * UTF-8. Where a dash separates (after an item number), these separate too.
 */
export const MISREAD_DASH = [
  ...MISREAD_FORMS.filter((f) => f.char === '\u2013' || f.char === '\u2014').map((f) => escapeRegExp(f.misread)),
  REPLACEMENT_CHARACTER,
].join('|');
