// The result of checking a package, as plain maps keyed by syntax node identity (go/types'
// Info): for each expression its mode, type and constant value; for each identifier the object
// it declares or uses; implicit objects (type switch clause variables, unnamed imports); field and
// method selections with their index path through embedded fields; the scope each node opens;
// and the initialization order of package-level variables. The compiler and the language services
// read it; nothing here is computed lazily or holds diagnostics.

import type { CallExpr, Expr, Ident, Node, SelectorExpr } from '../syntax/index';
import type { ConstValue } from './constant';
import type { Func, TypeObject, Var } from './objects';
import type { Scope } from './scope';
import type { Type } from './types';

/**
 * What an expression denotes (go/types' operand modes):
 * `novalue` a call without results; `builtin` a builtin function name; `typexpr` a type;
 * `constant` a constant (with `value`); `variable` an addressable value; `mapindex` `m[k]`;
 * `value` any other value; `nil` the untyped nil; `commaok` a value that may also yield a
 * second boolean (`m[k]`, `x.(T)`) where the context chooses.
 */
export type Mode = 'invalid' | 'novalue' | 'builtin' | 'typexpr' | 'constant' | 'variable' | 'mapindex' | 'value' | 'nil' | 'commaok';

export interface TypeAndValue {
  mode: Mode;
  /** The expression's type: for an untyped constant used in a typed context, the final (converted) type. */
  type: Type;
  /** The exact value, for mode `constant`. */
  value?: ConstValue;
}

/** Which kind of thing a selector expression `x.f` selects. */
export type SelectionKind =
  /** `x.f` is a struct field (possibly promoted through embedded fields). */
  | 'field'
  /** `x.m` is a method value bound to `x`. */
  | 'method'
  /** `T.m` or `(*T).m`: a method expression (a function whose first parameter is the receiver). */
  | 'methodExpr';

export interface Selection {
  kind: SelectionKind;
  /** The type of `x` (or the type `T` of a method expression). */
  recv: Type;
  obj: Var | Func;
  /**
   * Field indices from `recv` to the selected object through embedded fields; the last entry is
   * the field's index in its struct or the method's index in its named type (or interface).
   */
  index: number[];
  /** Whether a pointer is dereferenced on the way from `x` to the field or method's receiver. */
  indirect: boolean;
  /** The selector's type (the field's type, the method value's or method expression's signature). */
  type: Type;
}

/** One package-level initialization: `lhs` (one or more variables) = `rhs`. */
export interface Initializer {
  lhs: Var[];
  rhs: Expr;
}

/** A call of a builtin or a conversion, resolved: lets the compiler skip re-deriving it. */
export type CallKind = 'call' | 'conversion' | 'builtin';

export interface Info {
  /** Every checked expression (including types in expressions and constant operands). */
  types: Map<Expr, TypeAndValue>;
  /** Identifiers that declare an object (null for the package name and for `_` of `x, _ := ...`'s symbolic variables). */
  defs: Map<Ident, TypeObject | null>;
  /** Identifiers that use an object. */
  uses: Map<Ident, TypeObject>;
  /**
   * Objects with no identifier of their own: the variable of each type switch clause (keyed by
   * the CaseClause), an import's package name (keyed by the ImportSpec), anonymous parameters
   * and embedded fields (keyed by the Field).
   */
  implicits: Map<Node, TypeObject>;
  /** Field and method selections; qualified identifiers (`fmt.Println`) are uses, not selections. */
  selections: Map<SelectorExpr, Selection>;
  /** The scope each node opens: File, FuncType (function scope), BlockStmt, IfStmt, ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, CaseClause, FuncLit. */
  scopes: Map<Node, Scope>;
  /** Package-level variables in the order they are initialized (dependencies first, then source order). */
  initOrder: Initializer[];
  /** How each call expression was resolved. */
  calls: Map<CallExpr, CallKind>;
}

export function newInfo(): Info {
  return {
    types: new Map(),
    defs: new Map(),
    uses: new Map(),
    implicits: new Map(),
    selections: new Map(),
    scopes: new Map(),
    initOrder: [],
    calls: new Map(),
  };
}

/** The object an identifier declares or uses, if any. */
export function objectOf(info: Info, id: Ident): TypeObject | undefined {
  return info.defs.get(id) ?? info.uses.get(id);
}
