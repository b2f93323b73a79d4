/**
 * The Filing Summary page: the webview's whole HTML as a string, from a
 * filing summary. A filing is untrusted input, so every value goes through
 * the escaping `html` template; the page has a strict Content Security
 * Policy (nothing but the extension's stylesheet and one script with the
 * nonce) and no remote content. Links back into the text carry only numbers
 * (`data-range`); media/summary.js posts them to the extension.
 */
import type { FilingSummary, SummaryCheck, SummaryDeadline, SummaryItem } from '../../server/src/protocol';
import { deadlineStatus, filedOrFurnished, itemDeadlineText } from './deadlineText';
import { headerComparison, HEADER_CHECK_CODES, type ComparisonRow, type Verdict } from './headerComparison';
import { html, join, type Html } from './html';
import { checksIn, countProblems, describeProblems, plural } from './problems';
import { comparePositions, type Range } from './ranges';
import { formName, isFiling } from './summaryFacts';
import { oneLine } from './text';

export interface SummaryPageResources {
  /** The webview's `cspSource`. */
  cspSource: string;
  /** A fresh random nonce for this page (letters and digits). */
  nonce: string;
  /** media/summary.css and media/summary.js as webview URIs. */
  styleUri: string;
  scriptUri: string;
}

/** The page for a summary; for no filing, a page that says so (`emptyMessage`). */
export function summaryHtml(
  summary: FilingSummary | null | undefined,
  resources: SummaryPageResources,
  emptyMessage = 'The active editor is not an EDGAR filing.',
): string {
  const body = isFiling(summary) ? filingBody(summary) : html`<p class="empty">${emptyMessage}</p>`;
  const title = isFiling(summary) ? `Filing Summary: ${formName(summary)}` : 'Filing Summary';
  return page(title, body, resources).text;
}

/** The Content-Security-Policy of the page. */
export function contentSecurityPolicy(resources: Pick<SummaryPageResources, 'cspSource' | 'nonce'>): string {
  return `default-src 'none'; style-src ${resources.cspSource}; script-src 'nonce-${resources.nonce}';`;
}

function page(title: string, body: Html, r: SummaryPageResources): Html {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(r)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${r.styleUri}">
<title>${title}</title>
</head>
<body>
${body}
<script nonce="${r.nonce}" src="${r.scriptUri}"></script>
</body>
</html>
`;
}

function filingBody(s: FilingSummary): Html {
  return html`${heading(s)}
${s.notice ? html`<p class="notice">${oneLine(s.notice)}</p>` : ''}
${coverSection(s)}
${itemsSection(s)}
${comparisonSection(s)}
${exhibitsSection(s)}
${problemsSection(s)}`;
}

// ------------------------------------------------------------- heading

const KIND_NAMES: Record<string, string> = {
  'full-submission': 'full submission',
  html: 'HTML document',
  text: 'plain-text document',
};

function heading(s: FilingSummary): Html {
  const counts = describeProblems(countProblems(s.checks)) || 'no problems found';
  return html`<header>
<h1>${formName(s)}${s.registrant ? html` <span class="registrant">${oneLine(s.registrant)}</span>` : ''}</h1>
<p class="facts">${join(
    [s.dateOfReport ? `Date of Report ${s.dateOfReport}` : '', KIND_NAMES[s.kind] ?? s.kind, plural(s.items.length, 'item'), counts]
      .filter(Boolean)
      .map((fact) => html`<span>${fact}</span>`),
    ' · ',
  )}</p>
</header>`;
}

// --------------------------------------------------------------- cover

function coverSection(s: FilingSummary): Html {
  const cover = s.cover;
  if (!cover) return html`<section id="cover"><h2>Cover</h2><p class="none">No cover page was found.</p></section>`;
  const fields = cover.fields.map((f) => {
    const raw = oneLine(f.raw);
    const value = oneLine(f.value);
    return html`<tr><th scope="row">${f.label}</th><td>${link(f.range, raw || value)}${raw !== value && value ? html` <span class="normalized">${value}</span>` : ''}</td></tr>`;
  });
  const boxes = cover.checkBoxes.map(
    (b) => html`<tr><th scope="row">${b.label}</th><td>${link(b.boxRange, b.checked ? '☒ checked' : '☐ not checked')}</td></tr>`,
  );
  const securities = cover.securities12b.length
    ? html`<h3>Securities registered under Section 12(b)</h3>
<table class="grid"><thead><tr><th scope="col">Title of each class</th><th scope="col">Trading symbol</th><th scope="col">Exchange</th></tr></thead>
<tbody>${cover.securities12b.map(
        (sec) => html`<tr><td>${link(sec.range, oneLine(sec.title))}</td><td>${sec.symbol ? oneLine(sec.symbol) : '—'}</td><td>${sec.exchange ? oneLine(sec.exchange) : '—'}</td></tr>`,
      )}</tbody></table>`
    : '';
  return html`<section id="cover"><h2>Cover</h2>
<table class="fields"><tbody>${fields}${boxes}</tbody></table>
${securities}
</section>`;
}

// --------------------------------------------------------------- items

function itemsSection(s: FilingSummary): Html {
  const rows = s.items.map((item) => itemRow(s, item));
  const table = rows.length
    ? html`<table class="grid"><thead><tr><th scope="col">Item</th><th scope="col">Title</th><th scope="col">Filed / furnished</th><th scope="col">Deadline</th><th scope="col">Problems</th></tr></thead>
<tbody>${rows}</tbody></table>`
    : html`<p class="none">No item headings were found.</p>`;
  return html`<section id="items"><h2>Items</h2>
${table}
${deadlineBlock(s.deadline)}
</section>`;
}

function itemRow(s: FilingSummary, item: SummaryItem): Html {
  const official = item.officialTitle ? oneLine(item.officialTitle) : '';
  const written = oneLine(item.title);
  const title = official || written || '—';
  const writtenNote = written && official && written.toLowerCase().replace(/[.:]+$/, '') !== official.toLowerCase()
    ? html`<div class="written">as written: ${written}</div>`
    : '';
  const problems = checksIn(s.checks, item.range);
  const counts = describeProblems(countProblems(problems));
  const flags = [!item.known ? 'not an item of Form 8-K' : '', item.combined ? 'shares its heading' : ''].filter(Boolean).join('; ');
  return html`<tr class="${item.known ? '' : 'unknown'}">
<td>${link(item.headingRange, `Item ${item.number}`)}</td>
<td>${title}${writtenNote}${flags ? html`<div class="flags">${flags}</div>` : ''}${item.section ? html`<div class="section-name">${item.section}</div>` : ''}</td>
<td class="${item.furnished ? 'furnished' : 'filed'}">${filedOrFurnished(item)}</td>
<td>${itemDeadlineText(item, s.deadline)}${item.deadlineNote ? html`<div class="note">${item.deadlineNote}</div>` : ''}</td>
<td>${counts ? link(problems[0].range, counts) : '—'}</td>
</tr>`;
}

function deadlineBlock(deadline: SummaryDeadline | null): Html {
  const status = deadlineStatus(deadline);
  if (!deadline || !status) return html`<p class="none">No Date of Report was found, so no deadline can be worked out.</p>`;
  const rows: [string, string][] = [
    ['Event (Date of Report)', deadline.eventDate],
    ['Due (four business days later)', deadline.dueDate],
    ['Filed', deadline.filedOn ?? 'not known'],
    ['Signed', deadline.signedOn ?? 'not known'],
  ];
  const skipped = deadline.skipped.length
    ? html`<p class="skipped">Days not counted: ${join(
        deadline.skipped.map((d) => html`<span>${d.date} (${d.reason})</span>`),
        ', ',
      )}.</p>`
    : '';
  return html`<div class="deadline ${status.level}">
<h3>Deadline: ${status.short}</h3>
<p>${status.long}</p>
<table class="fields"><tbody>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table>
${deadline.businessDays.length ? html`<p class="days">Business days counted: ${deadline.businessDays.join(', ')}.</p>` : ''}
${skipped}
</div>`;
}

// ------------------------------------------------- header against cover

const VERDICTS: Record<Verdict, string> = {
  same: 'agree',
  different: 'differ',
  'header-only': 'header only',
  'cover-only': 'cover only',
};

function comparisonSection(s: FilingSummary): Html {
  const rows = headerComparison(s);
  if (!s.header) {
    return html`<section id="header-vs-cover"><h2>SEC header and cover</h2><p class="none">This document has no SEC header to compare the cover with.</p></section>`;
  }
  const checks = s.checks.filter((c) => HEADER_CHECK_CODES.includes(c.code));
  return html`<section id="header-vs-cover"><h2>SEC header and cover</h2>
<table class="grid"><thead><tr><th scope="col"></th><th scope="col">SEC header</th><th scope="col">Cover / body</th><th scope="col">Result</th></tr></thead>
<tbody>${rows.map(comparisonRow)}</tbody></table>
${checks.length ? html`<ul class="checks">${checks.map((c) => html`<li class="${c.severity}">${link(c.range, oneLine(c.message))}</li>`)}</ul>` : html`<p class="ok">No disagreement between the SEC header and the filing was found.</p>`}
</section>`;
}

function comparisonRow(row: ComparisonRow): Html {
  const cell = (v: ComparisonRow['header']) => (v ? link(v.range, v.text) : html`<span class="none">—</span>`);
  return html`<tr class="${row.verdict}"><th scope="row">${row.what}</th><td>${cell(row.header)}</td><td>${cell(row.cover)}</td><td>${VERDICTS[row.verdict]}${row.checks.map((m) => html`<div class="note">${m}</div>`)}</td></tr>`;
}

// ------------------------------------------------------------ exhibits

function exhibitsSection(s: FilingSummary): Html {
  if (!s.exhibits.length) return html``;
  return html`<section id="exhibits"><h2>Exhibits</h2>
<table class="grid"><thead><tr><th scope="col">Exhibit</th><th scope="col">Description</th><th scope="col">Document</th></tr></thead>
<tbody>${s.exhibits.map((e) => {
    const doc = e.documentIndex === null ? undefined : s.documents[e.documentIndex];
    return html`<tr><td>${link(e.numberRange, e.number)}</td><td>${oneLine(e.description)}</td><td>${doc ? link(doc.typeRange, oneLine(doc.filename ?? doc.type)) : '—'}</td></tr>`;
  })}</tbody></table>
</section>`;
}

// ------------------------------------------------------------ problems

const SEVERITY_NAMES: Record<SummaryCheck['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  information: 'Info',
  hint: 'Hint',
};

function problemsSection(s: FilingSummary): Html {
  const checks = [...s.checks].sort((a, b) => comparePositions(a.range.start, b.range.start));
  if (!checks.length) return html`<section id="problems"><h2>Problems</h2><p class="ok">No problems found.</p></section>`;
  return html`<section id="problems"><h2>Problems (${checks.length})</h2>
<table class="grid"><thead><tr><th scope="col">Severity</th><th scope="col">Problem</th><th scope="col">Line</th><th scope="col">Code</th></tr></thead>
<tbody>${checks.map(
    (c) => html`<tr class="${c.severity}"><td class="severity">${SEVERITY_NAMES[c.severity] ?? c.severity}</td><td>${link(c.range, oneLine(c.message))}</td><td>${c.range.start.line + 1}</td><td><abbr title="${c.explanation}">${c.code}</abbr></td></tr>`,
  )}</tbody></table>
</section>`;
}

// -------------------------------------------------------------- links

/** A link into the text: the range as four numbers, read by media/summary.js. */
function link(range: Range, text: string): Html {
  const r = [range.start.line, range.start.character, range.end.line, range.end.character].map((n) => Math.max(0, Math.floor(n)));
  return html`<a href="#" class="goto" data-range="${r.join(',')}" title="Show in the text (line ${r[0] + 1})">${text}</a>`;
}
