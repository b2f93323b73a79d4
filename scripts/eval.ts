/**
 * `npm run eval`: runs the analysis over a labelled corpus and prints how
 * often each field is right. Labels: test/fixtures/corpus/labels.json (see
 * LABELS.md beside it). Fields a label marks `uncertain` are skipped.
 *
 * By default it measures the tuning corpus and then the holdout
 * (test/fixtures/holdout: filings no rule was written against).
 *
 *   node out/scripts/eval.js [--corpus DIR]... [--quiet] [--json FILE]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFiling } from '../server/src/service/analyze';
import { decodeFilingBytes } from '../server/src/service/decode';
import type { FilingModel } from '../server/src/service/model';

interface Label {
  file: string;
  form: string;
  items: string[];
  dateOfReport: string | null;
  registrant: string | null;
  stateOfIncorporation: string | null;
  commissionFileNumber: string | null;
  irsEmployerId: string | null;
  cik: string | null;
  signatureDate: string | null;
  exhibits: string[];
  uncertain: string[];
}

type Field = 'items' | 'dateOfReport' | 'registrant' | 'stateOfIncorporation' | 'commissionFileNumber' | 'irsEmployerId' | 'cik' | 'signatureDate' | 'exhibits';

const FIELDS: Field[] = ['items', 'dateOfReport', 'registrant', 'stateOfIncorporation', 'commissionFileNumber', 'irsEmployerId', 'cik', 'signatureDate', 'exhibits'];

/** Targets from issue 2: items 97%, cover fields 95%. */
const TARGETS: Partial<Record<Field, number>> = {
  items: 0.97,
  dateOfReport: 0.95,
  registrant: 0.95,
  stateOfIncorporation: 0.95,
  commissionFileNumber: 0.95,
  irsEmployerId: 0.95,
};

const collapse = (s: string | null | undefined) => (s == null ? null : s.replace(/\s+/g, ' ').trim());

function predicted(model: FilingModel, field: Field): string | null {
  switch (field) {
    case 'items':
      return [...new Set(model.items.map((i) => i.number))].sort().join(' ');
    case 'exhibits':
      return [...new Set(model.exhibits.map((e) => e.number))].sort().join(' ');
    case 'cik': {
      const fact = model.xbrlFacts.find((f) => /(^|:)EntityCentralIndexKey$/.test(f.name));
      return model.header?.cik?.value ?? (fact ? fact.value.replace(/\D/g, '').padStart(10, '0') : null);
    }
    case 'signatureDate':
      return model.signatures?.date?.value ?? null;
    case 'dateOfReport':
      return model.cover?.dateOfReport?.value ?? null;
    default:
      return collapse(model.cover?.[field]?.raw);
  }
}

function expected(label: Label, field: Field): string | null {
  if (field === 'items') return [...new Set(label.items)].sort().join(' ');
  if (field === 'exhibits') return [...new Set(label.exhibits)].sort().join(' ');
  return collapse(label[field]);
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const corpora = args.flatMap((a, i) => (args[i - 1] === '--corpus' ? [a] : []));
  if (corpora.length === 0) {
    corpora.push(path.resolve(__dirname, '../../test/fixtures/corpus'), path.resolve(__dirname, '../../test/fixtures/holdout'));
  }
  let allMet = true;
  for (const corpus of corpora) {
    allMet = evaluate(corpus, args.includes('--quiet'), opt('--json')) && allMet;
  }
  console.log(allMet ? 'All targets met.' : 'Some targets are not met.');
}

/** Evaluates one labelled folder; prints its table and says whether every target is met. */
function evaluate(corpus: string, quiet: boolean, jsonOut: string | undefined): boolean {
  const labels: Label[] = JSON.parse(fs.readFileSync(path.join(corpus, 'labels.json'), 'utf8'));

  const right: Record<string, number> = {};
  const total: Record<string, number> = {};
  const misses: string[] = [];
  let negativesAs8K = 0;
  let negatives = 0;
  const started = Date.now();
  let bytes = 0;

  for (const label of labels) {
    const data = fs.readFileSync(path.join(corpus, label.file));
    bytes += data.length;
    const model = analyzeFiling(decodeFilingBytes(data).text);
    const is8K = /^8-K/.test(label.form);
    if (!is8K) {
      negatives++;
      const claimed8K = model.form !== null && /^8-K/.test(model.form);
      if (claimed8K || model.items.length > 0) {
        negativesAs8K++;
        misses.push(`${label.file}\n    negative (${label.form}) reported as form ${model.form} with items [${model.items.map((i) => i.number).join(' ')}]`);
      }
      continue;
    }
    for (const field of FIELDS) {
      if (label.uncertain.includes(field)) continue;
      const want = expected(label, field);
      if (field === 'cik' && want === null) continue; // only where the file carries it
      const got = predicted(model, field);
      total[field] = (total[field] ?? 0) + 1;
      if (got === want) right[field] = (right[field] ?? 0) + 1;
      else misses.push(`${label.file}\n    ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  }
  const seconds = (Date.now() - started) / 1000;

  if (!quiet && misses.length) {
    console.log('Mismatches:');
    for (const m of misses) console.log(`  ${m}`);
    console.log('');
  }
  console.log(`== ${path.basename(corpus)}: ${labels.length} labelled files (${labels.length - negatives} 8-Ks, ${negatives} negatives), ${(bytes / 1048576).toFixed(1)} MB in ${seconds.toFixed(2)} s`);
  console.log('');
  console.log(`${'field'.padEnd(22)}${'right'.padStart(8)}${'of'.padStart(6)}${'accuracy'.padStart(10)}${'target'.padStart(9)}`);
  let allMet = true;
  for (const field of FIELDS) {
    const n = total[field] ?? 0;
    const r = right[field] ?? 0;
    const acc = n ? r / n : 1;
    const target = TARGETS[field];
    const met = target === undefined || acc >= target;
    allMet &&= met;
    console.log(
      `${field.padEnd(22)}${String(r).padStart(8)}${String(n).padStart(6)}${`${(acc * 100).toFixed(1)}%`.padStart(10)}${(target ? `${target * 100}%` : '-').padStart(9)}${met ? '' : '  BELOW TARGET'}`,
    );
  }
  console.log(`${'negatives as 8-K'.padEnd(22)}${String(negativesAs8K).padStart(8)}${String(negatives).padStart(6)}${''.padStart(10)}${'0'.padStart(9)}${negativesAs8K ? '  BELOW TARGET' : ''}`);
  allMet &&= negativesAs8K === 0;
  if (jsonOut) {
    fs.writeFileSync(jsonOut.replace(/(\.json)?$/, `-${path.basename(corpus)}.json`), JSON.stringify({ right, total, negatives, negativesAs8K, misses }, null, 2));
  }
  console.log('');
  return allMet;
}

main();
