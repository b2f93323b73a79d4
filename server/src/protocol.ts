/**
 * What the EDGAR filings language server and its VS Code client say to each
 * other beyond LSP: method names, settings and the JSON shapes they carry.
 *
 * Plain data only, ranges in LSP terms (0-based line, UTF-16 character), so
 * the client (tree view, webview panel) and any other LSP client can use it
 * without the language service. Stable: add fields, never rename them.
 */
import type { Range as LspRange } from 'vscode-languageserver-types';

/** The language id of EDGAR full submissions (.txt/.nc that begin like one). */
export const FILING_LANGUAGE_ID = 'edgar-filing';

/** Other language ids served when their text turns out to be a filing. */
export const SNIFFED_LANGUAGE_IDS: readonly string[] = ['plaintext', 'html'];

/**
 * Node options for the server's process. A young generation capped at 4 MB
 * keeps about 25 MB less resident with a 50 MB filing open, at no measured
 * cost in speed (the analysis allocates little that lives long).
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=4'];

/** `source` of every diagnostic the server reports. */
export const DIAGNOSTIC_SOURCE = 'edgar-filings';

// ---------------------------------------------------------------- settings

/** The configuration section the server reads (workspace/configuration, didChangeConfiguration). */
export const SETTINGS_SECTION = 'edgarFilings';

export type SeverityOverride = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface EdgarFilingsSettings {
  /**
   * `edgarFilings.maxFileSize`, in megabytes: larger documents get only the
   * cheap parts of the analysis (SEC header, documents), and the user is told once.
   */
  maxFileSize: number;
  diagnostics: {
    /** `edgarFilings.diagnostics.severity`: per diagnostic code, a severity or "off". */
    severity: Record<string, SeverityOverride>;
  };
}

export const DEFAULT_SETTINGS: EdgarFilingsSettings = {
  maxFileSize: 30,
  diagnostics: { severity: {} },
};

/** initializationOptions a client may send, for clients without workspace/configuration. */
export interface EdgarFilingsInitializationOptions {
  settings?: { maxFileSize?: number; diagnostics?: { severity?: Record<string, string> } };
}

// --------------------------------------------------------------- requests

/**
 * Request `edgarFilings/filingSummary`, client to server: the model of an
 * open document as one JSON object, for the client's views. Answers null
 * for a document the server does not know or does not serve (see
 * `edgarFilings/documentStatus`); a served document that turns out not to
 * be a filing answers with kind "not-a-filing".
 */
export const FILING_SUMMARY_REQUEST = 'edgarFilings/filingSummary';

export interface FilingSummaryParams {
  textDocument: { uri: string };
}

/**
 * Request `edgarFilings/diagnosticCodes`, client to server: every diagnostic
 * code with its default severity, the severity in force and what it means
 * (for a settings editor or a help page). No params.
 */
export const DIAGNOSTIC_CODES_REQUEST = 'edgarFilings/diagnosticCodes';

export interface DiagnosticCodeInfo {
  code: string;
  defaultSeverity: SeverityOverride;
  /** After `edgarFilings.diagnostics.severity`. */
  severity: SeverityOverride;
  explanation: string;
}

// ----------------------------------------------------------- notifications

/**
 * Notification `edgarFilings/documentStatus`, server to client: sent when a
 * document is opened and whenever what the server makes of it changes, so
 * the client can show it (status bar, when-clauses) and refresh its views.
 */
export const DOCUMENT_STATUS_NOTIFICATION = 'edgarFilings/documentStatus';

export interface DocumentStatus {
  uri: string;
  version: number;
  /** True when the server analyses this document; false for a document that is not a filing. */
  served: boolean;
  /** Only the cheap parts are served: the document is above `edgarFilings.maxFileSize`. */
  tooLarge: boolean;
}

// ---------------------------------------------------------- filing summary

/** One labelled value taken from the text. */
export interface SummaryField {
  /** Stable key: "dateOfReport", "registrant", "CENTRAL INDEX KEY". */
  key: string;
  /** For people: "Date of Report", "Registrant", "Central Index Key". */
  label: string;
  /** Normalized value (ISO date, 10-digit CIK...). */
  value: string;
  /** As written. */
  raw: string;
  range: LspRange;
}

export interface SummaryHeaderGroup {
  name: string;
  range: LspRange;
  nameRange: LspRange;
  fields: SummaryField[];
  groups: SummaryHeaderGroup[];
}

export interface SummaryHeader {
  style: 'sec-header' | 'ims-header' | 'nc-tags';
  range: LspRange;
  /** Fields outside any group (ACCESSION NUMBER, CONFORMED SUBMISSION TYPE...). */
  fields: SummaryField[];
  groups: SummaryHeaderGroup[];
  /** The convenience values (accessionNumber, cik, companyName, filedAsOf...), normalized. */
  values: SummaryField[];
  itemInformation: SummaryField[];
}

export interface SummaryDocument {
  index: number;
  type: string;
  sequence: string | null;
  filename: string | null;
  description: string | null;
  contentKind: string;
  /** The document whose items count. */
  isMain: boolean;
  range: LspRange;
  typeRange: LspRange;
}

export interface SummaryCheckBox {
  rule: string;
  label: string;
  checked: boolean;
  range: LspRange;
  boxRange: LspRange;
}

export interface SummaryCover {
  range: LspRange;
  fields: SummaryField[];
  checkBoxes: SummaryCheckBox[];
  securities12b: { title: string; symbol: string | null; exchange: string | null; range: LspRange }[];
}

export type DeadlineRuleName = 'four-business-days' | 'regulation-fd' | 'none' | 'with-triggering-item';

export interface SummaryItem {
  /** "7.01" (current numbering) or "5" (before August 2004). */
  number: string;
  scheme: 'current' | 'legacy';
  /** "Item 7.01 Regulation FD Disclosure": the official title where the item is known. */
  label: string;
  /** The title as the heading writes it ("" when the heading has none). */
  title: string;
  officialTitle: string | null;
  /** "Section 7 – Regulation FD"; null for legacy items. */
  section: string | null;
  /** Furnished, not filed (General Instruction B.2). */
  furnished: boolean;
  /** How the four-business-day clock applies; null for legacy and unknown items. */
  deadlineRule: DeadlineRuleName | null;
  deadlineNote: string | null;
  known: boolean;
  /** Several items share this heading ("Items 5.02 and 9.01"). */
  combined: boolean;
  headingRange: LspRange;
  /** The whole section, heading to the next heading, the signatures or the end. */
  range: LspRange;
}

export interface SummaryDeadline {
  /** ISO dates. */
  eventDate: string;
  dueDate: string;
  filedOn: string | null;
  signedOn: string | null;
  /** null when the filing date is not known. */
  late: boolean | null;
  /** False when no item runs on the four-business-day clock (7.01 and 8.01 alone), and for an amendment. */
  applies: boolean;
  /** An 8-K/A: it runs on the clock of what it adds, not four business days from the event. */
  amendment: boolean;
  businessDays: string[];
  skipped: { date: string; reason: string }[];
}

export interface SummarySignatures {
  range: LspRange;
  headingRange: LspRange;
  fields: SummaryField[];
}

export interface SummaryExhibit {
  number: string;
  description: string;
  range: LspRange;
  numberRange: LspRange;
  /** Index into `documents` of the document that is this exhibit, or null (also for files that are not submissions). */
  documentIndex: number | null;
}

export interface SummaryCheck {
  code: string;
  /** The severity in force (after settings); checks turned "off" are left out. */
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  /** What the code means, the same for every check of the code. */
  explanation: string;
  range: LspRange;
}

export interface FilingSummary {
  uri: string;
  version: number;
  kind: 'full-submission' | 'html' | 'text' | 'not-a-filing';
  /** "8-K", "8-K/A"...; null when not known. */
  form: string | null;
  /** Why the analysis was cut short (too large), if it was. */
  notice: string | null;
  /** Who filed, from the cover or else the header. */
  registrant: string | null;
  /** ISO date of the event, from the cover or else the header's period of report. */
  dateOfReport: string | null;
  header: SummaryHeader | null;
  documents: SummaryDocument[];
  cover: SummaryCover | null;
  items: SummaryItem[];
  deadline: SummaryDeadline | null;
  signatures: SummarySignatures | null;
  exhibits: SummaryExhibit[];
  checks: SummaryCheck[];
}
