/**
 * The answer to `edgarFilings/filingSummary`: the model of one version as
 * plain JSON with LSP ranges, for the client's tree view and webview panel.
 */
import type { HeaderField, HeaderGroup, Located, SecHeader } from '../service/model';
import { currentItem } from '../service/data/items';
import { officialTitle } from '../service/itemTitles';
import { deadlineStatus } from '../service/checks/deadline';
import { exhibitNumberOfType } from '../service/checks/exhibits';
import { toLspRange, type FeatureContext } from '../features/context';
import { codeExplanation, effectiveSeverity, type SeverityOverrides } from '../features/diagnostics';
import { checkBoxLabel, coverFields, headerKeyLabel, itemLabel, itemSection, signatureFields } from '../features/modelLabels';
import type {
  FilingSummary,
  SummaryCheck,
  SummaryCover,
  SummaryDeadline,
  SummaryDocument,
  SummaryExhibit,
  SummaryField,
  SummaryHeader,
  SummaryHeaderGroup,
  SummaryItem,
  SummarySignatures,
} from '../protocol';

export function filingSummary(ctx: FeatureContext, overrides: SeverityOverrides): FilingSummary {
  const { model } = ctx;
  const registrant = model.cover?.registrant?.raw || model.header?.companyName?.value || null;
  return {
    uri: ctx.uri,
    version: ctx.version,
    kind: model.kind,
    form: model.form,
    notice: model.notice ?? null,
    registrant: registrant ? registrant.replace(/\s+/g, ' ').trim() : null,
    dateOfReport: model.cover?.dateOfReport?.value ?? model.header?.periodOfReport?.value ?? null,
    header: model.header ? headerSummary(ctx, model.header) : null,
    documents: documentsSummary(ctx),
    cover: coverSummary(ctx),
    items: itemsSummary(ctx),
    deadline: deadlineSummary(ctx),
    signatures: signaturesSummary(ctx),
    exhibits: exhibitsSummary(ctx),
    checks: checksSummary(ctx, overrides),
  };
}

function located(ctx: FeatureContext, key: string, label: string, l: Located): SummaryField {
  return { key, label, value: l.value, raw: l.raw, range: toLspRange(ctx, l.range) };
}

// ---------------------------------------------------------------- header

const HEADER_VALUES: readonly [keyof SecHeader, string][] = [
  ['accessionNumber', 'Accession Number'],
  ['submissionType', 'Submission Type'],
  ['periodOfReport', 'Period of Report'],
  ['filedAsOf', 'Filed As Of'],
  ['acceptanceDateTime', 'Accepted'],
  ['cik', 'CIK'],
  ['companyName', 'Company Name'],
  ['irsNumber', 'IRS Number'],
  ['stateOfIncorporation', 'State of Incorporation'],
  ['fiscalYearEnd', 'Fiscal Year End'],
  ['fileNumber', 'File Number'],
];

function headerSummary(ctx: FeatureContext, header: SecHeader): SummaryHeader {
  const values: SummaryField[] = [];
  for (const [key, label] of HEADER_VALUES) {
    const l = header[key] as Located | undefined;
    if (l && typeof l === 'object' && 'range' in l) values.push(located(ctx, key, label, l));
  }
  return {
    style: header.style,
    range: toLspRange(ctx, header.range),
    fields: header.fields.filter((f) => f.path.length === 0).map((f) => headerField(ctx, f)),
    groups: header.groups.map((g) => headerGroup(ctx, g)),
    values,
    itemInformation: header.itemInformation.map((l, i) => located(ctx, `itemInformation.${i}`, 'Item Information', l)),
  };
}

function headerGroup(ctx: FeatureContext, group: HeaderGroup): SummaryHeaderGroup {
  return {
    name: group.name,
    range: toLspRange(ctx, group.range),
    nameRange: toLspRange(ctx, group.nameRange),
    fields: group.fields.map((f) => headerField(ctx, f)),
    groups: group.groups.map((g) => headerGroup(ctx, g)),
  };
}

function headerField(ctx: FeatureContext, field: HeaderField): SummaryField {
  return {
    key: field.key,
    label: headerKeyLabel(field.key),
    value: field.value,
    raw: field.value,
    range: toLspRange(ctx, { start: field.keyRange.start, end: Math.max(field.keyRange.end, field.valueRange.end) }),
  };
}

// ---------------------------------------------------------- documents

function documentsSummary(ctx: FeatureContext): SummaryDocument[] {
  return ctx.model.documents.map((d, index) => ({
    index,
    type: d.type,
    sequence: d.sequence ?? null,
    filename: d.filename ?? null,
    description: d.description ?? null,
    contentKind: d.contentKind,
    isMain: index === ctx.model.mainDocumentIndex,
    range: toLspRange(ctx, d.range),
    typeRange: toLspRange(ctx, d.typeRange),
  }));
}

// ------------------------------------------------------------------ cover

function coverSummary(ctx: FeatureContext): SummaryCover | null {
  const cover = ctx.model.cover;
  if (!cover) return null;
  return {
    range: toLspRange(ctx, cover.range),
    fields: coverFields(cover).map((f) => located(ctx, f.key, f.label, f.located)),
    checkBoxes: cover.checkBoxes.map((b) => ({
      rule: b.rule,
      label: checkBoxLabel(b.rule),
      checked: b.checked,
      range: toLspRange(ctx, b.range),
      boxRange: toLspRange(ctx, b.boxRange),
    })),
    securities12b: cover.securities12b.map((s) => ({
      title: s.title,
      symbol: s.symbol ?? null,
      exchange: s.exchange ?? null,
      range: toLspRange(ctx, s.range),
    })),
  };
}

// ------------------------------------------------------------------ items

function itemsSummary(ctx: FeatureContext): SummaryItem[] {
  return ctx.model.items.map((item) => {
    const def = item.scheme === 'current' ? currentItem(item.number) : undefined;
    return {
      number: item.number,
      scheme: item.scheme,
      label: itemLabel(item),
      title: item.title,
      officialTitle: officialTitle(item.number, item.scheme) ?? null,
      section: itemSection(item) ?? null,
      furnished: def?.furnished ?? false,
      deadlineRule: def?.deadline ?? null,
      deadlineNote: def?.deadlineNote ?? null,
      known: item.known,
      combined: item.combined,
      headingRange: toLspRange(ctx, item.headingRange),
      range: toLspRange(ctx, item.sectionRange),
    };
  });
}

function deadlineSummary(ctx: FeatureContext): SummaryDeadline | null {
  if (ctx.model.kind === 'not-a-filing') return null;
  const status = deadlineStatus(ctx.model);
  if (!status) return null;
  return {
    eventDate: status.deadline.eventDate,
    dueDate: status.deadline.dueDate,
    filedOn: status.filedOn ?? null,
    signedOn: status.signedOn ?? null,
    late: status.late ?? null,
    applies: status.applies,
    amendment: status.amendment,
    businessDays: status.deadline.businessDays,
    skipped: status.deadline.skipped,
  };
}

// ------------------------------------------------- signatures and exhibits

function signaturesSummary(ctx: FeatureContext): SummarySignatures | null {
  const s = ctx.model.signatures;
  if (!s) return null;
  return {
    range: toLspRange(ctx, s.range),
    headingRange: toLspRange(ctx, s.headingRange),
    fields: signatureFields(s).map((f) => located(ctx, f.key, f.label, f.located)),
  };
}

function exhibitsSummary(ctx: FeatureContext): SummaryExhibit[] {
  const byNumber = new Map<string, number>();
  ctx.model.documents.forEach((d, i) => {
    const n = exhibitNumberOfType(d.type);
    if (n && !byNumber.has(exhibitKey(n))) byNumber.set(exhibitKey(n), i);
  });
  return ctx.model.exhibits.map((e) => ({
    number: e.number,
    description: e.description,
    range: toLspRange(ctx, e.range),
    numberRange: toLspRange(ctx, e.numberRange),
    documentIndex: byNumber.get(exhibitKey(e.number)) ?? null,
  }));
}

/** 99.01 and 99.1 name the same exhibit. */
function exhibitKey(number: string): string {
  const [major, minor] = number.split('.');
  return minor === undefined ? String(Number(major)) : `${Number(major)}.${Number(minor)}`;
}

// ------------------------------------------------------------------ checks

function checksSummary(ctx: FeatureContext, overrides: SeverityOverrides): SummaryCheck[] {
  const out: SummaryCheck[] = [];
  for (const d of ctx.model.diagnostics) {
    const severity = effectiveSeverity(d.code, d.severity, overrides);
    if (severity === 'off') continue;
    out.push({
      code: d.code,
      severity,
      message: d.message,
      explanation: codeExplanation(d.code) ?? '',
      range: toLspRange(ctx, d.range),
    });
  }
  return out;
}
