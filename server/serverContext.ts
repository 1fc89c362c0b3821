// What every feature handler needs: the connection, the open documents, the language-service
// workspace that holds a file, and the conversions between the services' offsets and LSP's
// line/character positions (UTF-16), done once, here.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve, sep } from 'node:path';
import type { CancellationToken, Connection, Position, Range, TextDocuments, ResponseError } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageWorkspace, type FileAnalysis } from '../vm/services/index';
import { runSafe } from './runSafe';

export class ServerContext {
  private readonly workspaces = new Map<string, LanguageWorkspace>();
  private readonly uris = new Map<string, string>();
  roots: string[] = [];

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {}

  /** The workspace a file belongs to: the innermost root holding it, else one at the file's folder. */
  workspaceFor(fileName: string): LanguageWorkspace {
    const root = this.roots.filter((candidate) => fileName === candidate || fileName.startsWith(candidate + sep)).sort((a, b) => b.length - a.length)[0] ?? dirname(fileName);
    let workspace = this.workspaces.get(root);
    if (!workspace) {
      workspace = new LanguageWorkspace({ root, codeDir: __dirname, environment: process.env, homeDir: process.env.HOME ?? process.env.USERPROFILE ?? root });
      for (const document of this.documents.all()) {
        const path = toPath(document.uri);
        if (path && (path.startsWith(root + sep) || dirname(path) === root)) workspace.setDocument(path, document.getText(), document.version);
      }
      this.workspaces.set(root, workspace);
    }
    return workspace;
  }

  allWorkspaces(): LanguageWorkspace[] {
    return [...this.workspaces.values()];
  }

  /** The analysis of the file behind a document URI, or undefined for a non-file URI. */
  analysis(uri: string): { workspace: LanguageWorkspace; analysis: FileAnalysis } | undefined {
    const path = toPath(uri);
    if (!path) return undefined;
    const workspace = this.workspaceFor(path);
    const analysis = workspace.analyze(path);
    return analysis ? { workspace, analysis } : undefined;
  }

  offsetAt(uri: string, position: Position): number {
    const document = this.documents.get(uri);
    if (document) return document.offsetAt(position);
    const path = toPath(uri);
    const lines = path ? this.workspaceFor(path).lineIndex(path) : undefined;
    return lines ? lines.offsetAt(position.line, position.character) : 0;
  }

  position(fileName: string, offset: number): Position {
    const document = this.documents.get(this.uriOf(fileName));
    if (document) return document.positionAt(offset);
    const lines = this.workspaceFor(fileName).lineIndex(fileName);
    if (!lines) return { line: 0, character: 0 };
    const { line, character } = lines.position(offset);
    return { line, character };
  }

  /** toUri, remembered: building a URL costs more than the lookup it serves (thousands per semantic-tokens answer). */
  private uriOf(fileName: string): string {
    let uri = this.uris.get(fileName);
    if (uri === undefined) {
      if (this.uris.size > 10_000) this.uris.clear();
      uri = toUri(fileName);
      this.uris.set(fileName, uri);
    }
    return uri;
  }

  range(fileName: string, pos: number, end: number): Range {
    return { start: this.position(fileName, pos), end: this.position(fileName, Math.max(pos, end)) };
  }

  /** Runs a request handler through runSafe with this server's logger. */
  safe<T>(name: string, neutral: T, token: CancellationToken | undefined, work: () => T | Promise<T>): Promise<T | ResponseError<void>> {
    return runSafe(this.connection.console, name, neutral, token, work);
  }
}

export function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function toUri(fileName: string): string {
  return pathToFileURL(fileName).href;
}
