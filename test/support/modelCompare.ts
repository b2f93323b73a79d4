/**
 * Filing models made comparable with deepStrictEqual: the main view (which
 * carries functions) is replaced by its text and its map back to the source
 * sampled at fixed points.
 */
import type { FilingModel, Range } from '../../server/src/service/model';

export function comparable(model: FilingModel): unknown {
  const { mainView, ...data } = model;
  if (!mainView) return data;
  const n = mainView.text.length;
  const points = new Set<number>([0, n]);
  for (let k = 1; k < 64; k++) points.add(Math.floor((n * k) / 64));
  const offsets = [...points].sort((a, b) => a - b);
  return {
    ...data,
    mainView: {
      text: mainView.text,
      toSource: offsets.map((o) => mainView.toSource(o)),
      toSourceRange: offsets.slice(1).map((o, i) => mainView.toSourceRange(offsets[i], o)),
    },
  };
}

/** Every range of the model (main view aside), wherever it is nested. */
export function rangesOf(value: unknown, out: Range[] = []): Range[] {
  if (Array.isArray(value)) {
    for (const v of value) rangesOf(v, out);
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && Object.keys(o).length === 2) {
      out.push(o as unknown as Range);
    } else {
      for (const [key, v] of Object.entries(o)) if (key !== 'mainView') rangesOf(v, out);
    }
  }
  return out;
}
