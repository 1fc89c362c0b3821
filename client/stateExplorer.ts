// The State Explorer view: the node's head state as realms → keys → values, refreshed whenever
// the node says the head may have moved (after each transaction). The head's state is what
// changed from the empty state before the first snapshot to the head: `amigos log --json` gives
// the head and its ancestry, `amigos diff GENESIS HEAD --json` the keys and values. A value too
// long for one line shows whole in its tooltip.
//
// It shows the head only; older states are reached through the State History's diff and
// checkout. When the CLI lacks a command, the view says "not available yet" in its message.
import * as vscode from 'vscode';
import { CliUnavailableError } from './cli';
import type { AmigosNode } from './node';
import { parseDiff, type StateEntry } from './stateData';
import type { SnapshotEntry } from './cli';
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
      const entries = await this.headState();
      this.view.message = entries.length === 0 ? 'The head has no realm state yet: call a realm function.' : undefined;
      const byRealm = new Map<string, StateEntry[]>();
      for (const entry of entries) byRealm.set(entry.realm, [...(byRealm.get(entry.realm) ?? []), entry]);
      return [...byRealm].map(([realm, realmEntries]) => ({ kind: 'realm', realm, entries: realmEntries }));
    } catch (error) {
      this.view.message = error instanceof CliUnavailableError ? `State is not available yet: ${error.message}` : `Reading the head's state failed: ${messageOf(error)}`;
      return [];
    }
  }

  /** Every key of the head: the diff from the state before the first snapshot to the head. */
  private async headState(): Promise<StateEntry[]> {
    const log = await this.node.log();
    const head = log.find((entry) => entry.head) ?? log[0];
    if (!head) return [];
    const genesis = firstAncestor(log, head).parent;
    const from = genesis ?? firstAncestor(log, head).id;
    const changes = parseDiff(await this.node.json<unknown>(['diff', from, head.id]));
    return changes.filter((change) => change.after !== undefined).map((change) => ({ realm: change.realm, key: change.key, value: change.after as string }));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.changed.dispose();
  }
}

/** The oldest snapshot on the head's line of parents that the log shows. */
function firstAncestor(log: SnapshotEntry[], head: SnapshotEntry): SnapshotEntry {
  const byId = new Map(log.map((entry) => [entry.id, entry]));
  let current = head;
  for (let parent = current.parent && byId.get(current.parent); parent; parent = current.parent && byId.get(current.parent)) current = parent;
  return current;
}
