// Wires LSP requests onto the language services of vm/. Knows the protocol; knows nothing of
// the language beyond what vm/ answers.
import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  connection.onInitialize(
    (): InitializeResult => ({
      capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
      serverInfo: { name: 'amigos-language-server', version: '0.1.0' },
    }),
  );
  documents.listen(connection);
  connection.listen();
}
