// Assignability and assignments: the spec's assignability rules (with the cause Go names when a
// type does not implement an interface), single assignments in every context ("assignment",
// "variable declaration", "argument to f", "return statement", literals), multi-value
// assignments and their count errors, short variable declarations, and the "cannot assign to"
// rules for the left-hand side. It does not evaluate statements around them (checkStmt.ts).

import type { AssignStmt, Expr, Ident } from '../syntax/index';
import type { Checker } from './check';
import { expr, implicitType, missingMethodCause, multiExpr, rawExpr, setType, singleValue, unparen } from './checkExpr';
import { Var } from './objects';
import { failed, exprString, type Operand } from './operand';
import type { Scope } from './scope';
import {
  Basic, BasicKind, Interface, Named, Pointer, Tuple, Typ, defaultType, hasNil, identical, isInterface,
  isUntyped, isValid, missingMethod, underlying, type Type,
} from './types';

/** Whether `x` may be assigned to a variable of type `T`, and if not, a cause to append. */
export function assignableTo(c: Checker, x: Operand, T: Type): { ok: boolean; cause: string } {
  const V = x.type;
  if (!isValid(V) || !isValid(T)) return { ok: true, cause: '' };
  if (identical(V, T)) return { ok: true, cause: '' };
  const Vu = underlying(V);
  const Tu = underlying(T);
  if (isUntyped(V)) {
    if (x.mode === 'nil') return { ok: hasNil(T), cause: '' };
    if (Tu instanceof Basic) {
      if (x.mode === 'constant' || (V as Basic).kind === BasicKind.UntypedBool) return { ok: untypedFits(V as Basic, Tu), cause: '' };
      return { ok: untypedFits(V as Basic, Tu), cause: '' };
    }
    if (Tu instanceof Interface) return assignableTo(c, { ...x, mode: 'value', type: defaultType(V) }, T);
    return { ok: false, cause: '' };
  }
  // Identical underlying types and at least one of them not a named type.
  if (identical(Vu, Tu) && (!isNamedType(V) || !isNamedType(T))) return { ok: true, cause: '' };
  if (Tu instanceof Interface) {
    const m = missingMethod(V, Tu, c.pkg);
    if (m === null) return { ok: true, cause: '' };
    return { ok: false, cause: `${c.t(V)} does not implement ${c.t(T)} ${missingMethodCause(c, V, m)}` };
  }
  if (Vu instanceof Interface && !(Tu instanceof Interface)) {
    const m = missingMethod(T, Vu, c.pkg);
    if (m === null || m.pointerReceiver) {
      return { ok: false, cause: `need type assertion` };
    }
  }
  return { ok: false, cause: '' };
}

function isNamedType(t: Type): boolean {
  return t instanceof Named || t instanceof Basic;
}

function untypedFits(v: Basic, t: Basic): boolean {
  switch (v.kind) {
    case BasicKind.UntypedBool: return (t.info & 1) !== 0;
    case BasicKind.UntypedString: return (t.info & 32) !== 0;
    default: return (t.info & (2 | 8 | 16)) !== 0;
  }
}

/**
 * Checks that `x` can be assigned to type `T` (or, with `T` null, gives an untyped `x` its
 * default type) and converts an untyped `x`. On failure reports in Go's words and invalidates `x`.
 */
export function assignment(c: Checker, x: Operand, T: Type | null, contextText: string | (() => string)): void {
  // The context is spelled only when a message needs it (calls build it from their callee).
  const ctx = (): string => (typeof contextText === 'string' ? contextText : contextText());
  switch (x.mode) {
    case 'invalid':
      return;
    case 'constant': case 'variable': case 'mapindex': case 'value': case 'nil': case 'commaok':
      break;
    default: {
      const y = singleValue(c, x);
      if (failed(y)) {
        x.mode = 'invalid';
        return;
      }
    }
  }
  if (x.type instanceof Tuple) {
    singleValue(c, x);
    x.mode = 'invalid';
    return;
  }
  if (isUntyped(x.type)) {
    let target: Type | null = T;
    if (x.mode === 'nil') {
      if (T === null) {
        c.error(x.expr!, `use of untyped nil in ${ctx()}`);
        x.mode = 'invalid';
        return;
      }
      if (!hasNil(T)) {
        c.error(x.expr!, `cannot use nil as ${c.t(T)} value in ${ctx()}`);
        x.mode = 'invalid';
        return;
      }
      setType(c, x, T);
      return;
    }
    if (T === null || isInterface(T)) target = defaultType(x.type);
    const r = implicitType(c, x, target as Type);
    if (r.code !== '') {
      let msg = `cannot use ${c.op(x)} as ${c.t(target as Type)} value in ${ctx()}`;
      if (r.code === 'truncated') msg += ' (truncated)';
      else if (r.code === 'overflows') msg += ' (overflows)';
      c.error(x.expr!, msg);
      x.mode = 'invalid';
      return;
    }
    setType(c, x, r.type, r.value);
  }
  if (T === null) return;
  const r = assignableTo(c, x, T);
  if (!r.ok) {
    const cause = r.cause === '' ? '' : `: ${r.cause}`;
    c.error(x.expr!, `cannot use ${c.op(x)} as ${c.t(T)} value in ${ctx()}${cause}`);
    x.mode = 'invalid';
  }
}

/** Initializes a declared variable from `x`, inferring its type when it has none. */
export function initVar(c: Checker, v: Var, x: Operand, context: string): void {
  if (failed(x) || !isValid(x.type)) {
    if (!isValid(v.type) || v.type === Typ[BasicKind.Invalid]) v.type = invalidType();
    return;
  }
  if (v.type === inferMarker) {
    if (x.mode === 'nil') {
      c.error(x.expr!, `use of untyped nil in ${context}`);
      v.type = invalidType();
      return;
    }
    if (x.mode === 'novalue' || x.mode === 'typexpr' || x.mode === 'builtin') {
      assignment(c, x, null, context);
      v.type = invalidType();
      return;
    }
    assignment(c, x, null, context);
    v.type = failed(x) ? invalidType() : x.type;
    return;
  }
  assignment(c, x, v.type, context);
}

function invalidType(): Type {
  return Typ[BasicKind.Invalid];
}

/** The placeholder type of a variable whose type comes from its initializer. */
export const inferMarker: Type = new Basic(BasicKind.Invalid, 0, 'inferred');

function measure(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** Reports an assignment count mismatch as go/types does. */
export function assignError(c: Checker, rhs: Expr[], l: number, r: number): void {
  const vars = measure(l, 'variable');
  const vals = measure(r, 'value');
  const rhs0 = rhs[0];
  if (rhs.length === 1) {
    const call = unparen(rhs0);
    if (call.kind === 'CallExpr') {
      c.error(rhs0, `assignment mismatch: ${vars} but ${exprString(call.fun)} returns ${vals}`);
      return;
    }
  }
  c.error(rhs0, `assignment mismatch: ${vars} but ${vals}`);
}

/** The types of operands as go/types summarizes them in count errors: `(int, number)`. */
export function typesSummary(c: Checker, types: Type[]): string {
  return `(${types
    .map((t) => {
      if (!isValid(t)) return 'unknown type';
      if (isUntyped(t)) {
        const k = (t as Basic).kind;
        if (k === BasicKind.UntypedNil) return 'nil';
        if (k === BasicKind.UntypedBool) return 'bool';
        if (k === BasicKind.UntypedString) return 'string';
        return 'number';
      }
      return c.t(t);
    })
    .join(', ')})`;
}

/**
 * Evaluates right-hand sides for `n` targets: n expressions, or one multi-valued call, or one
 * comma-ok expression when n is 2. Returns null (after reporting) on a count mismatch.
 */
export function rhsOperands(c: Checker, lhsCount: number, rhs: Expr[], targetTypes: (Type | null)[], report: (l: number, r: number, ops: Operand[]) => void): Operand[] | null {
  if (rhs.length === lhsCount && lhsCount === 1) {
    const t = targetTypes[0];
    const x = rawExpr(c, rhs[0], { hint: t !== null && t !== inferMarker ? t : undefined });
    if (x.type instanceof Tuple && x.mode !== 'novalue' && !failed(x)) {
      report(1, x.type.length, x.type.vars.map((v) => ({ mode: 'value' as const, expr: rhs[0], type: v.type })));
      return null;
    }
    return [singleValue(c, x)];
  }
  if (rhs.length === lhsCount) {
    return rhs.map((e, i) => {
      const t = targetTypes[i];
      return expr(c, e, t !== null && t !== inferMarker ? t : undefined);
    });
  }
  if (rhs.length === 1) {
    const e = rhs[0];
    const x = rawExpr(c, e, {});
    if (failed(x)) return null;
    if (lhsCount === 2 && (x.mode === 'mapindex' || x.mode === 'commaok')) {
      const first: Operand = { mode: x.mode, expr: e, type: x.type };
      const tuple = new Tuple([new Var('', x.type, null, '', -1), new Var('', Typ[BasicKind.Bool], null, '', -1)]);
      c.info.types.set(e, { mode: 'commaok', type: tuple });
      return [first, { mode: 'value', expr: undefined, type: Typ[BasicKind.UntypedBool] }];
    }
    if (x.type instanceof Tuple && x.mode !== 'novalue') {
      if (x.type.length === lhsCount) return x.type.vars.map((v) => ({ mode: 'value' as const, expr: e, type: v.type }));
      report(lhsCount, x.type.length, x.type.vars.map((v) => ({ mode: 'value' as const, expr: e, type: v.type })));
      return null;
    }
    const single = singleValue(c, x);
    if (failed(single)) return null;
    report(lhsCount, 1, [single]);
    return null;
  }
  const ops = rhs.flatMap((e) => multiExpr(c, e));
  report(lhsCount, rhs.length, ops);
  return null;
}

/** `var a, b T = x, y` and friends: initializes declared variables. */
export function initVars(c: Checker, lhs: Var[], rhs: Expr[], context = 'variable declaration'): void {
  const ops = rhsOperands(c, lhs.length, rhs, lhs.map((v) => v.type), (l, r) => assignError(c, rhs, l, r));
  if (ops === null) {
    for (const v of lhs) if (v.type === inferMarker) v.type = invalidType();
    return;
  }
  lhs.forEach((v, i) => initVar(c, v, ops[i], context));
}

/** Checks a left-hand side of `=`: returns its type, or null when it is `_` (or invalid). */
export function lhsVar(c: Checker, e: Expr): Type | null {
  const inner = unparen(e);
  if (inner.kind === 'Ident' && inner.name === '_') {
    c.info.defs.set(inner, null);
    return null;
  }
  // Assigning to a variable is not a use of it.
  let saved: { v: Var; used: boolean } | null = null;
  if (inner.kind === 'Ident') {
    const r = c.scope.lookupParent(inner.name, inner.pos);
    if (r !== undefined && r.obj instanceof Var && r.obj.pkg === c.pkg) saved = { v: r.obj, used: r.obj.used };
  }
  const x = expr(c, e);
  if (saved !== null) saved.v.used = saved.used;
  if (failed(x)) return invalidType();
  if (x.mode === 'variable' || x.mode === 'mapindex') return x.type;
  if (inner.kind === 'SelectorExpr') {
    const base = c.info.types.get(unparen(inner.x));
    if (base?.mode === 'mapindex') {
      c.error(e, `cannot assign to struct field ${exprString(e)} in map`);
      return invalidType();
    }
  }
  c.error(e, `cannot assign to ${exprString(e)} (neither addressable nor a map index expression)`);
  return invalidType();
}

/** `a, b = x, y`. */
export function assignVars(c: Checker, lhs: Expr[], rhs: Expr[]): void {
  const types = lhs.map((e) => lhsVar(c, e));
  const ops = rhsOperands(c, lhs.length, rhs, types, (l, r) => assignError(c, rhs, l, r));
  if (ops === null) return;
  ops.forEach((x, i) => {
    const t = types[i];
    if (t !== null && !isValid(t)) return;
    assignment(c, x, t, 'assignment');
  });
}

/** `a, b := x, y`: declares the new names (at least one must be new) and assigns the others. */
export function shortVarDecl(c: Checker, s: AssignStmt, scope: Scope, perIteration = false): void {
  const newVars: Var[] = [];
  const lhsVars: (Var | null)[] = [];
  const seen = new Set<string>();
  let anyNew = false;
  for (const e of s.lhs) {
    if (e.kind !== 'Ident') {
      rawExpr(c, e, {});
      c.error(e, `non-name ${exprString(e)} on left side of :=`);
      lhsVars.push(null);
      continue;
    }
    const id: Ident = e;
    if (id.name !== '_' && seen.has(id.name)) {
      c.error(id, `${id.name} repeated on left side of :=`);
      lhsVars.push(null);
      continue;
    }
    seen.add(id.name);
    const existing = id.name === '_' ? undefined : scope.lookup(id.name);
    if (existing instanceof Var) {
      c.info.uses.set(id, existing);
      lhsVars.push(existing);
      continue;
    }
    if (existing !== undefined) {
      c.error(id, `cannot assign to ${id.name}`);
      lhsVars.push(null);
      continue;
    }
    const v = new Var(id.name, inferMarker, c.pkg, c.fileName, id.pos);
    v.decl = s;
    v.perIteration = perIteration;
    if (id.name !== '_') anyNew = true;
    c.info.defs.set(id, id.name === '_' ? null : v);
    newVars.push(v);
    lhsVars.push(v);
  }
  const types = lhsVars.map((v) => (v === null ? null : v.type));
  const ops = rhsOperands(c, s.lhs.length, s.rhs, types, (l, r) => assignError(c, s.rhs, l, r));
  if (ops !== null) {
    lhsVars.forEach((v, i) => {
      const x = ops[i];
      if (v === null) {
        assignment(c, x, null, 'assignment');
        return;
      }
      if (newVars.includes(v)) initVar(c, v, x, 'assignment');
      else assignment(c, x, v.type, 'assignment');
    });
  }
  for (const v of newVars) if (v.type === inferMarker) v.type = invalidType();
  if (!anyNew && s.lhs.every((e) => e.kind === 'Ident')) {
    c.error({ pos: s.tokPos, end: s.tokPos + 2 }, 'no new variables on left side of :=');
  }
  for (const v of newVars) {
    if (v.name === '_') continue;
    scope.insert(v, s.end);
    c.fn?.locals.push(v);
  }
}

/** Pointer-receiver and interface helpers used by statements. */
export function isPointer(t: Type): boolean {
  return underlying(t) instanceof Pointer;
}

