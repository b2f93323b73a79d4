/**
 * Named character references, as data.
 *
 * The HTML 4 set (Latin-1, symbols and Greek, special characters) plus the
 * HTML 5 names that filings are seen to use. Names are case-sensitive, as in
 * HTML; a name that is not here is kept in the view as written.
 */

/** Latin-1 names in code point order, from U+00A0 (nbsp) to U+00FF (yuml). */
const LATIN1_FROM_160 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** Upper-case Greek from U+0391 (U+03A2 is unassigned, hence the gap). */
const GREEK_UPPER_FROM_913 =
  'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho - ' +
  'Sigma Tau Upsilon Phi Chi Psi Omega';

/** Lower-case Greek from U+03B1. */
const GREEK_LOWER_FROM_945 =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf ' +
  'sigma tau upsilon phi chi psi omega';

/** Everything else as name:code point (decimal). */
const OTHERS =
  // markup-significant and ASCII punctuation
  'quot:34 QUOT:34 amp:38 AMP:38 apos:39 lt:60 LT:60 gt:62 GT:62 ' +
  'excl:33 num:35 dollar:36 percnt:37 lpar:40 rpar:41 ast:42 plus:43 comma:44 period:46 sol:47 ' +
  'colon:58 semi:59 equals:61 quest:63 commat:64 lsqb:91 lbrack:91 bsol:92 rsqb:93 rbrack:93 ' +
  'Hat:94 lowbar:95 grave:96 lcub:123 lbrace:123 verbar:124 vert:124 rcub:125 rbrace:125 ' +
  'Tab:9 NewLine:10 ' +
  // Latin-1 aliases
  'NBSP:160 COPY:169 REG:174 half:189 centerdot:183 ' +
  // Latin extended, spacing modifiers
  'OElig:338 oelig:339 Scaron:352 scaron:353 Yuml:376 fnof:402 circ:710 tilde:732 ' +
  // Greek symbols
  'thetasym:977 upsih:978 piv:982 ' +
  // spaces, joiners, marks
  'ensp:8194 emsp:8195 emsp13:8196 emsp14:8197 numsp:8199 puncsp:8200 thinsp:8201 ThinSpace:8201 ' +
  'hairsp:8202 ZeroWidthSpace:8203 zwnj:8204 zwj:8205 lrm:8206 rlm:8207 NoBreak:8288 ' +
  // dashes, quotes, punctuation
  'hyphen:8208 dash:8208 ndash:8211 mdash:8212 horbar:8213 Verbar:8214 lsquo:8216 rsquo:8217 rsquor:8217 ' +
  'sbquo:8218 lsquor:8218 ldquo:8220 rdquo:8221 rdquor:8221 bdquo:8222 ldquor:8222 dagger:8224 ' +
  'Dagger:8225 bull:8226 bullet:8226 nldr:8229 hellip:8230 mldr:8230 permil:8240 prime:8242 Prime:8243 ' +
  'lsaquo:8249 rsaquo:8250 oline:8254 frasl:8260 euro:8364 ' +
  // letter-like symbols, arrows
  'image:8465 weierp:8472 real:8476 trade:8482 TRADE:8482 alefsym:8501 ' +
  'larr:8592 uarr:8593 rarr:8594 darr:8595 harr:8596 crarr:8629 lArr:8656 uArr:8657 rArr:8658 ' +
  'dArr:8659 hArr:8660 ' +
  // mathematical operators
  'forall:8704 part:8706 exist:8707 empty:8709 nabla:8711 isin:8712 notin:8713 ni:8715 prod:8719 ' +
  'sum:8721 minus:8722 lowast:8727 radic:8730 prop:8733 infin:8734 ang:8736 and:8743 or:8744 ' +
  'cap:8745 cup:8746 int:8747 there4:8756 sim:8764 cong:8773 asymp:8776 ne:8800 equiv:8801 le:8804 ' +
  'ge:8805 sub:8834 sup:8835 nsub:8836 sube:8838 supe:8839 oplus:8853 otimes:8855 perp:8869 ' +
  'sdot:8901 lceil:8968 rceil:8969 lfloor:8970 rfloor:8971 lang:10216 rang:10217 ' +
  // shapes and dingbats (check marks and boxes turn up on cover pages)
  'square:9633 squ:9633 blacksquare:9642 squf:9642 loz:9674 star:9734 starf:9733 phone:9742 ' +
  'spades:9824 clubs:9827 hearts:9829 diams:9830 check:10003 checkmark:10003 cross:10007';

function buildTable(): Map<string, number> {
  const table = new Map<string, number>();
  const addRun = (names: string, first: number): void => {
    names.split(' ').forEach((name, i) => {
      if (name !== '-') table.set(name, first + i);
    });
  };
  addRun(LATIN1_FROM_160, 160);
  addRun(GREEK_UPPER_FROM_913, 913);
  addRun(GREEK_LOWER_FROM_945, 945);
  for (const pair of OTHERS.split(' ')) {
    const colon = pair.indexOf(':');
    table.set(pair.slice(0, colon), Number(pair.slice(colon + 1)));
  }
  return table;
}

/** Entity name (without & and ;) to code point. */
export const NAMED_ENTITIES: ReadonlyMap<string, number> = buildTable();

/**
 * Names that browsers also accept without the closing semicolon ("&amp" in
 * old filings). Others need the semicolon, so "AT&T" stays as written.
 */
export const SEMICOLON_OPTIONAL: ReadonlySet<string> = new Set(['amp', 'AMP', 'lt', 'LT', 'gt', 'GT', 'quot', 'QUOT', 'nbsp', 'copy', 'reg']);

/**
 * Numeric references 128-159 name Windows-1252 characters in practice
 * (&#146; is a right quote, &#150; an en dash); browsers map them so.
 * Index = code - 128; 0 = not remapped.
 */
export const WINDOWS_1252_FROM_128: readonly number[] = [
  8364, 0, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 0, 381, 0,
  0, 8216, 8217, 8220, 8221, 8226, 8211, 8212, 732, 8482, 353, 8250, 339, 0, 382, 376,
];
