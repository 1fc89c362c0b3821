// The State History view: the node's snapshots, newest first, with caller, function, result and
// gas (`amigos log --json`). Selecting two opens a diff editor of the keys that changed between
// them (`amigos diff A B --json`); each snapshot offers Checkout, Replay in debugger and Fork
// realm. It refreshes whenever the node says the head may have moved.
//
// It keeps no history of its own: every refresh asks the CLI. When the CLI does not have a
// command yet, the view says so in its message instead of failing.
import * as vscode from 'vscode';
import { CliUnavailableError, gasTotal, type SnapshotEntry } from './cli';
import type { AmigosNode } from './node';
import { diffSides, parseDiff } from './stateData';
import { findWorkspacePackages } from './workspacePackages';

export const diffScheme = 'amigos-state';

export class SnapshotItem extends vscode.TreeItem {
  constructor(
    readonly entry: SnapshotEntry,
    readonly isHead: boolean,
  ) {
    super(`${entry.function || '(deploy)'}`, vscode.TreeItemCollapsibleState.None);
    const short = entry.id.slice(0, 10);
    this.id = entry.id;
    this.description = `${short} · ${entry.callerName ?? entry.caller} · ${entry.ok ? 'ok' : 'failed'} · gas ${gasTotal(entry).toLocaleString('en-US')}`;
    this.iconPath = new vscode.ThemeIcon(isHead ? 'git-commit' : entry.ok ? 'circle-outline' : 'error', entry.ok ? undefined : new vscode.ThemeColor('errorForeground'));
    this.contextValue = isHead ? 'snapshot.head' : 'snapshot';
    const lines = [
      `snapshot ${entry.id}${isHead ? ' (head)' : ''}`,
      `parent ${entry.parent ?? '—'}`,
      `${entry.package}.${entry.function}(${(entry.args ?? []).join(', ')})`,
      `caller ${entry.callerName ? `${entry.callerName} (${entry.caller})` : entry.caller}`,
      entry.ok ? `result ${(entry.result ?? []).join(', ')}` : `error ${entry.error ?? ''}`,
      `gas ${gasTotal(entry)}`,
    ];
    this.tooltip = lines.join('\n');
  }
}

export class StateHistory implements vscode.TreeDataProvider<SnapshotItem>, vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly documents = new Map<string, string>();
  private readonly documentChanged = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.documentChanged.event;
  readonly view: vscode.TreeView<SnapshotItem>;
  private readonly disposables: vscode.Disposable[] = [];
  private lastPair = '';

  constructor(private readonly node: AmigosNode) {
    this.view = vscode.window.createTreeView('amigos.stateHistory', { treeDataProvider: this, canSelectMany: true, showCollapseAll: false });
    this.disposables.push(
      this.view,
      node.onDidChange(() => this.changed.fire()),
      vscode.workspace.registerTextDocumentContentProvider(diffScheme, this),
      this.view.onDidChangeSelection((event) => {
        // A refresh re-reports the same selection: open a pair's diff once per selecting.
        if (event.selection.length !== 2) {
          this.lastPair = '';
          return;
        }
        const pair = event.selection.map((item) => item.entry.id).join('..');
        if (pair === this.lastPair) return;
        this.lastPair = pair;
        void this.compare(event.selection[0], event.selection[1]);
      }),
    );
  }

  refresh(): void {
    this.changed.fire();
  }

  getTreeItem(item: SnapshotItem): vscode.TreeItem {
    return item;
  }

  async getChildren(parent?: SnapshotItem): Promise<SnapshotItem[]> {
    if (parent || !this.node.folder()) return [];
    try {
      const entries = await this.node.log();
      this.view.message = entries.length === 0 ? 'No transactions yet: run "Amigos: Call Realm Function".' : undefined;
      const headId = entries.find((entry) => entry.head)?.id ?? entries[0]?.id;
      return entries.map((entry) => new SnapshotItem(entry, entry.id === headId));
    } catch (error) {
      this.view.message = error instanceof CliUnavailableError ? `State history is not available yet: ${error.message}` : `amigos log failed: ${messageOf(error)}`;
      return [];
    }
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.documents.get(uri.toString()) ?? '';
  }

  /** Opens the diff editor of two snapshots, older on the left. */
  async compare(first: SnapshotItem, second: SnapshotItem): Promise<void> {
    const [older, newer] = await this.inOrder(first, second);
    try {
      const json = await this.node.json<unknown>(['diff', older.entry.id, newer.entry.id]);
      const changes = parseDiff(json);
      const sides = changes.length > 0 ? diffSides(changes) : { before: '', after: `${JSON.stringify(json, null, 2)}\n` };
      const left = vscode.Uri.from({ scheme: diffScheme, path: `/${older.entry.id}/state`, query: newer.entry.id });
      const right = vscode.Uri.from({ scheme: diffScheme, path: `/${newer.entry.id}/state`, query: older.entry.id });
      this.documents.set(left.toString(), sides.before);
      this.documents.set(right.toString(), sides.after);
      this.documentChanged.fire(left);
      this.documentChanged.fire(right);
      await vscode.commands.executeCommand('vscode.diff', left, right, `State ${older.entry.id.slice(0, 8)} ↔ ${newer.entry.id.slice(0, 8)} (${changes.length} keys changed)`);
    } catch (error) {
      void vscode.window.showWarningMessage(error instanceof CliUnavailableError ? `Diff is not available yet: ${error.message}` : `amigos diff failed: ${messageOf(error)}`);
    }
  }

  /** The compare command: the two selected snapshots, or the clicked one against the head. */
  async compareSelected(clicked?: SnapshotItem, selected?: SnapshotItem[]): Promise<void> {
    const items = selected && selected.length === 2 ? selected : this.view.selection.length === 2 ? [...this.view.selection] : undefined;
    if (items) return this.compare(items[0], items[1]);
    const head = (await this.getChildren()).find((item) => item.isHead);
    if (clicked && head && head.entry.id !== clicked.entry.id) return this.compare(clicked, head);
    void vscode.window.showInformationMessage('Select two snapshots to compare.');
  }

  async checkout(item?: SnapshotItem): Promise<void> {
    const target = item ?? this.view.selection[0];
    if (!target) return;
    await this.runNodeCommand(`Checking out ${target.entry.id.slice(0, 10)}`, ['checkout', target.entry.id]);
  }

  async replay(item?: SnapshotItem): Promise<void> {
    const target = item ?? this.view.selection[0];
    const folder = this.node.folder();
    if (!target || !folder) return;
    const pkg = (await findWorkspacePackages()).find((candidate) => candidate.modulePath === target.entry.package);
    await vscode.debug.startDebugging(folder, {
      type: 'amigos',
      request: 'launch',
      name: `Replay ${target.entry.function} (${target.entry.id.slice(0, 8)})`,
      program: pkg?.folder.fsPath ?? folder.uri.fsPath,
      replay: target.entry.id,
    });
  }

  async fork(item?: SnapshotItem): Promise<void> {
    const target = item ?? this.view.selection[0];
    if (!target) return;
    const to = await vscode.window.showInputBox({
      title: `Fork ${target.entry.package}`,
      prompt: 'The new package path: same code and the same state as the head',
      value: `${target.entry.package}fork`,
      ignoreFocusOut: true,
    });
    if (!to) return;
    await this.runNodeCommand(`Forking ${target.entry.package} to ${to}`, ['fork', target.entry.package, to]);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.changed.dispose();
    this.documentChanged.dispose();
  }

  private async runNodeCommand(title: string, args: string[]): Promise<void> {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, async () => {
      try {
        const output = await this.node.text(args);
        this.node.output.appendLine(`amigos ${args.join(' ')}: ${output.trim()}`);
        void vscode.window.showInformationMessage(output.trim().split('\n')[0] || `${title}: done`);
      } catch (error) {
        void vscode.window.showWarningMessage(error instanceof CliUnavailableError ? `Not available yet: ${error.message}` : `amigos ${args[0]} failed: ${messageOf(error)}`);
      } finally {
        this.node.notifyChanged();
      }
    });
  }

  private async inOrder(first: SnapshotItem, second: SnapshotItem): Promise<[SnapshotItem, SnapshotItem]> {
    // The log is newest first, so the later position is the older snapshot.
    const order = (await this.getChildren()).map((item) => item.entry.id);
    return order.indexOf(first.entry.id) > order.indexOf(second.entry.id) ? [first, second] : [second, first];
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
