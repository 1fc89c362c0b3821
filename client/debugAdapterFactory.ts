// Starts the bundled debug adapter (`dist/debugAdapter.js`) with the Node that runs the extension
// host itself, so that debugging needs no Node on the user's PATH. The adapter speaks DAP on
// stdin/stdout; this file only says how to start it.
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';

export class AmigosDebugAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {}

  createDebugAdapterDescriptor(): vscode.ProviderResult<vscode.DebugAdapterDescriptor> {
    const adapter = this.context.asAbsolutePath('dist/debugAdapter.js');
    if (!existsSync(adapter)) {
      this.output.appendLine(`[debug] ${adapter} is missing: run \`npm run build\``);
      throw new Error('The Amigos debug adapter is not built.');
    }
    return new vscode.DebugAdapterExecutable(process.execPath, [adapter], { env: { ELECTRON_RUN_AS_NODE: '1' } });
  }
}
