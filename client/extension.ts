// The extension's entry (DESIGN.md sections 1 and 6): VS Code glue only. activate() wires each
// feature, one file per feature, and returns quickly: the language server starts in the
// background, vscode-languageclient loads on first use, and no view asks the CLI for data until
// it is shown. It logs its own activation time to the "Amigos" output channel.
//
// Nothing here knows the language or the node's data formats; no telemetry is sent.
import * as vscode from 'vscode';
import { AmigosCli, type SnapshotEntry } from './cli';
import { callRealmFunction, type CallRequest } from './callRealmFunction';
import { AmigosDebugAdapterFactory } from './debugAdapterFactory';
import { AmigosDebugConfigurationProvider, debugFunctionAtCursor } from './debugConfiguration';
import { forkRealm } from './forkRealm';
import { GasHeatMap } from './gasHeatMap';
import { LanguageClientController } from './languageClient';
import { registerLensCommands } from './lensCommands';
import { newRealm } from './newRealm';
import { AmigosNode } from './node';
import { RealmPreview } from './realmPreview';
import { StateExplorer } from './stateExplorer';
import { StateHistory, type SnapshotItem } from './stateHistory';
import { HeadStatus } from './statusBar';
import { AmigosTests } from './testController';

let languageClient: LanguageClientController | undefined;

/** What activate() returns: tests and other extensions read the activation time from it. */
export interface AmigosApi {
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): AmigosApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('Amigos');
  const serverOutput = vscode.window.createOutputChannel('Amigos Language Server', { log: true });
  const cli = new AmigosCli(context.asAbsolutePath('dist/cli.js'));
  const node = new AmigosNode(cli, output);
  const heatMap = new GasHeatMap();
  const history = new StateHistory(node);
  const explorer = new StateExplorer(node);
  const preview = new RealmPreview(node);
  const tests = new AmigosTests(node);
  languageClient = new LanguageClientController(context, serverOutput);
  const client = languageClient;

  const command = (id: string, run: (...args: never[]) => unknown): vscode.Disposable => vscode.commands.registerCommand(id, run);
  context.subscriptions.push(
    output,
    serverOutput,
    node,
    heatMap,
    history,
    explorer,
    preview,
    tests,
    new HeadStatus(node),
    { dispose: () => void client.dispose() },
    vscode.debug.registerDebugConfigurationProvider('amigos', new AmigosDebugConfigurationProvider(false), vscode.DebugConfigurationProviderTriggerKind.Initial),
    vscode.debug.registerDebugConfigurationProvider('amigos', new AmigosDebugConfigurationProvider(true), vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.debug.registerDebugAdapterDescriptorFactory('amigos', new AmigosDebugAdapterFactory(context, output)),
    vscode.debug.onDidTerminateDebugSession((session) => {
      if (session.type === 'amigos') node.notifyChanged();
    }),
    ...registerLensCommands(node, heatMap, tests),
    command('amigos.restartLanguageServer', () => client.restart()),
    command('amigos.debugFunctionAtCursor', (uri?: vscode.Uri, name?: string) => debugFunctionAtCursor(uri, name)),
    command('amigos.callRealmFunction', (request?: CallRequest) => callRealmFunction(node, heatMap, request)),
    command('amigos.newRealm', () => newRealm()),
    command('amigos.forkRealm', (realm?: string) => forkRealm(node, typeof realm === 'string' ? realm : undefined)),
    command('amigos.showStateHistory', () => vscode.commands.executeCommand('amigos.stateHistory.focus')),
    command('amigos.openRealmPreview', (realm?: string) => preview.open(typeof realm === 'string' ? realm : undefined)),
    command('amigos.toggleGasHeatMap', () => heatMap.toggle()),
    command('amigos.stateHistory.refresh', () => history.refresh()),
    command('amigos.stateExplorer.refresh', () => explorer.refresh()),
    command('amigos.realmPreview.refresh', () => preview.update()),
    command('amigos.history.compare', (item?: SnapshotItem, selected?: SnapshotItem[]) => history.compareSelected(item, selected)),
    command('amigos.history.checkout', (item?: SnapshotItem) => history.checkout(item)),
    command('amigos.history.replay', (item?: SnapshotItem) => history.replay(item)),
    command('amigos.history.fork', (item?: SnapshotItem) => history.fork(item)),
    command('amigos.pickSnapshot', () => pickSnapshot(node)),
  );

  // The server starts after activate() has returned; activation does not wait for it.
  setTimeout(() => void client.start(), 0);
  const activationMs = performance.now() - started;
  output.appendLine(`Amigos activated in ${activationMs.toFixed(1)} ms`);
  return { activationMs };
}

export async function deactivate(): Promise<void> {
  await languageClient?.dispose();
  languageClient = undefined;
}

/** `${command:amigos.pickSnapshot}` in a launch configuration: a snapshot id to replay. */
async function pickSnapshot(node: AmigosNode): Promise<string | undefined> {
  let entries: SnapshotEntry[];
  try {
    entries = await node.log();
  } catch (error) {
    void vscode.window.showWarningMessage(`No history to replay: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    entries.map((entry) => ({ label: `${entry.function}`, description: `${entry.id.slice(0, 10)} · ${entry.caller} · ${entry.ok ? 'ok' : 'failed'}`, id: entry.id })),
    { title: 'Replay which transaction?' },
  );
  return picked?.id;
}
