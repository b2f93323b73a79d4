/** Timing helpers and the floor every figure is compared with. */

export const MB = 1024 * 1024;

/** Milliseconds `fn` takes. */
export function time(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * The floor no analysis can beat: one linear regular-expression scan over
 * the text (counting "Item" followed by a number), which runs at the speed
 * of the regular-expression engine's search.
 */
export function floorScan(text: string): number {
  const re = /item\s+\d/gi;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * The median time of `work` and of the floor over the same text, measured
 * alternately in the same run after a warm-up.
 */
export function sideBySide(text: string, work: (text: string) => unknown, runs: number): { ms: number; floorMs: number } {
  for (let i = 0; i < 2; i++) {
    work(text);
    floorScan(text);
  }
  const a: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < runs; i++) {
    f.push(time(() => floorScan(text)));
    a.push(time(() => work(text)));
  }
  return { ms: median(a), floorMs: median(f) };
}

/** A small deterministic pseudo-random generator (mulberry32), so every run edits the same places. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
