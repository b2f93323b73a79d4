/**
 * Which filings VS Code read in the wrong encoding in a way saving would
 * damage, and what the user is told about it (see encodingWarning.ts).
 */
import { DIAGNOSTIC_SOURCE } from '../../server/src/protocol';
import type { DiagnosticCode } from '../../server/src/service/data/diagnosticCodes';

/** The diagnostic code that warrants the message (a UTF-8 file shown as Windows-1252 loses nothing on save). */
export const LOSSY_ENCODING_CODE: DiagnosticCode = 'misread-windows-1252';

export const REOPEN_ACTION = 'Reopen with Encoding…';

interface DiagnosticLike {
  source?: string;
  code?: string | number | { value: string | number };
}

/** True when the server reported that the document's bytes were not read as written. */
export function hasLossyEncoding(diagnostics: readonly DiagnosticLike[]): boolean {
  return diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === LOSSY_ENCODING_CODE);
}

function codeOf(d: DiagnosticLike): string | number | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

export function lossyEncodingMessage(fileName: string): string {
  return (
    `${fileName} looks like a Windows-1252 filing opened as UTF-8: its dashes and quotes show as “\ufffd”, ` +
    'and saving it now would write “\ufffd” in their place. Reopen it with the Windows-1252 encoding before editing.'
  );
}
