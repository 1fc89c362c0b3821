// Typed access to the `amigos.*` settings of the manifest. A setting the user did not set is not
// passed to the CLI, so that the workspace's own `amigos.toml` `[defaults]` (caller, gas, state)
// still apply; the extension's defaults match the CLI's. The extension sends no telemetry and has
// no setting for it: nothing here leaves the machine.
import * as vscode from 'vscode';
import { isAbsolute, join } from 'node:path';

export interface AmigosSettings {
  /** Absolute path of the node's state directory (the configured one, else `.amigos`). */
  stateDirectory: string;
  gasLimit: number;
  defaultCaller: string;
  /** Which of the above the user set, and so go to the CLI as flags. */
  explicit: { stateDirectory: boolean; gasLimit: boolean; defaultCaller: boolean };
}

export const defaultGasLimit = 10_000_000;

export function readSettings(folder: vscode.WorkspaceFolder): AmigosSettings {
  const config = vscode.workspace.getConfiguration('amigos', folder.uri);
  const configured = config.get<string>('stateDirectory', '').trim();
  const stateDirectory = configured === '' ? join(folder.uri.fsPath, '.amigos') : isAbsolute(configured) ? configured : join(folder.uri.fsPath, configured);
  const gasLimit = config.get<number>('gasLimit', defaultGasLimit);
  return {
    stateDirectory,
    gasLimit: Number.isSafeInteger(gasLimit) && gasLimit > 0 ? gasLimit : defaultGasLimit,
    defaultCaller: config.get<string>('defaultCaller', 'alice').trim() || 'alice',
    explicit: {
      stateDirectory: configured !== '' && isSet(config, 'stateDirectory'),
      gasLimit: isSet(config, 'gasLimit'),
      defaultCaller: isSet(config, 'defaultCaller'),
    },
  };
}

/** `--state DIR` when the user chose a state directory; otherwise the CLI's own default. */
export function stateFlags(settings: AmigosSettings): string[] {
  return settings.explicit.stateDirectory ? ['--state', settings.stateDirectory] : [];
}

/** `--gas N` when the user chose a gas limit. */
export function gasFlags(settings: AmigosSettings): string[] {
  return settings.explicit.gasLimit ? ['--gas', String(settings.gasLimit)] : [];
}

function isSet(config: vscode.WorkspaceConfiguration, key: string): boolean {
  const inspected = config.inspect(key);
  return inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined || inspected?.globalValue !== undefined;
}
