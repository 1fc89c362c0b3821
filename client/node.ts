// The local node as the extension sees it: the workspace folder it belongs to, the CLI that reads
// and writes it, and one event, "the head may have moved", fired after every transaction the
// extension runs and whenever the state directory changes on disk (a `call` in a terminal, a
// debug session). Views listen to that event; none of them polls.
//
// It does not cache the node's data: each view asks the CLI when it is shown or told to refresh.
import * as vscode from 'vscode';
import { AmigosCli, type CallResult, type SnapshotEntry } from './cli';
import { gasFlags, readSettings, stateFlags, type AmigosSettings } from './settings';

export class AmigosNode implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private watcher: vscode.FileSystemWatcher | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly cli: AmigosCli,
    readonly output: vscode.OutputChannel,
  ) {
    this.watchStateDirectory();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('amigos.stateDirectory')) {
          this.watchStateDirectory();
          this.notifyChanged();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.watchStateDirectory()),
    );
  }

  /** The workspace folder the node lives in: the active editor's, else the first. */
  folder(): vscode.WorkspaceFolder | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  }

  settings(): AmigosSettings | undefined {
    const folder = this.folder();
    return folder && readSettings(folder);
  }

  /** Runs `amigos ARGS --state DIR --json` in the node's folder. */
  async json<T>(args: string[], signal?: AbortSignal): Promise<T> {
    const { folder, settings } = this.require();
    return this.cli.json<T>([...args, ...stateFlags(settings)], { cwd: folder.uri.fsPath, signal });
  }

  /** Runs `amigos ARGS --state DIR` and returns its text output. */
  async text(args: string[], signal?: AbortSignal): Promise<string> {
    const { folder, settings } = this.require();
    return this.cli.text([...args, ...stateFlags(settings)], { cwd: folder.uri.fsPath, signal });
  }

  log(signal?: AbortSignal): Promise<SnapshotEntry[]> {
    return this.json<SnapshotEntry[]>(['log'], signal);
  }

  /** One transaction; the head moves when it commits, and listeners hear of it either way. */
  async call(packagePath: string, functionName: string, args: string[], caller: string, signal?: AbortSignal): Promise<CallResult> {
    const settings = this.require().settings;
    try {
      const result = await this.json<CallResult>(['call', packagePath, functionName, ...args, '--caller', caller, ...gasFlags(settings)], signal);
      this.output.appendLine(`call ${packagePath}.${functionName}(${args.join(', ')}) as ${caller}: ${result.ok ? `ok ${JSON.stringify(result.result)}` : `failed: ${result.error}`} gas ${result.gas?.total} snapshot ${result.snapshot}`);
      return result;
    } finally {
      this.notifyChanged();
    }
  }

  notifyChanged(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.changed.fire(), 150);
  }

  dispose(): void {
    clearTimeout(this.debounce);
    this.watcher?.dispose();
    this.changed.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private require(): { folder: vscode.WorkspaceFolder; settings: AmigosSettings } {
    const folder = this.folder();
    if (!folder) throw new Error('Open a folder to use an Amigos node.');
    return { folder, settings: readSettings(folder) };
  }

  private watchStateDirectory(): void {
    this.watcher?.dispose();
    const settings = this.settings();
    if (!settings) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(settings.stateDirectory), '**'));
    const onChange = (): void => this.notifyChanged();
    this.watcher.onDidCreate(onChange);
    this.watcher.onDidChange(onChange);
    this.watcher.onDidDelete(onChange);
  }
}
