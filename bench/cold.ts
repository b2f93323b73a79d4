/**
 * Cold analysis: analyzeFiling over every corpus filing and over the
 * synthesized large submissions, each beside the floor scan of the same text.
 */
import { analyzeFiling, readStructure } from '../server/src/service/analyze';
import { sniffContainer } from '../server/src/service/sniff';
import { MB, sideBySide } from './measure';
import { synthesizeSingleDocument, synthesizeSubmission, type CorpusFile, type Flavour } from './synth';

export interface ColdRow {
  name: string;
  /** Text or HTML main document: the two have different targets. */
  flavour: Flavour;
  chars: number;
  ms: number;
  floorMs: number;
}

export interface CorpusSummary {
  flavour: Flavour;
  files: number;
  chars: number;
  ms: number;
  floorMs: number;
  /** The file whose own ratio is the highest, and that ratio. */
  worst: { name: string; ratio: number; chars: number };
  medianRatio: number;
}

/**
 * Whether the main content goes through the HTML view or is read as plain
 * text: the two have different targets. Decided from the structure, not the
 * model's kind, so that an HTML file that is not a filing still counts as HTML.
 */
export function flavourOf(text: string): Flavour {
  const sniffed = sniffContainer(text);
  if (sniffed.container === 'binary') return 'text';
  return readStructure(text, sniffed.container).mainIsHtml ? 'html' : 'text';
}

export function coldCorpus(corpus: CorpusFile[]): { rows: ColdRow[]; summaries: CorpusSummary[] } {
  const rows: ColdRow[] = corpus.map((file) => {
    const runs = Math.max(7, Math.min(60, Math.round((4 * MB) / Math.max(1, file.text.length))));
    const { ms, floorMs } = sideBySide(file.text, (t) => analyzeFiling(t), runs);
    return { name: file.name, flavour: flavourOf(file.text), chars: file.text.length, ms, floorMs };
  });
  const summaries = (['text', 'html'] as const).map((flavour): CorpusSummary => {
    const group = rows.filter((r) => r.flavour === flavour);
    const ratios = group.map((r) => r.ms / r.floorMs).sort((a, b) => a - b);
    const worst = group.reduce((w, r) => (r.ms / r.floorMs > w.ms / w.floorMs ? r : w));
    return {
      flavour,
      files: group.length,
      chars: group.reduce((s, r) => s + r.chars, 0),
      ms: group.reduce((s, r) => s + r.ms, 0),
      floorMs: group.reduce((s, r) => s + r.floorMs, 0),
      worst: { name: worst.name, ratio: worst.ms / worst.floorMs, chars: worst.chars },
      medianRatio: ratios[ratios.length >> 1],
    };
  });
  return { rows, summaries };
}

export interface LargeInput {
  name: string;
  flavour: Flavour;
  text: string;
}

/** The synthesized inputs: full submissions (8-K + exhibits) of 10 and 50 MB, and the 10 MB one-document worst case. */
export function largeInputs(corpus: CorpusFile[]): LargeInput[] {
  const out: LargeInput[] = [];
  for (const flavour of ['text', 'html'] as const) {
    for (const size of [10, 50]) {
      out.push({ name: `submission ${size} MB, ${flavour}`, flavour, text: synthesizeSubmission(corpus, flavour, size * MB) });
    }
    out.push({ name: `one 10 MB ${flavour} document`, flavour, text: synthesizeSingleDocument(corpus, flavour, 10 * MB) });
  }
  return out;
}

export function coldLarge(inputs: LargeInput[]): ColdRow[] {
  return inputs.map(({ name, flavour, text }) => {
    const runs = text.length > 20 * MB ? 5 : 9;
    const { ms, floorMs } = sideBySide(text, (t) => analyzeFiling(t), runs);
    return { name, flavour, chars: text.length, ms, floorMs };
  });
}
