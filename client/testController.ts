// The Testing API controller: `func TestX(t *testing.T)` and `func ExampleX()` of `_test.amigo`
// files, and the filetests of `filetests/` folders, appear in the Test Explorer grouped by folder.
// Run executes `amigos test DIR --json` once per folder and maps the outcomes back (failures show
// the expected and actual output as a diff); Debug launches the `amigos` debugger with `test`
// (or the filetest as `program`), one item after another.
//
// Discovery reads the sources (realmFunctions.ts); it does not compile them. The CLI is the judge
// of what passes.
import * as vscode from 'vscode';
import { dirname } from 'node:path';
import { CliUnavailableError } from './cli';
import type { AmigosNode } from './node';
import { testFunctions } from './realmFunctions';
import { messageOf } from './stateHistory';
import { parseTestResults, type TestOutcome } from './testResults';

interface ItemData {
  kind: 'folder' | 'file' | 'function' | 'filetest';
  /** The folder `amigos test` runs for this item. */
  folder: string;
  /** The name the CLI reports for it (function name, or the filetest's file name). */
  name: string;
}

const testGlob = '**/{*_test.amigo,filetests/*.amigo}';

export class AmigosTests implements vscode.Disposable {
  readonly controller = vscode.tests.createTestController('amigos', 'Amigos');
  private readonly data = new WeakMap<vscode.TestItem, ItemData>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly node: AmigosNode) {
    this.controller.resolveHandler = async (item) => {
      if (!item) await this.discoverAll();
    };
    this.controller.refreshHandler = () => this.discoverAll();
    this.controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, (request, token) => this.run(request, token), true);
    this.controller.createRunProfile('Debug', vscode.TestRunProfileKind.Debug, (request, token) => this.debug(request, token), true);
    const watcher = vscode.workspace.createFileSystemWatcher(testGlob);
    watcher.onDidCreate((uri) => void this.discoverFile(uri));
    watcher.onDidChange((uri) => void this.discoverFile(uri));
    watcher.onDidDelete((uri) => this.forget(uri));
    this.disposables.push(this.controller, watcher, vscode.workspace.onDidChangeTextDocument((event) => {
      if (/(_test\.amigo|\/filetests\/[^/]+\.amigo)$/.test(event.document.uri.path)) this.discoverSource(event.document.uri, event.document.getText());
    }));
  }

  async discoverAll(): Promise<void> {
    const files = await vscode.workspace.findFiles(testGlob, '**/{node_modules,.amigos,dist}/**', 2000);
    await Promise.all(files.map((uri) => this.discoverFile(uri)));
  }

  /** Runs or debugs one Test or Example by name (the server's code lenses call this). */
  async runNamed(uri: vscode.Uri, name: string, options: { debug: boolean }): Promise<void> {
    await this.discoverFile(uri);
    const folder = this.controller.items.get(`folder:${dirname(uri.fsPath)}`);
    const item = folder?.children.get(uri.toString())?.children.get(`${uri.toString()}#${name}`);
    if (!item) {
      void vscode.window.showWarningMessage(`No test ${name} in ${vscode.workspace.asRelativePath(uri)}.`);
      return;
    }
    const cancellation = new vscode.CancellationTokenSource();
    try {
      const request = new vscode.TestRunRequest([item]);
      await (options.debug ? this.debug(request, cancellation.token) : this.run(request, cancellation.token));
    } finally {
      cancellation.dispose();
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async discoverFile(uri: vscode.Uri): Promise<void> {
    try {
      this.discoverSource(uri, new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    } catch {
      this.forget(uri);
    }
  }

  private discoverSource(uri: vscode.Uri, source: string): void {
    const folderPath = dirname(uri.fsPath);
    const folder = this.folderItem(folderPath);
    const fileName = uri.path.split('/').pop() ?? uri.path;
    if (/\/filetests\/[^/]+\.amigo$/.test(uri.path) && !fileName.endsWith('_test.amigo')) {
      const item = folder.children.get(uri.toString()) ?? this.controller.createTestItem(uri.toString(), fileName, uri);
      this.data.set(item, { kind: 'filetest', folder: folderPath, name: fileName });
      folder.children.add(item);
      return;
    }
    const file = folder.children.get(uri.toString()) ?? this.controller.createTestItem(uri.toString(), fileName, uri);
    this.data.set(file, { kind: 'file', folder: folderPath, name: fileName });
    folder.children.add(file);
    const items = testFunctions(source).map((test) => {
      const item = this.controller.createTestItem(`${uri.toString()}#${test.name}`, test.name, uri);
      item.range = new vscode.Range(test.line, 0, test.line, 0);
      item.description = test.kind === 'example' ? 'example' : undefined;
      this.data.set(item, { kind: 'function', folder: folderPath, name: test.name });
      return item;
    });
    file.children.replace(items);
  }

  private folderItem(folderPath: string): vscode.TestItem {
    const id = `folder:${folderPath}`;
    const existing = this.controller.items.get(id);
    if (existing) return existing;
    const item = this.controller.createTestItem(id, vscode.workspace.asRelativePath(folderPath), vscode.Uri.file(folderPath));
    this.data.set(item, { kind: 'folder', folder: folderPath, name: '' });
    this.controller.items.add(item);
    return item;
  }

  private forget(uri: vscode.Uri): void {
    const folder = this.controller.items.get(`folder:${dirname(uri.fsPath)}`);
    folder?.children.delete(uri.toString());
    if (folder && folder.children.size === 0) this.controller.items.delete(folder.id);
  }

  /** The leaves (functions and filetests) a request covers. */
  private leaves(request: vscode.TestRunRequest): vscode.TestItem[] {
    const roots: vscode.TestItem[] = request.include ? [...request.include] : [];
    if (!request.include) this.controller.items.forEach((item) => roots.push(item));
    const excluded = new Set(request.exclude?.map((item) => item.id));
    const leaves: vscode.TestItem[] = [];
    const visit = (item: vscode.TestItem): void => {
      if (excluded.has(item.id)) return;
      const kind = this.data.get(item)?.kind;
      if (kind === 'function' || kind === 'filetest') leaves.push(item);
      else item.children.forEach(visit);
    };
    roots.forEach(visit);
    return leaves;
  }

  private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const run = this.controller.createTestRun(request);
    const byFolder = new Map<string, vscode.TestItem[]>();
    for (const leaf of this.leaves(request)) {
      const folder = this.data.get(leaf)?.folder ?? '';
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), leaf]);
      run.enqueued(leaf);
    }
    const abort = new AbortController();
    token.onCancellationRequested(() => abort.abort());
    for (const [folder, items] of byFolder) {
      if (token.isCancellationRequested) break;
      items.forEach((item) => run.started(item));
      try {
        const outcomes = parseTestResults(await this.node.json<unknown>(['test', folder], abort.signal));
        for (const item of items) this.report(run, item, outcomes);
      } catch (error) {
        const message = error instanceof CliUnavailableError ? `Running tests is not available yet: ${error.message}` : `amigos test failed: ${messageOf(error)}`;
        for (const item of items) run.errored(item, new vscode.TestMessage(message));
      }
    }
    run.end();
  }

  private report(run: vscode.TestRun, item: vscode.TestItem, outcomes: TestOutcome[]): void {
    const name = this.data.get(item)?.name;
    const outcome = outcomes.find((candidate) => candidate.name === name || (candidate.file !== undefined && candidate.file.endsWith(`/${name}`)));
    if (!outcome) {
      run.skipped(item);
      return;
    }
    if (outcome.output) run.appendOutput(outcome.output.replace(/\n/g, '\r\n'), undefined, item);
    if (outcome.skipped) run.skipped(item);
    else if (outcome.passed) run.passed(item, outcome.durationMs);
    else {
      const message =
        outcome.expected !== undefined || outcome.actual !== undefined
          ? vscode.TestMessage.diff(outcome.message ?? 'output differs', outcome.expected ?? '', outcome.actual ?? '')
          : new vscode.TestMessage(outcome.message ?? 'failed');
      if (item.uri && item.range) message.location = new vscode.Location(item.uri, item.range);
      run.failed(item, message, outcome.durationMs);
    }
  }

  private async debug(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const folder = this.node.folder();
    for (const item of this.leaves(request)) {
      if (token.isCancellationRequested) return;
      const data = this.data.get(item);
      if (!data) continue;
      const config =
        data.kind === 'filetest'
          ? { type: 'amigos', request: 'launch', name: `Debug ${data.name}`, program: item.uri?.fsPath ?? data.folder }
          : { type: 'amigos', request: 'launch', name: `Debug ${data.name}`, program: data.folder, test: data.name };
      const ended = new Promise<void>((resolve) => {
        const subscription = vscode.debug.onDidTerminateDebugSession((session) => {
          if (session.name === config.name) {
            subscription.dispose();
            resolve();
          }
        });
      });
      if (await vscode.debug.startDebugging(folder, config, { testRun: undefined })) await ended;
    }
  }
}
