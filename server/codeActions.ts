// textDocument/codeAction: the fixes the diagnostics carry (remove an unused import, change an
// import's major, create a missing package in the workspace) and "add import" for `undefined: x`.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { addImportFixes, type Fix } from '../vm/services/index';
import { toPath, toUri, type ServerContext } from './serverContext';

export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction((params, token) =>
    context.safe('codeAction', [] as CodeAction[], token, () => {
      const path = toPath(params.textDocument.uri);
      const found = context.analysis(params.textDocument.uri);
      if (!path || !found) return [];
      const actions: CodeAction[] = [];
      for (const diagnostic of params.context.diagnostics) {
        const carried = (diagnostic.data as { fixes?: Fix[] } | undefined)?.fixes ?? [];
        const fixes = [...carried, ...addImportFixes(found.workspace.hub, found.analysis, typeof diagnostic.message === "string" ? diagnostic.message : diagnostic.message.value)];
        for (const fix of fixes) actions.push(toAction(context, path, fix, diagnostic));
      }
      return actions;
    }),
  );
}

function toAction(context: ServerContext, path: string, fix: Fix, diagnostic: Diagnostic): CodeAction {
  const uri = toUri(path);
  const edits: TextEdit[] = fix.edits.map((edit) => ({ range: context.range(path, edit.pos, edit.end), newText: edit.newText }));
  const edit: WorkspaceEdit = fix.createFiles
    ? {
        documentChanges: fix.createFiles.flatMap((file) => [
          { kind: 'create' as const, uri: toUri(file.fileName), options: { ignoreIfExists: true } },
          { textDocument: { uri: toUri(file.fileName), version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: file.text }] },
        ]),
      }
    : { changes: { [uri]: edits } };
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit };
}
