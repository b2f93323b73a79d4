/**
 * The Filing Structure tree as plain data: cover, items, signatures,
 * exhibits and documents of a filing summary, each node with where a click
 * goes and the text it covers (to follow the cursor). No vscode import: the
 * view (structureView.ts) turns nodes into TreeItems; tests read them directly.
 */
import type { FilingSummary, SummaryField, SummaryItem } from '../../server/src/protocol';
import { filedOrFurnished } from './deadlineText';
import { checksIn, countProblems, describeProblems, NO_PROBLEMS, totalProblems, type ProblemCounts } from './problems';
import { rangeContains, type Position, type Range } from './ranges';
import { isFiling } from './summaryFacts';
import { clip, oneLine } from './text';

export type StructureNodeKind =
  | 'notice'
  | 'section'
  | 'group'
  | 'field'
  | 'check-box'
  | 'security'
  | 'item'
  | 'exhibit'
  | 'document';

export interface StructureNode {
  /** Unique in the tree and the same across refreshes of one filing, so expansion survives edits. */
  id: string;
  kind: StructureNodeKind;
  label: string;
  description: string;
  /** Plain text, never markdown: it holds filing text. */
  tooltip: string;
  /** A codicon name. */
  icon: string;
  /** Colours the icon when the node has problems. */
  tone?: 'error' | 'warning';
  /** Where a click puts the cursor. */
  target?: Range;
  /** The text the node stands for; the cursor inside it selects the node. */
  span?: Range;
  problems: ProblemCounts;
  children: StructureNode[];
  /** Shown open at first. */
  expanded: boolean;
}

const TOOLTIP_MAX = 600;

/** The nodes of the tree's top level; empty when the summary is not of a filing. */
export function structureNodes(summary: FilingSummary | null | undefined): StructureNode[] {
  if (!isFiling(summary)) return [];
  const nodes: StructureNode[] = [];
  if (summary.notice) nodes.push(noticeNode(summary.notice));
  const cover = coverSection(summary);
  if (cover) nodes.push(cover);
  nodes.push(itemsSection(summary));
  const signatures = signaturesSection(summary);
  if (signatures) nodes.push(signatures);
  if (summary.exhibits.length) nodes.push(exhibitsSection(summary));
  if (summary.documents.length) nodes.push(documentsSection(summary));
  return nodes;
}

/**
 * The path from the top level to the innermost node whose text holds the
 * position, or [] for none. Earlier sections win: a position in an item is
 * the item's, though the document around it holds it too.
 */
export function nodePathAt(nodes: readonly StructureNode[], position: Position): StructureNode[] {
  for (const node of nodes) {
    if (node.span && !rangeContains(node.span, position)) continue;
    const below = nodePathAt(node.children, position);
    if (below.length) return [node, ...below];
    if (node.span) return [node];
  }
  return [];
}

/** Every node, depth first (for lookups by id). */
export function allNodes(nodes: readonly StructureNode[]): StructureNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children)]);
}

// ------------------------------------------------------------ sections

function noticeNode(notice: string): StructureNode {
  return leaf('notice', 'notice', clip(oneLine(notice), 80), '', oneLine(notice), 'info');
}

function coverSection(summary: FilingSummary): StructureNode | undefined {
  const cover = summary.cover;
  if (!cover) return undefined;
  const children = cover.fields.map((f) => fieldNode(summary, 'cover/field', f));
  if (cover.checkBoxes.length) {
    const boxes = cover.checkBoxes.map((b, i) => ({
      ...leaf(`cover/check-box/${i}`, 'check-box', b.label, b.checked ? 'checked' : 'not checked', b.label, b.checked ? 'pass-filled' : 'circle-large-outline'),
      target: b.boxRange,
      span: b.range,
    }));
    const checked = cover.checkBoxes.filter((b) => b.checked).length;
    children.push(group('cover/check-boxes', 'Check boxes', `${checked} of ${boxes.length} checked`, 'checklist', boxes));
  }
  if (cover.securities12b.length) {
    const securities = cover.securities12b.map((s, i) => {
      const title = oneLine(s.title);
      const where = [s.symbol, s.exchange].filter((x): x is string => !!x).map(oneLine).join(' · ');
      const tooltip = clip([title, where].filter(Boolean).join('\n'), TOOLTIP_MAX);
      return { ...leaf(`cover/security/${i}`, 'security', title, where, tooltip, 'graph-line'), target: s.range, span: s.range };
    });
    children.push(group('cover/securities', 'Securities (Section 12(b))', String(securities.length), 'graph-line', securities));
  }
  return withProblems(summary, {
    ...section('cover', 'Cover', oneLine(summary.registrant ?? ''), 'note', children, false),
    target: { start: cover.range.start, end: cover.range.start },
    span: cover.range,
  });
}

function itemsSection(summary: FilingSummary): StructureNode {
  const children = summary.items.map((item, i) => itemNode(summary, item, i));
  return summed(section('items', 'Items', children.length ? String(children.length) : 'none found', 'list-ordered', children, true));
}

function itemNode(summary: FilingSummary, item: SummaryItem, index: number): StructureNode {
  const title = oneLine(item.officialTitle ?? item.title);
  const problems = checksIn(summary.checks, item.range);
  const counts = countProblems(problems);
  const flags = [item.furnished ? 'furnished' : '', !item.known ? 'not a Form 8-K item' : '', item.scheme === 'legacy' ? 'pre-2004 numbering' : '']
    .filter(Boolean)
    .join(', ');
  const description = [title, flags ? `(${flags})` : '', totalProblems(counts) ? `— ${describeProblems(counts)}` : '']
    .filter(Boolean)
    .join(' ');
  const tooltip = [
    `Item ${item.number}${title ? ` ${title}` : ''}`,
    item.section ?? '',
    item.title && item.officialTitle && oneLine(item.title) !== item.officialTitle ? `Heading: ${oneLine(item.title)}` : '',
    filedOrFurnished(item),
    item.deadlineNote ?? '',
    ...problems.map((c) => `${c.severity}: ${oneLine(c.message)}`),
  ]
    .filter(Boolean)
    .join('\n');
  return {
    ...leaf(`items/${index}:${item.number}`, 'item', `Item ${item.number}`, description, clip(tooltip, TOOLTIP_MAX), iconFor(counts, 'symbol-number')),
    tone: toneOf(counts),
    problems: counts,
    target: item.headingRange,
    span: item.range,
  };
}

function signaturesSection(summary: FilingSummary): StructureNode | undefined {
  const s = summary.signatures;
  if (!s) return undefined;
  const children = s.fields.map((f) => fieldNode(summary, 'signatures/field', f));
  const signer = s.fields.find((f) => f.key === 'signer');
  return withProblems(summary, {
    ...section('signatures', 'Signatures', signer ? oneLine(signer.raw) : '', 'edit', children, false),
    target: s.headingRange,
    span: s.range,
  });
}

function exhibitsSection(summary: FilingSummary): StructureNode {
  const children = summary.exhibits.map((e, i) => {
    const problems = countProblems(checksIn(summary.checks, e.range));
    const doc = e.documentIndex === null ? undefined : summary.documents[e.documentIndex];
    const description = oneLine(e.description);
    const tooltip = [`Exhibit ${e.number}`, description, doc ? `Filed as ${doc.filename ?? doc.type}` : ''].filter(Boolean).join('\n');
    return {
      ...leaf(`exhibits/${i}:${e.number}`, 'exhibit', `Exhibit ${e.number}`, description, clip(tooltip, TOOLTIP_MAX), iconFor(problems, 'file')),
      tone: toneOf(problems),
      problems,
      target: e.numberRange,
      span: e.range,
    };
  });
  return summed(section('exhibits', 'Exhibits', String(children.length), 'files', children, false));
}

function documentsSection(summary: FilingSummary): StructureNode {
  const children = summary.documents.map((d) => {
    const name = d.filename ? oneLine(d.filename) : '';
    const about = d.description ? oneLine(d.description) : '';
    const description = [name, d.isMain ? '(main document)' : ''].filter(Boolean).join(' ');
    const tooltip = [`${d.type}${d.sequence ? `, sequence ${d.sequence}` : ''}`, name, about, `content: ${d.contentKind}`].filter(Boolean).join('\n');
    const node = leaf(`documents/${d.index}`, 'document', oneLine(d.type) || '(no type)', description, clip(tooltip, TOOLTIP_MAX), documentIcon(d.contentKind));
    return { ...node, target: d.typeRange, span: d.range };
  });
  return section('documents', 'Documents', String(children.length), 'file-submodule', children, false);
}

function fieldNode(summary: FilingSummary, prefix: string, f: SummaryField): StructureNode {
  const raw = oneLine(f.raw);
  const value = oneLine(f.value);
  const tooltip = raw === value ? `${f.label}: ${raw}` : `${f.label}: ${raw}\n(${value})`;
  const problems = countProblems(checksIn(summary.checks, f.range));
  return {
    ...leaf(`${prefix}/${f.key}`, 'field', f.label, raw, clip(tooltip, TOOLTIP_MAX), iconFor(problems, 'symbol-field')),
    tone: toneOf(problems),
    problems,
    target: f.range,
    span: f.range,
  };
}

// ------------------------------------------------------------- helpers

function leaf(id: string, kind: StructureNodeKind, label: string, description: string, tooltip: string, icon: string): StructureNode {
  return { id, kind, label, description, tooltip, icon, problems: NO_PROBLEMS, children: [], expanded: false };
}

function section(id: string, label: string, description: string, icon: string, children: StructureNode[], expanded: boolean): StructureNode {
  return { ...leaf(id, 'section', label, description, label, icon), children, expanded };
}

function group(id: string, label: string, description: string, icon: string, children: StructureNode[]): StructureNode {
  return { ...leaf(id, 'group', label, description, label, icon), children };
}

/** A section's own problem count: the checks inside its text. */
function withProblems(summary: FilingSummary, node: StructureNode): StructureNode {
  if (!node.span) return node;
  return withCounts(node, countProblems(checksIn(summary.checks, node.span)));
}

/** A section without text of its own counts its children's problems. */
function summed(node: StructureNode): StructureNode {
  const problems = node.children.reduce(
    (sum, n) => ({ errors: sum.errors + n.problems.errors, warnings: sum.warnings + n.problems.warnings, infos: sum.infos + n.problems.infos }),
    NO_PROBLEMS,
  );
  return withCounts(node, problems);
}

function withCounts(node: StructureNode, problems: ProblemCounts): StructureNode {
  const said = describeProblems(problems);
  return { ...node, problems, tone: toneOf(problems), description: said ? `${node.description} — ${said}` : node.description };
}

function toneOf(counts: ProblemCounts): StructureNode['tone'] {
  if (counts.errors) return 'error';
  if (counts.warnings) return 'warning';
  return undefined;
}

function iconFor(counts: ProblemCounts, normal: string): string {
  if (counts.errors) return 'error';
  if (counts.warnings) return 'warning';
  return normal;
}

function documentIcon(contentKind: string): string {
  switch (contentKind) {
    case 'html':
    case 'xml':
    case 'xbrl':
      return 'file-code';
    case 'pdf':
    case 'binary':
    case 'uuencoded':
      return 'file-binary';
    default:
      return 'file-text';
  }
}
