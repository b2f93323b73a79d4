/**
 * The language server: a thin layer that hands each LSP request to a
 * feature provider with the cached analysis of the document's current
 * version. Providers live in ../features, one per feature; all the state is
 * here (documents, analyses, settings, last semantic tokens, workspace index).
 */
import {
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  type CodeAction,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { Diagnostic, SymbolInformation } from 'vscode-languageserver-types';
import { DIAGNOSTIC_CODES } from '../service/data/diagnosticCodes';
import { provideHover } from '../features/hover';
import {
  SEMANTIC_TOKEN_LEGEND,
  encodeTokenPieces,
  provideSemanticTokens,
  semanticTokenPieces,
  shiftTokenPieces,
  splicedTokenPieces,
} from '../features/semanticTokens';
import { provideCodeActions } from '../features/codeActions';
import { provideCompletions } from '../features/completion';
import { provideDocumentLinks } from '../features/links';
import { provideInlayHints } from '../features/inlayHints';
import { provideDocumentHighlights } from '../features/highlights';
import { provideDocumentSymbols, provideSymbolInformation } from '../features/outline';
import { provideFoldingRanges } from '../features/folding';
import { provideSelectionRanges } from '../features/selectionRanges';
import { provideDiagnostics, effectiveSeverity } from '../features/diagnostics';
import { filingSymbols, searchSymbols } from '../features/workspaceSymbols';
import {
  DIAGNOSTIC_CODES_REQUEST,
  DOCUMENT_STATUS_NOTIFICATION,
  FILING_SUMMARY_REQUEST,
  SETTINGS_SECTION,
  type DiagnosticCodeInfo,
  type FilingSummary,
  type FilingSummaryParams,
} from '../protocol';
import { clientAbilities, serverCapabilities, type ClientAbilities } from './capabilities';
import { SettingsStore } from './configuration';
import { DiagnosticResults } from './diagnosticResults';
import { DiagnosticPublisher } from './diagnosticPublisher';
import { DocumentCache, describe } from './documentCache';
import { DocumentStatusReporter } from './documentStatus';
import { FILING_DOCUMENTS, type FilingDocument } from './filingDocument';
import { LARGE_TEXT, MemorySettler } from './memory';
import { filingSummary } from './filingSummary';
import { RequestRunner, cancelledError } from './requests';
import { SemanticTokensState } from './semanticTokensState';
import { maxFileChars } from './settings';
import { SearchCancelled, WorkspaceIndex, toPath } from './workspaceIndex';

/** After "Item 5." editors ask for the item numbers unprompted; letters and digits trigger completion anyway. */
const COMPLETION_TRIGGERS = ['.'];

/** Longest wait for the client's settings before requests are answered with the defaults. */
const SETTINGS_WAIT_MS = 3000;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(FILING_DOCUMENTS);
  let abilities: ClientAbilities = clientAbilities({});
  const logError = (message: string) => connection.console.error(message);
  const settings = new SettingsStore(connection, () => abilities.configuration);
  let analysedWithMaxFileSize = settings.current.maxFileSize;
  const cache = new DocumentCache({ maxChars: () => maxFileChars(settings.current), onError: logError });
  // Requests wait for the client's settings (severities, size limit) so first answers already honour them.
  let settingsLoaded: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (settingsLoaded = resolve));
  const runner = new RequestRunner(documents, cache, logError, () => settingsReady);
  const tokens = new SemanticTokensState();
  const index = new WorkspaceIndex(
    () => maxFileChars(settings.current),
    (m) => connection.console.warn(m),
  );
  const status = new DocumentStatusReporter((doc) => cache.status(doc), {
    notify: (s) => void connection.sendNotification(DOCUMENT_STATUS_NOTIFICATION, s).catch(() => undefined),
    warnTooLarge: (doc) => {
      const mb = (doc.getText().length / 1048576).toFixed(1);
      const message =
        `${fileName(doc.uri)} is ${mb} MB and its main document is more than ${SETTINGS_SECTION}.maxFileSize ` +
        `(${settings.current.maxFileSize} MB): only its SEC header and list of documents are analysed.`;
      // A notification: the user is told, the server waits for no answer.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
    },
    refuseBinary: (doc, reason) => {
      const message = `${fileName(doc.uri)} is not a text filing (${reason}): it is not analysed.`;
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
    },
  });
  let publisher: DiagnosticPublisher | undefined;
  const diagnosticResults = new DiagnosticResults();
  const memory = new MemorySettler();
  // Each opening of a document gets its own number, so versions of an earlier opening never match a resultId.
  const openings = new Map<string, number>();
  let openingCounter = 0;

  const diagnosticsOf = (doc: FilingDocument): Diagnostic[] => {
    const ctx = cache.context(doc);
    return ctx ? provideDiagnostics(ctx, settings.current.diagnostics.severity) : [];
  };
  const diagnosticsResultId = (doc: FilingDocument) =>
    `${openings.get(doc.uri) ?? 0}:${doc.version}:${settings.generation}`;

  // ------------------------------------------------------------ lifecycle

  connection.onInitialize((params): InitializeResult => {
    abilities = clientAbilities(params.capabilities);
    settings.seed(params.initializationOptions);
    analysedWithMaxFileSize = settings.current.maxFileSize;
    for (const folder of params.workspaceFolders ?? []) index.addFolder(folder.uri);
    if (!params.workspaceFolders && params.rootUri) index.addFolder(params.rootUri);
    // A client that never sends `initialized` must not stall every request.
    setTimeout(settingsLoaded, SETTINGS_WAIT_MS).unref();
    if (!abilities.pullDiagnostics) {
      publisher = new DiagnosticPublisher(
        diagnosticsOf,
        (uri, version, diagnostics) =>
          void connection.sendDiagnostics(version >= 0 ? { uri, version, diagnostics } : { uri, diagnostics }),
        (uri) => documents.get(uri),
      );
    }
    return {
      capabilities: serverCapabilities(SEMANTIC_TOKEN_LEGEND, COMPLETION_TRIGGERS),
      serverInfo: { name: 'edgar-filings' },
    };
  });

  connection.onInitialized(async () => {
    try {
      if (abilities.configurationRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      }
      if (abilities.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          for (const f of e.removed) index.removeFolder(f.uri);
          for (const f of e.added) index.addFolder(f.uri);
        });
      }
      if (await settings.refresh()) settingsChanged();
    } catch (e) {
      logError(`initialization: ${describe(e)}`);
    } finally {
      settingsLoaded();
    }
  });

  connection.onDidChangeConfiguration(async (params) => {
    try {
      if (await settings.refresh(params.settings)) settingsChanged();
    } catch (e) {
      logError(`configuration: ${describe(e)}`);
    }
  });

  /**
   * Diagnostics carry the settings' generation in their resultId, so a refresh
   * re-reports them; analyses are redone only when the size limit changed.
   */
  function settingsChanged(): void {
    if (settings.current.maxFileSize !== analysedWithMaxFileSize) {
      analysedWithMaxFileSize = settings.current.maxFileSize;
      cache.clear();
      status.reset();
      for (const doc of documents.all()) status.report(doc);
      if (abilities.semanticTokensRefresh) void connection.languages.semanticTokens.refresh().catch(() => undefined);
      if (abilities.inlayHintRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
    }
    if (publisher) for (const doc of documents.all()) publisher.schedule(doc.uri);
    if (abilities.diagnosticRefresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
  }

  connection.onShutdown(() => {
    publisher?.dispose();
    memory.dispose();
  });

  // ------------------------------------------------------------ documents

  documents.onDidOpen((e) => {
    openings.set(e.document.uri, ++openingCounter);
  });
  documents.onDidChangeContent((e) => {
    // Fired on open too. Dropping the entry now means no request after this
    // change is answered from, or spends time on, the previous version; the
    // last analysis is kept to start the next one from.
    const uri = e.document.uri;
    cache.changed(e.document);
    // Opened or replaced whole: the copies the message made of a large text are given back once idle.
    if (!e.document.edits && e.document.length > LARGE_TEXT) memory.largeTextArrived();
    void settingsReady.then(() =>
      guarded('didChange', () => {
        const doc = documents.get(uri);
        if (doc) status.report(doc);
        publisher?.schedule(uri);
      }),
    );
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    cache.forget(uri);
    tokens.forget(uri);
    status.forget(uri);
    openings.delete(uri);
    publisher?.clear(uri);
    diagnosticResults.forget(uri);
  });

  // ------------------------------------------------------------- features

  connection.onHover((params, token) =>
    runner.withContext('textDocument/hover', params.textDocument.uri, token, null, (ctx) => provideHover(ctx, params.position)),
  );

  connection.onDocumentSymbol((params, token) =>
    runner.withContext('textDocument/documentSymbol', params.textDocument.uri, token, [], (ctx) =>
      abilities.hierarchicalSymbols ? provideDocumentSymbols(ctx) : provideSymbolInformation(ctx),
    ),
  );

  connection.onFoldingRanges((params, token) =>
    runner.withContext('textDocument/foldingRange', params.textDocument.uri, token, [], (ctx) => provideFoldingRanges(ctx)),
  );

  connection.languages.semanticTokens.on((params, token) =>
    runner.withContext('textDocument/semanticTokens/full', params.textDocument.uri, token, { data: [] }, (_ctx, doc) =>
      tokens.full(doc.uri, semanticTokensOf(doc)),
    ),
  );
  connection.languages.semanticTokens.onDelta((params, token) =>
    runner.withContext('textDocument/semanticTokens/full/delta', params.textDocument.uri, token, { data: [] }, (_ctx, doc) =>
      tokens.delta(doc.uri, params.previousResultId, semanticTokensOf(doc)),
    ),
  );
  connection.languages.semanticTokens.onRange((params, token) =>
    runner.withContext('textDocument/semanticTokens/range', params.textDocument.uri, token, { data: [] }, (ctx) => ({
      data: provideSemanticTokens(ctx, params.range),
    })),
  );
  /**
   * The whole document's tokens, once per version (full and delta requests
   * share them); after an edit that only moved what the analysis found, the
   * previous version's tokens moved, not computed again; after an edit inside
   * the main document, only its lines computed again.
   */
  function semanticTokensOf(doc: FilingDocument): number[] {
    return cache.derived(doc, 'semanticTokens', (ctx) => {
      const pieces =
        cache.derived(doc, 'semanticTokenPieces', (c) => semanticTokenPieces(c), shiftTokenPieces, splicedTokenPieces) ?? semanticTokenPieces(ctx);
      return encodeTokenPieces(ctx, pieces);
    }) ?? [];
  }

  connection.languages.diagnostics.on((params, token) => {
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    return runner.guard('textDocument/diagnostic', token, empty, (): DocumentDiagnosticReport => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return empty;
      return diagnosticResults.report(doc.uri, diagnosticsResultId(doc), params.previousResultId, () => diagnosticsOf(doc));
    });
  });

  connection.onCodeAction((params, token) =>
    runner.withContext('textDocument/codeAction', params.textDocument.uri, token, [] as CodeAction[], (ctx) => {
      const actions = provideCodeActions(ctx, params.range, params.context.diagnostics);
      const only = params.context.only;
      return only ? actions.filter((a) => only.some((k) => a.kind === k || a.kind?.startsWith(`${k}.`))) : actions;
    }),
  );

  connection.onCompletion((params, token) =>
    runner.withContext('textDocument/completion', params.textDocument.uri, token, [], (ctx) =>
      provideCompletions(ctx, params.position),
    ),
  );

  connection.onDocumentLinks((params, token) =>
    runner.withContext('textDocument/documentLink', params.textDocument.uri, token, [], (ctx) => provideDocumentLinks(ctx)),
  );

  connection.languages.inlayHint.on((params, token) =>
    runner.withContext('textDocument/inlayHint', params.textDocument.uri, token, [], (ctx) => provideInlayHints(ctx, params.range)),
  );

  connection.onSelectionRanges((params, token) =>
    runner.withContext('textDocument/selectionRange', params.textDocument.uri, token, [], (ctx) =>
      provideSelectionRanges(ctx, params.positions),
    ),
  );

  connection.onDocumentHighlight((params, token) =>
    runner.withContext('textDocument/documentHighlight', params.textDocument.uri, token, [], (ctx) =>
      provideDocumentHighlights(ctx, params.position),
    ),
  );

  connection.onWorkspaceSymbol((params, token) =>
    runner.guard('workspace/symbol', token, [] as SymbolInformation[], async () => {
      const open: SymbolInformation[] = [];
      const openPaths = new Set<string>();
      for (const doc of documents.all()) {
        const p = toPath(doc.uri);
        if (p) openPaths.add(p);
        open.push(...(cache.derived(doc, 'workspaceSymbols', filingSymbols) ?? []));
      }
      let onDisk: SymbolInformation[] = [];
      try {
        onDisk = await index.symbols(token, openPaths);
      } catch (e) {
        if (e instanceof SearchCancelled) return cancelledError();
        throw e;
      }
      return searchSymbols([...open, ...onDisk], params.query);
    }),
  );

  // ------------------------------------------------------ custom requests

  connection.onRequest(FILING_SUMMARY_REQUEST, (params: FilingSummaryParams, token) =>
    runner.withContext(FILING_SUMMARY_REQUEST, params?.textDocument?.uri, token, null as FilingSummary | null, (ctx) =>
      filingSummary(ctx, settings.current.diagnostics.severity),
    ),
  );

  connection.onRequest(DIAGNOSTIC_CODES_REQUEST, (): DiagnosticCodeInfo[] =>
    Object.entries(DIAGNOSTIC_CODES).map(([code, def]) => ({
      code,
      defaultSeverity: def.severity,
      severity: effectiveSeverity(code, def.severity, settings.current.diagnostics.severity),
      explanation: def.explanation,
    })),
  );

  function guarded(what: string, work: () => void): void {
    try {
      work();
    } catch (e) {
      logError(`${what} failed: ${describe(e)}`);
    }
  }

  documents.listen(connection);
  connection.listen();
}

function fileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

