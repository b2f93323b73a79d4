/**
 * "Open on EDGAR": the pages of sec.gov a filing leads to, built only from
 * digits (a CIK, an accession number), so no filing text reaches a URL.
 */
import type { FilingSummary } from '../../server/src/protocol';
import { headerValue } from './summaryFacts';

export type EdgarLinkKind = 'company' | 'filing';

export interface EdgarLink {
  kind: EdgarLinkKind;
  label: string;
  detail: string;
  url: string;
}

/** An identifier written in the text, for the cursor's case. */
export interface WrittenIdentifier {
  kind: 'cik' | 'accession';
  /** Digits only. */
  digits: string;
}

/** The EDGAR company page of a CIK. */
export function companyUrl(cikDigits: string): string {
  return `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${cikDigits.padStart(10, '0')}`;
}

/** The folder of a filing in the EDGAR archives: CIK without leading zeros, accession number without dashes. */
export function filingFolderUrl(cikDigits: string, accessionDigits: string): string {
  return `https://www.sec.gov/Archives/edgar/data/${String(Number(cikDigits))}/${accessionDigits}/`;
}

/** 0001193125-19-292676 with dashes, from 18 digits. */
export function formatAccession(digits: string): string {
  return `${digits.slice(0, 10)}-${digits.slice(10, 12)}-${digits.slice(12)}`;
}

/**
 * The accession number or 10-digit CIK written where the cursor is, if any:
 * `0001193125-19-292676`, `000119312519292676`, `0000320193`.
 */
export function identifierAt(lineText: string, character: number): WrittenIdentifier | undefined {
  const pattern = /(?<![\d-])(\d{10}-\d{2}-\d{6}|\d{18}|\d{10})(?![\d-])/g;
  for (const m of lineText.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (character < start || character > start + m[0].length) continue;
    const digits = m[0].replace(/\D/g, '');
    return digits.length === 18 ? { kind: 'accession', digits } : { kind: 'cik', digits };
  }
  return undefined;
}

/**
 * The links to offer, most specific first: what the cursor is on, then the
 * filing's own folder and company page from its SEC header.
 */
export function edgarLinks(summary: FilingSummary | undefined, atCursor?: WrittenIdentifier): EdgarLink[] {
  const links: EdgarLink[] = [];
  const add = (link: EdgarLink) => {
    if (!links.some((l) => l.url === link.url)) links.push(link);
  };
  const headerCik = summary && digitsOf(headerValue(summary, 'cik')?.value);
  const accession = summary && digitsOf(headerValue(summary, 'accessionNumber')?.value);
  const company = summary?.registrant ? summary.registrant.replace(/\s+/g, ' ').trim() : undefined;

  // An archive folder is named by the filer's CIK; an accession number alone does not say it.
  if (atCursor?.kind === 'accession' && headerCik) {
    add(filingLink(headerCik, atCursor.digits));
  } else if (atCursor?.kind === 'cik') {
    add({ kind: 'company', label: `Company page of CIK ${atCursor.digits}`, detail: 'the CIK at the cursor', url: companyUrl(atCursor.digits) });
  }
  if (headerCik && accession && accession.length === 18) add(filingLink(headerCik, accession));
  if (headerCik) {
    add({ kind: 'company', label: `Company page${company ? ` of ${company}` : ''}`, detail: `CIK ${headerCik}`, url: companyUrl(headerCik) });
  }
  return links;
}

function filingLink(cik: string, accession: string): EdgarLink {
  return {
    kind: 'filing',
    label: `Filing ${formatAccession(accession)} in the EDGAR archives`,
    detail: `CIK ${cik}`,
    url: filingFolderUrl(cik, accession),
  };
}

function digitsOf(value: string | undefined): string | undefined {
  const digits = value?.replace(/\D/g, '');
  return digits ? digits : undefined;
}
