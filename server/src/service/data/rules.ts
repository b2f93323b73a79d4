/** Rules a Form 8-K cites on its cover, by their 17 CFR section. */
export interface RuleDefinition {
  cfr: string;
  name: string;
  act: string;
  /** What checking the cover's box for this rule means. */
  checkBoxMeaning?: string;
}

export const RULES: readonly RuleDefinition[] = [
  {
    cfr: '230.425',
    name: 'Rule 425: filing of communications in connection with business combination transactions',
    act: 'Securities Act of 1933',
    checkBoxMeaning: 'The report is also a written communication filed under Rule 425 (a business combination).',
  },
  {
    cfr: '240.14a-12',
    name: 'Rule 14a-12: solicitation before furnishing a proxy statement',
    act: 'Securities Exchange Act of 1934',
    checkBoxMeaning: 'The report is also soliciting material filed under Rule 14a-12 (a proxy solicitation).',
  },
  {
    cfr: '240.14d-2(b)',
    name: 'Rule 14d-2(b): pre-commencement communications in a third-party tender offer',
    act: 'Securities Exchange Act of 1934',
    checkBoxMeaning: 'The report is also a pre-commencement communication of a tender offer under Rule 14d-2(b).',
  },
  {
    cfr: '240.13e-4(c)',
    name: 'Rule 13e-4(c): pre-commencement communications in an issuer tender offer',
    act: 'Securities Exchange Act of 1934',
    checkBoxMeaning: 'The report is also a pre-commencement communication of an issuer tender offer under Rule 13e-4(c).',
  },
  {
    cfr: '230.405',
    name: 'Rule 405: definitions (emerging growth company)',
    act: 'Securities Act of 1933',
  },
  {
    cfr: '240.12b-2',
    name: 'Rule 12b-2: definitions (emerging growth company)',
    act: 'Securities Exchange Act of 1934',
  },
];

export const EMERGING_GROWTH_MEANING =
  'The registrant is an emerging growth company as defined in Rule 405 of the Securities Act or Rule 12b-2 of the Exchange Act.';
export const EXTENDED_TRANSITION_MEANING =
  'The emerging growth company has elected not to use the extended transition period for new or revised financial accounting standards (Exchange Act Section 13(a)).';

const byCfr = new Map(RULES.map((r) => [r.cfr, r]));
export function ruleByCfr(cfr: string): RuleDefinition | undefined {
  return byCfr.get(cfr.replace(/\s+/g, ''));
}
