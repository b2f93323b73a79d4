/**
 * The language client: starts dist/server.js in its own Node process over
 * IPC, logs to the "EDGAR Filings" output channel (`edgarFilings.trace.server`
 * adds the protocol trace), and restarts the server when it dies unless it
 * keeps dying.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  FILING_LANGUAGE_ID,
  SERVER_NODE_OPTIONS,
  SETTINGS_SECTION,
  SNIFFED_LANGUAGE_IDS,
  type EdgarFilingsInitializationOptions,
} from '../../server/src/protocol';
import { CrashPolicy } from './restartPolicy';

/** The client's id: VS Code reads `edgarFilings.trace.server` by it. */
export const CLIENT_ID = SETTINGS_SECTION;
export const CLIENT_NAME = 'EDGAR Filings';

/**
 * Schemes served: files on disk, unsaved files and virtual workspaces.
 * Not every scheme: output channels and diff views are plain text too.
 */
export const SERVED_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-vfs'];

/** EDGAR filings, and plain text and HTML (the server sniffs them and answers empty for other text). */
export const DOCUMENT_SELECTOR: { scheme: string; language: string }[] = [FILING_LANGUAGE_ID, ...SNIFFED_LANGUAGE_IDS].flatMap(
  (language) => SERVED_SCHEMES.map((scheme) => ({ scheme, language })),
);

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, crashes: CrashPolicy): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: SETTINGS_SECTION },
    initializationOptions: initializationOptions(),
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: errorHandler(output, crashes),
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

/** The settings as the server's initialize expects them, for its first answers before it asks for configuration. */
function initializationOptions(): EdgarFilingsInitializationOptions {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return {
    settings: {
      maxFileSize: config.get<number>('maxFileSize'),
      diagnostics: { severity: config.get<Record<string, string>>('diagnostics.severity') },
    },
  };
}

function errorHandler(output: vscode.LogOutputChannel, crashes: CrashPolicy): ErrorHandler {
  return {
    // A broken message is not a dead server: keep going, the close handler decides if it dies.
    error: (error, _message, count) => {
      output.warn(`connection error (${count ?? 1}): ${error.message}`);
      return { action: ErrorAction.Continue, handled: true };
    },
    closed: () => {
      const decision = crashes.closed();
      if (decision.restart) {
        output.warn('the language server stopped; restarting it.');
        return { action: CloseAction.Restart, handled: true };
      }
      output.error('the language server keeps stopping; it is not restarted again.');
      if (decision.tellUser) {
        const restart = 'Restart';
        const showOutput = 'Show Output';
        void vscode.window
          .showErrorMessage('The EDGAR Filings language server stopped several times and was not restarted.', restart, showOutput)
          .then((choice) => {
            if (choice === restart) void vscode.commands.executeCommand('edgarFilings.restartServer');
            else if (choice === showOutput) output.show(true);
          });
      }
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}
