// Calls and conversions: a call expression is a function or method call (arguments checked
// against the signature, variadic and spread forms, multi-value arguments, count errors with
// Go's have/want summary), a conversion `T(x)` (constant conversions exact, with Go's overflow
// wording, and the spec's convertibility rules, including the Amigos string kind `address`), or a
// builtin call (checkBuiltin.ts). Each call's resolution is recorded in Info.calls.

import type { CallExpr, Expr } from '../syntax/index';
import type { Checker } from './check';
import { assignableTo, assignment, typesSummary } from './checkAssign';
import { builtinCall } from './checkBuiltin';
import { convertUntyped, exprOrType, invalid, multiExpr, rawExpr, setType } from './checkExpr';
import { bigintValue, makeString, representable, type ConstValue } from './constant';
import { failed, exprString, type Operand } from './operand';
import {
  ArrayType, Basic, BasicKind, Pointer, Signature, Slice, Tuple, defaultType, hasNil, identicalIgnoreTags,
  isComplex, isConstType, isFloat, isInteger, isInterface, isString, isUntyped, isValid,
  underlying, type Type,
} from './types';

export function call(c: Checker, e: CallExpr, hint: Type | undefined): Operand {
  const x = exprOrType(c, e.fun);
  switch (x.mode) {
    case 'invalid':
      for (const a of e.args) rawExpr(c, a, {});
      return invalid(e);
    case 'typexpr':
      c.info.calls.set(e, 'conversion');
      return conversionCall(c, e, x.type);
    case 'builtin':
      c.info.calls.set(e, 'builtin');
      return builtinCall(c, e, x.builtin!, hint);
  }
  c.info.calls.set(e, 'call');
  const sig = underlying(x.type);
  if (!(sig instanceof Signature)) {
    c.error(e.fun, `invalid operation: cannot call non-function ${c.op(x)}`);
    for (const a of e.args) rawExpr(c, a, {});
    return invalid(e);
  }
  const args = callArgs(c, e);
  if (args === null) return resultOf(e, sig);
  checkArguments(c, e, sig, args);
  return resultOf(e, sig);
}

function resultOf(e: CallExpr, sig: Signature): Operand {
  const n = sig.results.length;
  if (n === 0) return { mode: 'novalue', expr: e, type: new Tuple([]) };
  if (n === 1) return { mode: 'value', expr: e, type: sig.results.at(0) };
  return { mode: 'value', expr: e, type: sig.results };
}

/** The argument operands: one per argument, or the values of a single multi-valued call. */
export function callArgs(c: Checker, e: CallExpr): Operand[] | null {
  if (e.args.length === 1) {
    const ops = multiExpr(c, e.args[0]);
    if (ops.length === 1 && failed(ops[0])) return null;
    return ops;
  }
  const ops: Operand[] = [];
  let bad = false;
  for (const a of e.args) {
    const xs = multiExpr(c, a);
    if (xs.length > 1) {
      const tuple = c.info.types.get(a)?.type ?? new Tuple([]);
      c.error(a, `multiple-value ${exprString(a)} (value of type ${c.t(tuple)}) in single-value context`);
      bad = true;
      continue;
    }
    if (failed(xs[0])) bad = true;
    ops.push(xs[0]);
  }
  return bad ? null : ops;
}

/** Checks arguments against a signature: count, variadic spreading and assignability. */
export function checkArguments(c: Checker, e: CallExpr, sig: Signature, args: Operand[]): void {
  const params = sig.params.vars;
  const nargs = args.length;
  const npars = params.length;
  const spread = e.ellipsis >= 0;
  const context = () => `argument to ${exprString(e.fun)}`;
  if (spread) {
    if (!sig.variadic) {
      c.error({ pos: e.ellipsis, end: e.ellipsis + 3 }, `have (...) but function is not variadic: ${exprString(e.fun)}`);
      return;
    }
    if (e.args.length === 1 && nargs > 1) {
      c.error(e.args[0], `cannot use ... with multi-valued expression ${exprString(e.args[0])}`);
      return;
    }
  }
  // The parameter type each argument is assigned to.
  const paramTypes: Type[] = [];
  if (sig.variadic && !spread) {
    if (nargs >= npars - 1) {
      for (let i = 0; i < npars - 1; i++) paramTypes.push(params[i].type);
      const elem = (params[npars - 1].type as Slice).elem;
      for (let i = npars - 1; i < nargs; i++) paramTypes.push(elem);
    }
  } else if (nargs === npars) {
    for (const p of params) paramTypes.push(p.type);
  }
  if (paramTypes.length !== nargs || (sig.variadic && !spread && nargs < npars - 1)) {
    const tooMany = nargs > npars && !(sig.variadic && !spread);
    const at = tooMany ? (e.args[npars] ?? e) : { pos: e.rparen, end: e.rparen + 1 };
    const have = typesSummary(c, args.map((a) => a.type));
    const want = `(${params.map((p, i) => (sig.variadic && i === npars - 1 ? '...' + c.t((p.type as Slice).elem) : c.t(p.type))).join(', ')})`;
    c.error(at, `${tooMany ? 'too many' : 'not enough'} arguments in call to ${exprString(e.fun)}\n\thave ${have}\n\twant ${want}`);
    return;
  }
  args.forEach((a, i) => assignment(c, a, paramTypes[i], context));
}

// ---------------------------------------------------------------------------------------------
// Conversions

function conversionCall(c: Checker, e: CallExpr, T: Type): Operand {
  if (e.args.length !== 1) {
    for (const a of e.args) rawExpr(c, a, {});
    if (e.args.length === 0) c.error({ pos: e.rparen, end: e.rparen + 1 }, `missing argument in conversion to ${c.t(T)}`);
    else c.error(e.args[1], `too many arguments in conversion to ${c.t(T)}`);
    return invalid(e);
  }
  if (e.ellipsis >= 0) {
    c.error({ pos: e.ellipsis, end: e.ellipsis + 3 }, `invalid use of ... in conversion to ${c.t(T)}`);
  }
  const ops = multiExpr(c, e.args[0]);
  const x = ops[0];
  if (failed(x) || !isValid(T)) return invalid(e);
  if (ops.length > 1) {
    c.error(e.args[0], `multiple-value ${exprString(e.args[0])} in single-value context`);
    return invalid(e);
  }
  return conversion(c, x, T, e);
}

/** `T(x)`: returns the converted operand or reports why it cannot be converted. */
export function conversion(c: Checker, x: Operand, T: Type, e: Expr): Operand {
  const Tu = underlying(T);
  const constArg = x.mode === 'constant' && x.value !== undefined;
  if (constArg && isConstType(T) && Tu instanceof Basic) {
    const v = constConvert(x.value as ConstValue, x.type, Tu);
    if (v === null) {
      if (isInteger(x.type) && isInteger(T)) {
        c.error(x.expr!, `constant ${constText(x)} overflows ${c.t(T)}`);
      } else {
        const trunc = (isFloat(x.type) || (isUntyped(x.type) && (x.type as Basic).kind === BasicKind.UntypedFloat)) && isInteger(T) ? ' (truncated)' : '';
        c.error(x.expr!, `cannot convert ${c.op(x)} to type ${c.t(T)}${trunc}`);
      }
      return invalid(e);
    }
    if (isUntyped(x.type)) setType(c, x, isString(T) && !isString(x.type) ? defaultType(x.type) : T);
    return { mode: 'constant', expr: e, type: T, value: v };
  }
  if (!convertible(c, x, T)) {
    c.error(x.expr!, `cannot convert ${c.op(x)} to type ${c.t(T)}`);
    return invalid(e);
  }
  if (isUntyped(x.type)) {
    // The argument takes T as its type where it can (nil to a pointer, 1 << s to an integer), else its default.
    if (x.mode === 'nil') setType(c, x, T);
    else if (isInterface(T) || (isConstType(T) && !isString(T))) convertUntyped(c, x, isInterface(T) ? defaultType(x.type) : T);
    else convertUntyped(c, x, defaultType(x.type));
  }
  return { mode: 'value', expr: e, type: T };
}

function constText(x: Operand): string {
  return x.value?.kind === 'int' ? x.value.value.toString() : '';
}

/** A constant converted to a basic type, or null when it does not fit. */
function constConvert(v: ConstValue, from: Type, to: Basic): ConstValue | null {
  // An integer constant converted to a string type yields the UTF-8 of that code point.
  if (isString(to) && (isInteger(from) || (isUntyped(from) && (v.kind === 'int')))) {
    const n = bigintValue(v);
    if (n === null) return null;
    const cp = n >= 0n && n <= 0x10ffffn && !(n >= 0xd800n && n < 0xe000n) ? Number(n) : 0xfffd;
    return makeString(String.fromCodePoint(cp));
  }
  if (isString(to) !== (v.kind === 'string')) return null;
  const r = representable(v, to);
  return r.ok ? r.value : null;
}

/** The spec's convertibility rules for a non-constant conversion. */
export function convertible(c: Checker, x: Operand, T: Type): boolean {
  if (assignableTo(c, x, T).ok && !(isUntyped(x.type) && x.mode !== 'nil' && !isConstType(T) && !isInterface(T))) return true;
  if (x.mode === 'nil') return hasNil(T);
  const V = isUntyped(x.type) ? defaultType(x.type) : x.type;
  const Vu = underlying(V);
  const Tu = underlying(T);
  if (identicalIgnoreTags(Vu, Tu)) return true;
  if (V instanceof Pointer && T instanceof Pointer && identicalIgnoreTags(underlying(V.elem), underlying(T.elem))) return true;
  if ((isInteger(Vu) || isFloat(Vu)) && (isInteger(Tu) || isFloat(Tu))) return true;
  if (isComplex(Vu) && isComplex(Tu)) return true;
  if (isString(Tu) && (isInteger(Vu) || isString(Vu) || isByteOrRuneSlice(Vu))) return true;
  if (isString(Vu) && isByteOrRuneSlice(Tu)) return true;
  // A slice converts to an array or to a pointer to an array of the same element type.
  if (Vu instanceof Slice) {
    if (Tu instanceof ArrayType && identicalIgnoreTags(Vu.elem, Tu.elem)) return true;
    if (Tu instanceof Pointer) {
      const a = underlying(Tu.elem);
      if (a instanceof ArrayType && identicalIgnoreTags(Vu.elem, a.elem)) return true;
    }
  }
  return false;
}

function isByteOrRuneSlice(t: Type): boolean {
  const u = underlying(t);
  if (!(u instanceof Slice)) return false;
  const e = underlying(u.elem);
  return e instanceof Basic && (e.kind === BasicKind.Uint8 || e.kind === BasicKind.Int32);
}

