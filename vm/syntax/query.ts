// Syntax-only queries for the language server, answered as plain data from a parsed file: the
// path of nodes at an offset, the foldable regions, and the outline (document symbols). They look
// only at the tree: no scopes, no types, no other files; every walk is iterative, so deep trees
// are safe. Conversion to LSP shapes (UTF-16 positions, enum numbers) happens in server/.

import type * as ast from './ast';
import type { LineIndex } from './position';
import { childrenOf } from './walk';

/**
 * The nodes containing `offset`, from the File down to the innermost one. A node contains the
 * offsets from its `pos` up to, but not including, its `end`; a cursor just past an identifier or
 * literal (`foo|`) also selects it, as editors expect. Inside a comment the path is File,
 * CommentGroup, Comment (comments are not children of the code they document).
 */
export function nodeAtOffset(file: ast.File, offset: number): ast.Node[] {
  for (const group of file.comments) {
    if (group.pos > offset) break;
    if (offset < group.end) {
      const comment = group.list.find((c) => c.pos <= offset && offset < c.end);
      return comment !== undefined ? [file, group, comment] : [file, group];
    }
  }
  const path: ast.Node[] = [file];
  let firstTouch = -1;
  let current: ast.Node = file;
  for (;;) {
    let next: ast.Node | undefined;
    let touching: ast.Node | undefined;
    for (const child of childrenOf(current)) {
      if (child.kind === 'CommentGroup') continue;
      if (child.pos <= offset && offset < child.end) {
        next = child;
        break;
      }
      if (child.end === offset && child.end > child.pos) touching = child;
    }
    if (next === undefined && touching !== undefined) {
      next = touching;
      if (firstTouch < 0) firstTouch = path.length;
    }
    if (next === undefined) break;
    path.push(next);
    current = next;
  }
  // A node merely touched at its end counts only when the innermost one is a word.
  if (firstTouch >= 0 && !isWordLike(path[path.length - 1])) return path.slice(0, firstTouch);
  return path;
}

export type FoldingKind = 'comment' | 'imports' | 'region';

/** A foldable region: the lines of its opening and closing tokens (0-based) and its offsets. */
export interface FoldingRange {
  startLine: number;
  endLine: number;
  pos: number;
  end: number;
  kind: FoldingKind;
}

/**
 * Regions that span lines: blocks, composite literals, struct and interface bodies, parameter
 * lists, grouped declarations (imports as kind 'imports'), case clauses and comment groups.
 */
export function foldingRanges(file: ast.File, lines: LineIndex): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (pos: number, end: number, kind: FoldingKind): void => {
    if (pos < 0 || end <= pos) return;
    const startLine = lines.lineOf(pos);
    const endLine = lines.lineOf(Math.max(pos, end - 1));
    if (endLine > startLine) ranges.push({ startLine, endLine, pos, end, kind });
  };
  const stack: ast.Node[] = [file];
  while (stack.length > 0) {
    const node = stack.pop() as ast.Node;
    switch (node.kind) {
      case 'BlockStmt':
        add(node.lbrace, node.end, 'region');
        break;
      case 'CompositeLit':
        add(node.lbrace, node.end, 'region');
        break;
      case 'FieldList':
        if (node.opening >= 0) add(node.opening, node.end, 'region');
        break;
      case 'GenDecl':
        if (node.lparen >= 0) add(node.lparen, node.end, node.tok === 'import' ? 'imports' : 'region');
        break;
      case 'CaseClause': case 'CommClause':
        add(node.colon, node.end, 'region');
        break;
      case 'CallExpr':
        add(node.lparen, node.end, 'region');
        break;
      default:
        break;
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) {
      if (children[i].kind !== 'CommentGroup') stack.push(children[i]);
    }
  }
  for (const group of file.comments) add(group.pos, group.end, 'comment');
  return ranges.sort((a, b) => a.pos - b.pos || b.end - a.end);
}

export type SymbolKind = 'package' | 'function' | 'method' | 'struct' | 'interface' | 'type' | 'constant' | 'variable' | 'field';

/** One entry of the outline: its whole range, the range of its name, and what it contains. */
export interface DocumentSymbol {
  name: string;
  kind: SymbolKind;
  /** A short description: the signature of a function, the type of a variable or field. */
  detail: string;
  range: { pos: number; end: number };
  selectionRange: { pos: number; end: number };
  children: DocumentSymbol[];
}

/**
 * The outline of a file: functions, methods (named `(T).M` or `(*T).M`, as gopls does), types
 * with their fields or methods, constants and variables. `source` gives the details their text.
 */
export function documentSymbols(file: ast.File, source: string): DocumentSymbol[] {
  const text = (node: ast.Node | undefined): string => (node === undefined ? '' : oneLine(source.slice(node.pos, node.end)));
  const symbols: DocumentSymbol[] = [];
  for (const decl of file.decls) {
    if (decl.kind === 'FuncDecl') {
      const receiver = decl.recv?.list[0]?.type;
      const name = receiver !== undefined ? `(${receiverName(receiver, text)}).${decl.name.name}` : decl.name.name;
      const signature = `func${oneLine(source.slice(decl.type.params.pos, decl.type.end))}`;
      symbols.push(symbol(name, receiver !== undefined ? 'method' : 'function', signature, decl, decl.name, []));
      continue;
    }
    if (decl.kind !== 'GenDecl') continue;
    for (const spec of decl.specs) {
      const whole = decl.specs.length === 1 ? decl : spec;
      if (spec.kind === 'TypeSpec') {
        symbols.push(symbol(spec.name.name, typeKind(spec.type), text(spec.type).slice(0, 60), whole, spec.name, memberSymbols(spec.type, text)));
      } else if (spec.kind === 'ValueSpec') {
        const kind: SymbolKind = decl.tok === 'const' ? 'constant' : 'variable';
        for (const name of spec.names) symbols.push(symbol(name.name, kind, text(spec.type), whole, name, []));
      }
    }
  }
  return symbols;
}

function symbol(name: string, kind: SymbolKind, detail: string, whole: ast.Node, nameNode: ast.Node, children: DocumentSymbol[]): DocumentSymbol {
  return {
    name,
    kind,
    detail,
    range: { pos: whole.pos, end: whole.end },
    selectionRange: { pos: nameNode.pos, end: nameNode.end },
    children,
  };
}

function memberSymbols(type: ast.Expr, text: (node: ast.Node | undefined) => string): DocumentSymbol[] {
  if (type.kind === 'StructType') {
    return type.fields.list.flatMap((field) =>
      field.names.length > 0
        ? field.names.map((name) => symbol(name.name, 'field', text(field.type), field, name, []))
        : [symbol(text(field.type).replace(/^\*/, '').replace(/^.*\./, ''), 'field', text(field.type), field, field.type, [])],
    );
  }
  if (type.kind === 'InterfaceType') {
    return type.methods.list.flatMap((field) =>
      field.names.length > 0 ? [symbol(field.names[0].name, 'method', text(field.type), field, field.names[0], [])] : [],
    );
  }
  return [];
}

function typeKind(type: ast.Expr): SymbolKind {
  if (type.kind === 'StructType') return 'struct';
  if (type.kind === 'InterfaceType') return 'interface';
  return 'type';
}

function receiverName(type: ast.Expr, text: (node: ast.Node | undefined) => string): string {
  // Type arguments are left out: `(*List[T]).Push` is shown as `(*List).Push`.
  let base = type;
  let pointer = false;
  if (base.kind === 'StarExpr') {
    pointer = true;
    base = base.x;
  }
  if (base.kind === 'IndexExpr' || base.kind === 'IndexListExpr') base = base.x;
  return `${pointer ? '*' : ''}${text(base)}`;
}

function isWordLike(node: ast.Node): boolean {
  return node.kind === 'Ident' || node.kind === 'BasicLit';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
