// Wires LSP onto the language services of vm/: the lifecycle, the documents and their
// diagnostics, and one registration per feature (each feature in its own file). Knows the
// protocol; knows nothing of the language beyond what vm/services answers.
import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerAnnotations, semanticTokensLegend } from './annotations';
import { registerCodeActions } from './codeActions';
import { registerCompletion } from './completion';
import { DiagnosticsPublisher } from './diagnostics';
import { registerHover } from './hover';
import { registerNavigation } from './navigation';
import { registerOutline } from './outline';
import { runSafeNotification } from './runSafe';
import { ServerContext, toPath } from './serverContext';

export interface ServerOptions {
  /** Delay between the last edit and the diagnostics it triggers (ms). */
  diagnosticsDelayMs?: number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const context = new ServerContext(connection, documents);
  const diagnostics = new DiagnosticsPublisher(context, options.diagnosticsDelayMs ?? 150);
  // The client may ask for another debounce (initializationOptions.diagnosticsDelayMs).
  const requestedDelay = (params: { initializationOptions?: unknown }): number | undefined => {
    const value = (params.initializationOptions as { diagnosticsDelayMs?: unknown } | undefined)?.diagnosticsDelayMs;
    return typeof value === 'number' && value >= 0 && value <= 10_000 ? value : undefined;
  };

  connection.onInitialize((params): InitializeResult => {
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    context.roots = folders.map(toPath).filter((path): path is string => path !== undefined);
    const delay = requestedDelay(params);
    if (delay !== undefined) diagnostics.delayMs = delay;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['.', '"', '/', '@'], resolveProvider: false },
        hoverProvider: true,
        signatureHelpProvider: { triggerCharacters: ['(', ','] },
        definitionProvider: true,
        typeDefinitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: semanticTokensLegend, full: true, range: true },
        documentFormattingProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
      },
      serverInfo: { name: 'amigos-language-server', version: '0.1.0' },
    };
  });

  documents.onDidOpen((event) =>
    runSafeNotification(connection.console, 'didOpen', () => {
      const path = toPath(event.document.uri);
      if (path) context.workspaceFor(path).setDocument(path, event.document.getText(), event.document.version);
      diagnostics.schedule(event.document.uri);
    }),
  );
  documents.onDidChangeContent((event) =>
    runSafeNotification(connection.console, 'didChange', () => {
      const path = toPath(event.document.uri);
      if (path) context.workspaceFor(path).setDocument(path, event.document.getText(), event.document.version);
      diagnostics.schedule(event.document.uri);
    }),
  );
  documents.onDidClose((event) =>
    runSafeNotification(connection.console, 'didClose', () => {
      const path = toPath(event.document.uri);
      if (path) context.workspaceFor(path).closeDocument(path);
      diagnostics.clear(event.document.uri);
    }),
  );
  connection.onDidChangeWatchedFiles((params) =>
    runSafeNotification(connection.console, 'didChangeWatchedFiles', () => {
      for (const change of params.changes) {
        const path = toPath(change.uri);
        if (path) for (const workspace of context.allWorkspaces()) workspace.fileChanged(path, change.type === 1);
      }
      for (const document of documents.all()) diagnostics.schedule(document.uri);
    }),
  );

  registerCompletion(context);
  registerHover(context);
  registerNavigation(context);
  registerOutline(context);
  registerAnnotations(context);
  registerCodeActions(context);

  documents.listen(connection);
  connection.listen();
}
