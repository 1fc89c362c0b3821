// Definition, type definition, references, document highlights, rename and prepareRename.
import { ResponseError, ErrorCodes, type DocumentHighlight, type Location, type WorkspaceEdit, type Range, type TextEdit } from 'vscode-languageserver';
import { definition, highlights, prepareRename, references, rename, typeDefinition, type FileRange } from '../vm/services/index';
import { toPath, toUri, type ServerContext } from './serverContext';

export function registerNavigation(context: ServerContext): void {
  const { connection } = context;
  const toLocation = (location: FileRange): Location => ({ uri: toUri(location.fileName), range: context.range(location.fileName, location.pos, location.end) });

  connection.onDefinition((params, token) =>
    context.safe('definition', null as Location | null, token, () => {
      const found = context.analysis(params.textDocument.uri);
      if (!found) return null;
      const target = definition(found.workspace, found.analysis, context.offsetAt(params.textDocument.uri, params.position));
      return target ? toLocation(target) : null;
    }),
  );

  connection.onTypeDefinition((params, token) =>
    context.safe('typeDefinition', null as Location | null, token, () => {
      const found = context.analysis(params.textDocument.uri);
      if (!found) return null;
      const target = typeDefinition(found.analysis, context.offsetAt(params.textDocument.uri, params.position));
      return target ? toLocation(target) : null;
    }),
  );

  connection.onReferences((params, token) =>
    context.safe('references', [] as Location[], token, () => {
      const found = context.analysis(params.textDocument.uri);
      if (!found) return [];
      const offset = context.offsetAt(params.textDocument.uri, params.position);
      return references(found.workspace, found.analysis, offset, params.context.includeDeclaration).map(toLocation);
    }),
  );

  connection.onDocumentHighlight((params, token) =>
    context.safe('documentHighlight', [] as DocumentHighlight[], token, () => {
      const found = context.analysis(params.textDocument.uri);
      const path = toPath(params.textDocument.uri);
      if (!found || !path) return [];
      return highlights(found.analysis, context.offsetAt(params.textDocument.uri, params.position)).map((range) => ({ range: context.range(path, range.pos, range.end) }));
    }),
  );

  connection.onPrepareRename((params, token) =>
    context.safe('prepareRename', null as Range | null, token, () => {
      const found = context.analysis(params.textDocument.uri);
      const path = toPath(params.textDocument.uri);
      if (!found || !path) return null;
      const prepared = prepareRename(found.workspace, found.analysis, context.offsetAt(params.textDocument.uri, params.position));
      if ('error' in prepared) throw new ResponseError(ErrorCodes.InvalidRequest, prepared.error);
      return context.range(path, prepared.pos, prepared.end);
    }),
  );

  connection.onRenameRequest((params, token) =>
    context.safe('rename', null as WorkspaceEdit | null, token, () => {
      const found = context.analysis(params.textDocument.uri);
      if (!found) return null;
      const edits = rename(found.workspace, found.analysis, context.offsetAt(params.textDocument.uri, params.position), params.newName);
      if ('error' in edits) throw new ResponseError(ErrorCodes.InvalidRequest, edits.error);
      const changes: Record<string, TextEdit[]> = {};
      for (const edit of edits) (changes[toUri(edit.fileName)] ??= []).push({ range: context.range(edit.fileName, edit.pos, edit.end), newText: edit.newText });
      return { changes };
    }),
  );
}
