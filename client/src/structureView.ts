/**
 * The Filing Structure view in the Explorer: the nodes of structureTree.ts
 * for the active filing. A click moves the editor there; moving the cursor
 * selects the node it is in (setting `edgarFilings.structureView.followCursor`).
 */
import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../server/src/protocol';
import type { ActiveFiling } from './activeFiling';
import { CLIENT_SETTINGS, COMMANDS, VIEWS } from './contributions';
import { fromVsPosition } from './editorReveal';
import { allNodes, nodePathAt, structureNodes, type StructureNode } from './structureTree';
import { formName } from './summaryFacts';
import { oneLine } from './text';


const FOLLOW_DELAY_MS = 120;

export class StructureView implements vscode.TreeDataProvider<StructureNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StructureNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  private nodes: StructureNode[] = [];
  private parents = new Map<string, StructureNode>();
  private uri: vscode.Uri | undefined;
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly view: vscode.TreeView<StructureNode>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly filing: ActiveFiling) {
    this.view = vscode.window.createTreeView(VIEWS.structure, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      filing.onDidChange(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.filing.document) this.followSoon(e.textEditor);
      }),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible && vscode.window.activeTextEditor) this.followSoon(vscode.window.activeTextEditor);
      }),
    );
    this.update();
  }

  /** The top-level nodes shown now (for tests through the extension's API). */
  get topLevel(): readonly StructureNode[] {
    return this.nodes;
  }

  getTreeItem(node: StructureNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      node.label,
      node.children.length === 0
        ? vscode.TreeItemCollapsibleState.None
        : node.expanded
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.kind;
    item.iconPath = new vscode.ThemeIcon(node.icon, toneColor(node.tone));
    if (node.target && this.uri) {
      item.command = { command: COMMANDS.revealRange, title: 'Show in the Text', arguments: [this.uri, node.target] };
    }
    return item;
  }

  getChildren(node?: StructureNode): StructureNode[] {
    return node ? node.children : this.nodes;
  }

  getParent(node: StructureNode): StructureNode | undefined {
    return this.parents.get(node.id);
  }

  dispose(): void {
    if (this.followTimer) clearTimeout(this.followTimer);
    for (const d of this.disposables) d.dispose();
  }

  private update(): void {
    const summary = this.filing.summary;
    this.uri = this.filing.document?.uri;
    this.nodes = structureNodes(summary);
    this.parents = new Map();
    for (const parent of allNodes(this.nodes)) for (const child of parent.children) this.parents.set(child.id, parent);
    this.view.description = summary ? [formName(summary), summary.registrant ? oneLine(summary.registrant) : ''].filter(Boolean).join(' · ') : undefined;
    this.changed.fire(undefined);
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document === this.filing.document) this.followSoon(editor);
  }

  private followSoon(editor: vscode.TextEditor): void {
    if (this.followTimer) clearTimeout(this.followTimer);
    this.followTimer = setTimeout(() => this.follow(editor), FOLLOW_DELAY_MS);
  }

  private follow(editor: vscode.TextEditor): void {
    if (!this.view.visible || editor.document !== this.filing.document) return;
    if (!vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>(CLIENT_SETTINGS.followCursor, true)) return;
    const path = nodePathAt(this.nodes, fromVsPosition(editor.selection.active));
    const node = path[path.length - 1];
    if (!node || this.view.selection[0]?.id === node.id) return;
    // Errors here (the tree changed under the reveal) are harmless: the next move tries again.
    this.view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  }
}

function toneColor(tone: StructureNode['tone']): vscode.ThemeColor | undefined {
  if (tone === 'error') return new vscode.ThemeColor('problemsErrorIcon.foreground');
  if (tone === 'warning') return new vscode.ThemeColor('problemsWarningIcon.foreground');
  return undefined;
}
