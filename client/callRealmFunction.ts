// "Amigos: Call Realm Function": quick picks for the package and the function, the caller, then
// one typed input per parameter; the call runs as one transaction (`amigos call … --json`) under
// a progress notification, and its result, events and gas are reported. Afterwards the views
// refresh (the node fires its change event) and the gas heat map shows the tx's profile when the
// CLI's `trace` gives one.
//
// It does not simulate anything: every value shown comes from the CLI's answer.
import * as vscode from 'vscode';
import { CliUnavailableError, type CallResult } from './cli';
import { pickCaller, promptArguments } from './argumentPrompts';
import type { GasHeatMap } from './gasHeatMap';
import type { AmigosNode } from './node';
import { parseGasLines } from './stateData';
import { messageOf } from './stateHistory';
import { findWorkspacePackages, packageFunctions, packageOf, type WorkspacePackage } from './workspacePackages';

export interface CallRequest {
  /** A package path (`hub.amigos.dev/demo/board`) or a file inside the package. */
  package?: string | vscode.Uri;
  function?: string;
}

export async function callRealmFunction(node: AmigosNode, heatMap: GasHeatMap, request: CallRequest = {}): Promise<CallResult | undefined> {
  const pkg = await choosePackage(request.package);
  if (!pkg) return undefined;
  const functions = (await packageFunctions(pkg)).filter((fn) => fn.name !== 'Render' || request.function === 'Render');
  const fn =
    functions.find((candidate) => candidate.name === request.function) ??
    (
      await vscode.window.showQuickPick(
        functions.map((candidate) => ({
          label: candidate.name,
          description: `(${candidate.parameters.map((p) => `${p.name} ${p.type}`).join(', ')}) ${candidate.results}`.trim(),
          detail: candidate.doc.split('\n')[0] || undefined,
          fn: candidate,
        })),
        { title: `Call ${pkg.modulePath}`, placeHolder: 'the exported function to call', ignoreFocusOut: true },
      )
    )?.fn;
  if (!fn) return undefined;
  const settings = node.settings();
  const caller = await pickCaller(settings?.defaultCaller ?? 'alice');
  if (!caller) return undefined;
  const args = await promptArguments(fn);
  if (!args) return undefined;

  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Calling ${fn.name} as ${caller}`, cancellable: true },
    async (_progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      try {
        const result = await node.call(pkg.modulePath, fn.name, args, caller, abort.signal);
        report(node, `${fn.name}(${args.join(', ')})`, result);
        void showGasProfile(node, heatMap, result.snapshot);
        return result;
      } catch (error) {
        const text = error instanceof CliUnavailableError ? `Calling realm functions is not available yet: ${error.message}` : `amigos call failed: ${messageOf(error)}`;
        void vscode.window.showErrorMessage(text);
        return undefined;
      }
    },
  );
}

/** Draws the gas heat map of a committed tx when the CLI's `trace` reports gas by line. */
export async function showGasProfile(node: AmigosNode, heatMap: GasHeatMap, snapshot: string | undefined): Promise<void> {
  if (!snapshot) return;
  try {
    const lines = parseGasLines(await node.json<unknown>(['trace', snapshot]));
    if (lines.length > 0) heatMap.setProfile(lines, node.folder()?.uri.fsPath);
  } catch (error) {
    node.output.appendLine(`[gas] no profile for ${snapshot}: ${messageOf(error)}`);
  }
}

function report(node: AmigosNode, call: string, result: CallResult): void {
  const gas = `gas ${result.gas?.total?.toLocaleString('en-US') ?? '?'}`;
  const events = result.events?.length ? `, ${result.events.length} event${result.events.length === 1 ? '' : 's'}` : '';
  for (const event of result.events ?? []) node.output.appendLine(`  event ${event.type} from ${event.realm} ${JSON.stringify(event.attrs)}`);
  if (result.ok) {
    void vscode.window.showInformationMessage(`${call} → ${result.result.join(', ') || 'ok'} (${gas}${events}, snapshot ${result.snapshot.slice(0, 8)})`, 'Show History').then((choice) => {
      if (choice) void vscode.commands.executeCommand('amigos.showStateHistory');
    });
  } else {
    void vscode.window.showErrorMessage(`${call} failed: ${result.error ?? 'unknown error'} (${gas}; nothing was committed)`);
  }
}

async function choosePackage(requested: string | vscode.Uri | undefined): Promise<WorkspacePackage | undefined> {
  const packages = await findWorkspacePackages();
  if (typeof requested === 'string') return packages.find((pkg) => pkg.modulePath === requested);
  const fromFile = requested ?? vscode.window.activeTextEditor?.document.uri;
  const current = fromFile && fromFile.path.endsWith('.amigo') ? await packageOf(fromFile) : undefined;
  if (requested && current) return current;
  const realms = packages.filter((pkg) => pkg.kind === 'realm');
  if (realms.length === 0) {
    void vscode.window.showWarningMessage('No realm in this workspace: an amigos.toml with kind = "realm" marks one. "Amigos: New Realm" makes one.');
    return undefined;
  }
  const ordered = current ? [current, ...realms.filter((pkg) => pkg.modulePath !== current.modulePath)] : realms;
  const picked = await vscode.window.showQuickPick(
    ordered.map((pkg) => ({ label: pkg.modulePath, description: `${pkg.version ?? ''} ${vscode.workspace.asRelativePath(pkg.folder)}`.trim(), pkg })),
    { title: 'Call Realm Function', placeHolder: 'the realm to call', ignoreFocusOut: true },
  );
  return picked?.pkg;
}
