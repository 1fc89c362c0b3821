// Run / Debug code lenses above each exported function of a realm file: "Call" runs it as one
// transaction through "Call Realm Function", "Debug" launches the `amigos` debugger on it. Test
// files get none: the Test Explorer's gutter icons run and debug tests.
//
// It reads declarations with realmFunctions.ts; it does not ask the language server.
import * as vscode from 'vscode';
import { exportedFunctions } from './realmFunctions';

export class RealmCodeLenses implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (document.uri.path.endsWith('_test.amigo')) return [];
    const lenses: vscode.CodeLens[] = [];
    for (const fn of exportedFunctions(document.getText())) {
      const range = new vscode.Range(fn.line, 0, fn.line, 0);
      lenses.push(
        new vscode.CodeLens(range, { title: '$(play) Call', command: 'amigos.callRealmFunction', arguments: [{ package: document.uri, function: fn.name }], tooltip: `Call ${fn.name} as one transaction` }),
        new vscode.CodeLens(range, { title: '$(debug-alt) Debug', command: 'amigos.debugFunctionAtCursor', arguments: [document.uri, fn.name], tooltip: `Debug a call of ${fn.name}` }),
      );
    }
    return lenses;
  }
}
