/** The same report, for a person reading a terminal. */
import type { JsonDeadline, JsonFileReport } from './jsonReport';

export function textReport(r: JsonFileReport): string {
  const out: string[] = [];
  const kind = r.kind === 'not-a-filing' ? 'not a filing' : r.kind;
  out.push(`${r.file}: ${r.form ?? 'unknown form'} (${kind})${r.notice ? ` — ${r.notice}` : ''}`);
  if (r.kind === 'not-a-filing') return out.join('\n');
  const c = r.cover;
  if (c) {
    const field = (label: string, value: string | null | undefined) => {
      if (value) out.push(`  ${label.padEnd(22)}${value}`);
    };
    field('Registrant', c.registrant);
    field('Date of Report', c.dateOfReport);
    field('State', c.stateOfIncorporation);
    field('Commission File No.', c.commissionFileNumber);
    field('IRS Employer Id. No.', c.irsEmployerId);
  }
  if (r.header) {
    const cik = r.header.cik as string | null;
    if (cik) out.push(`  ${'CIK'.padEnd(22)}${cik}`);
  }
  if (r.items.length === 0) out.push('  Items                 none found');
  for (const i of r.items) {
    const title = i.officialTitle ?? i.title;
    out.push(`  Item ${i.number.padEnd(6)} line ${String(i.line).padEnd(6)}${title}`);
  }
  if (r.signatureDate) out.push(`  ${'Signed'.padEnd(22)}${r.signatureDate}`);
  if (r.deadline) out.push(`  ${'Deadline'.padEnd(22)}${deadlineText(r.deadline)}`);
  if (r.exhibits.length) out.push(`  ${'Exhibits'.padEnd(22)}${r.exhibits.join(', ')}`);
  for (const d of r.diagnostics) {
    out.push(`  ${r.file}:${d.line}:${d.column}: ${d.severity} [${d.code}] ${d.message}`);
  }
  return out.join('\n');
}

/** "2013-04-11 (4 business days after 2013-04-07); filed 2013-04-08: on time". */
function deadlineText(d: JsonDeadline): string {
  const counted = `${d.dueDate} (4 business days after ${d.eventDate})`;
  if (d.amendment) return `none: an amendment runs on the deadline of what it adds (4 business days would end ${d.dueDate})`;
  if (!d.applies) return `none: every item reported has a clock of its own (4 business days would end ${d.dueDate})`;
  if (d.filedOn === null || d.late === null) return counted;
  return `${counted}; filed ${d.filedOn}: ${d.late ? 'LATE' : 'on time'}`;
}
