// textDocument/completion: the services' entries as LSP items (snippets, text edits, additional
// edits for an import to add, and a re-trigger after an import-path folder).
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { complete, type CompletionEntry, type CompletionKind } from '../vm/services/index';
import { toPath, type ServerContext } from './serverContext';

const kinds: Record<CompletionKind, CompletionItemKind> = {
  variable: CompletionItemKind.Variable,
  constant: CompletionItemKind.Constant,
  function: CompletionItemKind.Function,
  method: CompletionItemKind.Method,
  field: CompletionItemKind.Field,
  type: CompletionItemKind.Class,
  interface: CompletionItemKind.Interface,
  struct: CompletionItemKind.Struct,
  module: CompletionItemKind.Module,
  folder: CompletionItemKind.Folder,
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  value: CompletionItemKind.Value,
};

export function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion((params, token) =>
    context.safe('completion', [] as CompletionItem[], token, () => {
      const found = context.analysis(params.textDocument.uri);
      const path = toPath(params.textDocument.uri);
      if (!found || !path) return [];
      const offset = context.offsetAt(params.textDocument.uri, params.position);
      return complete(found.workspace.hub, found.analysis, offset).map((entry) => toItem(context, path, entry));
    }),
  );
}

function toItem(context: ServerContext, path: string, entry: CompletionEntry): CompletionItem {
  const item: CompletionItem = {
    label: entry.label,
    kind: kinds[entry.kind],
    detail: entry.detail,
    documentation: entry.documentation ? { kind: MarkupKind.Markdown, value: entry.documentation } : undefined,
    sortText: entry.sortText,
  };
  if (entry.snippet) {
    item.insertText = entry.snippet;
    item.insertTextFormat = InsertTextFormat.Snippet;
  }
  if (entry.edit) item.textEdit = { range: context.range(path, entry.edit.pos, entry.edit.end), newText: entry.edit.newText };
  if (entry.additionalEdits) {
    item.additionalTextEdits = entry.additionalEdits.map((edit) => ({ range: context.range(path, edit.pos, edit.end), newText: edit.newText }));
  }
  if (entry.retrigger) item.command = { title: 'Complete the next segment', command: 'editor.action.triggerSuggest' };
  return item;
}
