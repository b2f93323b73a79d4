/**
 * A UTF-8 filing shown in Windows-1252 or Latin-1 (an editor set to the
 * encoding of older filings): its dashes and quotes turn into "â€”", "â€™".
 * Item headings and titles then read wrong, so the user is told once, at the
 * first such sequence, and offered to reopen the file in another encoding.
 */
import type { FilingModel, TextView } from '../model';
import { MISREAD_FORMS, MISREAD_LEADS, type MisreadForm } from '../data/misreadUtf8';
import type { DiagnosticReport } from './report';

/** How much of the visible text is searched: misread text runs through a whole filing, so its start tells. */
const SEARCHED = 256 * 1024;

export interface MisreadAt {
  /** View offset of the misread sequence. */
  at: number;
  form: MisreadForm;
}

/** The first misread UTF-8 sequence in view text[0, limit), if any. */
export function findMisreadUtf8(text: string, limit = Math.min(text.length, SEARCHED)): MisreadAt | undefined {
  let best: MisreadAt | undefined;
  for (const lead of MISREAD_LEADS) {
    for (let at = text.indexOf(lead); at >= 0 && at < limit && (best === undefined || at < best.at); at = text.indexOf(lead, at + 1)) {
      const form = MISREAD_FORMS.find((f) => text.startsWith(f.misread, at));
      if (form) {
        best = { at, form };
        break;
      }
    }
  }
  return best;
}

const shown = (s: string) => JSON.stringify(s).slice(1, -1);

export function checkEncoding(model: FilingModel, report: DiagnosticReport): void {
  const view: TextView | undefined = model.mainView;
  if (!view) return;
  const found = findMisreadUtf8(view.text);
  if (!found) return;
  const { at, form } = found;
  report.add(
    'misread-utf8',
    view.toSourceRange(at, at + form.misread.length),
    `“${shown(form.misread)}” is the UTF-8 ${form.name} (${form.char}) read as ${form.readAs}: ` +
      'this file is UTF-8 shown in another encoding, so headings and titles may not be recognized. Reopen it with the UTF-8 encoding.',
  );
}
