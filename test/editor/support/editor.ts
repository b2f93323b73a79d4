/**
 * Helpers for the suites that run inside the extension host (see
 * test/editor/README.md): the test workspace's files by role, the product
 * extension's test API, and polling with a deadline for the language
 * server's answers (its first answer can take long on a loaded machine).
 */
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { EdgarFilingsApi } from '../../../client/src/extension';
import type { StructureNode } from '../../../client/src/structureTree';
import manifest from '../workspace.json';

export type { EdgarFilingsApi, StructureNode };

export const PRODUCT_ID = 'edgar-filings.edgar-filings';
export type Role = keyof typeof manifest.files;

/** How long to wait for the language server's first answer about a document. */
export const FIRST_ANSWER_MS = Number(process.env.EDGAR_TEST_FIRST_ANSWER_MS || 90_000);
/** Per-test timeout of the suites that talk to the language server: above FIRST_ANSWER_MS. */
export const SUITE_TIMEOUT_MS = FIRST_ANSWER_MS + 60_000;

/** Which launcher runs the suites: "web" (VS Code for the browser) or "electron" (@vscode/test-electron). */
export const LAUNCHER = process.env.EDGAR_TEST_LAUNCHER ?? 'web';

/** The folder the launcher opened (a copy of the files of test/editor/workspace.json). */
export function workspaceDir(): string {
  const fromEnv = process.env.EDGAR_TEST_WORKSPACE;
  if (fromEnv) return fromEnv;
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder.uri.fsPath;
}

/** The file of a role in the test workspace. */
export function fileUri(role: Role): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceDir(), manifest.files[role].name));
}

export function fileName(role: Role): string {
  return manifest.files[role].name;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `probe` until it answers something other than undefined, false or
 * null (errors thrown by it count as "not yet"); fails with `what`, the
 * last answer or error, after `timeoutMs`.
 */
export async function waitFor<T>(what: string, probe: () => T | PromiseLike<T>, timeoutMs = FIRST_ANSWER_MS, intervalMs = 150): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value as NonNullable<T>;
      last = value;
    } catch (e) {
      last = e;
    }
    if (Date.now() >= deadline) {
      const said = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${said})`);
    }
    await sleep(intervalMs);
  }
}

let apiPromise: Promise<EdgarFilingsApi> | undefined;

/** The product extension, activated, with its language server started. */
export function productApi(): Promise<EdgarFilingsApi> {
  apiPromise ??= (async () => {
    const ext = vscode.extensions.getExtension<EdgarFilingsApi>(PRODUCT_ID);
    assert.ok(ext, `${PRODUCT_ID} is not installed`);
    const api = await ext.activate();
    assert.ok(api && typeof api.getStructureItems === 'function', 'activate() did not return the test API');
    await api.ready;
    return api;
  })();
  return apiPromise;
}

/** Opens a file of the workspace in an editor (the active one). */
export async function openEditor(role: Role | vscode.Uri, options: vscode.TextDocumentShowOptions = {}): Promise<vscode.TextEditor> {
  const uri = role instanceof vscode.Uri ? role : fileUri(role);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false, ...options });
}

/**
 * Opens a filing and waits until the Filing Structure view and the status
 * bar (the extension's active-filing tracker) show it.
 */
export async function openFiling(role: Role): Promise<{ editor: vscode.TextEditor; api: EdgarFilingsApi }> {
  const api = await productApi();
  const editor = await openEditor(role);
  const uri = editor.document.uri.toString();
  await waitFor(`the extension's summary of ${fileName(role)}`, () => {
    const s = api.getActiveSummary();
    return s && s.uri === uri && s.version === editor.document.version;
  });
  return { editor, api };
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Reverts the active editor's unsaved changes (after a quick fix), then closes it. */
export async function revertAndClose(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

// ------------------------------------------------------------ features

type AnySymbol = vscode.DocumentSymbol | vscode.SymbolInformation;

/** The outline as VS Code gets it, once the server has answered with something. */
export async function outline(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const symbols = await waitFor(`the outline of ${path.basename(uri.fsPath)}`, async () => {
    const s = await vscode.commands.executeCommand<AnySymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
    return s && s.length > 0 ? s : undefined;
  });
  return symbols.map((s) => {
    assert.ok('children' in s && 'selectionRange' in s, 'the outline is hierarchical (DocumentSymbol)');
    return s as vscode.DocumentSymbol;
  });
}

export function flattenSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flattenSymbols(s.children ?? [])]);
}

/** Markdown as a reader sees it: without the backslashes that escape punctuation ("04\\-2726691"). */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The hovers' text at a position (all providers; markdown with its escapes undone), waiting for a non-empty one. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position, timeoutMs = FIRST_ANSWER_MS): Promise<string> {
  return waitFor(`a hover at ${position.line + 1}:${position.character + 1} of ${path.basename(uri.fsPath)}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const text = (hovers ?? [])
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n\n');
    return text.trim() ? unescapeMarkdown(text) : undefined;
  }, timeoutMs);
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  text: string;
  type: string;
  modifiers: string[];
}

/** The semantic tokens VS Code gets for a document, decoded with the provider's legend. */
export async function semanticTokens(document: vscode.TextDocument): Promise<DecodedToken[]> {
  const uri = document.uri;
  const legend = await waitFor('the semantic tokens legend', () =>
    vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', uri),
  );
  const tokens = await waitFor(`semantic tokens of ${path.basename(uri.fsPath)}`, async () => {
    const t = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', uri);
    return t && t.data.length > 0 ? t : undefined;
  });
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  const data = tokens.data;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, bits] = [data[i], data[i + 1], data[i + 2], data[i + 3], data[i + 4]];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0);
    const text = document.lineAt(line).text.slice(character, character + length);
    out.push({ line, character, length, text, type: legend.tokenTypes[type], modifiers });
  }
  return out;
}

/** The extension's diagnostics of a document (what the Problems panel lists for it). */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'edgar-filings');
}

export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Waits until the document has a diagnostic of the code; answers all of them. */
export async function diagnosticsWithCode(uri: vscode.Uri, code: string, timeoutMs = FIRST_ANSWER_MS): Promise<vscode.Diagnostic[]> {
  return waitFor(`a "${code}" diagnostic in ${path.basename(uri.fsPath)}`, () => {
    const found = ourDiagnostics(uri).filter((d) => diagnosticCode(d) === code);
    return found.length ? found : undefined;
  }, timeoutMs);
}

/** Where the n-th (0-based) occurrence of `needle` starts in the document, plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0, occurrence = 0): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) is not in ${path.basename(document.uri.fsPath)}`);
  }
  return document.positionAt(at + offset);
}

/** The Filing Structure view's node of a path of labels ("Cover", "Registrant"). */
export function structureNode(nodes: readonly StructureNode[], ...labels: string[]): StructureNode | undefined {
  let level: readonly StructureNode[] = nodes;
  let found: StructureNode | undefined;
  for (const label of labels) {
    found = level.find((n) => n.label === label);
    if (!found) return undefined;
    level = found.children;
  }
  return found;
}

/** The open tab of the Filing Summary panel, if any. */
export function summaryTab(): vscode.Tab | undefined {
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (tab.input instanceof vscode.TabInputWebview && /edgarFilings\.summary$/.test(tab.input.viewType)) return tab;
    }
  }
  return undefined;
}
