// A language client for tests: starts the built server (`node dist/server.js --stdio`) as a
// child process and speaks JSON-RPC to it over its stdio, exactly as an editor does. It keeps
// the diagnostics the server publishes so that tests can wait for them.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  ExitNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification,
  LogMessageNotification,
  MessageType,
  type Diagnostic,
  type InitializeResult,
  type Range,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export interface StartOptions {
  /** The workspace folder the server is started on. */
  rootPath: string;
  /** Extra initializationOptions. */
  initializationOptions?: unknown;
  /** Variables added to the server's environment (AMIGOS_HUB_CACHE for a test's own cache). */
  env?: Record<string, string>;
}

export class LspTestClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly stderr: string[] = [];
  /** Errors the server logged (a handler that threw and was answered neutrally). */
  readonly loggedErrors: string[] = [];
  private readonly versions = new Map<string, number>();
  private readonly diagnosticWaiters: Array<{ uri: string; resolve: (d: Diagnostic[]) => void }> = [];
  initializeResult: InitializeResult | undefined;

  private constructor(private readonly child: ChildProcess) {
    this.connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      for (const waiter of this.diagnosticWaiters.filter((w) => w.uri === params.uri)) {
        this.diagnosticWaiters.splice(this.diagnosticWaiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      if (params.type === MessageType.Error) this.loggedErrors.push(params.message);
    });
    this.connection.listen();
  }

  static async start(options: StartOptions): Promise<LspTestClient> {
    // AMIGOS_LSP_NODE_ARGS passes flags to the server's node (e.g. --cpu-prof when profiling).
    const nodeArgs = (process.env.AMIGOS_LSP_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== '');
    const child = spawn(process.execPath, [...nodeArgs, resolve('dist/server.js'), '--stdio'], { stdio: 'pipe', env: { ...process.env, ...options.env } });
    const client = new LspTestClient(child);
    const rootUri = pathToFileURL(options.rootPath).href;
    client.initializeResult = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
          publishDiagnostics: { relatedInformation: true },
        },
        workspace: { workspaceFolders: true },
      },
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  uri(path: string): string {
    return pathToFileURL(resolve(path)).href;
  }

  async open(uri: string, text: string, languageId = 'amigo'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /** Replaces the whole text of an open document. */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** Replaces one range of an open document (an incremental change, as editors send them). */
  async edit(uri: string, range: Range, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
  }

  /** Resolves with the next diagnostics published for `uri`. */
  nextDiagnostics(uri: string, timeoutMs = 5000): Promise<Diagnostic[]> {
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.diagnosticWaiters.push({
        uri,
        resolve: (diagnostics) => {
          clearTimeout(timer);
          resolvePromise(diagnostics);
        },
      });
    });
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      await this.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
      await this.connection.sendNotification(ExitNotification.type).catch(() => undefined);
    }
    // Give the server a moment to exit on its own (it may be writing a profile), then end it.
    if (this.child.exitCode === null) {
      await new Promise<void>((done) => {
        const timer = setTimeout(done, 2000);
        this.child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
      });
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
