/** Addresses of EDGAR and eCFR pages, built from normalized identifiers only. */
import type { FilingModel } from '../service/model';
import { normalizeCik } from '../service/identifiers';

/** The company's CIK: the header's, else one the document writes (an inline XBRL fact). */
export function filerCik(model: FilingModel): string | undefined {
  if (model.header?.cik) return model.header.cik.value;
  for (const id of model.identifiers) {
    const cik = id.kind === 'cik' ? normalizeCik(id.value) : undefined;
    if (cik) return cik;
  }
  return undefined;
}

/** The EDGAR company page of a CIK (any writing; leading zeros kept as EDGAR accepts them). */
export function companyPageUrl(cik: string): string {
  return `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${cik.replace(/\D/g, '')}`;
}

/** The folder of a filing in the EDGAR archives: the CIK without leading zeros, the accession number without dashes. */
export function filingFolderUrl(cik: string, accession: string): string {
  const company = String(Number(cik.replace(/\D/g, '')));
  return `https://www.sec.gov/Archives/edgar/data/${company}/${accession.replace(/\D/g, '')}/`;
}

/** The eCFR page of a section of title 17 ("240.14a-12", "240.14d-2(b)" → section 240.14d-2). */
export function ecfrSectionUrl(cfr: string): string {
  const section = cfr.replace(/^17\s*CFR\s*/i, '').replace(/\(.*$/, '').replace(/\s+/g, '');
  return `https://www.ecfr.gov/current/title-17/section-${section}`;
}
