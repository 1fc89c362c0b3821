// Calls of the predeclared functions: len cap append copy delete make new panic recover print
// println min max clear complex real imag. Each has its own rules for argument count and types
// and its own result (len of a constant string is a constant, min/max fold constants, append
// accepts a string spread onto a []byte). Messages follow go/types. Channel forms of make, len,
// cap and close do not exist in Amigos.

import type { CallExpr, Expr } from '../syntax/index';
import type { Checker } from './check';
import { assignment } from './checkAssign';
import { convertUntyped, defaultConvert, expr, invalid, rawExpr } from './checkExpr';
import { typExpr } from './checkType';
import { bigintValue, compare, makeInt, toFloat, type ConstValue } from './constant';
import type { BuiltinId } from './objects';
import { failed, exprString, type Operand } from './operand';
import {
  ArrayType, Basic, BasicKind, MapType, Pointer, Slice, Tuple, Typ, anyType, identical, isComplex, isFloat, isInteger,
  isOrdered, isString, isTyped, isUntyped, isValid, underlying, type Type,
} from './types';

const arity: Record<BuiltinId, [number, boolean]> = {
  append: [1, true], cap: [1, false], clear: [1, false], complex: [2, false], copy: [2, false],
  delete: [2, false], imag: [1, false], len: [1, false], make: [1, true], max: [1, true], min: [1, true],
  new: [1, false], panic: [1, false], print: [0, true], println: [0, true], real: [1, false], recover: [0, false],
};

export function builtinCall(c: Checker, e: CallExpr, id: BuiltinId, hint: Type | undefined): Operand {
  const [nargs, variadic] = arity[id];
  const n = e.args.length;
  if (e.ellipsis >= 0 && id !== 'append') {
    c.error({ pos: e.ellipsis, end: e.ellipsis + 3 }, `invalid operation: invalid use of ... with built-in ${id}`);
    for (const a of e.args) rawExpr(c, a, {});
    return invalid(e);
  }
  if (n < nargs || (!variadic && n > nargs)) {
    const msg = n < nargs ? 'not enough' : 'too many';
    const at = n < nargs ? { pos: e.rparen, end: e.rparen + 1 } : e.args[nargs];
    for (const a of e.args) if (id !== 'make' && id !== 'new') rawExpr(c, a, {});
    c.error(at, `${msg} arguments for ${exprString(e)} (expected ${nargs}, found ${n})`);
    return invalid(e);
  }
  const fn = rules[id];
  return fn(c, e, hint);
}

type Rule = (c: Checker, e: CallExpr, hint: Type | undefined) => Operand;

const value = (e: Expr, type: Type): Operand => ({ mode: 'value', expr: e, type });
const novalue = (e: Expr): Operand => ({ mode: 'novalue', expr: e, type: new Tuple([]) });

function badArg(c: Checker, x: Operand, id: string): Operand {
  c.error(x.expr!, `invalid argument: ${c.op(x)} for built-in ${id}`);
  return invalid(x.expr);
}

function containsCall(e: Expr): boolean {
  switch (e.kind) {
    case 'CallExpr': return true;
    case 'ParenExpr': case 'StarExpr': case 'UnaryExpr': return containsCall(e.x);
    case 'SelectorExpr': return containsCall(e.x);
    case 'IndexExpr': return containsCall(e.x) || containsCall(e.index);
    case 'BinaryExpr': return containsCall(e.x) || containsCall(e.y);
    default: return false;
  }
}

function lenCap(id: 'len' | 'cap'): Rule {
  return (c, e) => {
    const x = expr(c, e.args[0]);
    if (failed(x)) return invalid(e);
    const int = Typ[BasicKind.Int];
    const u = underlying(x.type);
    if (isString(u) && id === 'len') {
      if (x.mode === 'constant' && x.value?.kind === 'string') {
        return { mode: 'constant', expr: e, type: int, value: makeInt(Buffer.byteLength(x.value.value, 'utf8')) };
      }
      if (isUntyped(x.type)) convertUntyped(c, x, Typ[BasicKind.String]);
      return value(e, int);
    }
    const arr = u instanceof ArrayType ? u : u instanceof Pointer && underlying(u.elem) instanceof ArrayType ? (underlying(u.elem) as ArrayType) : null;
    if (arr !== null) {
      if (!containsCall(e.args[0]) && arr.len >= 0) return { mode: 'constant', expr: e, type: int, value: makeInt(arr.len) };
      return value(e, int);
    }
    if (u instanceof Slice || (u instanceof MapType && id === 'len')) return value(e, int);
    return badArg(c, x, id);
  };
}

const rules: Record<BuiltinId, Rule> = {
  len: lenCap('len'),
  cap: lenCap('cap'),

  append(c, e) {
    const s = expr(c, e.args[0]);
    if (failed(s)) {
      for (const a of e.args.slice(1)) rawExpr(c, a, {});
      return invalid(e);
    }
    if (s.mode === 'nil') {
      c.error(s.expr!, 'first argument to append must be a slice; have untyped nil');
      return invalid(e);
    }
    const u = underlying(s.type);
    if (!(u instanceof Slice)) {
      c.error(s.expr!, `first argument to append must be a slice; have ${c.op(s)}`);
      for (const a of e.args.slice(1)) rawExpr(c, a, {});
      return invalid(e);
    }
    const context = 'argument to append';
    if (e.ellipsis >= 0) {
      if (e.args.length !== 2) {
        c.error(e, `can only use ... with final argument in list`);
        return invalid(e);
      }
      const y = expr(c, e.args[1], s.type);
      if (failed(y)) return invalid(e);
      // append([]byte, string...) is allowed.
      const eu = underlying(u.elem);
      if (eu instanceof Basic && eu.kind === BasicKind.Uint8 && isString(y.type)) {
        if (isUntyped(y.type)) convertUntyped(c, y, Typ[BasicKind.String]);
        return value(e, s.type);
      }
      assignment(c, y, y.mode === 'nil' ? s.type : new Slice(u.elem), context);
      return value(e, s.type);
    }
    for (const a of e.args.slice(1)) {
      const x = expr(c, a, u.elem);
      assignment(c, x, u.elem, context);
    }
    return value(e, s.type);
  },

  clear(c, e) {
    const x = expr(c, e.args[0]);
    if (failed(x)) return invalid(e);
    const u = underlying(x.type);
    if (!(u instanceof MapType || u instanceof Slice)) {
      c.error(x.expr!, `invalid argument: ${c.op(x)} must be a map or slice`);
      return invalid(e);
    }
    return novalue(e);
  },

  complex(c, e) {
    const x = expr(c, e.args[0]);
    const y = expr(c, e.args[1]);
    if (failed(x) || failed(y)) return invalid(e);
    if (isUntyped(x.type) && isTyped(y.type)) convertUntyped(c, x, y.type);
    else if (isUntyped(y.type) && isTyped(x.type)) convertUntyped(c, y, x.type);
    if (failed(x) || failed(y)) return invalid(e);
    if (isUntyped(x.type) && isUntyped(y.type) && x.mode === 'constant' && y.mode === 'constant') {
      const re = toFloat(x.value!);
      const im = toFloat(y.value!);
      if (re.kind === 'float' && im.kind === 'float') {
        return { mode: 'constant', expr: e, type: Typ[BasicKind.UntypedComplex], value: { kind: 'complex', re: re.value, im: im.value } };
      }
    }
    if (isUntyped(x.type)) convertUntyped(c, x, Typ[BasicKind.Float64]);
    if (isUntyped(y.type)) convertUntyped(c, y, Typ[BasicKind.Float64]);
    if (!identical(x.type, y.type)) {
      c.error(e, `invalid operation: ${exprString(e)} (mismatched types ${c.t(x.type)} and ${c.t(y.type)})`);
      return invalid(e);
    }
    if (!isFloat(x.type)) {
      c.error(x.expr!, `invalid argument: arguments have type ${c.t(x.type)}, expected floating-point`);
      return invalid(e);
    }
    const k = (underlying(x.type) as Basic).kind;
    return value(e, Typ[k === BasicKind.Float32 ? BasicKind.Complex64 : BasicKind.Complex128]);
  },

  copy(c, e) {
    const dst = expr(c, e.args[0]);
    const src = expr(c, e.args[1]);
    if (failed(dst) || failed(src)) return invalid(e);
    const du = underlying(dst.type);
    if (!(du instanceof Slice)) {
      c.error(dst.expr!, `invalid argument: copy expects slice arguments; found ${c.op(dst)} and ${c.op(src)}`);
      return invalid(e);
    }
    const su = underlying(src.type);
    const byteDst = underlying(du.elem) instanceof Basic && (underlying(du.elem) as Basic).kind === BasicKind.Uint8;
    if (byteDst && isString(su)) {
      if (isUntyped(src.type)) convertUntyped(c, src, Typ[BasicKind.String]);
      return value(e, Typ[BasicKind.Int]);
    }
    if (!(su instanceof Slice)) {
      c.error(src.expr!, `invalid argument: copy expects slice arguments; found ${c.op(dst)} and ${c.op(src)}`);
      return invalid(e);
    }
    if (!identical(du.elem, su.elem)) {
      c.error(e, `invalid argument: arguments to copy ${c.op(dst)} and ${c.op(src)} have different element types ${c.t(du.elem)} and ${c.t(su.elem)}`);
      return invalid(e);
    }
    return value(e, Typ[BasicKind.Int]);
  },

  delete(c, e) {
    const m = expr(c, e.args[0]);
    const k = expr(c, e.args[1]);
    if (failed(m) || failed(k)) return invalid(e);
    const u = underlying(m.type);
    if (!(u instanceof MapType)) {
      c.error(m.expr!, `invalid argument: ${c.op(m)} is not a map`);
      return invalid(e);
    }
    assignment(c, k, u.key, 'argument to delete');
    return novalue(e);
  },

  imag: realImag('imag'),
  real: realImag('real'),

  make(c, e) {
    const T = typExpr(c, e.args[0]);
    if (!isValid(T)) {
      for (const a of e.args.slice(1)) rawExpr(c, a, {});
      return invalid(e);
    }
    const u = underlying(T);
    let min = 1;
    if (u instanceof Slice) min = 2;
    else if (!(u instanceof MapType)) {
      c.error(e.args[0], `invalid argument: cannot make ${exprString(e.args[0])}; type must be slice, map, or channel`);
      for (const a of e.args.slice(1)) rawExpr(c, a, {});
      return invalid(e);
    }
    const n = e.args.length;
    if (n < min || n > 3 || (u instanceof MapType && n > 2)) {
      const expects = u instanceof Slice ? '2 or 3' : '1 or 2';
      c.error(e, `invalid operation: ${exprString(e)} expects ${expects} arguments; found ${n}`);
      for (const a of e.args.slice(1)) rawExpr(c, a, {});
      return invalid(e);
    }
    const sizes: (bigint | null)[] = [];
    for (const a of e.args.slice(1)) sizes.push(sizeArg(c, a));
    if (sizes.length === 2 && sizes[0] !== null && sizes[1] !== null && sizes[0] > sizes[1]) {
      c.error(e.args[1], `invalid argument: length and capacity swapped`);
    }
    return value(e, T);
  },

  max: minMax('max'),
  min: minMax('min'),

  new(c, e) {
    const T = typExpr(c, e.args[0]);
    if (!isValid(T)) return invalid(e);
    return value(e, new Pointer(T));
  },

  panic(c, e) {
    const x = expr(c, e.args[0]);
    assignment(c, x, anyType, 'argument to panic');
    return novalue(e);
  },

  print: printRule,
  println: printRule,

  recover(_c, e) {
    return value(e, anyType);
  },
};

function printRule(c: Checker, e: CallExpr): Operand {
  for (const a of e.args) {
    const x = expr(c, a);
    if (x.mode === 'nil') {
      c.error(a, 'use of untyped nil in argument to built-in print');
      continue;
    }
    defaultConvert(c, x);
  }
  return novalue(e);
}

function sizeArg(c: Checker, a: Expr): bigint | null {
  const x = expr(c, a);
  if (failed(x)) return null;
  if (isUntyped(x.type)) convertUntyped(c, x, Typ[BasicKind.Int]);
  if (failed(x)) return null;
  if (!isInteger(x.type) && !(x.mode === 'constant' && x.value && bigintValue(x.value) !== null)) {
    c.error(a, `cannot convert ${c.op(x)} to type int`);
    return null;
  }
  if (x.mode === 'constant' && x.value) {
    const v = bigintValue(x.value);
    if (v !== null && v < 0n) {
      c.error(a, `invalid argument: index ${c.op(x)} must not be negative`);
      return null;
    }
    return v;
  }
  return null;
}

function realImag(id: 'real' | 'imag'): Rule {
  return (c, e) => {
    const x = expr(c, e.args[0]);
    if (failed(x)) return invalid(e);
    if (x.mode === 'constant' && isUntyped(x.type) && x.value) {
      const v = x.value;
      const cv = v.kind === 'complex' ? v : v.kind === 'int' || v.kind === 'float' ? null : undefined;
      if (cv === undefined) return badArg(c, x, id);
      const part: ConstValue = cv === null ? (id === 'real' ? toFloat(v) : { kind: 'int', value: 0n }) : { kind: 'float', value: id === 'real' ? cv.re : cv.im };
      return { mode: 'constant', expr: e, type: Typ[BasicKind.UntypedFloat], value: part };
    }
    if (!isComplex(x.type)) {
      c.error(x.expr!, `invalid argument: ${c.op(x)} must be of complex type`);
      return invalid(e);
    }
    const k = (underlying(x.type) as Basic).kind;
    return value(e, Typ[k === BasicKind.Complex64 ? BasicKind.Float32 : BasicKind.Float64]);
  };
}

function minMax(id: 'min' | 'max'): Rule {
  return (c, e) => {
    const ops = e.args.map((a) => expr(c, a));
    if (ops.some((x) => failed(x))) return invalid(e);
    // The operands must share one ordered type, with untyped operands converted as in x < y.
    const typed = ops.find((x) => isTyped(x.type));
    if (typed) {
      for (const x of ops) {
        if (isUntyped(x.type)) convertUntyped(c, x, typed.type);
        if (failed(x)) return invalid(e);
        if (!identical(x.type, typed.type)) {
          c.error(x.expr!, `invalid argument: mismatched types ${c.t(typed.type)} (previous argument) and ${c.t(x.type)} (type of ${exprString(x.expr!)})`);
          return invalid(e);
        }
      }
    }
    for (const x of ops) {
      if (!isOrdered(x.type)) {
        c.error(x.expr!, `invalid argument: ${c.op(x)} cannot be ordered`);
        return invalid(e);
      }
    }
    if (ops.every((x) => x.mode === 'constant' && x.value !== undefined)) {
      let best = ops[0];
      for (const x of ops.slice(1)) {
        if (compare(x.value!, id === 'min' ? '<' : '>', best.value!)) best = x;
      }
      let type = typed ? typed.type : best.type;
      if (!typed) for (const x of ops) if (rankOf(x.type) > rankOf(type)) type = x.type;
      return { mode: 'constant', expr: e, type, value: best.value };
    }
    if (!typed) for (const x of ops) defaultConvert(c, x);
    return value(e, typed ? typed.type : ops[0].type);
  };
}

function rankOf(t: Type): number {
  if (!(t instanceof Basic)) return 0;
  return [BasicKind.UntypedInt, BasicKind.UntypedRune, BasicKind.UntypedFloat].indexOf(t.kind);
}

