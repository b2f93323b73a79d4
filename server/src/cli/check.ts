/** `edgar-filings check`: the language service's analysis over files, for people and scripts. */
import * as fs from 'node:fs';
import { analyzeFiling } from '../service/analyze';
import { decodeFilingBytes } from '../service/decode';
import { officialTitle } from '../service/itemTitles';
import { expandArguments } from './files';
import { jsonReport, type JsonFileReport } from './jsonReport';
import { textReport } from './textReport';

/** Files larger than this are not read at all (V8 cannot hold much more as one string). */
const MAX_READ_BYTES = 400 * 1024 * 1024;

export interface CheckIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const CHECK_USAGE = `usage: edgar-filings check [--format text|json] FILE_OR_DIR...

Analyses EDGAR filings (full submission .txt/.nc, HTML, inline XBRL, plain
text): form, SEC header, cover page, items, signatures, exhibits, problems.
Directories are searched for .txt, .nc, .htm and .html files.

Exit status: 0 no errors, 1 a file has an error diagnostic, 2 usage error or
a file that cannot be read.`;

export function runCheck(args: string[], io: CheckIo): number {
  let format: 'text' | 'json' = 'text';
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a === '-f') {
      const f = args[++i];
      if (f !== 'text' && f !== 'json') {
        io.stderr(`edgar-filings: --format takes text or json, not ${f ?? 'nothing'}\n${CHECK_USAGE}\n`);
        return 2;
      }
      format = f;
    } else if (a.startsWith('--format=')) {
      const f = a.slice('--format='.length);
      if (f !== 'text' && f !== 'json') {
        io.stderr(`edgar-filings: --format takes text or json, not ${f}\n`);
        return 2;
      }
      format = f;
    } else if (a === '--help' || a === '-h') {
      io.stdout(`${CHECK_USAGE}\n`);
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      io.stderr(`edgar-filings: unknown option ${a}\n${CHECK_USAGE}\n`);
      return 2;
    } else {
      paths.push(a);
    }
  }
  if (paths.length === 0) {
    io.stderr(`edgar-filings: no file given\n${CHECK_USAGE}\n`);
    return 2;
  }

  const { files, problems } = expandArguments(paths);
  let status = 0;
  for (const p of problems) {
    io.stderr(`edgar-filings: ${p}\n`);
    status = 2;
  }
  const reports: JsonFileReport[] = [];
  for (const file of files) {
    const outcome = checkFile(file);
    if ('error' in outcome) {
      io.stderr(`edgar-filings: ${file}: ${outcome.error}\n`);
      status = 2;
      continue;
    }
    const report = outcome.report;
    if (report.notice) io.stderr(`edgar-filings: ${file}: ${report.notice}\n`);
    if (status === 0 && report.diagnostics.some((d) => d.severity === 'error')) status = 1;
    reports.push(report);
    if (format === 'text') io.stdout(`${textReport(report)}\n`);
  }
  if (format === 'json') io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  return status;
}

function checkFile(file: string): { report: JsonFileReport } | { error: string } {
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
  const model = analyzeFiling(decoded.text);
  return { report: jsonReport(file, decoded.text, model, officialTitle, decoded.encoding === 'utf-8' ? undefined : decoded.encoding) };
}
