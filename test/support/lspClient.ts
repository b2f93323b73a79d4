/**
 * A real LSP client for protocol tests: spawns `edgar-filings lsp --stdio`
 * from out/ and talks to it over a vscode-languageserver-protocol
 * connection. Answers the server's own requests (workspace/configuration,
 * registrations, refreshes) and keeps what it is told (messages, logs,
 * document statuses, published diagnostics) for the tests to look at.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type DocumentHighlight,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InitializeResult,
  type InlayHint,
  type LogMessageParams,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type SemanticTokens,
  type SemanticTokensDelta,
  type ShowMessageParams,
  type SymbolInformation,
  type TextDocumentContentChangeEvent,
  type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';
import type { DocumentStatus, FilingSummary } from '../../server/src/protocol';

/** The repository root, from out/test/support. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER_CLI = path.join(REPO_ROOT, 'out', 'server', 'src', 'cli', 'main.js');
export const CORPUS_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'corpus');

export function corpusPath(name: string): string {
  return path.join(CORPUS_DIR, name);
}

/** A corpus file's text as an editor would hold it (the corpus is UTF-8 or Windows-1252). */
export function readCorpus(name: string): string {
  const bytes = fs.readFileSync(corpusPath(name));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

/** What a VS Code client of about 1.91 announces, trimmed to what the server looks at. */
export const VSCODE_LIKE_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { lineFoldingOnly: true },
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    semanticTokens: {
      requests: { full: { delta: true }, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    completion: { completionItem: { snippetSupport: true } },
    inlayHint: {},
    documentHighlight: {},
    documentLink: {},
  },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
    semanticTokens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
  },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** The `edgarFilings` section answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  workspaceFolders?: WorkspaceFolder[] | null;
  initializationOptions?: unknown;
}

export class LspClient {
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly statuses: DocumentStatus[] = [];
  readonly published: PublishDiagnosticsParams[] = [];
  /** Server-to-client requests received, by method. */
  readonly serverRequests: string[] = [];
  stderr = '';
  initializeResult!: InitializeResult;
  settings: Record<string, unknown>;
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
    this.exited = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [SERVER_CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout as NodeJS.ReadableStream),
      new StreamMessageWriter(child.stdin as NodeJS.WritableStream),
    );
    const client = new LspClient(child, connection, options.settings ?? {});
    child.stderr?.on('data', (d: Buffer) => (client.stderr += d.toString()));
    client.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? VSCODE_LIKE_CAPABILITIES,
      workspaceFolders: options.workspaceFolders ?? null,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private listen(): void {
    const c = this.connection;
    c.onNotification('window/showMessage', (p: ShowMessageParams) => void this.messages.push(p));
    c.onNotification('window/logMessage', (p: LogMessageParams) => void this.logs.push(p));
    c.onNotification('edgarFilings/documentStatus', (p: DocumentStatus) => void this.statuses.push(p));
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void this.published.push(p));
    c.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      this.serverRequests.push('workspace/configuration');
      return p.items.map((i) => (i.section === 'edgarFilings' ? this.settings : null));
    });
    for (const method of [
      'client/registerCapability',
      'client/unregisterCapability',
      'workspace/diagnostic/refresh',
      'workspace/semanticTokens/refresh',
      'workspace/inlayHint/refresh',
    ]) {
      c.onRequest(method, () => {
        this.serverRequests.push(method);
        return null;
      });
    }
    c.listen();
  }

  /** Errors the server logged (it logs instead of failing a request). */
  get loggedErrors(): string[] {
    return this.logs.filter((l) => l.type === 1).map((l) => l.message);
  }

  // ------------------------------------------------------------ documents

  async open(uri: string, text: string, languageId = 'edgar-filing', version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Changes the settings and tells the server, the way VS Code does (it then pulls them). */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  // ------------------------------------------------------------- requests

  request<R>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R> {
    // An undefined token would be sent as a second parameter: pass it only when there is one.
    return token ? this.connection.sendRequest<R>(method, params, token.token) : this.connection.sendRequest<R>(method, params);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.request('textDocument/documentSymbol', { textDocument: { uri } });
  }

  foldingRanges(uri: string): Promise<FoldingRange[] | null> {
    return this.request('textDocument/foldingRange', { textDocument: { uri } });
  }

  diagnostics(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  semanticTokens(uri: string): Promise<SemanticTokens | null> {
    return this.request('textDocument/semanticTokens/full', { textDocument: { uri } });
  }

  semanticTokensDelta(uri: string, previousResultId: string): Promise<SemanticTokens | SemanticTokensDelta | null> {
    return this.request('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId });
  }

  semanticTokensRange(uri: string, range: Range): Promise<SemanticTokens | null> {
    return this.request('textDocument/semanticTokens/range', { textDocument: { uri }, range });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[] | null> {
    return this.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  completion(uri: string, position: Position): Promise<CompletionItem[] | CompletionList | null> {
    return this.request('textDocument/completion', { textDocument: { uri }, position });
  }

  documentLinks(uri: string): Promise<DocumentLink[] | null> {
    return this.request('textDocument/documentLink', { textDocument: { uri } });
  }

  inlayHints(uri: string, range: Range): Promise<InlayHint[] | null> {
    return this.request('textDocument/inlayHint', { textDocument: { uri }, range });
  }

  highlights(uri: string, position: Position): Promise<DocumentHighlight[] | null> {
    return this.request('textDocument/documentHighlight', { textDocument: { uri }, position });
  }

  workspaceSymbols(query: string): Promise<SymbolInformation[] | null> {
    return this.request('workspace/symbol', { query });
  }

  filingSummary(uri: string): Promise<FilingSummary | null> {
    return this.request('edgarFilings/filingSummary', { textDocument: { uri } });
  }

  // ------------------------------------------------------------ lifecycle

  /** shutdown, then exit; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await withTimeout(this.exited, 5000, 'server did not exit');
    this.connection.dispose();
    return code;
  }

  /** Ends the server whatever its state (after a failed test). */
  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }
}

/** Resolves when `check` holds, polling; rejects after `ms`. */
export async function waitFor(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export { CancellationTokenSource };
