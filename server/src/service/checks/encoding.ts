/**
 * A filing shown in the wrong encoding. A UTF-8 filing in Windows-1252 or
 * Latin-1 (an editor set to the encoding of older filings) turns its dashes
 * and quotes into "â€”", "â€™"; a Windows-1252 filing read as UTF-8 (the
 * editor's default) turns them into "\ufffd", and saving it then loses the
 * original bytes. Item headings and titles read wrong either way, so the user
 * is told once per case, at the first such character, and offered to reopen
 * the file in another encoding.
 */
import type { FilingModel, TextView } from '../model';
import { MISREAD_FORMS, MISREAD_LEADS, REPLACEMENT_CHARACTER, type MisreadForm } from '../data/misreadEncodings';
import type { DiagnosticReport } from './report';

/** How much of the visible text is searched: misread text runs through a whole filing, so its start tells. */
const SEARCHED = 256 * 1024;

export interface MisreadAt {
  /** View offset of the misread sequence. */
  at: number;
  form: MisreadForm;
}

/**
 * The start of the view that is searched. A slice is not a copy; searching it
 * keeps a long file without these characters from being read to its end.
 */
function searchedPart(text: string, limit = SEARCHED): string {
  return text.length > limit ? text.slice(0, limit) : text;
}

/** The first misread UTF-8 sequence in view text[0, limit), if any. */
export function findMisreadUtf8(text: string, limit = SEARCHED): MisreadAt | undefined {
  const window = searchedPart(text, limit);
  let best: MisreadAt | undefined;
  for (const lead of MISREAD_LEADS) {
    for (let at = window.indexOf(lead); at >= 0 && (best === undefined || at < best.at); at = window.indexOf(lead, at + 1)) {
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
  const replaced = searchedPart(view.text).indexOf(REPLACEMENT_CHARACTER);
  if (replaced >= 0) {
    report.add(
      'misread-windows-1252',
      view.toSourceRange(replaced, replaced + 1),
      `“${REPLACEMENT_CHARACTER}” stands for bytes that are not UTF-8: this file is probably Windows-1252 (as many older filings are) read as UTF-8, ` +
        'so headings and titles may not be recognized. Reopen it with the Windows-1252 encoding before editing: saving it as it is replaces those bytes for good ' +
        '(unless the file itself holds this character, as some converted filings do).',
    );
  }
  const found = findMisreadUtf8(view.text);
  if (!found) return;
  const { at, form } = found;
  report.add(
    'misread-utf8',
    view.toSourceRange(at, at + form.misread.length),
    `“${shown(form.misread)}” is the UTF-8 ${form.name} (${form.char}) read as ${form.readAs}: ` +
      'this file is UTF-8 shown in another encoding, so headings and titles may not be recognized. Reopen it with the UTF-8 encoding ' +
      '(if it is open as UTF-8 already, its text was converted twice and these characters need retyping).',
  );
}
