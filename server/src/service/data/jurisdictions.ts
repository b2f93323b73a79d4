/**
 * Jurisdictions of incorporation as covers print them: the US states, the
 * District of Columbia, the territories, Canadian provinces and the foreign
 * jurisdictions registrants commonly incorporate in. `abbreviations` are the
 * postal code and the older abbreviations ("Del.", "Mass."), which covers use
 * only now and then; they are trusted only as a whole cell.
 */
export type JurisdictionKind = 'state' | 'district' | 'territory' | 'province' | 'foreign';

export interface Jurisdiction {
  name: string;
  kind: JurisdictionKind;
  abbreviations: readonly string[];
  /** Other names the same jurisdiction is printed under. */
  aliases?: readonly string[];
}

const us = (name: string, ...abbreviations: string[]): Jurisdiction => ({ name, kind: 'state', abbreviations });

export const JURISDICTIONS: readonly Jurisdiction[] = [
  us('Alabama', 'AL', 'Ala.'),
  us('Alaska', 'AK'),
  us('Arizona', 'AZ', 'Ariz.'),
  us('Arkansas', 'AR', 'Ark.'),
  us('California', 'CA', 'Calif.', 'Cal.'),
  us('Colorado', 'CO', 'Colo.'),
  us('Connecticut', 'CT', 'Conn.'),
  us('Delaware', 'DE', 'Del.'),
  us('Florida', 'FL', 'Fla.'),
  us('Georgia', 'GA', 'Ga.'),
  us('Hawaii', 'HI'),
  us('Idaho', 'ID'),
  us('Illinois', 'IL', 'Ill.'),
  us('Indiana', 'IN', 'Ind.'),
  us('Iowa', 'IA'),
  us('Kansas', 'KS', 'Kan.', 'Kans.'),
  us('Kentucky', 'KY', 'Ky.'),
  us('Louisiana', 'LA', 'La.'),
  us('Maine', 'ME'),
  us('Maryland', 'MD', 'Md.'),
  us('Massachusetts', 'MA', 'Mass.'),
  us('Michigan', 'MI', 'Mich.'),
  us('Minnesota', 'MN', 'Minn.'),
  us('Mississippi', 'MS', 'Miss.'),
  us('Missouri', 'MO', 'Mo.'),
  us('Montana', 'MT', 'Mont.'),
  us('Nebraska', 'NE', 'Neb.', 'Nebr.'),
  us('Nevada', 'NV', 'Nev.'),
  us('New Hampshire', 'NH', 'N.H.'),
  us('New Jersey', 'NJ', 'N.J.'),
  us('New Mexico', 'NM', 'N.M.', 'N.Mex.'),
  us('New York', 'NY', 'N.Y.'),
  us('North Carolina', 'NC', 'N.C.'),
  us('North Dakota', 'ND', 'N.D.', 'N.Dak.'),
  us('Ohio', 'OH'),
  us('Oklahoma', 'OK', 'Okla.'),
  us('Oregon', 'OR', 'Ore.', 'Oreg.'),
  us('Pennsylvania', 'PA', 'Pa.', 'Penn.'),
  us('Rhode Island', 'RI', 'R.I.'),
  us('South Carolina', 'SC', 'S.C.'),
  us('South Dakota', 'SD', 'S.D.', 'S.Dak.'),
  us('Tennessee', 'TN', 'Tenn.'),
  us('Texas', 'TX', 'Tex.'),
  us('Utah', 'UT'),
  us('Vermont', 'VT', 'Vt.'),
  us('Virginia', 'VA', 'Va.'),
  us('Washington', 'WA', 'Wash.'),
  us('West Virginia', 'WV', 'W.Va.', 'W.V.'),
  us('Wisconsin', 'WI', 'Wis.', 'Wisc.'),
  us('Wyoming', 'WY', 'Wyo.'),
  { name: 'District of Columbia', kind: 'district', abbreviations: ['DC', 'D.C.'] },
  { name: 'Puerto Rico', kind: 'territory', abbreviations: ['PR', 'P.R.'], aliases: ['Commonwealth of Puerto Rico'] },
  { name: 'Guam', kind: 'territory', abbreviations: ['GU'] },
  { name: 'U.S. Virgin Islands', kind: 'territory', abbreviations: ['VI', 'USVI'], aliases: ['United States Virgin Islands', 'Virgin Islands'] },
  { name: 'American Samoa', kind: 'territory', abbreviations: ['AS'] },
  { name: 'Northern Mariana Islands', kind: 'territory', abbreviations: ['MP'] },

  { name: 'Alberta', kind: 'province', abbreviations: ['AB', 'Alta.'] },
  { name: 'British Columbia', kind: 'province', abbreviations: ['BC', 'B.C.'] },
  { name: 'Manitoba', kind: 'province', abbreviations: ['MB', 'Man.'] },
  { name: 'New Brunswick', kind: 'province', abbreviations: ['NB', 'N.B.'] },
  { name: 'Newfoundland and Labrador', kind: 'province', abbreviations: ['NL'], aliases: ['Newfoundland'] },
  { name: 'Nova Scotia', kind: 'province', abbreviations: ['NS', 'N.S.'] },
  { name: 'Ontario', kind: 'province', abbreviations: ['ON', 'Ont.'] },
  { name: 'Prince Edward Island', kind: 'province', abbreviations: ['PE', 'P.E.I.'] },
  { name: 'Quebec', kind: 'province', abbreviations: ['QC', 'Que.'], aliases: ['Québec'] },
  { name: 'Saskatchewan', kind: 'province', abbreviations: ['SK', 'Sask.'] },
  { name: 'Yukon', kind: 'province', abbreviations: ['YT'] },

  ...[
    'Argentina', 'Australia', 'Austria', 'Barbados', 'Belgium', 'Belize', 'Bermuda', 'Brazil', 'Canada', 'Chile',
    'China', 'Colombia', 'Curaçao', 'Cyprus', 'Denmark', 'England', 'England and Wales', 'Finland', 'France',
    'Germany', 'Gibraltar', 'Greece', 'Guernsey', 'Hong Kong', 'India', 'Ireland', 'Isle of Man', 'Israel', 'Italy',
    'Japan', 'Jersey', 'Korea', 'Liberia', 'Luxembourg', 'Malta', 'Mauritius', 'Mexico', 'Netherlands Antilles',
    'New Zealand', 'Norway', 'Panama', 'Peru', 'Portugal', 'Scotland', 'Singapore', 'South Africa', 'Spain',
    'Sweden', 'Switzerland', 'Taiwan', 'Thailand', 'Uruguay',
  ].map((name): Jurisdiction => ({ name, kind: 'foreign', abbreviations: [] })),
  // Printed with their article, which is part of what the cover says.
  { name: 'Bahamas', kind: 'foreign', abbreviations: [], aliases: ['The Bahamas', 'Commonwealth of The Bahamas'] },
  { name: 'British Virgin Islands', kind: 'foreign', abbreviations: ['BVI'], aliases: ['The British Virgin Islands'] },
  { name: 'Cayman Islands', kind: 'foreign', abbreviations: [], aliases: ['The Cayman Islands', 'Cayman Islands, British West Indies'] },
  { name: 'Marshall Islands', kind: 'foreign', abbreviations: [], aliases: ['The Marshall Islands', 'Republic of the Marshall Islands'] },
  { name: 'Netherlands', kind: 'foreign', abbreviations: [], aliases: ['The Netherlands'] },
  { name: 'Philippines', kind: 'foreign', abbreviations: [], aliases: ['The Philippines'] },
  { name: 'United Kingdom', kind: 'foreign', abbreviations: ['UK', 'U.K.'], aliases: ['The United Kingdom'] },
];
