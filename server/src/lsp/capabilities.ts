/** What the server announces in its initialize result, and what it learns of the client's abilities. */
import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type ServerCapabilities } from 'vscode-languageserver/node';
import type { SemanticTokensLegend } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE } from '../protocol';

export function serverCapabilities(legend: SemanticTokensLegend, completionTriggers: string[]): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    documentSymbolProvider: { label: 'EDGAR filing' },
    foldingRangeProvider: true,
    semanticTokensProvider: { legend, full: { delta: true }, range: true },
    diagnosticProvider: { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: false, workspaceDiagnostics: false },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    completionProvider: { triggerCharacters: completionTriggers, resolveProvider: false },
    documentLinkProvider: { resolveProvider: false },
    workspaceSymbolProvider: true,
    inlayHintProvider: true,
    documentHighlightProvider: true,
    selectionRangeProvider: true,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

/** The client abilities the server's behaviour depends on. */
export interface ClientAbilities {
  /** textDocument/diagnostic: otherwise diagnostics are pushed. */
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  semanticTokensRefresh: boolean;
  inlayHintRefresh: boolean;
  hierarchicalSymbols: boolean;
  /** workspace/configuration: otherwise settings come with didChangeConfiguration. */
  configuration: boolean;
  configurationRegistration: boolean;
  workspaceFolders: boolean;
}

export function clientAbilities(c: ClientCapabilities): ClientAbilities {
  return {
    pullDiagnostics: !!c.textDocument?.diagnostic,
    diagnosticRefresh: !!c.workspace?.diagnostics?.refreshSupport,
    semanticTokensRefresh: !!c.workspace?.semanticTokens?.refreshSupport,
    inlayHintRefresh: !!c.workspace?.inlayHint?.refreshSupport,
    hierarchicalSymbols: !!c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    configuration: !!c.workspace?.configuration,
    configurationRegistration: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
    workspaceFolders: !!c.workspace?.workspaceFolders,
  };
}
