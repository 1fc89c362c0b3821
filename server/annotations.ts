// Semantic tokens (full document), inlay hints (parameter names) and signature help.
import { SemanticTokensBuilder, type InlayHint, type Range, type SemanticTokens, type SemanticTokensLegend, type SignatureHelp } from 'vscode-languageserver';
import { inlayHints, semanticTokens, signatureHelp, type SemanticTokenModifier, type SemanticTokenType } from '../vm/services/index';
import { toPath, type ServerContext } from './serverContext';

const tokenTypes: SemanticTokenType[] = [
  'namespace', 'type', 'struct', 'interface', 'parameter', 'variable', 'property', 'function', 'method',
  'keyword', 'string', 'number', 'comment', 'operator', 'label', 'typeParameter',
];
const tokenModifiers: SemanticTokenModifier[] = ['declaration', 'readonly', 'defaultLibrary', 'deprecated'];

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes, tokenModifiers };

export function registerAnnotations(context: ServerContext): void {
  const { connection } = context;

  const tokensOf = (uri: string, range?: Range): SemanticTokens => {
    const found = context.analysis(uri);
    const path = toPath(uri);
    if (!found || !path) return { data: [] };
    const from = range ? context.offsetAt(uri, range.start) : 0;
    const to = range ? context.offsetAt(uri, range.end) : Number.MAX_SAFE_INTEGER;
    const builder = new SemanticTokensBuilder();
    for (const semantic of semanticTokens(found.analysis, from, to)) {
      const start = context.position(path, semantic.pos);
      const end = context.position(path, semantic.end);
      if (end.line !== start.line) continue;
      const modifiers = semantic.modifiers.reduce((bits, modifier) => bits | (1 << tokenModifiers.indexOf(modifier)), 0);
      builder.push(start.line, start.character, end.character - start.character, tokenTypes.indexOf(semantic.type), modifiers);
    }
    return builder.build();
  };

  connection.languages.semanticTokens.on((params, token) => context.safe('semanticTokens', { data: [] as number[] }, token, () => tokensOf(params.textDocument.uri)));
  connection.languages.semanticTokens.onRange((params, token) =>
    context.safe('semanticTokensRange', { data: [] as number[] }, token, () => tokensOf(params.textDocument.uri, params.range)),
  );

  connection.languages.inlayHint.on((params, token) =>
    context.safe('inlayHint', [] as InlayHint[], token, () => {
      const found = context.analysis(params.textDocument.uri);
      const path = toPath(params.textDocument.uri);
      if (!found || !path) return [];
      const from = context.offsetAt(params.textDocument.uri, params.range.start);
      const to = context.offsetAt(params.textDocument.uri, params.range.end);
      return inlayHints(found.analysis, from, to).map((hint) => ({ position: context.position(path, hint.pos), label: hint.label, kind: 2, paddingRight: true }));
    }),
  );

  connection.onSignatureHelp((params, token) =>
    context.safe('signatureHelp', null as SignatureHelp | null, token, () => {
      const found = context.analysis(params.textDocument.uri);
      if (!found) return null;
      const help = signatureHelp(found.analysis, context.offsetAt(params.textDocument.uri, params.position));
      if (!help) return null;
      return {
        signatures: [{ label: help.label, documentation: help.documentation || undefined, parameters: help.parameters.map((label) => ({ label })) }],
        activeSignature: 0,
        activeParameter: help.activeParameter,
      };
    }),
  );
}
