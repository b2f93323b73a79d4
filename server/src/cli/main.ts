#!/usr/bin/env node
/** The `edgar-filings` command: `check` for batch analysis, `lsp` to run the language server. */
import { runCheck, CHECK_USAGE } from './check';

const USAGE = `usage: edgar-filings <command> [options]

commands:
  check [--format text|json] FILE_OR_DIR...   analyse filings and report what they contain
  lsp --stdio                                  run the language server over stdin/stdout

${CHECK_USAGE}`;

function main(argv: string[]): number | undefined {
  const [command, ...rest] = argv;
  const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) };
  switch (command) {
    case 'check':
      return runCheck(rest, io);
    case 'lsp': {
      // The server keeps the process alive; it exits when the client says so.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../lsp/main');
      return undefined;
    }
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      process.stderr.write(`edgar-filings: ${command ? `unknown command ${command}` : 'no command'}\n${USAGE}\n`);
      return 2;
  }
}

try {
  const status = main(process.argv.slice(2));
  if (status !== undefined) {
    // Let stdout drain before exiting (large JSON reports on a pipe).
    process.stdout.write('', () => process.exit(status));
  }
} catch (e) {
  process.stderr.write(`edgar-filings: internal error: ${(e as Error).message}\n`);
  process.exit(3);
}
