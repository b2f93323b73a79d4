/**
 * The language server as an editor meets it: spawned as a real process
 * (dist/cli.js lsp --stdio), spoken to over JSON-RPC. Measures the time to
 * the first outline, editing latency and resident memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type DocumentDiagnosticReport,
  type ProtocolConnection,
  type SemanticTokens,
  type SemanticTokensDelta,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { FilingDocument } from '../server/src/lsp/filingDocument';
import { SERVER_NODE_OPTIONS } from '../server/src/protocol';
import { analyzeFiling } from '../server/src/service/analyze';
import { median, percentile, random } from './measure';

export const CLI = path.resolve(__dirname, '../../dist/cli.js');

const CAPABILITIES: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    diagnostic: { dynamicRegistration: true },
    semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
  },
  workspace: { configuration: true, diagnostics: { refreshSupport: true }, semanticTokens: { refreshSupport: true } },
};

export class BenchServer {
  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(settings: Record<string, unknown> = {}): Promise<BenchServer> {
    // Started as the client starts it; EDGAR_BENCH_SERVER_ARGS adds Node options (for example --cpu-prof to profile it).
    const nodeArgs = [...SERVER_NODE_OPTIONS, ...(process.env.EDGAR_BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean)];
    const child = spawn(process.execPath, [...nodeArgs, CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout as NodeJS.ReadableStream),
      new StreamMessageWriter(child.stdin as NodeJS.WritableStream),
    );
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    for (const method of ['client/registerCapability', 'workspace/diagnostic/refresh', 'workspace/semanticTokens/refresh', 'workspace/inlayHint/refresh']) {
      connection.onRequest(method, () => null);
    }
    for (const method of ['window/showMessage', 'window/logMessage', 'edgarFilings/documentStatus', 'textDocument/publishDiagnostics']) {
      connection.onNotification(method, () => undefined);
    }
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CAPABILITIES, workspaceFolders: null });
    await connection.sendNotification('initialized', {});
    return new BenchServer(child, connection);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'edgar-filing', version, text } });
  }

  outline(uri: string): Promise<unknown[]> {
    return this.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  }

  /** Resident and peak resident memory of the server process, in bytes (Linux). */
  memory(): { rss: number; peak: number } {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (key: string) => Number((new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status) ?? [])[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // ended already
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}

/** Milliseconds from sending didOpen to receiving the outline. */
export async function firstAnswer(text: string, settings: Record<string, unknown> = {}): Promise<{ ms: number; symbols: number }> {
  const server = await BenchServer.start(settings);
  try {
    const uri = 'file:///bench/first-answer.txt';
    const t0 = process.hrtime.bigint();
    void server.open(uri, text);
    const symbols = await server.outline(uri);
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, symbols: symbols.length };
  } finally {
    await server.stop();
  }
}

export interface EditingResult {
  edits: number;
  p50: number;
  p95: number;
  max: number;
  /** Of those, the edits that fell in the main document (re-analysed alone). */
  inMain: number;
  inMainP95: number;
}

/**
 * `count` single-character edits (insertions and deletions by turns) at
 * random places; for each, the time from sending didChange to having the
 * answers to documentSymbol, semanticTokens/full/delta and diagnostic.
 */
export async function editing(text: string, count: number, seed = 20261122): Promise<EditingResult> {
  const server = await BenchServer.start();
  const uri = 'file:///bench/editing.txt';
  try {
    await server.open(uri, text);
    await server.outline(uri);
    const c = server.connection;
    let tokens = await c.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    let diagnostics = await c.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    let doc = FilingDocument.create(uri, 'edgar-filing', 1, text);
    const model = analyzeFiling(text);
    let main = model.documents[model.mainDocumentIndex]?.textRange ?? { start: 0, end: text.length };
    const next = random(seed);
    const times: number[] = [];
    const mainTimes: number[] = [];
    for (let i = 0; i < count; i++) {
      const length = doc.length;
      const offset = Math.floor(next() * (length - 1));
      const start = doc.positionAt(offset);
      const insert = i % 2 === 0;
      const change: TextDocumentContentChangeEvent = insert
        ? { range: { start, end: start }, text: String.fromCharCode(97 + Math.floor(next() * 26)) }
        : { range: { start, end: doc.positionAt(offset + 1) }, text: '' };
      const before = doc;
      doc = doc.update([change], doc.version + 1);
      const delta = doc.length - before.length;
      const inMain = offset >= main.start && offset < main.end;
      if (offset < main.start) main = { start: main.start + delta, end: main.end + delta };
      else if (inMain) main = { start: main.start, end: main.end + delta };

      const t0 = process.hrtime.bigint();
      void c.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
      const [, nextTokens, nextDiagnostics] = await Promise.all([
        c.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }),
        c.sendRequest<SemanticTokens | SemanticTokensDelta>('textDocument/semanticTokens/full/delta', {
          textDocument: { uri },
          previousResultId: tokens.resultId,
        }),
        c.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', {
          textDocument: { uri },
          previousResultId: 'resultId' in diagnostics ? diagnostics.resultId : undefined,
        }),
      ]);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      times.push(ms);
      if (inMain) mainTimes.push(ms);
      tokens = { resultId: nextTokens.resultId, data: [] };
      diagnostics = nextDiagnostics;
    }
    return {
      edits: count,
      p50: median(times),
      p95: percentile(times, 95),
      max: Math.max(...times),
      inMain: mainTimes.length,
      inMainP95: mainTimes.length ? percentile(mainTimes, 95) : NaN,
    };
  } finally {
    await server.stop();
  }
}

/** `count` edits inside the main document only: what an edit that must re-analyse it costs (not a target). */
export async function editingMain(text: string, count: number, seed = 7): Promise<EditingResult> {
  const model = analyzeFiling(text);
  const main = model.documents[model.mainDocumentIndex]?.textRange ?? { start: 0, end: text.length };
  const server = await BenchServer.start();
  const uri = 'file:///bench/editing-main.txt';
  try {
    await server.open(uri, text);
    await server.outline(uri);
    const c = server.connection;
    let doc = FilingDocument.create(uri, 'edgar-filing', 1, text);
    const next = random(seed);
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const offset = main.start + Math.floor(next() * (main.end - main.start - 1));
      const start = doc.positionAt(offset);
      const change: TextDocumentContentChangeEvent = { range: { start, end: start }, text: 'x' };
      doc = doc.update([change], doc.version + 1);
      main.end += 1;
      const t0 = process.hrtime.bigint();
      void c.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
      await Promise.all([
        c.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }),
        c.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }),
        c.sendRequest('textDocument/diagnostic', { textDocument: { uri } }),
      ]);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return { edits: count, p50: median(times), p95: percentile(times, 95), max: Math.max(...times), inMain: count, inMainP95: percentile(times, 95) };
  } finally {
    await server.stop();
  }
}

/** Resident memory of a server with `text` open and analysed, after a moment of rest. */
export async function residentMemory(text: string): Promise<{ rss: number; peak: number }> {
  const server = await BenchServer.start();
  try {
    const uri = 'file:///bench/memory.txt';
    await server.open(uri, text);
    await server.outline(uri);
    await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return server.memory();
  } finally {
    await server.stop();
  }
}
