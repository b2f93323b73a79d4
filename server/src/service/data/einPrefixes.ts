/**
 * IRS campus of each valid EIN prefix (the first two digits), as listed in
 * shared/notes/form-8k-reference.md (the IRS list as kept by python-stdnum).
 * Any prefix not in this table is not a valid EIN.
 */
const CAMPUS_PREFIXES: Record<string, string> = {
  Brookhaven: '01-06 11 13 14 16 21-23 25 34 51 52 54-59 65',
  Andover: '10 12',
  Fresno: '15 24',
  Internet: '20 26 27 45-47 81',
  Cincinnati: '30 32 35-38 61',
  'Small Business Administration': '31',
  Philadelphia: '33 39 41-43 48 62-64 66 68 71-77 82-88 91-93 98 99',
  'Kansas City': '40 44',
  Austin: '50 53',
  Atlanta: '60 67',
  Ogden: '80 90',
  Memphis: '94 95',
};

function expand(spec: string): string[] {
  const out: string[] = [];
  for (const part of spec.split(' ')) {
    const [a, b] = part.split('-').map(Number);
    for (let n = a; n <= (b ?? a); n++) out.push(String(n).padStart(2, '0'));
  }
  return out;
}

export const EIN_PREFIX_CAMPUS: ReadonlyMap<string, string> = new Map(
  Object.entries(CAMPUS_PREFIXES).flatMap(([campus, spec]) => expand(spec).map((p) => [p, campus] as const)),
);
