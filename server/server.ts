// Entry point of the language server (`node dist/server.js --stdio`): creates the connection and
// hands it to the server. Everything else lives in the files next to it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './languageServer';

startServer(createConnection(ProposedFeatures.all));
