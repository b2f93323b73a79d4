/**
 * `npm run bench`: every figure of issue 6, measured side by side with the
 * floor in the same run, printed as a table (Markdown, for the README) and
 * written to bench/results.json.
 *
 *   node out/bench/run.js [--quick]
 *
 * --quick measures less (fewer edits, no 50 MB inputs) for a fast look.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { coldCorpus, coldLarge, largeInputs, type ColdRow } from './cold';
import { batch } from './batch';
import { editing, editingMain, firstAnswer, residentMemory } from './lsp';
import { MB } from './measure';
import { loadCorpus, synthesizeSingleDocument, synthesizeSubmission } from './synth';

const TARGET_RATIO = { text: 5, html: 8 } as const;

interface Row {
  figure: string;
  measured: string;
  target: string;
  met: boolean | null;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const mbps = (chars: number, ms: number) => `${fmt(chars / MB / (ms / 1000), 0)} MB/s`;

function coldRow(figure: string, r: { chars: number; ms: number; floorMs: number; flavour: 'text' | 'html' }): Row {
  const ratio = r.ms / r.floorMs;
  const target = TARGET_RATIO[r.flavour];
  return {
    figure,
    measured: `${fmt(r.ms)} ms, ${mbps(r.chars, r.ms)}, ${fmt(ratio, 1)}× floor (${fmt(r.floorMs, 2)} ms)`,
    target: `≤ ${target}× floor`,
    met: ratio <= target,
  };
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${fmt(os.totalmem() / 1024 ** 3, 0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const corpus = loadCorpus();
  const rows: Row[] = [];
  const results: Record<string, unknown> = { machine: machine(), date: new Date().toISOString(), quick };

  log('cold analysis: corpus');
  const cold = coldCorpus(corpus);
  results.coldCorpus = cold;
  for (const s of cold.summaries) {
    rows.push(coldRow(`Cold, corpus ${s.flavour} filings (${s.files}, ${fmt(s.chars / MB)} MB, summed)`, { ...s, flavour: s.flavour }));
    const target = TARGET_RATIO[s.flavour];
    rows.push({
      figure: `Cold, corpus ${s.flavour} filings one by one`,
      measured: `median ${fmt(s.medianRatio)}× floor; worst ${fmt(s.worst.ratio)}× (${s.worst.name}, ${fmt(s.worst.chars / 1024, 0)} KB)`,
      target: `≤ ${target}× floor`,
      met: s.worst.ratio <= target,
    });
  }

  log('cold analysis: synthesized inputs');
  const inputs = largeInputs(corpus).filter((i) => !quick || !i.name.includes('50 MB'));
  const large: ColdRow[] = coldLarge(inputs);
  results.coldLarge = large;
  for (const r of large) rows.push(coldRow(`Cold, ${r.name}`, r));

  const sub10 = inputs.find((i) => i.name === 'submission 10 MB, html')?.text ?? synthesizeSubmission(corpus, 'html', 10 * MB);
  log('editing');
  const editingResults: Record<string, unknown> = {};
  for (const flavour of ['html', 'text'] as const) {
    const text = flavour === 'html' ? sub10 : (inputs.find((i) => i.name === 'submission 10 MB, text')?.text ?? synthesizeSubmission(corpus, 'text', 10 * MB));
    const edits = await editing(text, quick ? 60 : 200);
    editingResults[flavour] = edits;
    const documents = text.split('<DOCUMENT>').length - 1;
    const what = flavour === 'html' ? `HTML 8-K, exhibits, XBRL, images: ${documents} documents` : `text 8-K and text exhibits: ${documents} documents`;
    rows.push({
      figure: `Editing, 10 MB submission (${what}), ${edits.edits} one-character edits: didChange → symbols + token delta + diagnostics`,
      measured: `p50 ${fmt(edits.p50)} ms, p95 ${fmt(edits.p95)} ms, max ${fmt(edits.max)} ms`,
      target: 'p95 < 16 ms',
      met: edits.p95 < 16,
    });
  }
  results.editing = editingResults;
  const inMain = await editingMain(sub10, quick ? 10 : 30);
  results.editingMain = inMain;
  rows.push({
    figure: `Editing inside the main document (re-analysed alone), ${inMain.edits} edits`,
    measured: `p50 ${fmt(inMain.p50)} ms, p95 ${fmt(inMain.p95)} ms`,
    target: '–',
    met: null,
  });

  log('first answer');
  const first = await firstAnswer(sub10);
  results.firstAnswer = first;
  rows.push({ figure: 'First answer: didOpen of the 10 MB submission → outline', measured: `${fmt(first.ms, 0)} ms`, target: '–', met: null });
  const oneDoc = inputs.find((i) => i.name === 'one 10 MB text document')?.text ?? synthesizeSingleDocument(corpus, 'text', 10 * MB);
  const firstOne = await firstAnswer(oneDoc);
  results.firstAnswerOneDocument = firstOne;
  rows.push({ figure: 'First answer: didOpen of one 10 MB text document → outline', measured: `${fmt(firstOne.ms, 0)} ms`, target: '–', met: null });

  log('batch');
  const b = batch(500, quick ? 3 : 5);
  results.batch = b;
  rows.push({
    figure: `Batch: check over ${b.files} 8-Ks (${fmt(b.bytes / MB)} MB), one process, start-up included`,
    measured: `${fmt(b.ms, 0)} ms (median of ${b.runs})`,
    target: '< 1000 ms',
    met: b.ms < 1000,
  });

  if (!quick) {
    log('memory');
    const memory: Record<string, unknown> = {};
    for (const flavour of ['html', 'text'] as const) {
      const sub50 = synthesizeSubmission(corpus, flavour, 50 * MB);
      const mem = await residentMemory(sub50);
      memory[flavour] = mem;
      const limit = 4 * (sub50.length / MB) + 60;
      // One character beyond Latin-1 makes V8 store the whole text with two bytes per character.
      const wide = /[^\u0000-\u00ff]/.test(sub50) ? ', two bytes per character' : '';
      rows.push({
        figure: `Memory: server resident with the 50 MB ${flavour} submission open and analysed${wide}`,
        measured: `${fmt(mem.rss / MB, 0)} MB (peak while opening ${fmt(mem.peak / MB, 0)} MB)`,
        target: `< ${fmt(limit, 0)} MB`,
        met: mem.rss / MB < limit,
      });
    }
    results.memory = memory;
    const one50 = synthesizeSingleDocument(corpus, 'text', 50 * MB);
    const firstLarge = await firstAnswer(one50);
    results.firstAnswerTooLarge = firstLarge;
    rows.push({
      figure: 'First answer: one 50 MB document, above maxFileSize (cheap parts only)',
      measured: `${fmt(firstLarge.ms, 0)} ms`,
      target: '–',
      met: null,
    });
  }

  const table = [
    '| figure | measured | target | met |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.figure} | ${r.measured} | ${r.target} | ${r.met === null ? '' : r.met ? 'yes' : 'no'} |`),
  ].join('\n');
  results.rows = rows;
  process.stdout.write(`Machine: ${results.machine}\n\n${table}\n`);
  fs.writeFileSync(path.resolve(__dirname, '../../bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
