/**
 * The filing model: what the language service knows about one version of a
 * document. Every range is a pair of UTF-16 offsets into the original text
 * (end exclusive), so it can be turned into an editor position directly, also
 * for HTML where the analysis itself runs over the extracted visible text.
 *
 * The model is plain data (no functions, no cycles) except `mainView`, which
 * carries the visible text of the main document for the feature providers.
 */

export interface Range {
  start: number;
  end: number;
}

export type FileKind = 'full-submission' | 'html' | 'text' | 'not-a-filing';

/** A value taken from the text, with where it stands. */
export interface Located<T = string> {
  /** Normalized value (ISO date, canonical number, trimmed text). */
  value: T;
  /** The text as written, whitespace collapsed. */
  raw: string;
  range: Range;
}

// ---------------------------------------------------------------- SEC header

export interface HeaderField {
  /** Key as written, without the colon: "CENTRAL INDEX KEY" (or the tag name for .nc files: "CIK"). */
  key: string;
  /** Value as written, trimmed. */
  value: string;
  keyRange: Range;
  valueRange: Range;
  /** Enclosing groups, outermost first: ["FILER", "COMPANY DATA"]. */
  path: string[];
}

export interface HeaderGroup {
  name: string;
  /** From the group's key to the end of its last field. */
  range: Range;
  nameRange: Range;
  fields: HeaderField[];
  groups: HeaderGroup[];
}

export type HeaderStyle = 'sec-header' | 'ims-header' | 'nc-tags';

export interface SecHeader {
  style: HeaderStyle;
  range: Range;
  /** Every field in document order, groups flattened. */
  fields: HeaderField[];
  /** Top-level groups (FILER, FILED BY, SUBJECT COMPANY, ...). */
  groups: HeaderGroup[];
  acceptanceDateTime?: Located;
  /** Convenience values taken from `fields` (first filer's where there are several). */
  accessionNumber?: Located;
  submissionType?: Located;
  /** ISO date. */
  periodOfReport?: Located;
  /** ISO date. */
  filedAsOf?: Located;
  /** 10 digits. */
  cik?: Located;
  companyName?: Located;
  irsNumber?: Located;
  stateOfIncorporation?: Located;
  fiscalYearEnd?: Located;
  fileNumber?: Located;
  /** Raw ITEM INFORMATION (or .nc ITEMS) values, in order, empty strings kept. */
  itemInformation: Located[];
}

// --------------------------------------------------------------- documents

export type ContentKind = 'html' | 'text' | 'xml' | 'xbrl' | 'uuencoded' | 'pdf' | 'binary' | 'empty';

export interface SubmissionDocument {
  /** TYPE as written: "8-K", "EX-99.1", "GRAPHIC", "XML". */
  type: string;
  sequence?: string;
  filename?: string;
  description?: string;
  /** From <DOCUMENT> to the end of </DOCUMENT> (or of the file when unterminated). */
  range: Range;
  /** The range of the TYPE value, a natural place to point at the document. */
  typeRange: Range;
  filenameRange?: Range;
  /** Inside <TEXT> ... </TEXT>; equal to start..start when there is no TEXT. */
  textRange: Range;
  contentKind: ContentKind;
}

// ------------------------------------------------------------ inline XBRL

export interface XbrlFact {
  /** Qualified name as written: "dei:EntityCentralIndexKey". */
  name: string;
  /** Visible text of the fact, whitespace collapsed. */
  value: string;
  /** The element from its start tag to its end tag. */
  range: Range;
  /** The value's text between the tags. */
  valueRange: Range;
  /** Inside ix:hidden. */
  hidden: boolean;
  /** ix:nonNumeric / ix:nonFraction ... */
  element: string;
  /** The format attribute, e.g. "ixt:fixed-true" for check boxes. */
  format?: string;
}

// ------------------------------------------------------------ cover page

export type CheckBoxRule = '425' | '14a-12' | '14d-2(b)' | '13e-4(c)' | 'emerging-growth' | 'extended-transition';

export interface CheckBox {
  rule: CheckBoxRule;
  checked: boolean;
  /** The box glyph (or the whole line where the glyph is not found). */
  boxRange: Range;
  /** The box's caption. */
  range: Range;
}

export interface Security12b {
  title: string;
  symbol?: string;
  exchange?: string;
  range: Range;
}

export interface CoverPage {
  range: Range;
  formType?: Located;
  /** ISO date. */
  dateOfReport?: Located;
  registrant?: Located;
  stateOfIncorporation?: Located;
  commissionFileNumber?: Located;
  /** As printed ("04-2726691"). */
  irsEmployerId?: Located;
  address?: Located;
  telephone?: Located;
  checkBoxes: CheckBox[];
  securities12b: Security12b[];
}

// ------------------------------------------------------------------- items

export type ItemScheme = 'current' | 'legacy';

export interface ItemHeading {
  /** Canonical number: "2.02" (current) or "5" (legacy). */
  number: string;
  scheme: ItemScheme;
  /** Title as written after the number, whitespace collapsed; "" when absent. */
  title: string;
  /** The whole heading line (or the part that names this item in a combined heading). */
  headingRange: Range;
  numberRange: Range;
  titleRange?: Range;
  /** From the heading to the next item heading, the signatures or the end of the document. */
  sectionRange: Range;
  /** True when several items share one heading ("Items 5.02 and 9.01"). */
  combined: boolean;
  /** Known to the catalogue of its scheme. */
  known: boolean;
}

// ---------------------------------------------------- signatures, exhibits

export interface Signatures {
  /** The SIGNATURE(S) heading (or the start of the block when it has none). */
  headingRange: Range;
  /** The block, from the heading to the end of the signer's title. */
  range: Range;
  /** ISO date. */
  date?: Located;
  signer?: Located;
  title?: Located;
}

export interface ExhibitEntry {
  /** As numbered: "99.1", "10.2", "104". */
  number: string;
  description: string;
  range: Range;
  numberRange: Range;
}

// ------------------------------------------------------------ identifiers

export type IdentifierKind =
  | 'cik'
  | 'ein'
  | 'file-number'
  | 'accession-number'
  | 'rule'
  | 'date';

export interface Identifier {
  kind: IdentifierKind;
  /** As written. */
  text: string;
  /** Normalized: 10-digit CIK, NN-NNNNNNN EIN, ISO date, "17 CFR 240.14a-12"... */
  value: string;
  range: Range;
}

// ------------------------------------------------------------- diagnostics

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface FilingDiagnostic {
  /** Stable code, kebab case: "ein-prefix", "unknown-item". */
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Extra data for quick fixes (for example the replacement text). */
  data?: Record<string, string>;
}

// -------------------------------------------------------------- the model

/** The visible text of a document region, with a map back to the source. */
export interface TextView {
  /** Text as a reader sees it: block elements and table rows end lines, cells are separated by tabs. */
  readonly text: string;
  /** Source offset of a view offset (0 <= offset <= text.length). */
  toSource(offset: number): number;
  /** Source range of a view range; the end maps to just past the last character. */
  toSourceRange(start: number, end: number): Range;
}

export interface FilingModel {
  kind: FileKind;
  /** "8-K", "8-K/A", "10-K"...; null when not known. */
  form: string | null;
  /** Why the file is not a filing, or why analysis was cut short. */
  notice?: string;
  header?: SecHeader;
  documents: SubmissionDocument[];
  /** Index into `documents` of the document whose items count; -1 for a file that is itself the document. */
  mainDocumentIndex: number;
  /** Source range of the main document's content. */
  mainRange: Range;
  /** Visible text of the main document. Not serialized. */
  mainView?: TextView;
  xbrlFacts: XbrlFact[];
  cover?: CoverPage;
  items: ItemHeading[];
  signatures?: Signatures;
  exhibits: ExhibitEntry[];
  identifiers: Identifier[];
  diagnostics: FilingDiagnostic[];
}
