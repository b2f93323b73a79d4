/** A filing model in the shape of shared/notes/cli-json-contract.md (stable: add, never rename). */
import type { FilingModel, Located } from '../service/model';
import { LineIndex } from '../service/lineIndex';
import { deadlineStatus } from '../service/checks/deadline';

export interface JsonDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

export interface JsonFileReport {
  file: string;
  kind: FilingModel['kind'];
  form: string | null;
  encoding?: string;
  notice?: string;
  header: Record<string, unknown> | null;
  cover: Record<string, string | null> | null;
  items: { number: string; title: string; officialTitle: string | null; line: number; scheme: string }[];
  signatureDate: string | null;
  /** The four-business-day deadline (General Instruction B.1); null without an event date or before August 2004. */
  deadline: JsonDeadline | null;
  exhibits: string[];
  documents: { type: string; sequence: string | null; filename: string | null; description: string | null; line: number }[];
  diagnostics: JsonDiagnostic[];
}

export interface JsonDeadline {
  eventDate: string;
  dueDate: string;
  /** False when every item reported has a clock of its own (Items 7.01 and 8.01), and for an amendment. */
  applies: boolean;
  /** An 8-K/A: it runs on the clock of what it adds. */
  amendment: boolean;
  /** FILED AS OF DATE, or the filing date of the acceptance time; null when the file does not say. */
  filedOn: string | null;
  late: boolean | null;
}

const v = (l: Located | undefined): string | null => (l ? l.value : null);

export function jsonReport(
  file: string,
  text: string,
  model: FilingModel,
  officialTitle: (number: string, scheme: 'current' | 'legacy') => string | undefined,
  encoding?: string,
): JsonFileReport {
  const lines = new LineIndex(text);
  const lineOf = (offset: number) => lines.position(offset).line + 1;
  const h = model.header;
  const c = model.cover;
  return {
    file,
    kind: model.kind,
    form: model.form,
    ...(encoding ? { encoding } : {}),
    ...(model.notice ? { notice: model.notice } : {}),
    header: h
      ? {
          accessionNumber: v(h.accessionNumber),
          submissionType: v(h.submissionType),
          periodOfReport: v(h.periodOfReport),
          filedAsOf: v(h.filedAsOf),
          acceptanceDateTime: v(h.acceptanceDateTime),
          cik: v(h.cik),
          companyName: v(h.companyName),
          irsNumber: v(h.irsNumber),
          stateOfIncorporation: v(h.stateOfIncorporation),
          fiscalYearEnd: v(h.fiscalYearEnd),
          fileNumber: v(h.fileNumber),
          itemInformation: h.itemInformation.map((i) => i.value),
        }
      : null,
    cover: c
      ? {
          formType: v(c.formType),
          dateOfReport: v(c.dateOfReport),
          registrant: c.registrant ? c.registrant.raw : null,
          stateOfIncorporation: c.stateOfIncorporation ? c.stateOfIncorporation.raw : null,
          commissionFileNumber: c.commissionFileNumber ? c.commissionFileNumber.raw : null,
          irsEmployerId: c.irsEmployerId ? c.irsEmployerId.raw : null,
          cik: ciKOf(model),
          address: c.address ? c.address.raw : null,
          telephone: c.telephone ? c.telephone.raw : null,
        }
      : null,
    items: model.items.map((i) => ({
      number: i.number,
      title: i.title,
      officialTitle: officialTitle(i.number, i.scheme) ?? null,
      line: lineOf(i.headingRange.start),
      scheme: i.scheme,
    })),
    signatureDate: v(model.signatures?.date),
    deadline: deadlineOf(model),
    exhibits: model.exhibits.map((e) => e.number),
    documents: model.documents.map((d) => ({
      type: d.type,
      sequence: d.sequence ?? null,
      filename: d.filename ?? null,
      description: d.description ?? null,
      line: lineOf(d.range.start),
    })),
    diagnostics: model.diagnostics.map((d) => {
      const s = lines.position(d.range.start);
      const e = lines.position(d.range.end);
      return {
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        severity: d.severity,
        code: d.code,
        message: d.message,
      };
    }),
  };
}

function deadlineOf(model: FilingModel): JsonDeadline | null {
  const status = model.kind === 'not-a-filing' ? undefined : deadlineStatus(model);
  if (!status) return null;
  return {
    eventDate: status.deadline.eventDate,
    dueDate: status.deadline.dueDate,
    applies: status.applies,
    amendment: status.amendment,
    filedOn: status.filedOn ?? null,
    late: status.late ?? null,
  };
}

/** The CIK the file itself carries on its cover side: the dei fact (the header's is in `header`). */
function ciKOf(model: FilingModel): string | null {
  const fact = model.xbrlFacts.find((f) => /(^|:)EntityCentralIndexKey$/.test(f.name));
  return fact ? fact.value.replace(/\D/g, '').padStart(10, '0') : null;
}
