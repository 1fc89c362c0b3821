// Generic traversal of the syntax tree: `forEachChild` calls a function on each direct child of
// a node in source order (the order of go/ast.Walk), and `walk` does a pre-order traversal with
// an explicit stack, so that deep trees (long `a + b + c ...` chains are left spines thousands of
// nodes deep) never overflow the call stack. It deliberately has no knowledge of scopes or types.

import type * as ast from './ast';

/** Calls `visit` on every direct child of `node`, in source order. */
export function forEachChild(node: ast.Node, visit: (child: ast.Node) => void): void {
  const opt = (child: ast.Node | undefined): void => {
    if (child !== undefined) visit(child);
  };
  const all = (children: readonly ast.Node[] | undefined): void => {
    if (children !== undefined) for (const child of children) visit(child);
  };
  switch (node.kind) {
    case 'Comment': case 'BadExpr': case 'Ident': case 'BasicLit': case 'BadStmt': case 'EmptyStmt': case 'BadDecl':
      return;
    case 'CommentGroup':
      return all(node.list);
    case 'Field':
      opt(node.doc);
      all(node.names);
      visit(node.type);
      opt(node.tag);
      return opt(node.comment);
    case 'FieldList':
      return all(node.list);
    case 'Ellipsis':
      return opt(node.elt);
    case 'FuncLit':
      visit(node.type);
      return visit(node.body);
    case 'CompositeLit':
      opt(node.type);
      return all(node.elts);
    case 'ParenExpr': case 'StarExpr': case 'UnaryExpr':
      return visit(node.x);
    case 'SelectorExpr':
      visit(node.x);
      return visit(node.sel);
    case 'IndexExpr':
      visit(node.x);
      return visit(node.index);
    case 'IndexListExpr':
      visit(node.x);
      return all(node.indices);
    case 'SliceExpr':
      visit(node.x);
      opt(node.low);
      opt(node.high);
      return opt(node.max);
    case 'TypeAssertExpr':
      visit(node.x);
      return opt(node.type);
    case 'CallExpr':
      visit(node.fun);
      return all(node.args);
    case 'BinaryExpr':
      visit(node.x);
      return visit(node.y);
    case 'KeyValueExpr':
      visit(node.key);
      return visit(node.value);
    case 'ArrayType':
      opt(node.len);
      return visit(node.elt);
    case 'StructType':
      return visit(node.fields);
    case 'FuncType':
      visit(node.params);
      return opt(node.results);
    case 'InterfaceType':
      return visit(node.methods);
    case 'MapType':
      visit(node.key);
      return visit(node.value);
    case 'ChanType':
      return visit(node.value);
    case 'DeclStmt':
      return visit(node.decl);
    case 'LabeledStmt':
      visit(node.label);
      return visit(node.stmt);
    case 'ExprStmt':
      return visit(node.x);
    case 'SendStmt':
      visit(node.chan);
      return visit(node.value);
    case 'IncDecStmt':
      return visit(node.x);
    case 'AssignStmt':
      all(node.lhs);
      return all(node.rhs);
    case 'GoStmt': case 'DeferStmt':
      return visit(node.call);
    case 'ReturnStmt':
      return all(node.results);
    case 'BranchStmt':
      return opt(node.label);
    case 'BlockStmt':
      return all(node.list);
    case 'IfStmt':
      opt(node.init);
      visit(node.cond);
      visit(node.body);
      return opt(node.else);
    case 'CaseClause':
      all(node.list);
      return all(node.body);
    case 'SwitchStmt':
      opt(node.init);
      opt(node.tag);
      return visit(node.body);
    case 'TypeSwitchStmt':
      opt(node.init);
      visit(node.assign);
      return visit(node.body);
    case 'CommClause':
      opt(node.comm);
      return all(node.body);
    case 'SelectStmt':
      return visit(node.body);
    case 'ForStmt':
      opt(node.init);
      opt(node.cond);
      opt(node.post);
      return visit(node.body);
    case 'RangeStmt':
      opt(node.key);
      opt(node.value);
      visit(node.x);
      return visit(node.body);
    case 'ImportSpec':
      opt(node.doc);
      opt(node.name);
      visit(node.path);
      return opt(node.comment);
    case 'ValueSpec':
      opt(node.doc);
      all(node.names);
      opt(node.type);
      all(node.values);
      return opt(node.comment);
    case 'TypeSpec':
      opt(node.doc);
      visit(node.name);
      opt(node.typeParams);
      visit(node.type);
      return opt(node.comment);
    case 'GenDecl':
      opt(node.doc);
      return all(node.specs);
    case 'FuncDecl':
      opt(node.doc);
      opt(node.recv);
      visit(node.name);
      opt(node.typeParams);
      visit(node.type);
      return opt(node.body);
    case 'File':
      opt(node.doc);
      visit(node.name);
      return all(node.decls);
  }
}

/** The direct children of `node`, in source order. */
export function childrenOf(node: ast.Node): ast.Node[] {
  const children: ast.Node[] = [];
  forEachChild(node, (child) => children.push(child));
  return children;
}

/**
 * Pre-order traversal of `root` without recursion. `enter` may return false to skip a node's
 * children; `leave` (optional) is called after a node's children.
 */
export function walk(
  root: ast.Node,
  enter: (node: ast.Node) => boolean | void,
  leave?: (node: ast.Node) => void,
): void {
  // Each stack entry is a node still to enter, or a marker to leave one.
  const stack: { node: ast.Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: ast.Node; leaving: boolean };
    if (leaving) {
      leave?.(node);
      continue;
    }
    if (enter(node) === false) continue;
    if (leave !== undefined) stack.push({ node, leaving: true });
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
  }
}
