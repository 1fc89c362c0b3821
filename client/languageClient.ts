// Starts the bundled language server (`dist/server.js`, over IPC) and keeps it running: after a
// crash it restarts, up to five times in three minutes, then stops and offers a button. Its log
// goes to the "Amigos Language Server" output channel; `amigos.trace.server` sets how much of the
// protocol is traced there (vscode-languageclient reads `<id>.trace.server` for the client id
// `amigos`). "Amigos: Restart Language Server" restarts it by hand.
//
// vscode-languageclient is its own bundle (dist/languageClientLibrary.js), loaded on first use,
// not at activation, to keep activation fast. This file knows nothing of the language: every
// feature comes from the server.
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LanguageClient, LanguageClientOptions, ServerOptions, ErrorHandler } from 'vscode-languageclient/node';

type Library = typeof import('vscode-languageclient/node');

const restartWindowMs = 3 * 60 * 1000;
const maxRestartsInWindow = 5;

export class LanguageClientController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private readonly crashes: number[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** Starts the server once; later calls wait for the same start. */
  start(): Promise<void> {
    this.starting ??= this.startClient().catch((error: unknown) => {
      this.starting = undefined;
      this.output.appendLine(`[client] the language server did not start: ${describe(error)}`);
    });
    return this.starting;
  }

  async restart(): Promise<void> {
    this.output.appendLine('[client] restarting the language server');
    const client = this.client;
    this.client = undefined;
    this.starting = undefined;
    if (client) await client.stop().catch((error: unknown) => this.output.appendLine(`[client] stop: ${describe(error)}`));
    await this.start();
  }

  get running(): boolean {
    return this.client?.isRunning() ?? false;
  }

  async dispose(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.stop();
  }

  private async startClient(): Promise<void> {
    const serverModule = this.context.asAbsolutePath('dist/server.js');
    if (!existsSync(serverModule)) {
      this.output.appendLine(`[client] ${serverModule} is missing: run \`npm run build\``);
      return;
    }
    const { LanguageClient, TransportKind } = this.library();
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'amigo' },
        { scheme: 'untitled', language: 'amigo' },
      ],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{amigos.toml,*.amigo}') },
      outputChannel: this.output,
      traceOutputChannel: this.output,
      errorHandler: this.errorHandler(),
    };
    const client = new LanguageClient('amigos', 'Amigos Language Server', serverOptions, clientOptions);
    this.client = client;
    await client.start();
    this.output.appendLine('[client] the language server is running');
  }

  /** The bundled vscode-languageclient, required from dist/ at the first start. */
  private library(): Library {
    const path = this.context.asAbsolutePath('dist/languageClientLibrary.js');
    return createRequire(path)(path) as Library;
  }

  private errorHandler(): ErrorHandler {
    const { CloseAction, ErrorAction } = this.library();
    return {
      error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        const now = Date.now();
        this.crashes.push(now);
        while (this.crashes.length > 0 && now - this.crashes[0] > restartWindowMs) this.crashes.shift();
        if (this.crashes.length <= maxRestartsInWindow) {
          this.output.appendLine(`[client] the language server stopped; restarting (${this.crashes.length} in the last 3 minutes)`);
          return { action: CloseAction.Restart, handled: true };
        }
        void vscode.window
          .showErrorMessage('The Amigos language server crashed 5 times in 3 minutes and was not restarted.', 'Restart', 'Show Log')
          .then((choice) => {
            if (choice === 'Restart') void this.restart();
            if (choice === 'Show Log') this.output.show();
          });
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
