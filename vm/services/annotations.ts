// What the editor draws over the text: semantic tokens for identifiers (by what they denote,
// which a grammar cannot know), inlay hints with parameter names at call sites, and signature
// help for the call being typed.
import { walk, type Ident } from '../syntax/index';
import { Const, Func, PkgName, Signature, TypeName, Var, signatureAt, underlying, Interface, Struct, type TypeObject } from '../types/index';
import type { FileAnalysis } from './languageWorkspace';
import type { InlayHintEntry, SemanticToken, SemanticTokenModifier, SemanticTokenType, SignatureHelpResult } from './serviceTypes';

/** The tokens of the file, or of the part of it in [from, to) (an editor asks for what it shows). */
export function semanticTokens(analysis: FileAnalysis, from = 0, to = Number.MAX_SAFE_INTEGER): SemanticToken[] {
  const file = analysis.checked.files.find((f) => f.fileName === analysis.fileName);
  if (!file) return [];
  const { defs, uses } = analysis.checked.info;
  const out: SemanticToken[] = [];
  walk(file, (node) => {
    if (node.end < from || node.pos > to) return false;
    if (node.kind !== 'Ident') return true;
    const def = defs.get(node);
    const obj = def ?? uses.get(node);
    if (obj) out.push(tokenOf(node, obj, def !== undefined));
    return true;
  });
  return out.sort((a, b) => a.pos - b.pos);
}

function tokenOf(ident: Ident, obj: TypeObject, declaration: boolean): SemanticToken {
  const modifiers: SemanticTokenModifier[] = [];
  if (declaration) modifiers.push('declaration');
  if (obj.pkg === null) modifiers.push('defaultLibrary');
  let type: SemanticTokenType = 'variable';
  if (obj instanceof Var) {
    type = obj.isField ? 'property' : obj.isParam ? 'parameter' : 'variable';
  } else if (obj instanceof Const) {
    type = 'variable';
    modifiers.push('readonly');
  } else if (obj instanceof TypeName) {
    const u = underlying(obj.type);
    type = u instanceof Struct ? 'struct' : u instanceof Interface ? 'interface' : 'type';
  } else if (obj instanceof Func) {
    type = obj.recv !== null ? 'method' : 'function';
  } else if (obj instanceof PkgName) {
    type = 'namespace';
  } else if (obj.kind === 'builtin') {
    type = 'function';
  } else if (obj.kind === 'label') {
    type = 'label';
  }
  return { pos: ident.pos, end: ident.end, type, modifiers };
}

/** Parameter names before the arguments of calls inside [from, to), skipping arguments that already say it. */
export function inlayHints(analysis: FileAnalysis, from: number, to: number): InlayHintEntry[] {
  const file = analysis.checked.files.find((f) => f.fileName === analysis.fileName);
  if (!file) return [];
  const out: InlayHintEntry[] = [];
  walk(file, (node) => {
    if (node.end < from || node.pos > to) return false;
    if (node.kind !== 'CallExpr') return true;
    const tv = analysis.checked.info.types.get(node.fun);
    if (!tv || tv.mode === 'typexpr' || tv.mode === 'builtin') return true;
    const sig = underlying(tv.type);
    if (!(sig instanceof Signature)) return true;
    const params = sig.params.vars;
    node.args.forEach((arg, index) => {
      const param = params[Math.min(index, params.length - 1)];
      if (!param || param.name === '' || param.name === '_') return;
      if (sig.variadic && index > params.length - 1) return;
      if (arg.kind === 'Ident' && arg.name === param.name) return;
      if (arg.kind === 'SelectorExpr' && arg.sel.name.toLowerCase() === param.name.toLowerCase()) return;
      const dots = sig.variadic && index === params.length - 1 ? '...' : '';
      out.push({ pos: arg.pos, label: `${dots}${param.name}:` });
    });
    return true;
  });
  return out;
}

export function signatureHelp(analysis: FileAnalysis, offset: number): SignatureHelpResult | undefined {
  const found = signatureAt(analysis.checked, analysis.fileName, offset);
  if (!found) return undefined;
  return { label: found.label, parameters: found.parameters, activeParameter: found.activeParameter, documentation: found.doc };
}
