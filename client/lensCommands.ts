// The commands behind the language server's Run / Debug code lenses (vm/services/outline.ts):
// `amigos.runFunction` and `amigos.debugFunction` over a realm's exported functions and a main
// package's `main`, `amigos.runTest` and `amigos.debugTest` over Test and Example functions. Each
// lens passes `{ uri, package, function }`; the commands hand them to the features that already
// do the work (Call Realm Function, the debugger, the Test Explorer).
//
// The lenses themselves come from the server; this file only answers their clicks.
import * as vscode from 'vscode';
import { callRealmFunction } from './callRealmFunction';
import { CliUnavailableError } from './cli';
import { debugFunctionAtCursor } from './debugConfiguration';
import type { GasHeatMap } from './gasHeatMap';
import type { AmigosNode } from './node';
import { messageOf } from './stateHistory';
import type { AmigosTests } from './testController';

export interface LensArguments {
  /** The file's path. */
  uri: string;
  /** The package's identity (`hub.amigos.dev/demo/board`), or the file for a main package. */
  package: string;
  function: string;
}

export function registerLensCommands(node: AmigosNode, heatMap: GasHeatMap, tests: AmigosTests): vscode.Disposable[] {
  const file = (args: LensArguments): vscode.Uri => (args.uri.startsWith('file:') ? vscode.Uri.parse(args.uri) : vscode.Uri.file(args.uri));
  return [
    vscode.commands.registerCommand('amigos.runFunction', (args: LensArguments) =>
      args.function === 'main' ? runMain(node, file(args)) : callRealmFunction(node, heatMap, { package: file(args), function: args.function }),
    ),
    vscode.commands.registerCommand('amigos.debugFunction', (args: LensArguments) =>
      args.function === 'main'
        ? vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(file(args)), { type: 'amigos', request: 'launch', name: 'Debug main', program: file(args).fsPath })
        : debugFunctionAtCursor(file(args), args.function),
    ),
    vscode.commands.registerCommand('amigos.runTest', (args: LensArguments) => tests.runNamed(file(args), args.function, { debug: false })),
    vscode.commands.registerCommand('amigos.debugTest', (args: LensArguments) => tests.runNamed(file(args), args.function, { debug: true })),
  ];
}

/** `amigos run FILE`: main() of a main package, its output in the "Amigos" channel. */
async function runMain(node: AmigosNode, uri: vscode.Uri): Promise<void> {
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? node.folder()?.uri.fsPath;
  if (!folder) return;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Running ${vscode.workspace.asRelativePath(uri)}` }, async () => {
    try {
      const result = await node.cli.run(['run', uri.fsPath], { cwd: folder });
      node.output.appendLine(`$ amigos run ${vscode.workspace.asRelativePath(uri)}`);
      node.output.append(result.stdout);
      if (result.stderr) node.output.append(result.stderr);
      node.output.appendLine(`(exit ${result.exitCode})`);
      node.output.show(true);
    } catch (error) {
      void vscode.window.showErrorMessage(error instanceof CliUnavailableError ? `Running is not available yet: ${error.message}` : `amigos run failed: ${messageOf(error)}`);
    }
  });
}
