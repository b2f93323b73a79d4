/**
 * Document links: an exhibit (its number in the exhibit list, its file name
 * wherever the report names it, the <FILENAME> of its document) to its
 * document in the submission; CIKs and accession numbers to their EDGAR
 * pages; rule citations to the eCFR.
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { FilingModel, Range, SubmissionDocument } from '../service/model';
import { normalizeCik } from '../service/identifiers';
import { exhibitNumberOfType } from '../service/checks/exhibits';
import { toLspRange, type FeatureContext } from './context';
import { companyPageUrl, ecfrSectionUrl, filerCik, filingFolderUrl } from './edgarUrls';

/** File names shorter than this are too likely to occur by chance ("a.htm" is fine, "a" is not). */
const MIN_FILENAME_LENGTH = 5;
/** Submissions with more documents than this are not scanned for file-name mentions. */
const MAX_SCANNED_DOCUMENTS = 500;

export function provideDocumentLinks(ctx: FeatureContext): DocumentLink[] {
  const links: DocumentLink[] = [];
  const add = (range: Range, target: string, tooltip: string) => {
    if (range.end > range.start) links.push({ range: toLspRange(ctx, range), target, tooltip });
  };
  addExhibitLinks(ctx, add);
  addFilenameLinks(ctx, add);
  addIdentifierLinks(ctx.model, add);
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

type AddLink = (range: Range, target: string, tooltip: string) => void;

/** A link to a line of this document: VS Code reveals `#L<line>` (1-based). */
function lineTarget(ctx: FeatureContext, offset: number): string {
  const base = ctx.uri.replace(/#.*$/, '');
  return `${base}#L${ctx.lines.position(offset).line + 1}`;
}

function describe(doc: SubmissionDocument): string {
  return doc.filename ? `${doc.type} (${doc.filename})` : doc.type;
}

function addExhibitLinks(ctx: FeatureContext, add: AddLink): void {
  const byNumber = new Map<string, SubmissionDocument>();
  for (const doc of ctx.model.documents) {
    const n = exhibitNumberOfType(doc.type);
    if (n && !byNumber.has(exhibitKey(n))) byNumber.set(exhibitKey(n), doc);
  }
  for (const entry of ctx.model.exhibits) {
    const doc = byNumber.get(exhibitKey(entry.number));
    if (doc) add(entry.numberRange, lineTarget(ctx, doc.range.start), `Go to ${describe(doc)}`);
  }
}

/** 99.01 and 99.1 are the same exhibit. */
function exhibitKey(number: string): string {
  const [major, minor] = number.split('.');
  return minor === undefined ? String(Number(major)) : `${Number(major)}.${Number(minor)}`;
}

function addFilenameLinks(ctx: FeatureContext, add: AddLink): void {
  const { model } = ctx;
  if (model.documents.length > MAX_SCANNED_DOCUMENTS) return;
  const main = model.mainRange;
  // Only the report itself is searched: taken out alone, an edited submission is not joined whole.
  const report = ctx.source.slice(main.start, main.end);
  for (const doc of model.documents) {
    if (!doc.filename) continue;
    // The <FILENAME> value leads to the document's content.
    if (doc.filenameRange && doc.textRange.start > doc.range.start) {
      add(doc.filenameRange, lineTarget(ctx, doc.textRange.start), `Go to the content of ${describe(doc)}`);
    }
    if (doc === model.documents[model.mainDocumentIndex] || doc.filename.length < MIN_FILENAME_LENGTH) continue;
    // Mentions in the report itself: the exhibit list, links in its HTML.
    for (const at of mentions(report, doc.filename, main.start)) {
      add({ start: at, end: at + doc.filename.length }, lineTarget(ctx, doc.range.start), `Go to ${describe(doc)}`);
    }
  }
}

/** Offsets (plus `base`) of a file name in `text`, not as part of a longer name. */
function mentions(text: string, name: string, base: number): number[] {
  const out: number[] = [];
  const isNameChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_.\-]/.test(c);
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    if (!isNameChar(text[i - 1]) && !isNameChar(text[i + name.length])) out.push(base + i);
  }
  return out;
}

function addIdentifierLinks(model: FilingModel, add: AddLink): void {
  const cik = filerCik(model);
  for (const id of model.identifiers) {
    if (id.kind === 'cik') {
      const value = normalizeCik(id.value);
      if (value) add(id.range, companyPageUrl(value), `EDGAR company page of CIK ${value}`);
    } else if (id.kind === 'accession-number' && cik && /^\d{10}-\d{2}-\d{6}$/.test(id.value)) {
      add(id.range, filingFolderUrl(cik, id.value), `EDGAR folder of filing ${id.value}`);
    } else if (id.kind === 'rule') {
      add(id.range, ecfrSectionUrl(id.value), `${id.value} on the eCFR`);
    }
  }
}
