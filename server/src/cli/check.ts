/** `edgar-filings check`: the language service's analysis over files, for people and scripts. */
import { expandArguments } from './files';
import { checkFile } from './checkFile';
import type { JsonFileReport } from './jsonReport';
import { textReport } from './textReport';

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
