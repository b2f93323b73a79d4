/**
 * The language service's entry point: text in, filing model out. Pure (no
 * I/O, no LSP types), deterministic, linear in the size of the text. Callers
 * cache the result per document version (see server/src/lsp/documentCache.ts);
 * editors that change a version a little re-analyse through ./incremental.ts,
 * which runs the same stages below on only what an edit can have changed.
 *
 * Stages: sniff the container → the structure (SEC header, the documents,
 * which one is the main document) → the main document's content (visible
 * text, body, cover, identifiers) → what follows from the whole model (form,
 * kind, checks).
 */
import type {
  CoverPage,
  ExhibitEntry,
  FilingModel,
  Identifier,
  ItemHeading,
  Range,
  SecHeader,
  Signatures,
  SubmissionDocument,
  TextView,
  XbrlFact,
} from './model';
import { sniffContainer, type Container } from './sniff';
import { parseSubmission } from './sgml/submission';
import { htmlView } from './html/htmlView';
import { plainView } from './textView';
import { findCover } from './cover';
import { findBody } from './body';
import { findIdentifiers } from './identifiers';
import { detectForm } from './form';
import { checkFiling } from './checks';
import { CURRENT_SCHEME_EFFECTIVE } from './data/items';
import { shiftRangesFrom, shiftedView } from './shift';
import type { TextSource } from './textSource';

export interface AnalyzeOptions {
  /**
   * A main document longer than this gets only the cheap parts (header,
   * documents); default 64 MiB. It is the main document that counts: a huge
   * submission whose 8-K is small (exhibits, XBRL, images) is analysed fully.
   */
  maxFullAnalysisLength?: number;
}

const DEFAULT_MAX_FULL = 64 * 1024 * 1024;

export function analyzeFiling(text: string, options: AnalyzeOptions = {}): FilingModel {
  const sniffed = sniffContainer(text);
  if (sniffed.container === 'binary') return binaryModel(text, sniffed.reason);
  const structure = readStructure(text, sniffed.container);
  return assembleModel(structure, analyzeMain(text, structure, options));
}

// ------------------------------------------------------------ structure

/** What a file is made of: its container, SEC header, documents, and where the main document's content lies. */
export interface Structure {
  container: Exclude<Container, 'binary'>;
  header?: SecHeader;
  documents: SubmissionDocument[];
  mainDocumentIndex: number;
  mainRange: Range;
  mainIsHtml: boolean;
}

export function readStructure(text: string, container: Exclude<Container, 'binary'>): Structure {
  const structure: Structure = {
    container,
    documents: [],
    mainDocumentIndex: -1,
    mainRange: { start: 0, end: text.length },
    mainIsHtml: container === 'html',
  };
  if (container === 'submission' || container === 'document') {
    const submission = parseSubmission(text);
    structure.header = submission.header;
    structure.documents = submission.documents;
    completeStructure(text, structure);
  }
  return structure;
}

/** Picks the main document and its range, from the header and documents already in `structure`. */
export function completeStructure(text: { readonly length: number }, structure: Structure): void {
  const { documents, header } = structure;
  structure.mainDocumentIndex = pickMainDocument(documents, header?.submissionType?.value);
  const main = documents[structure.mainDocumentIndex];
  if (main) {
    structure.mainRange = main.textRange;
    structure.mainIsHtml = main.contentKind === 'html';
  } else {
    structure.mainRange = { start: header ? header.range.end : 0, end: text.length };
    structure.mainIsHtml = false;
  }
}

/** The document whose items count: the first one of the submission's form type, else the first. */
function pickMainDocument(documents: SubmissionDocument[], submissionType: string | undefined): number {
  if (documents.length === 0) return -1;
  const wanted = (submissionType ?? '').trim().toUpperCase();
  if (wanted) {
    const i = documents.findIndex((d) => d.type.trim().toUpperCase() === wanted);
    if (i >= 0) return i;
  }
  const eightK = documents.findIndex((d) => /^8-K/i.test(d.type.trim()));
  return eightK >= 0 ? eightK : 0;
}

// ------------------------------------------------------- main document

/** What the analysis of the main document's content finds. */
export interface MainContent {
  /** Above the size limit the content is not analysed: this says so. */
  notice?: string;
  view?: TextView;
  xbrlFacts: XbrlFact[];
  items: ItemHeading[];
  signatures?: Signatures;
  exhibits: ExhibitEntry[];
  cover?: CoverPage;
  identifiers: Identifier[];
}

export function analyzeMain(text: TextSource, structure: Structure, options: AnalyzeOptions): MainContent {
  const content: MainContent = { xbrlFacts: [], items: [], exhibits: [], identifiers: [] };
  const { start, end } = structure.mainRange;
  if (end - start > fullAnalysisLimit(options)) {
    content.notice = tooLargeNotice(end - start);
    return content;
  }
  const { view, facts } = mainView(text, structure);
  content.view = view;
  content.xbrlFacts = facts;

  const body = findBody(view, { scheme: schemeHint(structure.header) });
  content.items = body.items;
  content.signatures = body.signatures;
  content.exhibits = body.exhibits;
  content.cover = findCover(view, body.coverEndInView, { header: structure.header, facts: content.xbrlFacts });
  // Identifiers read the header, the facts, the cover and the signatures from a model in the making.
  const partial = assembleParts(structure, content);
  content.identifiers = findIdentifiers(text, view, partial);
  return content;
}

/**
 * The visible text of the main document (and its inline XBRL facts). An
 * edited document's text comes in pieces: only the main document is taken
 * out as a string, read with offsets from 0, and its findings moved to where
 * the document starts, rather than joining a whole submission per keystroke.
 */
function mainView(text: TextSource, structure: Structure): { view: TextView; facts: XbrlFact[] } {
  const { start, end } = structure.mainRange;
  const base = typeof text === 'string' ? 0 : start;
  const source = typeof text === 'string' ? text : text.slice(start, end);
  if (!structure.mainIsHtml) {
    const view = plainView(source, start - base, end - base);
    return { view: base ? shiftedView(view, base) : view, facts: [] };
  }
  const html = htmlView(source, start - base, end - base);
  if (!base) return { view: html.view, facts: html.facts };
  return { view: shiftedView(html.view, base), facts: shiftRangesFrom(html.facts, 0, base) };
}

/** Main documents longer than this get only the cheap parts. */
export function fullAnalysisLimit(options: AnalyzeOptions): number {
  return options.maxFullAnalysisLength ?? DEFAULT_MAX_FULL;
}

function tooLargeNotice(mainLength: number): string {
  return `The main document is ${(mainLength / 1048576).toFixed(0)} MB: only the header and the list of documents were analysed.`;
}

/** Legacy or current numbering, from the dates the header gives; undefined lets the finder decide. */
function schemeHint(header: SecHeader | undefined): 'current' | 'legacy' | undefined {
  const date = header?.filedAsOf?.value ?? header?.periodOfReport?.value;
  if (!date) return undefined;
  return date < CURRENT_SCHEME_EFFECTIVE ? 'legacy' : 'current';
}

// ---------------------------------------------------------------- model

/** The model of a structure and its main content, with what follows from both: form, kind, checks. */
export function assembleModel(structure: Structure, content: MainContent): FilingModel {
  const model = assembleParts(structure, content);
  model.form = detectForm(model);
  model.kind = fileKind(structure.container, structure.mainIsHtml, model);
  // A model cut short would report everything it did not look at as missing.
  if (model.kind !== 'not-a-filing' && content.notice === undefined) model.diagnostics = checkFiling(model);
  return model;
}

function assembleParts(structure: Structure, content: MainContent): FilingModel {
  const model: FilingModel = {
    kind: 'not-a-filing',
    form: null,
    documents: structure.documents,
    mainDocumentIndex: structure.mainDocumentIndex,
    mainRange: structure.mainRange,
    xbrlFacts: content.xbrlFacts,
    items: content.items,
    exhibits: content.exhibits,
    identifiers: content.identifiers,
    diagnostics: [],
  };
  if (content.notice) model.notice = content.notice;
  if (structure.header) model.header = structure.header;
  if (content.view) model.mainView = content.view;
  if (content.cover) model.cover = content.cover;
  if (content.signatures) model.signatures = content.signatures;
  return model;
}

export function binaryModel(text: string, reason: string | undefined): FilingModel {
  return {
    kind: 'not-a-filing',
    form: null,
    notice: reason ?? 'binary content',
    documents: [],
    mainDocumentIndex: -1,
    mainRange: { start: 0, end: text.length },
    xbrlFacts: [],
    items: [],
    exhibits: [],
    identifiers: [],
    diagnostics: [],
  };
}

function fileKind(container: Container, mainIsHtml: boolean, model: FilingModel): FilingModel['kind'] {
  if (container === 'submission') return 'full-submission';
  const looksLikeFiling = model.form !== null || model.cover !== undefined || model.items.length > 0;
  if (!looksLikeFiling) return 'not-a-filing';
  return mainIsHtml ? 'html' : 'text';
}

