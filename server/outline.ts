// Document symbols, workspace symbols, folding ranges, formatting and code lenses.
import {
  FoldingRangeKind,
  SymbolKind,
  type CodeLens,
  type DocumentSymbol,
  type FoldingRange,
  type SymbolInformation,
  type TextEdit,
} from 'vscode-languageserver';
import { codeLenses, folding, format, outline, workspaceSymbols } from '../vm/services/index';
import { toPath, toUri, type ServerContext } from './serverContext';

const symbolKinds: Record<string, SymbolKind> = {
  package: SymbolKind.Package,
  function: SymbolKind.Function,
  method: SymbolKind.Method,
  struct: SymbolKind.Struct,
  interface: SymbolKind.Interface,
  type: SymbolKind.Class,
  constant: SymbolKind.Constant,
  variable: SymbolKind.Variable,
  field: SymbolKind.Field,
};

interface ServiceSymbol {
  name: string;
  kind: string;
  detail: string;
  range: { pos: number; end: number };
  selectionRange: { pos: number; end: number };
  children: ServiceSymbol[];
}

export function registerOutline(context: ServerContext): void {
  const { connection } = context;

  connection.onDocumentSymbol((params, token) =>
    context.safe('documentSymbol', [] as DocumentSymbol[], token, () => {
      const found = context.analysis(params.textDocument.uri);
      const path = toPath(params.textDocument.uri);
      if (!found || !path) return [];
      const convert = (symbol: ServiceSymbol): DocumentSymbol => ({
        name: symbol.name,
        kind: symbolKinds[symbol.kind] ?? SymbolKind.Variable,
        detail: symbol.detail,
        range: context.range(path, symbol.range.pos, symbol.range.end),
        selectionRange: context.range(path, symbol.selectionRange.pos, symbol.selectionRange.end),
        children: symbol.children.map(convert),
      });
      return outline(found.analysis).map(convert);
    }),
  );

  connection.onWorkspaceSymbol((params, token) =>
    context.safe('workspaceSymbol', [] as SymbolInformation[], token, () =>
      context.allWorkspaces().flatMap((workspace) =>
        workspaceSymbols(workspace, params.query).map((symbol) => ({
          name: symbol.name,
          kind: symbolKinds[symbol.kind] ?? SymbolKind.Variable,
          containerName: symbol.container,
          location: { uri: toUri(symbol.fileName), range: context.range(symbol.fileName, symbol.pos, symbol.end) },
        })),
      ),
    ),
  );

  connection.onFoldingRanges((params, token) =>
    context.safe('foldingRange', [] as FoldingRange[], token, () => {
      const found = context.analysis(params.textDocument.uri);
      if (!found) return [];
      return folding(found.analysis).map((range) => ({
        startLine: range.startLine,
        endLine: range.endLine,
        kind: range.kind === 'comment' ? FoldingRangeKind.Comment : range.kind === 'imports' ? FoldingRangeKind.Imports : FoldingRangeKind.Region,
      }));
    }),
  );

  connection.onDocumentFormatting((params, token) =>
    context.safe('formatting', [] as TextEdit[], token, () => {
      const found = context.analysis(params.textDocument.uri);
      const path = toPath(params.textDocument.uri);
      if (!found || !path) return [];
      return format(found.analysis).map((edit) => ({ range: context.range(path, edit.pos, edit.end), newText: edit.newText }));
    }),
  );

  connection.onCodeLens((params, token) =>
    context.safe('codeLens', [] as CodeLens[], token, () => {
      const found = context.analysis(params.textDocument.uri);
      const path = toPath(params.textDocument.uri);
      if (!found || !path) return [];
      return codeLenses(found.analysis).map((lens) => ({
        range: context.range(path, lens.pos, lens.end),
        command: { title: lens.title, command: lens.command, arguments: lens.arguments },
      }));
    }),
  );
}
