// "Amigos: Fork Realm": picks a realm and a new package path, then `amigos fork FROM TO` makes a
// new package in the workspace with the same code and the same state (O(1): the state engine
// shares subtrees). The node's views refresh afterwards.
//
// It does not copy anything itself: the CLI writes the new package.
import * as vscode from 'vscode';
import { CliUnavailableError } from './cli';
import type { AmigosNode } from './node';
import { modulePathError } from './realmScaffold';
import { messageOf } from './stateHistory';
import { findWorkspacePackages, packageOf } from './workspacePackages';

export async function forkRealm(node: AmigosNode, from?: string): Promise<void> {
  let source = from;
  if (!source) {
    const active = vscode.window.activeTextEditor?.document.uri;
    const current = active?.path.endsWith('.amigo') ? await packageOf(active) : undefined;
    const realms = (await findWorkspacePackages()).filter((pkg) => pkg.kind === 'realm');
    const picked = await vscode.window.showQuickPick(
      realms.map((pkg) => ({ label: pkg.modulePath, picked: pkg.modulePath === current?.modulePath })),
      { title: 'Fork Realm', placeHolder: 'the realm to fork (its code and its state at the head)' },
    );
    source = picked?.label;
  }
  if (!source) return;
  const to = await vscode.window.showInputBox({
    title: `Fork ${source}`,
    prompt: 'The new package path',
    value: `${source}fork`,
    ignoreFocusOut: true,
    validateInput: modulePathError,
  });
  if (!to) return;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Forking ${source} to ${to}` }, async () => {
    try {
      const output = await node.text(['fork', source, to]);
      node.output.appendLine(`fork ${source} ${to}: ${output.trim()}`);
      void vscode.window.showInformationMessage(`Forked ${source} to ${to}.`);
    } catch (error) {
      void vscode.window.showErrorMessage(error instanceof CliUnavailableError ? `Forking is not available yet: ${error.message}` : `amigos fork failed: ${messageOf(error)}`);
    } finally {
      node.notifyChanged();
    }
  });
}
