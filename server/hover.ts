// textDocument/hover: Markdown from the services, with the node's state for realm imports.
import { join } from 'node:path';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { hover, nodeStateLine } from '../vm/services/index';
import { toPath, type ServerContext } from './serverContext';

export function registerHover(context: ServerContext): void {
  context.connection.onHover((params, token) =>
    context.safe('hover', null as Hover | null, token, () => {
      const found = context.analysis(params.textDocument.uri);
      const path = toPath(params.textDocument.uri);
      if (!found || !path) return null;
      const offset = context.offsetAt(params.textDocument.uri, params.position);
      const stateDir = join(found.workspace.root, found.workspace.hub.defaults.state ?? '.amigos');
      const answer = hover(found.workspace, found.analysis, offset, { nodeState: (pkg) => nodeStateLine(stateDir, pkg) });
      if (!answer) return null;
      return { contents: { kind: MarkupKind.Markdown, value: answer.markdown }, range: context.range(path, answer.pos, answer.end) };
    }),
  );
}
