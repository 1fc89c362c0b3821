// The State Explorer view: the node's head state as realms → keys → values, read with
// `amigos state --json` and refreshed whenever the node says the head may have moved (after each
// transaction). A value too long for one line shows whole in its tooltip.
//
// It shows the head only; older states are reached through the State History's diff and
// checkout. When the CLI has no `state` command yet, the view says so in its message.
import * as vscode from 'vscode';
import { CliUnavailableError } from './cli';
import type { AmigosNode } from './node';
import { parseState, type StateEntry } from './stateData';
import { messageOf } from './stateHistory';

type StateNode = { kind: 'realm'; realm: string; entries: StateEntry[] } | { kind: 'key'; entry: StateEntry };

export class StateExplorer implements vscode.TreeDataProvider<StateNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<StateNode>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly node: AmigosNode) {
    this.view = vscode.window.createTreeView('amigos.stateExplorer', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, node.onDidChange(() => this.changed.fire()));
  }

  refresh(): void {
    this.changed.fire();
  }

  getTreeItem(element: StateNode): vscode.TreeItem {
    if (element.kind === 'realm') {
      const item = new vscode.TreeItem(element.realm, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon('package');
      item.description = `${element.entries.length} keys`;
      item.contextValue = 'realm';
      item.id = `realm:${element.realm}`;
      return item;
    }
    const item = new vscode.TreeItem(element.entry.key, vscode.TreeItemCollapsibleState.None);
    item.description = element.entry.value.length > 80 ? `${element.entry.value.slice(0, 80)}…` : element.entry.value;
    item.tooltip = new vscode.MarkdownString().appendCodeblock(element.entry.value, 'json');
    item.iconPath = new vscode.ThemeIcon('symbol-field');
    item.contextValue = 'stateKey';
    item.id = `key:${element.entry.realm}:${element.entry.key}`;
    return item;
  }

  async getChildren(element?: StateNode): Promise<StateNode[]> {
    if (element?.kind === 'realm') return element.entries.map((entry) => ({ kind: 'key', entry }));
    if (element || !this.node.folder()) return [];
    try {
      const entries = parseState(await this.node.json<unknown>(['state']));
      this.view.message = entries.length === 0 ? 'The head has no realm state yet.' : undefined;
      const byRealm = new Map<string, StateEntry[]>();
      for (const entry of entries) byRealm.set(entry.realm, [...(byRealm.get(entry.realm) ?? []), entry]);
      return [...byRealm].map(([realm, realmEntries]) => ({ kind: 'realm', realm, entries: realmEntries }));
    } catch (error) {
      this.view.message = error instanceof CliUnavailableError ? `State is not available yet: ${error.message}` : `amigos state failed: ${messageOf(error)}`;
      return [];
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.changed.dispose();
  }
}
