/**
 * Form 8-K items: the catalogue the whole service reads. Source: Form 8-K and
 * its General Instructions as summarized in shared/notes/form-8k-reference.md.
 * Correct a fact here and every feature follows.
 */

/** How the four-business-day clock of General Instruction B.1 applies. */
export type DeadlineRule =
  | 'four-business-days' // four business days after the event (the Date of Report)
  | 'regulation-fd' // Regulation FD Rule 100(a) timing, not the four-day rule
  | 'none' // voluntary
  | 'with-triggering-item'; // filed with the item it supports (9.01)

export interface ItemDefinition {
  number: string;
  title: string;
  /** Earlier official titles and common variants, for matching headings. */
  variants: string[];
  section: string;
  /** Furnished items are not "filed" for Exchange Act Section 18 (General Instruction B.2). */
  furnished: boolean;
  deadline: DeadlineRule;
  /** A sentence for hovers: when the item is due, where it differs from the default. */
  deadlineNote?: string;
  /** ISO date the item came into force, where later than the 2004 form. */
  since?: string;
}

export const SECTIONS: Record<string, string> = {
  '1': 'Registrant’s Business and Operations',
  '2': 'Financial Information',
  '3': 'Securities and Trading Markets',
  '4': 'Matters Related to Accountants and Financial Statements',
  '5': 'Corporate Governance and Management',
  '6': 'Asset-Backed Securities',
  '7': 'Regulation FD',
  '8': 'Other Events',
  '9': 'Financial Statements and Exhibits',
};

/** The day the current item numbering (1.01-9.01) took effect. */
export const CURRENT_SCHEME_EFFECTIVE = '2004-08-23';

function item(
  number: string,
  title: string,
  opts: Partial<Omit<ItemDefinition, 'number' | 'title' | 'section'>> = {},
): ItemDefinition {
  return {
    number,
    title,
    variants: opts.variants ?? [],
    section: SECTIONS[number.split('.')[0]],
    furnished: opts.furnished ?? false,
    deadline: opts.deadline ?? 'four-business-days',
    deadlineNote: opts.deadlineNote,
    since: opts.since,
  };
}

export const CURRENT_ITEMS: readonly ItemDefinition[] = [
  item('1.01', 'Entry into a Material Definitive Agreement'),
  item('1.02', 'Termination of a Material Definitive Agreement'),
  item('1.03', 'Bankruptcy or Receivership'),
  item('1.04', 'Mine Safety – Reporting of Shutdowns and Patterns of Violations', {
    variants: ['Mine Safety - Reporting of Shutdowns and Patterns of Violations'],
    since: '2010-08-27',
  }),
  item('1.05', 'Material Cybersecurity Incidents', {
    since: '2023-12-18',
    deadlineNote: 'Due four business days after the registrant determines the incident is material, not after the incident.',
  }),
  item('2.01', 'Completion of Acquisition or Disposition of Assets', {
    deadlineNote:
      'Financial statements required by Item 9.01 may follow by amendment within 71 calendar days after this report was due (Item 9.01(a)(3)).',
  }),
  item('2.02', 'Results of Operations and Financial Condition', { furnished: true }),
  item(
    '2.03',
    'Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant',
  ),
  item(
    '2.04',
    'Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement',
  ),
  item('2.05', 'Costs Associated with Exit or Disposal Activities'),
  item('2.06', 'Material Impairments'),
  item(
    '3.01',
    'Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of Listing',
  ),
  item('3.02', 'Unregistered Sales of Equity Securities'),
  item('3.03', 'Material Modification to Rights of Security Holders'),
  item('4.01', 'Changes in Registrant’s Certifying Accountant', {
    variants: ["Changes in Registrant's Certifying Accountant"],
  }),
  item(
    '4.02',
    'Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed Interim Review',
  ),
  item('5.01', 'Changes in Control of Registrant'),
  item(
    '5.02',
    'Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers',
    {
      variants: [
        'Departure of Directors or Principal Officers; Election of Directors; Appointment of Principal Officers',
      ],
    },
  ),
  item('5.03', 'Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year'),
  item('5.04', 'Temporary Suspension of Trading Under Registrant’s Employee Benefit Plans', {
    variants: ["Temporary Suspension of Trading Under Registrant's Employee Benefit Plans"],
  }),
  item(
    '5.05',
    'Amendments to the Registrant’s Code of Ethics, or Waiver of a Provision of the Code of Ethics',
    { variants: ["Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics"] },
  ),
  item('5.06', 'Change in Shell Company Status'),
  item('5.07', 'Submission of Matters to a Vote of Security Holders', {
    deadlineNote: 'Due four business days after the meeting ended.',
  }),
  item('5.08', 'Shareholder Director Nominations', {
    deadlineNote: 'Due four business days after the registrant determines the meeting date.',
  }),
  item('6.01', 'ABS Informational and Computational Material'),
  item('6.02', 'Change of Servicer or Trustee'),
  item('6.03', 'Change in Credit Enhancement or Other External Support'),
  item('6.04', 'Failure to Make a Required Distribution'),
  item('6.05', 'Securities Act Updating Disclosure'),
  item('6.06', 'Static Pool'),
  item('6.10', 'Alternative Filings of Asset-Backed Issuers'),
  item('7.01', 'Regulation FD Disclosure', {
    furnished: true,
    deadline: 'regulation-fd',
    deadlineNote: 'Timing follows Regulation FD Rule 100(a), not the four-business-day rule.',
  }),
  item('8.01', 'Other Events', { deadline: 'none', deadlineNote: 'Voluntary: no deadline.' }),
  item('9.01', 'Financial Statements and Exhibits', { deadline: 'with-triggering-item' }),
];

export interface LegacyItemDefinition {
  number: string;
  title: string;
  variants: string[];
  /** The current item(s) that took over its subject in August 2004. */
  successors: string[];
  /** Legacy items were all filed with the four-day or fifteen-day clocks of their time; we note only the subject. */
  note?: string;
}

export const LEGACY_ITEMS: readonly LegacyItemDefinition[] = [
  { number: '1', title: 'Changes in Control of Registrant', variants: [], successors: ['5.01'] },
  { number: '2', title: 'Acquisition or Disposition of Assets', variants: [], successors: ['2.01'] },
  { number: '3', title: 'Bankruptcy or Receivership', variants: [], successors: ['1.03'] },
  {
    number: '4',
    title: 'Changes in Registrant’s Certifying Accountant',
    variants: ["Changes in Registrant's Certifying Accountant"],
    successors: ['4.01'],
  },
  {
    number: '5',
    title: 'Other Events',
    variants: ['Other Events and Regulation FD Disclosure'],
    successors: ['8.01'],
  },
  {
    number: '6',
    title: 'Resignations of Registrant’s Directors',
    variants: ["Resignations of Registrant's Directors", 'Resignation of Registrant’s Directors'],
    successors: ['5.02'],
  },
  {
    number: '7',
    title: 'Financial Statements, Pro Forma Financial Information and Exhibits',
    variants: ['Financial Statements and Exhibits'],
    successors: ['9.01'],
  },
  { number: '8', title: 'Change in Fiscal Year', variants: [], successors: ['5.03'] },
  {
    number: '9',
    title: 'Regulation FD Disclosure',
    variants: [],
    successors: ['7.01'],
    note: 'Regulation FD Disclosure from 2000; before that the item had another use.',
  },
  {
    number: '10',
    title: 'Amendments to the Registrant’s Code of Ethics, or Waiver of a Provision of the Code of Ethics',
    variants: ["Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics"],
    successors: ['5.05'],
  },
  {
    number: '11',
    title: 'Temporary Suspension of Trading Under Registrant’s Employee Benefit Plans',
    variants: ["Temporary Suspension of Trading Under Registrant's Employee Benefit Plans"],
    successors: ['5.04'],
  },
  {
    number: '12',
    title: 'Results of Operations and Financial Condition',
    variants: [],
    successors: ['2.02'],
    note: 'Added in 2003; furnished, not filed.',
  },
];

const currentByNumber = new Map(CURRENT_ITEMS.map((i) => [i.number, i]));
const legacyByNumber = new Map(LEGACY_ITEMS.map((i) => [i.number, i]));

export function currentItem(number: string): ItemDefinition | undefined {
  return currentByNumber.get(number);
}

export function legacyItem(number: string): LegacyItemDefinition | undefined {
  return legacyByNumber.get(number);
}
