/**
 * Hovers: what the service knows about the thing under the cursor, as
 * markdown. Several things can hold the cursor at once (a rule citation in a
 * check box's caption, a date in a heading); the smallest one wins, so the
 * hover is about what the reader points at.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { CheckBox, FilingModel, HeaderField, HeaderGroup, Identifier, ItemHeading, Located, Range } from '../service/model';
import { normalizeCik, einProblem, normalizeEin } from '../service/identifiers';
import { EIN_PREFIX_CAMPUS } from '../service/data/einPrefixes';
import { FILE_NUMBER_PREFIXES } from '../service/data/fileNumberPrefixes';
import { EMERGING_GROWTH_MEANING, EXTENDED_TRANSITION_MEANING, ruleByCfr } from '../service/data/rules';
import { HEADER_KEYS, SUBMISSION_TAGS } from '../service/data/headerKeys';
import { normalizeKey } from '../service/sgml/header';
import { itemNumberOfHeaderValue, officialTitle, titleMatches } from '../service/itemTitles';
import { filingScheme } from '../service/checks';
import { nonBusinessReason } from '../service/calendar';
import { contains, toLspRange, toOffset, type FeatureContext } from './context';
import { escapeMarkdown, markdownAutolink, markdownLink } from './markdown';
import { itemMarkdown } from './itemInfo';
import { deadlineMarkdown } from './deadlineInfo';
import { companyPageUrl, ecfrSectionUrl, filerCik, filingFolderUrl } from './edgarUrls';
import { longDate } from './dateText';
import { sgmlTagAt } from './sgmlTags';

interface Candidate {
  range: Range;
  /** Markdown paragraphs; built only for the winner. */
  content: () => string[];
}

export function provideHover(ctx: FeatureContext, position: Position): Hover | null {
  const offset = toOffset(ctx, position);
  const candidates = hoverCandidates(ctx, offset).filter((c) => contains(c.range, offset));
  if (candidates.length === 0) return null;
  // The smallest range wins; on a tie, the one listed first (the more specific kind).
  let best = candidates[0];
  for (const c of candidates) if (c.range.end - c.range.start < best.range.end - best.range.start) best = c;
  const paragraphs = best.content().filter((p) => p !== '');
  if (paragraphs.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: paragraphs.join('\n\n') },
    range: toLspRange(ctx, best.range),
  };
}

function hoverCandidates(ctx: FeatureContext, offset: number): Candidate[] {
  const { model, text } = ctx;
  const out: Candidate[] = [];
  for (const c of deadlineCandidates(model)) out.push(c);
  for (const item of model.items) {
    if (contains(item.headingRange, offset)) out.push({ range: item.headingRange, content: () => itemHover(item) });
  }
  for (const box of model.cover?.checkBoxes ?? []) {
    for (const range of [box.boxRange, box.range]) {
      if (contains(range, offset)) out.push({ range, content: () => checkBoxHover(box) });
    }
  }
  for (const id of model.identifiers) {
    if (contains(id.range, offset)) out.push({ range: id.range, content: () => identifierHover(model, id, text) });
  }
  for (const field of model.header?.fields ?? []) {
    if (contains(field.keyRange, offset)) out.push({ range: field.keyRange, content: () => headerKeyHover(field.key, field) });
  }
  for (const value of model.header?.itemInformation ?? []) {
    if (contains(value.range, offset)) out.push({ range: value.range, content: () => itemInformationHover(model, value.value) });
  }
  for (const group of allGroups(model.header?.groups ?? [])) {
    if (contains(group.nameRange, offset)) out.push({ range: group.nameRange, content: () => headerKeyHover(group.name) });
  }
  const tag = sgmlTagAt(text, model, offset);
  if (tag) {
    const def = SUBMISSION_TAGS[tag.name];
    if (def) out.push({ range: tag.range, content: () => [`**${escapeMarkdown(`${tag.closing ? '</' : '<'}${tag.name}>`)}**`, def.explanation] });
  }
  return out;
}

// ------------------------------------------------------------ deadline

/** The Date of Report and the dates that are measured against the deadline. */
function deadlineCandidates(model: FilingModel): Candidate[] {
  const out: Candidate[] = [];
  const add = (located: Located | undefined, subject: string, showValue: boolean) => {
    if (located) out.push({ range: located.range, content: () => deadlineMarkdown(model, subject, showValue ? located.value : undefined) });
  };
  add(model.cover?.dateOfReport, 'Date of Report', false);
  add(model.header?.periodOfReport, 'Period of report', true);
  add(model.signatures?.date, 'Date signed', true);
  add(model.header?.filedAsOf, 'Filing date (FILED AS OF DATE)', true);
  add(model.header?.acceptanceDateTime, 'Accepted by EDGAR', true);
  return out;
}

// ---------------------------------------------------------------- items

function itemHover(item: ItemHeading): string[] {
  const described = item.known ? itemMarkdown(item.number, item.scheme) : undefined;
  if (!described) {
    const range = item.scheme === 'legacy' ? 'items 1–12 before August 2004' : 'items 1.01–9.01';
    return [`**Item ${escapeMarkdown(item.number)}** is not an item of Form 8-K (${range}).`];
  }
  const lines = [...described];
  const official = officialTitle(item.number, item.scheme);
  if (item.title && official && !titleMatches(item.title, item.number, item.scheme)) {
    lines.push(`The heading reads “${escapeMarkdown(item.title)}”, not the official title.`);
  }
  return lines;
}

/** An ITEM INFORMATION value: the item it names, in the numbering of the filing. */
function itemInformationHover(model: FilingModel, value: string): string[] {
  const scheme = filingScheme(model) ?? model.items[0]?.scheme ?? 'current';
  const number = itemNumberOfHeaderValue(value, scheme);
  const described = number ? (itemMarkdown(number, scheme) ?? itemMarkdown(number, scheme === 'legacy' ? 'current' : 'legacy')) : undefined;
  if (!described) return [`**ITEM INFORMATION** “${escapeMarkdown(value)}”`, 'Not an item of Form 8-K this extension recognises.'];
  const reported = model.items.some((i) => i.number === number);
  return [...described, reported ? 'The report has a heading for this item.' : '**The report has no heading for this item.**'];
}

// ---------------------------------------------------------- check boxes

const CHECK_BOX_RULES: Record<string, string> = {
  '425': '230.425',
  '14a-12': '240.14a-12',
  '14d-2(b)': '240.14d-2(b)',
  '13e-4(c)': '240.13e-4(c)',
};

function checkBoxHover(box: CheckBox): string[] {
  const state = box.checked ? '**checked**' : 'not checked';
  if (box.rule === 'emerging-growth') {
    return [`**Check box: emerging growth company** (${state})`, `Checking it means: ${EMERGING_GROWTH_MEANING}`];
  }
  if (box.rule === 'extended-transition') {
    return [`**Check box: extended transition period** (${state})`, `Checking it means: ${EXTENDED_TRANSITION_MEANING}`];
  }
  const rule = ruleByCfr(CHECK_BOX_RULES[box.rule]);
  return [
    `**Check box: Rule ${box.rule}** (${state})`,
    rule ? `Checking it means: ${rule.checkBoxMeaning ?? rule.name}` : '',
    rule ? `${rule.name} (17 CFR ${rule.cfr}, ${rule.act}).` : '',
  ];
}

// ---------------------------------------------------------- identifiers

function identifierHover(model: FilingModel, id: Identifier, text: string): string[] {
  const written = text.slice(id.range.start, id.range.end);
  switch (id.kind) {
    case 'cik':
      return cikHover(model, written);
    case 'ein':
      return einHover(written);
    case 'file-number':
      return fileNumberHover(id.value);
    case 'accession-number':
      return accessionHover(model, id.value);
    case 'rule':
      return ruleHover(id.value);
    case 'date':
      return dateHover(id.value);
  }
}

function cikHover(model: FilingModel, written: string): string[] {
  const cik = normalizeCik(written);
  if (!cik) return ['**CIK** (Central Index Key)', `“${escapeMarkdown(written)}” is not a CIK: a CIK has at most ten digits.`];
  const lines = [`**CIK ${cik}** (Central Index Key: the number EDGAR identifies a company by)`];
  if (model.header?.cik?.value === cik && model.header.companyName) lines.push(escapeMarkdown(model.header.companyName.value));
  lines.push(`EDGAR company page: ${markdownAutolink(companyPageUrl(cik))}`);
  return lines;
}

function einHover(written: string): string[] {
  const digits = written.replace(/\D/g, '');
  const normalized = normalizeEin(written);
  const title = `**EIN ${escapeMarkdown(normalized ?? written)}** (IRS Employer Identification Number)`;
  if (!normalized) return [title, `Not an EIN: an EIN is nine digits, written NN-NNNNNNN.`];
  // The SEC header writes nine digits without the dash; covers print NN-NNNNNNN.
  const problem = einProblem(normalized);
  const lines = [title];
  const shown = written.trim();
  if (shown === normalized) lines.push('Format NN-NNNNNNN.');
  else if (shown === digits) lines.push('Written as nine digits, as the SEC header does; the cover page prints NN-NNNNNNN.');
  else lines.push(`Written “${escapeMarkdown(written)}”: the form is NN-NNNNNNN.`);
  if (problem === 'zero') lines.push('All zeros: a placeholder EDGAR records when the filer gave no EIN, not a real number.');
  else if (problem === 'prefix') lines.push(`Prefix ${normalized.slice(0, 2)} is not one the IRS assigns: **not a valid EIN**.`);
  else lines.push(`Prefix ${normalized.slice(0, 2)}: assigned by the IRS campus **${EIN_PREFIX_CAMPUS.get(normalized.slice(0, 2))}**.`);
  return lines;
}

function fileNumberHover(value: string): string[] {
  const m = /^\s*(\d{1,3})\s*-\s*(\d+)/.exec(value);
  const lines = [`**Commission File Number ${escapeMarkdown(value)}**`];
  if (!m) return [...lines, 'Not of the form prefix-digits (0-12345, 001-12345, 333-123456).'];
  const meaning = FILE_NUMBER_PREFIXES[m[1]];
  lines.push(meaning ? `Prefix ${m[1]}-: ${meaning}.` : `Prefix ${m[1]}- is not a prefix this extension knows.`);
  return lines;
}

function accessionHover(model: FilingModel, value: string): string[] {
  const m = /^(\d{10})-(\d{2})-(\d{6})$/.exec(value);
  if (!m) return [`**Accession number** ${escapeMarkdown(value)}`];
  const [, agent, yy, sequence] = m;
  // Accession numbers began in 1993: 93-99 are the 1990s.
  const year = Number(yy) >= 93 ? `19${yy}` : `20${yy}`;
  const lines = [
    `**Accession number ${value}**`,
    [
      `- Submitted by CIK ${agent} (the filer or its filing agent): ${markdownLink('EDGAR page', companyPageUrl(agent))}`,
      `- Year: ${year}`,
      `- Sequence: ${Number(sequence)} (that submitter’s ${ordinal(Number(sequence))} submission of the year)`,
    ].join('\n'),
  ];
  const cik = filerCik(model);
  if (cik) lines.push(`Filing folder on EDGAR: ${markdownAutolink(filingFolderUrl(cik, value))}`);
  return lines;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function ruleHover(value: string): string[] {
  const cfr = value.replace(/^17\s*CFR\s*/i, '');
  const rule = ruleByCfr(cfr);
  const link = markdownLink('eCFR', ecfrSectionUrl(cfr));
  if (rule) return [`**17 CFR ${rule.cfr}**`, `${rule.name} (${rule.act}).`, link];
  const part = cfr.startsWith('230.') ? 'a rule under the Securities Act of 1933 (Part 230)' : 'a rule under the Securities Exchange Act of 1934 (Part 240)';
  return [`**17 CFR ${escapeMarkdown(cfr)}**`, `${part[0].toUpperCase()}${part.slice(1)}.`, link];
}

function dateHover(iso: string): string[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return [];
  const reason = nonBusinessReason(iso);
  const day = reason ? (reason === 'Saturday' || reason === 'Sunday' ? 'not a business day (weekend)' : `not a business day (${reason})`) : 'a business day';
  return [`**${longDate(iso)}**`, `${day[0].toUpperCase()}${day.slice(1)}.`];
}

// --------------------------------------------------------------- header

function headerKeyHover(key: string, field?: HeaderField): string[] {
  const def = HEADER_KEYS[normalizeKey(key)];
  if (!def) return [];
  const lines = [`**${escapeMarkdown(key)}**: ${def.label}`, def.explanation];
  if (field?.path.length) lines.push(`In ${field.path.map((p) => escapeMarkdown(p)).join(' › ')}.`);
  return lines;
}

function allGroups(groups: HeaderGroup[]): HeaderGroup[] {
  return groups.flatMap((g) => [g, ...allGroups(g.groups)]);
}
