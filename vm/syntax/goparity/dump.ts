// Prints a parsed tree in the line format of `dump.go` (depth, node kind, byte offsets, detail),
// so that a test can compare this parser with go/parser line by line where Go is installed.
// It deliberately prints only what both trees share; it is a test aid, not a public API.

import type * as ast from '../ast';
import { childrenOf } from '../walk';

export function dumpTree(file: ast.File, text: string): string {
  const byteOffsets = byteOffsetTable(text);
  const out: string[] = [];
  const emit = (root: ast.Node, rootDepth: number): void => {
    // An explicit stack: long operator chains are left spines thousands of nodes deep.
    const stack: [ast.Node, number][] = [[root, rootDepth]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop() as [ast.Node, number];
      const extra = detail(node);
      out.push(`${depth} ${node.kind} ${byteOffsets[node.pos]} ${byteOffsets[node.end]} ${extra}`);
      let children = childrenOf(node);
      if (node.kind === 'FuncDecl') {
        // go/ast keeps type parameters inside the FuncType.
        children = children.filter((child) => child !== node.typeParams);
      }
      const typeParams = pendingTypeParams.get(node);
      if (typeParams !== undefined) children = [typeParams, ...children];
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
    }
  };
  const pendingTypeParams = new Map<ast.Node, ast.FieldList>();
  for (const decl of file.decls) {
    if (decl.kind === 'FuncDecl' && decl.typeParams !== undefined) pendingTypeParams.set(decl.type, decl.typeParams);
  }
  for (const child of childrenOf(file)) emit(child, 1);
  for (const group of file.comments) out.push(`C ${byteOffsets[group.pos]} ${byteOffsets[group.end]}`);
  return out.join('\n');
}

function detail(node: ast.Node): string {
  switch (node.kind) {
    case 'Ident':
      return node.name;
    case 'BasicLit':
      return `${node.litKind} ${goQuote(node.value)}`;
    case 'BinaryExpr':
    case 'UnaryExpr':
      return node.op;
    case 'AssignStmt': case 'BranchStmt': case 'IncDecStmt': case 'GenDecl':
      return node.tok;
    case 'RangeStmt':
      return node.tok ?? 'ILLEGAL';
    case 'ChanType':
      return node.dir === 'send' ? '1' : node.dir === 'recv' ? '2' : '3';
    case 'SliceExpr':
      return String(node.slice3);
    case 'CallExpr':
      return String(node.ellipsis >= 0);
    case 'EmptyStmt':
      return String(node.implicit);
    case 'Comment':
      return goQuote(node.text);
    case 'TypeSpec':
      return String(node.assign >= 0);
    default:
      return '';
  }
}

function byteOffsetTable(text: string): number[] {
  const table = new Array<number>(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = bytes;
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) bytes += 2; // half of a 4-byte pair
    else if (code >= 0xdc00 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  table[text.length] = bytes;
  return table;
}

/** Go's strconv.Quote: printable runes kept, the rest escaped. */
function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    switch (ch) {
      case '"': out += '\\"'; continue;
      case '\\': out += '\\\\'; continue;
      case '\u0007': out += '\\a'; continue;
      case '\b': out += '\\b'; continue;
      case '\f': out += '\\f'; continue;
      case '\n': out += '\\n'; continue;
      case '\r': out += '\\r'; continue;
      case '\t': out += '\\t'; continue;
      case '\v': out += '\\v'; continue;
    }
    if (ch === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch)) out += ch;
    else if (code < 0x80) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code < 0x10000) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return out + '"';
}
