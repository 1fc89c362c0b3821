// "Amigos: New Realm": asks for a module path, writes the scaffold of realmScaffold.ts into a new
// folder of the workspace named after the path's last segments, opens the realm, and runs its
// tests through the Test Explorer's runner so the user sees them pass.
//
// It refuses to write into a folder that exists; it never overwrites a file.
import * as vscode from 'vscode';
import { modulePathError, packageName, realmScaffold } from './realmScaffold';

export async function newRealm(): Promise<vscode.Uri | undefined> {
  const workspace = vscode.workspace.workspaceFolders?.[0];
  if (!workspace) {
    void vscode.window.showWarningMessage('Open a folder first: the new realm is created inside it.');
    return undefined;
  }
  const modulePath = await vscode.window.showInputBox({
    title: 'New Realm',
    prompt: 'The import path of the new realm',
    value: 'hub.amigos.dev/me/counter',
    valueSelection: [15, 25],
    ignoreFocusOut: true,
    validateInput: modulePathError,
  });
  if (!modulePath) return undefined;
  const relative = modulePath.split('/').slice(1).join('/');
  const folder = vscode.Uri.joinPath(workspace.uri, relative);
  try {
    await vscode.workspace.fs.stat(folder);
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(folder)} exists already; choose another path.`);
    return undefined;
  } catch {
    // The folder is free.
  }
  for (const file of realmScaffold(modulePath)) {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, file.path), new TextEncoder().encode(file.content));
  }
  const main = vscode.Uri.joinPath(folder, `${packageName(modulePath)}.amigo`);
  await vscode.window.showTextDocument(main);
  void vscode.window.showInformationMessage(`Created realm ${modulePath} in ${vscode.workspace.asRelativePath(folder)}.`, 'Run Its Tests').then((choice) => {
    if (choice) void vscode.commands.executeCommand('testing.runAll');
  });
  return folder;
}
