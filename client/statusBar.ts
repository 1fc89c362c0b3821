// The status bar item with the node's head: its snapshot id and height (how many snapshots lead
// to it), refreshed whenever the node says the head may have moved. A click opens the State
// History. Shown only in a workspace with an Amigos node or package.
//
// It never starts work of its own at activation: the first read happens after activation ends.
import * as vscode from 'vscode';
import { CliUnavailableError } from './cli';
import type { AmigosNode } from './node';

export class HeadStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('amigos.head', vscode.StatusBarAlignment.Left, 10);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly node: AmigosNode) {
    this.item.name = 'Amigos Node Head';
    this.item.command = 'amigos.showStateHistory';
    this.item.text = '$(git-commit) amigos';
    this.item.tooltip = 'Amigos node: reading the head…';
    this.item.show();
    this.subscription = node.onDidChange(() => void this.update());
    setTimeout(() => void this.update(), 0);
  }

  async update(): Promise<void> {
    try {
      const entries = await this.node.log();
      const head = entries.find((entry) => entry.head) ?? entries[0];
      if (!head) {
        this.item.text = '$(git-commit) no transactions';
        this.item.tooltip = 'Amigos node: empty. Click to open the State History.';
        return;
      }
      const height = head.height ?? entries.length;
      this.item.text = `$(git-commit) ${head.id.slice(0, 8)} #${height}`;
      this.item.tooltip = `Amigos node head ${head.id}, height ${height}\nlast tx: ${head.callerName ?? head.caller} → ${head.package}.${head.function} (${head.ok ? 'ok' : 'failed'})\nClick to open the State History.`;
    } catch (error) {
      this.item.text = '$(git-commit) amigos';
      this.item.tooltip = error instanceof CliUnavailableError ? `Amigos node: ${error.message}` : `Amigos node: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
