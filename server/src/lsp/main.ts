/**
 * Starts the language server: `edgar-filings lsp --stdio` (any LSP client),
 * or over Node IPC when started by the VS Code client with a channel. The
 * other transports vscode-languageserver knows (--socket=, --pipe=) work too.
 */
import { IPCMessageReader, IPCMessageWriter, ProposedFeatures, createConnection, type Connection } from 'vscode-languageserver/node';
import { startServer } from './server';

function connect(argv: string[]): Connection | undefined {
  const named = argv.some((a) => a === '--stdio' || a === '--node-ipc' || /^--(socket|pipe)(=|$)/.test(a));
  // With a transport on the command line the library picks it (and, for stdio, sends console output to the client).
  if (named) return createConnection(ProposedFeatures.all);
  if (process.send) return createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));
  return undefined;
}

const connection = connect(process.argv.slice(2));
if (!connection) {
  process.stderr.write('edgar-filings lsp: give --stdio, or start the server with a Node IPC channel\n');
  process.exit(2);
} else {
  // A language server outlives its bugs: log what escaped a handler and keep serving.
  process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
  process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${String((e as Error)?.stack ?? e)}`));
  startServer(connection);
}
