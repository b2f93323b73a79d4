/** One file of `edgar-filings check`: read, decode, analyse, report. */
import * as fs from 'node:fs';
import { analyzeFiling } from '../service/analyze';
import { decodeFilingBytes } from '../service/decode';
import { officialTitle } from '../service/itemTitles';
import { jsonReport, type JsonFileReport } from './jsonReport';

/** Files larger than this are not read at all (V8 cannot hold much more as one string). */
const MAX_READ_BYTES = 400 * 1024 * 1024;

/** What checking one file gives: its report, or why there is none. */
export type FileOutcome = { report: JsonFileReport } | { error: string };

export function checkFile(file: string): FileOutcome {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_READ_BYTES) return { error: `too large to analyse (${(size / 1048576).toFixed(0)} MB; the limit is ${MAX_READ_BYTES / 1048576} MB)` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const decoded = decodeFilingBytes(bytes);
  if (decoded.binary) {
    return { error: 'binary content (NUL or control bytes), not a text filing' };
  }
  try {
    const model = analyzeFiling(decoded.text);
    return { report: jsonReport(file, decoded.text, model, officialTitle, decoded.encoding === 'utf-8' ? undefined : decoded.encoding) };
  } catch (e) {
    // The analysis never throws by design; should it, one file's report is lost, not the batch.
    return { error: `internal error while analysing (${(e as Error).message})` };
  }
}
