// The syntax tree of one Go source file: a discriminated union on `kind`, one interface per node
// shape, modelled on go/ast so that anyone who knows go/ast can read it. Every node carries `pos`
// (offset of its first character) and `end` (offset just past its last character); offsets are
// indices into the JavaScript string of the source (UTF-16 code units), and `position.ts` turns
// them into lines and columns. Nodes are plain objects with stable identity, so later phases key
// their facts by node (`Map<Node, T>`). The tree holds no type knowledge, no scopes and no parent
// links (see `query.ts` for paths), and optional children are `undefined`, never placeholder nodes.
//
// This file is a contract that other parts of the VM build against: add to it, never reshape it.

import type { LineIndex } from './position';
import type { AssignOp, BinaryOp, Keyword, LiteralKind, UnaryOp } from './token';

/** Fields every node has. */
export interface Span {
  /** Offset of the node's first character. */
  pos: number;
  /** Offset just past the node's last character. */
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Comments

/** One `//` or `/* *\/` comment; `text` is the raw text including the comment markers. */
export interface Comment extends Span {
  kind: 'Comment';
  text: string;
}

/** Adjacent comments with no blank line and no token between them. */
export interface CommentGroup extends Span {
  kind: 'CommentGroup';
  list: Comment[];
}

// ---------------------------------------------------------------------------------------------
// Expressions and types

export interface Ident extends Span {
  kind: 'Ident';
  /** The identifier's name; `_` for the blank identifier. */
  name: string;
}

/** A region of an expression that failed to parse. */
export interface BadExpr extends Span {
  kind: 'BadExpr';
}

/** `...` in a parameter list (`elt` set) or in an array length `[...]T` (`elt` undefined). */
export interface Ellipsis extends Span {
  kind: 'Ellipsis';
  elt?: Expr;
}

/** A literal of a basic type; `value` is the raw source text (quotes, prefixes and `_` kept). */
export interface BasicLit extends Span {
  kind: 'BasicLit';
  litKind: LiteralKind;
  value: string;
}

export interface FuncLit extends Span {
  kind: 'FuncLit';
  type: FuncType;
  body: BlockStmt;
}

/** `T{...}`, or `{...}` as an element of an enclosing composite literal (`type` undefined). */
export interface CompositeLit extends Span {
  kind: 'CompositeLit';
  type?: Expr;
  lbrace: number;
  elts: Expr[];
  rbrace: number;
  /** True when the closing brace is missing (the literal was cut short by an error). */
  incomplete: boolean;
}

export interface ParenExpr extends Span {
  kind: 'ParenExpr';
  x: Expr;
}

/** `x.sel`; also a qualified identifier `pkg.Name`. */
export interface SelectorExpr extends Span {
  kind: 'SelectorExpr';
  x: Expr;
  sel: Ident;
}

/** `x[index]`; also a generic instantiation with one type argument. */
export interface IndexExpr extends Span {
  kind: 'IndexExpr';
  x: Expr;
  lbrack: number;
  index: Expr;
  rbrack: number;
}

/** `x[a, b, ...]`: a generic instantiation with several type arguments. */
export interface IndexListExpr extends Span {
  kind: 'IndexListExpr';
  x: Expr;
  lbrack: number;
  indices: Expr[];
  rbrack: number;
}

export interface SliceExpr extends Span {
  kind: 'SliceExpr';
  x: Expr;
  lbrack: number;
  low?: Expr;
  high?: Expr;
  max?: Expr;
  /** True for the three-index form `x[a:b:c]`. */
  slice3: boolean;
  rbrack: number;
}

/** `x.(T)`; `type` is undefined for `x.(type)` in a type switch guard. */
export interface TypeAssertExpr extends Span {
  kind: 'TypeAssertExpr';
  x: Expr;
  lparen: number;
  type?: Expr;
  rparen: number;
}

export interface CallExpr extends Span {
  kind: 'CallExpr';
  fun: Expr;
  lparen: number;
  args: Expr[];
  /** Offset of `...` after the last argument, or -1 when there is none. */
  ellipsis: number;
  rparen: number;
}

/** `*x`: a pointer type or an indirection, which the parser cannot tell apart. */
export interface StarExpr extends Span {
  kind: 'StarExpr';
  x: Expr;
}

/** A unary expression; `op` is never `*` (that is StarExpr). `~T` appears in constraints. */
export interface UnaryExpr extends Span {
  kind: 'UnaryExpr';
  op: UnaryOp;
  x: Expr;
}

export interface BinaryExpr extends Span {
  kind: 'BinaryExpr';
  x: Expr;
  op: BinaryOp;
  opPos: number;
  y: Expr;
}

/** `key: value` inside a composite literal. */
export interface KeyValueExpr extends Span {
  kind: 'KeyValueExpr';
  key: Expr;
  colon: number;
  value: Expr;
}

/** `[N]T`, `[...]T` (`len` is an Ellipsis) or `[]T` (`len` undefined). */
export interface ArrayType extends Span {
  kind: 'ArrayType';
  len?: Expr;
  elt: Expr;
}

export interface StructType extends Span {
  kind: 'StructType';
  fields: FieldList;
}

/** A function signature. `pos` is the `func` keyword, or the `(` of the parameters where there is none (interface methods). */
export interface FuncType extends Span {
  kind: 'FuncType';
  /** Offset of the `func` keyword, or -1 (interface methods). */
  func: number;
  params: FieldList;
  results?: FieldList;
}

/** Methods (`names` has one Ident, `type` a FuncType), embedded types and type-set terms. */
export interface InterfaceType extends Span {
  kind: 'InterfaceType';
  methods: FieldList;
}

export interface MapType extends Span {
  kind: 'MapType';
  key: Expr;
  value: Expr;
}

export type ChanDir = 'both' | 'send' | 'recv';

/** `chan T`, `chan<- T` (send) or `<-chan T` (recv). */
export interface ChanType extends Span {
  kind: 'ChanType';
  dir: ChanDir;
  /** Offset of `<-`, or -1 for a bidirectional channel. */
  arrow: number;
  value: Expr;
}

/**
 * A parameter, result, struct field, interface element or type parameter. `names` is empty for
 * an anonymous parameter or an embedded field.
 */
export interface Field extends Span {
  kind: 'Field';
  doc?: CommentGroup;
  names: Ident[];
  /** The field's type (a BadExpr where it failed to parse). */
  type: Expr;
  tag?: BasicLit;
  /** The comment on the same line after the field. */
  comment?: CommentGroup;
}

/** A list of fields in `()`, `[]` or `{}`; `opening`/`closing` are -1 when absent (a single unparenthesised result). */
export interface FieldList extends Span {
  kind: 'FieldList';
  opening: number;
  list: Field[];
  closing: number;
}

export type Expr =
  | BadExpr | Ident | Ellipsis | BasicLit | FuncLit | CompositeLit | ParenExpr | SelectorExpr
  | IndexExpr | IndexListExpr | SliceExpr | TypeAssertExpr | CallExpr | StarExpr | UnaryExpr
  | BinaryExpr | KeyValueExpr
  | ArrayType | StructType | FuncType | InterfaceType | MapType | ChanType;

// ---------------------------------------------------------------------------------------------
// Statements

/** A region of statements that failed to parse. */
export interface BadStmt extends Span {
  kind: 'BadStmt';
}

/** A `const`, `type` or `var` declaration inside a function. */
export interface DeclStmt extends Span {
  kind: 'DeclStmt';
  decl: GenDecl;
}

/** An empty statement; `implicit` when it stands for a semicolon the source did not write. */
export interface EmptyStmt extends Span {
  kind: 'EmptyStmt';
  implicit: boolean;
}

export interface LabeledStmt extends Span {
  kind: 'LabeledStmt';
  label: Ident;
  colon: number;
  stmt: Stmt;
}

export interface ExprStmt extends Span {
  kind: 'ExprStmt';
  x: Expr;
}

/** `ch <- value`. */
export interface SendStmt extends Span {
  kind: 'SendStmt';
  chan: Expr;
  arrow: number;
  value: Expr;
}

export interface IncDecStmt extends Span {
  kind: 'IncDecStmt';
  x: Expr;
  tok: '++' | '--';
  tokPos: number;
}

export interface AssignStmt extends Span {
  kind: 'AssignStmt';
  lhs: Expr[];
  tok: AssignOp;
  tokPos: number;
  rhs: Expr[];
}

/** `go f()`: parsed so that the checker can reject it with a position. */
export interface GoStmt extends Span {
  kind: 'GoStmt';
  /** Usually a CallExpr; anything else is reported by the parser and kept for recovery. */
  call: Expr;
}

export interface DeferStmt extends Span {
  kind: 'DeferStmt';
  call: Expr;
}

export interface ReturnStmt extends Span {
  kind: 'ReturnStmt';
  results: Expr[];
}

export interface BranchStmt extends Span {
  kind: 'BranchStmt';
  tok: 'break' | 'continue' | 'goto' | 'fallthrough';
  label?: Ident;
}

export interface BlockStmt extends Span {
  kind: 'BlockStmt';
  lbrace: number;
  list: Stmt[];
  /** Offset of `}`, or -1 when the block was cut short by an error. */
  rbrace: number;
}

export interface IfStmt extends Span {
  kind: 'IfStmt';
  init?: Stmt;
  cond: Expr;
  body: BlockStmt;
  /** An IfStmt or a BlockStmt. */
  else?: Stmt;
}

/** `case a, b:` (or `default:` when `list` is undefined) in an expression or type switch. */
export interface CaseClause extends Span {
  kind: 'CaseClause';
  /** The case expressions or types; undefined for `default`. */
  list?: Expr[];
  colon: number;
  body: Stmt[];
}

export interface SwitchStmt extends Span {
  kind: 'SwitchStmt';
  init?: Stmt;
  tag?: Expr;
  /** A block of CaseClause statements. */
  body: BlockStmt;
}

export interface TypeSwitchStmt extends Span {
  kind: 'TypeSwitchStmt';
  init?: Stmt;
  /** `x := y.(type)` (an AssignStmt) or `y.(type)` (an ExprStmt). */
  assign: Stmt;
  body: BlockStmt;
}

/** `case comm:` (or `default:` when `comm` is undefined) in a select statement. */
export interface CommClause extends Span {
  kind: 'CommClause';
  comm?: Stmt;
  colon: number;
  body: Stmt[];
}

export interface SelectStmt extends Span {
  kind: 'SelectStmt';
  /** A block of CommClause statements. */
  body: BlockStmt;
}

export interface ForStmt extends Span {
  kind: 'ForStmt';
  init?: Stmt;
  cond?: Expr;
  post?: Stmt;
  body: BlockStmt;
}

/** `for key, value := range x`; `tok` is undefined for `for range x`. */
export interface RangeStmt extends Span {
  kind: 'RangeStmt';
  key?: Expr;
  value?: Expr;
  tok?: '=' | ':=';
  tokPos: number;
  /** Offset of the `range` keyword. */
  rangePos: number;
  x: Expr;
  body: BlockStmt;
}

export type Stmt =
  | BadStmt | DeclStmt | EmptyStmt | LabeledStmt | ExprStmt | SendStmt | IncDecStmt | AssignStmt
  | GoStmt | DeferStmt | ReturnStmt | BranchStmt | BlockStmt | IfStmt | CaseClause | SwitchStmt
  | TypeSwitchStmt | CommClause | SelectStmt | ForStmt | RangeStmt;

// ---------------------------------------------------------------------------------------------
// Declarations

export interface ImportSpec extends Span {
  kind: 'ImportSpec';
  doc?: CommentGroup;
  /** The local name, `.` or `_`; undefined when the import has none. */
  name?: Ident;
  /** The import path as a STRING literal (raw, with quotes). */
  path: BasicLit;
  comment?: CommentGroup;
}

/** One line of a `const` or `var` declaration. */
export interface ValueSpec extends Span {
  kind: 'ValueSpec';
  doc?: CommentGroup;
  names: Ident[];
  type?: Expr;
  values: Expr[];
  comment?: CommentGroup;
  /** The position of this spec in its `const` group (the value of `iota`); 0 for `var`. */
  iota: number;
}

export interface TypeSpec extends Span {
  kind: 'TypeSpec';
  doc?: CommentGroup;
  name: Ident;
  typeParams?: FieldList;
  /** Offset of `=` for an alias declaration, or -1. */
  assign: number;
  type: Expr;
  comment?: CommentGroup;
}

export type Spec = ImportSpec | ValueSpec | TypeSpec;

/** A region of declarations that failed to parse. */
export interface BadDecl extends Span {
  kind: 'BadDecl';
}

export type GenDeclToken = Extract<Keyword, 'import' | 'const' | 'type' | 'var'>;

/** `import`, `const`, `type` or `var`, with one spec or a parenthesised group. */
export interface GenDecl extends Span {
  kind: 'GenDecl';
  doc?: CommentGroup;
  tok: GenDeclToken;
  tokPos: number;
  /** Offset of `(` for a group, or -1. */
  lparen: number;
  specs: Spec[];
  /** Offset of `)` for a group, or -1. */
  rparen: number;
}

export interface FuncDecl extends Span {
  kind: 'FuncDecl';
  doc?: CommentGroup;
  /** The receiver list for a method (one field when well formed); undefined for a function. */
  recv?: FieldList;
  name: Ident;
  typeParams?: FieldList;
  /** The signature; its `func` is the offset of the `func` keyword. */
  type: FuncType;
  /** Undefined for a declaration without a body (an external function). */
  body?: BlockStmt;
}

export type Decl = BadDecl | GenDecl | FuncDecl;

// ---------------------------------------------------------------------------------------------
// The file

export interface File extends Span {
  kind: 'File';
  fileName: string;
  /** The comment group directly above `package`. */
  doc?: CommentGroup;
  /** Offset of the `package` keyword (-1 when missing). */
  package: number;
  name: Ident;
  decls: Decl[];
  /** Every import spec of the file, in order (they also appear inside their GenDecls). */
  imports: ImportSpec[];
  /** Every comment group of the file, in source order. */
  comments: CommentGroup[];
}

export type Node = Expr | Stmt | Spec | Decl | Field | FieldList | Comment | CommentGroup | File;

export type NodeKind = Node['kind'];

// ---------------------------------------------------------------------------------------------
// The parse result

/** A syntax error: the offending range and a message in Go's wording. */
export interface SyntaxError {
  pos: number;
  end: number;
  message: string;
}

/** An alias of SyntaxError for modules where the global `SyntaxError` must stay visible. */
export type ParseError = SyntaxError;

export interface ParseResult {
  /** The tree, always present: a broken file yields a tree for everything outside its broken regions. */
  file: File;
  /** Errors in source order; empty for a file that parsed cleanly. */
  errors: SyntaxError[];
  /** The file's line index, for turning offsets into lines and columns. */
  lines: LineIndex;
}
