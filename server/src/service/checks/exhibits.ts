/**
 * In a full submission, the exhibits the filing lists and the exhibit
 * documents it carries must match: EX-99.1 is exhibit 99.1.
 */
import type { FilingModel } from '../model';
import type { DiagnosticReport } from './report';

/** "EX-99.1" → "99.1", "EX-101.INS" → "101" ; undefined for a document that is not an exhibit. */
export function exhibitNumberOfType(type: string): string | undefined {
  const m = /^EX-(\d+(?:\.\d+)?)/i.exec(type.trim());
  if (!m) return undefined;
  return m[1].replace(/^0+(?=\d)/, '');
}

/** 99.01 and 99.1 are the same exhibit. */
function exhibitKey(number: string): string {
  const [major, minor] = number.split('.');
  return minor === undefined ? String(Number(major)) : `${Number(major)}.${Number(minor)}`;
}

// Exhibits that are never separate documents: the cover page interactive data
// file (104) is embedded in the inline XBRL; 101 comes as XBRL documents.
const EMBEDDED = new Set(['104', '101']);

export function checkExhibits(model: FilingModel, report: DiagnosticReport): void {
  if (model.kind !== 'full-submission' || model.documents.length === 0) return;
  const documents = new Map<string, number>();
  model.documents.forEach((d, i) => {
    const n = exhibitNumberOfType(d.type);
    if (n) documents.set(exhibitKey(n), i);
  });
  // Without any exhibit document, listed exhibits are printed inside the main
  // document (common before 2001) or incorporated by reference: no claim.
  if (documents.size === 0) return;

  const listedKeys = model.exhibits.map((e) => exhibitKey(e.number));
  const matched = new Set<string>();
  const documentFor = (key: string): string | undefined => {
    if (documents.has(key)) return key;
    // EX-99 for a list that says 99.1: the same exhibit when nothing else claims it.
    const major = key.split('.')[0];
    const sameMajor = listedKeys.filter((k) => k.split('.')[0] === major);
    return sameMajor.length === 1 && documents.has(major) ? major : undefined;
  };
  model.exhibits.forEach((exhibit, i) => {
    const key = listedKeys[i];
    const doc = documentFor(key);
    if (doc) {
      matched.add(doc);
      return;
    }
    if (EMBEDDED.has(key.split('.')[0])) return;
    // Exhibits incorporated by reference live in earlier filings; "included in
    // Exhibit 4.1" ones inside another exhibit.
    if (/incorporated|previously filed|filed as exhibit|(included|contained) in exhibit/i.test(exhibit.description)) return;
    report.add('exhibit-not-filed', exhibit.numberRange, `Exhibit ${exhibit.number} is listed but the submission has no EX-${exhibit.number} document.`, {
      exhibit: exhibit.number,
    });
  });
  if (model.exhibits.length === 0) return; // no list at all: nothing to compare against
  for (const [key, index] of documents) {
    if (EMBEDDED.has(key.split('.')[0]) || matched.has(key)) continue;
    const doc = model.documents[index];
    report.add('exhibit-not-listed', doc.typeRange, `The submission carries ${doc.type} but the exhibit list does not name exhibit ${key}.`, {
      exhibit: key,
      description: doc.description ?? '',
    });
  }
}
