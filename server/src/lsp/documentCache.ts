/**
 * One analysis per document version, shared by every request. An entry is
 * made lazily, the first time a request needs the version; when the document
 * changes, the old entry is dropped (so its model is never computed for a
 * request that comes after the change) and the next request analyses the new
 * text.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FilingModel } from '../service/model';
import { analyzeFiling, type AnalyzeOptions } from '../service/analyze';
import { looksLikeFiling } from '../service/sniff';
import { createContext, type FeatureContext } from '../features/context';
import { FILING_LANGUAGE_ID, SNIFFED_LANGUAGE_IDS } from '../protocol';

export interface ServedStatus {
  /** The document is a filing the server answers for. */
  served: boolean;
  /** Only the cheap parts are analysed: the text is above the size limit. */
  tooLarge: boolean;
}

interface Entry {
  version: number;
  status?: ServedStatus;
  context?: FeatureContext;
  /** The analysis threw for this version: answer empty rather than try again on every request. */
  failed?: boolean;
  /** Other results derived from this version, by name (computed once, dropped with the version). */
  derived: Map<string, unknown>;
}

export interface DocumentCacheOptions {
  /** Texts longer than this (UTF-16 code units) get only the cheap parts of the analysis. */
  maxChars: () => number;
  onError: (message: string) => void;
  analyze?: (text: string, options: AnalyzeOptions) => FilingModel;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly analyze: (text: string, options: AnalyzeOptions) => FilingModel;

  constructor(private readonly options: DocumentCacheOptions) {
    this.analyze = options.analyze ?? analyzeFiling;
  }

  /** Whether the server answers for this version, decided from the language id and the first kilobytes. */
  status(doc: TextDocument): ServedStatus {
    const entry = this.entry(doc);
    if (!entry.status) {
      const text = doc.getText();
      entry.status = { served: isFilingDocument(doc.languageId, text), tooLarge: text.length > this.options.maxChars() };
    }
    return entry.status;
  }

  /** The analysed version, or undefined when the document is not served or its analysis failed. */
  context(doc: TextDocument): FeatureContext | undefined {
    if (!this.status(doc).served) return undefined;
    const entry = this.entry(doc);
    if (entry.context || entry.failed) return entry.context;
    const text = doc.getText();
    try {
      const model = this.analyze(text, { maxFullAnalysisLength: this.options.maxChars() });
      entry.context = createContext(doc.uri, doc.version, text, model);
    } catch (e) {
      entry.failed = true;
      this.options.onError(`analysis of ${doc.uri} (version ${doc.version}) failed: ${describe(e)}`);
    }
    return entry.context;
  }

  /** A result derived from the analysed version, computed once per version. */
  derived<T>(doc: TextDocument, key: string, compute: (ctx: FeatureContext) => T): T | undefined {
    const ctx = this.context(doc);
    if (!ctx) return undefined;
    const entry = this.entry(doc);
    if (!entry.derived.has(key)) entry.derived.set(key, compute(ctx));
    return entry.derived.get(key) as T;
  }

  /** Drops what is known of a document (it changed or closed). */
  forget(uri: string): void {
    this.entries.delete(uri);
  }

  /** Drops everything (the settings the analysis depends on changed). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private entry(doc: TextDocument): Entry {
    let entry = this.entries.get(doc.uri);
    if (!entry || entry.version !== doc.version) {
      entry = { version: doc.version, derived: new Map() };
      this.entries.set(doc.uri, entry);
    }
    return entry;
  }
}

/**
 * Documents of the extension's language are always served; plain text and
 * HTML only when their first kilobytes read like a filing; anything else never.
 */
export function isFilingDocument(languageId: string, text: string): boolean {
  if (languageId === FILING_LANGUAGE_ID) return true;
  if (SNIFFED_LANGUAGE_IDS.includes(languageId)) return looksLikeFiling(text);
  return false;
}

export function describe(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  return String(e);
}
