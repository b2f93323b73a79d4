/**
 * One analysis per document version, shared by every request. An entry is
 * made lazily, the first time a request needs the version; when the document
 * changes, the old entry is dropped (so its model is never computed for a
 * request that comes after the change) and the next request analyses the new
 * text.
 *
 * Analysing the new text does not start from nothing: the last analysis
 * made for the document is kept with the edits made since (each version
 * knows the edits that made it, see filingDocument.ts), and the new analysis
 * reuses what those edits cannot have changed (../service/incremental.ts).
 * A burst of edits with no request in between costs one re-analysis.
 */
import type { FilingModel, Range } from '../service/model';
import type { AnalyzeOptions } from '../service/analyze';
import { FilingAnalysis, type EditSpan, type TextEdit } from '../service/incremental';
import { looksLikeFiling, sniffContainer, SNIFF_WINDOW } from '../service/sniff';
import { createContext, type FeatureContext } from '../features/context';
import { FILING_LANGUAGE_ID, SNIFFED_LANGUAGE_IDS } from '../protocol';
import type { FilingDocument } from './filingDocument';

export interface ServedStatus {
  /** The document is a filing the server answers for. */
  served: boolean;
  /** Only the cheap parts are analysed: the main document is above the size limit. */
  tooLarge: boolean;
  /** Why a document of the filing language is not served: it is binary. */
  binary?: string;
}

interface Entry {
  version: number;
  served?: boolean;
  binary?: string;
  context?: FeatureContext;
  /** The analysis threw for this version: answer empty rather than try again on every request. */
  failed?: boolean;
  /** Other results derived from this version, by name (computed once, dropped with the version). */
  derived: Map<string, unknown>;
  /**
   * When the analysis of this version only moved what the previous analysed
   * version's found (an edit inside a document that is not the main one):
   * that version's derived results and the edit, to derive this version's from.
   */
  moved?: { derived: Map<string, unknown>; span: EditSpan };
  /**
   * When the edit was inside the main document's text (only that document
   * was analysed again): the previous version's derived results, the edit and
   * where the main text was before it, to splice this version's from.
   */
  mainEdited?: { derived: Map<string, unknown>; edit: MainTextEdit };
}

/** An edit inside the main document's text, with that text's range before it. */
export interface MainTextEdit {
  span: EditSpan;
  mainBefore: Range;
}

/** The last analysis of a document and the edits made since, to the version `version`. */
interface Base {
  analysis: FilingAnalysis;
  /** The derived results of the version analysed. */
  derived: Map<string, unknown>;
  version: number;
  edits: TextEdit[];
}

/** Edits kept to follow with the last analysis; beyond, a document nobody asks about is analysed afresh when someone does. */
const MAX_PENDING_EDITS = 10_000;

export interface DocumentCacheOptions {
  /** Main documents longer than this (UTF-16 code units) get only the cheap parts of the analysis. */
  maxChars: () => number;
  onError: (message: string) => void;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly bases = new Map<string, Base>();

  constructor(private readonly options: DocumentCacheOptions) {}

  /**
   * Whether the server answers for this version, decided from the language id
   * and the first kilobytes, and whether its main document is too large to
   * analyse in full (which takes the document's structure, so only texts
   * above the limit are looked at for it).
   */
  status(doc: FilingDocument): ServedStatus {
    const entry = this.entry(doc);
    const served = this.served(doc, entry);
    const tooLarge = served && doc.length > this.options.maxChars() && this.mainTooLarge(doc);
    return entry.binary ? { served, tooLarge, binary: entry.binary } : { served, tooLarge };
  }

  /** The analysed version, or undefined when the document is not served or its analysis failed. */
  context(doc: FilingDocument): FeatureContext | undefined {
    const entry = this.entry(doc);
    if (!this.served(doc, entry)) return undefined;
    if (entry.context || entry.failed) return entry.context;
    try {
      const model = this.analyze(doc, entry);
      entry.context = createContext(doc.uri, doc.version, doc.source, model, doc.lines);
    } catch (e) {
      entry.failed = true;
      this.bases.delete(doc.uri);
      this.options.onError(`analysis of ${doc.uri} (version ${doc.version}) failed: ${describe(e)}`);
    }
    return entry.context;
  }

  /**
   * A result derived from the analysed version, computed once per version;
   * with `follow`, taken from the previous version's result when the edit
   * only moved what the analysis found.
   */
  derived<T>(
    doc: FilingDocument,
    key: string,
    compute: (ctx: FeatureContext) => T,
    follow?: (previous: T, span: EditSpan, ctx: FeatureContext) => T,
    splice?: (previous: T, edit: MainTextEdit, ctx: FeatureContext) => T,
  ): T | undefined {
    const ctx = this.context(doc);
    if (!ctx) return undefined;
    const entry = this.entry(doc);
    if (!entry.derived.has(key)) {
      const { moved, mainEdited } = entry;
      let value: T;
      if (follow && moved?.derived.has(key)) value = follow(moved.derived.get(key) as T, moved.span, ctx);
      else if (splice && mainEdited?.derived.has(key)) value = splice(mainEdited.derived.get(key) as T, mainEdited.edit, ctx);
      else value = compute(ctx);
      entry.derived.set(key, value);
    }
    return entry.derived.get(key) as T;
  }

  /**
   * A new version arrived (or the document was opened): what is known of the
   * previous one is dropped, except the last analysis, which the edits that
   * made this version are added to.
   */
  changed(doc: FilingDocument): void {
    const previous = this.entries.get(doc.uri);
    this.entries.delete(doc.uri);
    const base = this.bases.get(doc.uri);
    if (base && doc.edits && doc.previousVersion === base.version && base.edits.length + doc.edits.length <= MAX_PENDING_EDITS) {
      base.edits.push(...doc.edits);
      base.version = doc.version;
    } else {
      this.bases.delete(doc.uri);
    }
    // The served decision reads only the first kilobytes: edits after them keep it.
    if (previous?.served !== undefined && doc.edits && previous.version === doc.previousVersion && doc.edits.every((e) => Math.min(e.start, e.end) >= SNIFF_WINDOW)) {
      const entry = this.entry(doc);
      entry.served = previous.served;
      if (previous.binary) entry.binary = previous.binary;
    }
  }

  /** Drops what is known of a document (it closed). */
  forget(uri: string): void {
    this.entries.delete(uri);
    this.bases.delete(uri);
  }

  /** Drops everything (the settings the analysis depends on changed). */
  clear(): void {
    this.entries.clear();
    this.bases.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private served(doc: FilingDocument, entry: Entry): boolean {
    if (entry.served === undefined) {
      const text = doc.source.slice(0, SNIFF_WINDOW);
      const sniffed = doc.languageId === FILING_LANGUAGE_ID ? sniffContainer(text) : undefined;
      const binary = sniffed?.container === 'binary' ? (sniffed.reason ?? 'binary content') : undefined;
      entry.served = !binary && isFilingDocument(doc.languageId, text);
      if (binary) entry.binary = binary;
    }
    return entry.served;
  }

  private mainTooLarge(doc: FilingDocument): boolean {
    this.context(doc);
    return this.bases.get(doc.uri)?.analysis.mainTooLarge ?? false;
  }

  private analyze(doc: FilingDocument, entry: Entry): FilingModel {
    const options: AnalyzeOptions = { maxFullAnalysisLength: this.options.maxChars() };
    const base = this.bases.get(doc.uri);
    let analysis: FilingAnalysis;
    if (base && base.version === doc.version && base.edits.length > 0) {
      analysis = base.analysis.withEdits(doc.source, base.edits);
      const span = analysis.span;
      if (analysis.reuse === 'structure-and-main' && span) entry.moved = { derived: base.derived, span };
      if (analysis.reuse === 'structure' && span) {
        const before = base.analysis.model;
        const mainBefore = before.documents[before.mainDocumentIndex]?.textRange;
        // An edit in the main document's tags (before <TEXT>) is also 'structure': only one inside its text is spliced.
        if (mainBefore && span.start >= mainBefore.start && span.end <= mainBefore.end) {
          entry.mainEdited = { derived: base.derived, edit: { span, mainBefore } };
        }
      }
    } else if (base && base.version === doc.version && base.analysis.text === doc.source) {
      analysis = base.analysis;
    } else {
      analysis = FilingAnalysis.of(doc.getText(), options);
    }
    this.bases.set(doc.uri, { analysis, derived: entry.derived, version: doc.version, edits: [] });
    return analysis.model;
  }

  private entry(doc: FilingDocument): Entry {
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
