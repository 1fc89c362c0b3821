// Expressions: identifiers, literals (basic, composite, function), selectors, index and slice
// expressions, type assertions, indirections, unary and binary operations with exact constant
// folding, shifts and comparisons, and the implicit conversion of untyped operands to the type
// their context requires. Calls are in checkCall.ts, assignability in checkAssign.ts. Every
// expression checked is recorded in Info.types; errors use go/types' wording.

import type { BinaryExpr, CompositeLit, Expr, FuncLit, Ident, IndexExpr, SelectorExpr, SliceExpr, TypeAssertExpr, UnaryExpr } from '../syntax/index';
import type { Checker } from './check';
import { assignment, assignableTo } from './checkAssign';
import { call } from './checkCall';
import { objDecl } from './checkDecl';
import { funcBody } from './checkStmt';
import { funcType, notSupported, typExpr } from './checkType';
import {
  binaryOp, bigintValue, compare, exactString, intRange, isZero, makeBool, parseLiteral, representable, shift,
  toFloat, toComplex, toInt, unaryOp, unknownValue, type CompareOp, type ConstOp, type ConstValue,
} from './constant';
import { Func, PkgName, Var, type TypeObject } from './objects';
import { failed, exprString, type Operand } from './operand';
import {
  ArrayType, Basic, BasicKind, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, Typ,
  comparable, defaultType, hasNil, identical, invalidType, isBoolean, isComplex, isConstType, isFloat,
  isInteger, isInterface, isNumeric, isString, isTyped, isUnsigned, isUntyped, isValid, lookupFieldOrMethod,
  missingMethod, underlying, byteType, type Type,
} from './types';

export function invalid(e: Expr | undefined): Operand {
  return { mode: 'invalid', expr: e, type: invalidType };
}

/** Records what an expression denotes. */
export function record(c: Checker, x: Operand): void {
  if (x.expr === undefined) return;
  c.info.types.set(x.expr, { mode: x.mode, type: x.type, value: x.mode === 'constant' ? x.value : undefined });
}

interface ExprOptions {
  /** The type the context expects (elided composite literal types). */
  hint?: Type;
  /** A type is acceptable (type expressions, conversions, method expressions). */
  wantType?: boolean;
}

/** Checks an expression that may also denote a type. */
// Shared option objects: expressions are checked by the ten thousand, so these are not reallocated.
const noOptions: ExprOptions = {};
const typeOptions: ExprOptions = { wantType: true };

export function exprOrType(c: Checker, e: Expr, opts: ExprOptions = noOptions): Operand {
  const x = rawExpr(c, e, opts.hint === undefined ? typeOptions : { ...opts, wantType: true });
  if (x.mode === 'novalue') {
    c.error(e, `${c.op(x)} used as value or type`);
    return invalid(e);
  }
  return x;
}

/** Checks an expression that must be a single value (not a type, builtin or no value). */
export function expr(c: Checker, e: Expr, hint?: Type): Operand {
  const x = rawExpr(c, e, hint === undefined ? noOptions : { hint });
  return singleValue(c, x);
}

export function singleValue(c: Checker, x: Operand): Operand {
  switch (x.mode) {
    case 'novalue':
      c.error(x.expr!, `${c.op(x)} used as value`);
      return invalid(x.expr);
    case 'builtin':
      c.error(x.expr!, `${c.op(x)} must be called`);
      return invalid(x.expr);
    case 'typexpr':
      c.error(x.expr!, `${c.op(x).replace(/ \(type\)$/, '')} (type) is not an expression`);
      return invalid(x.expr);
  }
  if (x.type instanceof Tuple) {
    c.error(x.expr!, `multiple-value ${c.op(x).replace(/ \(.*\)$/, '')} (value of type ${c.t(x.type)}) in single-value context`);
    return invalid(x.expr);
  }
  return x;
}

/** Checks an expression that may yield several values (a call); returns one operand per value. */
export function multiExpr(c: Checker, e: Expr): Operand[] {
  const x = rawExpr(c, e, {});
  if (failed(x)) return [x];
  if (x.type instanceof Tuple && x.mode !== 'novalue') {
    return x.type.vars.map((v) => ({ mode: 'value' as const, expr: e, type: v.type }));
  }
  return [singleValue(c, x)];
}

/** Any expression, in any mode. */
export function rawExpr(c: Checker, e: Expr, opts: ExprOptions): Operand {
  const x = exprInternal(c, e, opts);
  record(c, x);
  return x;
}

function exprInternal(c: Checker, e: Expr, opts: ExprOptions): Operand {
  switch (e.kind) {
    case 'BadExpr':
      return invalid(e);
    case 'Ident':
      return ident(c, e, opts.wantType === true);
    case 'BasicLit': {
      const v = parseLiteral(e.litKind, e.value);
      if (v === null) {
        c.error(e, `malformed constant: ${e.value}`);
        return invalid(e);
      }
      const kinds = { INT: BasicKind.UntypedInt, FLOAT: BasicKind.UntypedFloat, IMAG: BasicKind.UntypedComplex, CHAR: BasicKind.UntypedRune, STRING: BasicKind.UntypedString } as const;
      return { mode: 'constant', expr: e, type: Typ[kinds[e.litKind]], value: v };
    }
    case 'FuncLit':
      return funcLit(c, e);
    case 'CompositeLit':
      return compositeLit(c, e, opts.hint);
    case 'ParenExpr': {
      const x = rawExpr(c, e.x, opts);
      return { ...x, expr: e };
    }
    case 'SelectorExpr':
      return selector(c, e);
    case 'IndexExpr':
      return indexExpr(c, e);
    case 'IndexListExpr':
      notSupported(c, e, 'generic instantiation');
      return invalid(e);
    case 'SliceExpr':
      return sliceExpr(c, e);
    case 'TypeAssertExpr':
      return typeAssert(c, e);
    case 'CallExpr':
      return call(c, e, opts.hint);
    case 'StarExpr': {
      const x = exprOrType(c, e.x);
      if (failed(x)) return invalid(e);
      if (x.mode === 'typexpr') return { mode: 'typexpr', expr: e, type: new Pointer(x.type) };
      if (x.mode === 'nil') {
        c.error(e, 'invalid operation: cannot indirect nil');
        return invalid(e);
      }
      const u = underlying(x.type);
      if (!(u instanceof Pointer)) {
        c.error(e, `invalid operation: cannot indirect ${c.op(x)}`);
        return invalid(e);
      }
      return { mode: 'variable', expr: e, type: u.elem };
    }
    case 'UnaryExpr':
      return unary(c, e, opts.hint);
    case 'BinaryExpr':
      return binary(c, e, opts.hint);
    case 'KeyValueExpr':
      c.error(e, 'unexpected key:value expression');
      return invalid(e);
    case 'Ellipsis':
      c.error(e, 'invalid use of ...');
      return invalid(e);
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      return { mode: 'typexpr', expr: e, type: typExpr(c, e) };
  }
}

// ---------------------------------------------------------------------------------------------
// Identifiers

/** Resolves an identifier in the current scope, records the use, and makes sure a package-level object is declared. */
export function lookupIdent(c: Checker, e: Ident): TypeObject | undefined {
  const r = c.scope.lookupParent(e.name, c.fn !== null || c.scope !== c.pkg.scope ? e.pos : -1);
  if (r === undefined) return undefined;
  const obj = r.obj;
  c.info.uses.set(e, obj);
  if (r.scope === c.pkg.scope && obj.pkg === c.pkg) {
    objDecl(c, obj);
    c.recordDep(obj);
  }
  return obj;
}

function ident(c: Checker, e: Ident, wantType: boolean): Operand {
  if (e.name === '_') {
    c.error(e, 'cannot use _ as value');
    return invalid(e);
  }
  if (e.name === '') return invalid(e);
  const obj = lookupIdent(c, e);
  if (obj === undefined) {
    c.error(e, `undefined: ${e.name}`);
    return invalid(e);
  }
  switch (obj.kind) {
    case 'pkgname':
      c.error(e, `use of package ${obj.name} without selector`);
      return invalid(e);
    case 'const':
      if (obj.name === 'iota' && obj.pkg === null) {
        if (c.iota === null) {
          c.error(e, 'cannot use iota outside constant declaration');
          return invalid(e);
        }
        return { mode: 'constant', expr: e, type: obj.type, value: c.iota };
      }
      if (!isValid(obj.type)) return invalid(e);
      return { mode: 'constant', expr: e, type: obj.type, value: obj.value };
    case 'typename':
      if (!wantType) {
        return { mode: 'typexpr', expr: e, type: obj.type };
      }
      return { mode: 'typexpr', expr: e, type: obj.type };
    case 'var':
      if (obj.pkg === c.pkg) obj.used = true;
      if (!isValid(obj.type)) return invalid(e);
      return { mode: 'variable', expr: e, type: obj.type };
    case 'func':
      return { mode: 'value', expr: e, type: obj.type };
    case 'builtin':
      return { mode: 'builtin', expr: e, type: invalidType, builtin: obj.id };
    case 'nil':
      return { mode: 'nil', expr: e, type: Typ[BasicKind.UntypedNil] };
    case 'label':
      c.error(e, `undefined: ${e.name}`);
      return invalid(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Function and composite literals

function funcLit(c: Checker, e: FuncLit): Operand {
  const scope = c.openScope(e, 'function literal', true);
  const sig = c.withScope(scope, () => funcType(c, e.type, scope, undefined));
  c.info.scopes.set(e.type, scope);
  funcBody(c, e, sig, e.body, scope);
  return { mode: 'value', expr: e, type: sig };
}

function compositeLit(c: Checker, e: CompositeLit, hint: Type | undefined): Operand {
  let type: Type;
  if (e.type !== undefined) {
    if (e.type.kind === 'ArrayType' && e.type.len?.kind === 'Ellipsis') {
      const elem = typExpr(c, e.type.elt);
      const n = arrayElements(c, elem, e.elts, -1);
      type = new ArrayType(elem, n);
      c.info.types.set(e.type, { mode: 'typexpr', type });
      return { mode: 'value', expr: e, type };
    }
    type = typExpr(c, e.type);
  } else if (hint !== undefined) {
    type = hint;
    const p = underlying(type);
    // An elided &T in a slice of pointers: the element literal stands for &T{...}.
    if (p instanceof Pointer) {
      compositeOf(c, e, p.elem);
      return { mode: 'value', expr: e, type: hint };
    }
  } else {
    c.error(e, 'invalid composite literal type: missing type');
    for (const el of e.elts) rawExpr(c, el.kind === 'KeyValueExpr' ? el.value : el, {});
    return invalid(e);
  }
  if (!isValid(type)) {
    for (const el of e.elts) if (el.kind !== 'KeyValueExpr') rawExpr(c, el, {});
    return invalid(e);
  }
  compositeOf(c, e, type);
  return { mode: 'value', expr: e, type };
}

function compositeOf(c: Checker, e: CompositeLit, type: Type): void {
  const u = underlying(type);
  if (u instanceof Struct) structLit(c, e, type, u);
  else if (u instanceof ArrayType) arrayElements(c, u.elem, e.elts, u.len);
  else if (u instanceof Slice) arrayElements(c, u.elem, e.elts, -1);
  else if (u instanceof MapType) mapLit(c, e, u);
  else {
    if (isValid(u)) c.error(e, `invalid composite literal type ${c.t(type)}`);
    for (const el of e.elts) rawExpr(c, el.kind === 'KeyValueExpr' ? el.value : el, {});
  }
}

function structLit(c: Checker, e: CompositeLit, type: Type, s: Struct): void {
  if (e.elts.length === 0) return;
  const keyed = e.elts[0].kind === 'KeyValueExpr';
  if (keyed) {
    const seen = new Set<string>();
    for (const el of e.elts) {
      if (el.kind !== 'KeyValueExpr') {
        c.error(el, 'mixture of field:value and value elements in struct literal');
        rawExpr(c, el, {});
        continue;
      }
      const key = el.key;
      if (key.kind !== 'Ident') {
        c.error(key, `invalid field name ${exprStringOf(key)} in struct literal`);
        rawExpr(c, el.value, {});
        continue;
      }
      const i = s.fields.findIndex((f) => f.name === key.name);
      if (i < 0) {
        c.error(key, `unknown field ${key.name} in struct literal of type ${c.t(type)}`);
        rawExpr(c, el.value, {});
        continue;
      }
      const field = s.fields[i];
      c.info.uses.set(key, field);
      if (field.pkg !== c.pkg && !field.exported) {
        c.error(key, `cannot refer to unexported field ${key.name} in struct literal of type ${c.t(type)}`);
      }
      if (seen.has(key.name)) c.error(key, `duplicate field name ${key.name} in struct literal`);
      seen.add(key.name);
      const x = expr(c, el.value, field.type);
      assignment(c, x, field.type, 'struct literal');
    }
    return;
  }
  e.elts.forEach((el, i) => {
    if (el.kind === 'KeyValueExpr') {
      c.error(el, 'mixture of field:value and value elements in struct literal');
      rawExpr(c, el.value, {});
      return;
    }
    const x = expr(c, el, i < s.fields.length ? s.fields[i].type : undefined);
    if (i >= s.fields.length) {
      if (i === s.fields.length) c.error(el, `too many values in struct literal of type ${c.t(type)}`);
      return;
    }
    const field = s.fields[i];
    if (field.pkg !== c.pkg && !field.exported) {
      c.error(el, `implicit assignment to unexported field ${field.name} in struct literal of type ${c.t(type)}`);
    }
    assignment(c, x, field.type, 'struct literal');
  });
  if (e.elts.length < s.fields.length && !e.incomplete) {
    c.error({ pos: e.rbrace, end: e.rbrace + 1 }, `too few values in struct literal of type ${c.t(type)}`);
  }
}

/** Checks array or slice elements; returns the length the literal implies. */
function arrayElements(c: Checker, elem: Type, elts: Expr[], length: number): number {
  let index = 0;
  let max = 0;
  const seen = new Set<number>();
  for (const el of elts) {
    let value = el;
    if (el.kind === 'KeyValueExpr') {
      const k = expr(c, el.key);
      let ok = false;
      if (k.mode === 'constant' && k.value) {
        const v = bigintValue(k.value);
        if (v !== null && (isInteger(k.type) || isUntyped(k.type))) {
          if (v < 0n) c.error(el.key, `index ${c.op(k)} must be non-negative integer constant`);
          else {
            index = Number(v);
            ok = true;
          }
        }
      }
      if (!ok && !failed(k)) c.error(el.key, `index ${c.op(k)} must be integer constant`);
      value = el.value;
    }
    if (length >= 0 && index >= length) {
      c.error(value, `index ${index} is out of bounds (>= ${length})`);
    } else if (seen.has(index)) {
      c.error(el.kind === 'KeyValueExpr' ? el.key : el, `duplicate index ${index} in array or slice literal`);
    }
    seen.add(index);
    const x = expr(c, value, elem);
    assignment(c, x, elem, 'array or slice literal');
    index++;
    if (index > max) max = index;
  }
  return max;
}

function mapLit(c: Checker, e: CompositeLit, m: MapType): void {
  const seen = new Map<string, boolean>();
  for (const el of e.elts) {
    if (el.kind !== 'KeyValueExpr') {
      c.error(el, 'missing key in map literal');
      rawExpr(c, el, {});
      continue;
    }
    const k = expr(c, el.key, m.key);
    assignment(c, k, m.key, 'map literal');
    if (k.mode === 'constant' && k.value && !failed(k)) {
      const key = `${c.t(k.type)}:${k.value.kind}:${exactString(k.value)}`;
      if (seen.has(key)) c.error(el.key, `duplicate key ${exprString(el.key)} in map literal`);
      seen.set(key, true);
    }
    const v = expr(c, el.value, m.elem);
    assignment(c, v, m.elem, 'map literal');
  }
}

function exprStringOf(e: Expr): string {
  return e.kind === 'Ident' ? e.name : e.kind === 'BasicLit' ? e.value : '?';
}

// ---------------------------------------------------------------------------------------------
// Selectors

function selector(c: Checker, e: SelectorExpr): Operand {
  const sel = e.sel.name;
  // A qualified identifier: pkg.Name.
  if (e.x.kind === 'Ident') {
    const r = c.scope.lookupParent(e.x.name, c.fn !== null ? e.x.pos : -1);
    if (r !== undefined && r.obj instanceof PkgName) {
      const pkgName = r.obj;
      pkgName.used = true;
      c.info.uses.set(e.x, pkgName);
      if (pkgName.imported.fake) return invalid(e);
      const obj = pkgName.imported.scope.lookup(sel);
      if (obj === undefined || obj.name === '_') {
        c.error(e.sel, `undefined: ${e.x.name}.${sel}`);
        return invalid(e);
      }
      if (!obj.exported) {
        c.error(e.sel, `name ${sel} not exported by package ${pkgName.imported.name}`);
        return invalid(e);
      }
      c.info.uses.set(e.sel, obj);
      switch (obj.kind) {
        case 'const': return { mode: 'constant', expr: e, type: obj.type, value: obj.value };
        case 'typename': return { mode: 'typexpr', expr: e, type: obj.type };
        case 'var': return { mode: 'variable', expr: e, type: obj.type };
        case 'func': return { mode: 'value', expr: e, type: obj.type };
        default: return invalid(e);
      }
    }
  }
  const x = exprOrType(c, e.x);
  if (failed(x)) return invalid(e);
  if (x.mode === 'typexpr') return methodExpr(c, e, x.type);
  if (x.mode === 'builtin') {
    c.error(e.x, `${c.op(x)} must be called`);
    return invalid(e);
  }
  if (x.mode === 'nil') {
    c.error(e, `${sel} undefined (type untyped nil has no field or method ${sel})`);
    return invalid(e);
  }
  const r = lookupFieldOrMethod(x.type, x.mode === 'variable', c.pkg, sel);
  if (r.kind === 'notFound') {
    const where = `${exprText(e)} undefined`;
    const u = underlying(x.type);
    if (u instanceof Pointer && isInterface(u.elem)) {
      c.error(e.sel, `${where} (type ${c.t(x.type)} is pointer to interface, not interface)`);
    } else if (isValid(x.type)) {
      c.error(e.sel, `${where} (type ${c.t(x.type)} has no field or method ${sel}${missingHint(c, x.type, sel)})`);
    }
    return invalid(e);
  }
  if (r.kind === 'ambiguous') {
    c.error(e.sel, `ambiguous selector ${exprText(e)}`);
    return invalid(e);
  }
  c.info.uses.set(e.sel, r.obj);
  if (r.kind === 'field') {
    const field = r.obj;
    c.info.selections.set(e, { kind: 'field', recv: x.type, obj: field, index: r.index, indirect: r.indirect, type: field.type });
    const mode = x.mode === 'variable' || r.indirect ? 'variable' : 'value';
    return { mode, expr: e, type: field.type };
  }
  const m = r.obj as Func;
  if (r.needsPointerReceiver) {
    c.error(e.sel, `cannot call pointer method ${sel} on ${c.t(x.type)}`);
    return invalid(e);
  }
  const sig = m.type as Signature;
  const type = new Signature(sig.params, sig.results, sig.variadic, null);
  c.info.selections.set(e, { kind: 'method', recv: x.type, obj: m, index: r.index, indirect: r.indirect, type });
  return { mode: 'value', expr: e, type };
}

function missingHint(c: Checker, t: Type, sel: string): string {
  const lower = sel.toLowerCase();
  const u = underlying(t instanceof Pointer ? t.elem : t);
  if (u instanceof Struct) {
    const f = u.fields.find((f) => f.name.toLowerCase() === lower && f.name !== sel);
    if (f) return `, but does have field ${f.name}`;
  }
  const named = t instanceof Named ? t : t instanceof Pointer && t.elem instanceof Named ? t.elem : null;
  if (named) {
    const m = named.methods.find((m) => m.name.toLowerCase() === lower && m.name !== sel);
    if (m) return `, but does have method ${m.name}`;
  }
  return '';
}

function methodExpr(c: Checker, e: SelectorExpr, T: Type): Operand {
  const sel = e.sel.name;
  const r = lookupFieldOrMethod(T, false, c.pkg, sel);
  if (r.kind !== 'method') {
    c.error(e.sel, `${exprText(e)} undefined (type ${c.t(T)} has no method ${sel})`);
    return invalid(e);
  }
  const m = r.obj as Func;
  if (r.needsPointerReceiver) {
    c.error(e, `invalid method expression ${exprText(e)} (needs pointer receiver (*${c.t(T)}).${sel})`);
    return invalid(e);
  }
  c.info.uses.set(e.sel, m);
  const sig = m.type as Signature;
  const recv = new Var('_', T, c.pkg, c.fileName, e.pos);
  const params = new Tuple([recv, ...sig.params.vars]);
  const type = new Signature(params, sig.results, sig.variadic, null);
  c.info.selections.set(e, { kind: 'methodExpr', recv: T, obj: m, index: r.index, indirect: r.indirect, type });
  return { mode: 'value', expr: e, type };
}

function exprText(e: Expr): string {
  switch (e.kind) {
    case 'Ident': return e.name;
    case 'SelectorExpr': return `${exprText(e.x)}.${e.sel.name}`;
    case 'CallExpr': return `${exprText(e.fun)}(${e.args.map(exprText).join(', ')})`;
    case 'IndexExpr': return `${exprText(e.x)}[${exprText(e.index)}]`;
    case 'ParenExpr': return `(${exprText(e.x)})`;
    case 'StarExpr': return `*${exprText(e.x)}`;
    case 'BasicLit': return e.value;
    default: return '…';
  }
}

// ---------------------------------------------------------------------------------------------
// Index, slice, type assertion

/** Checks an index operand; returns its constant value when known, -1 otherwise (or null when invalid). */
function checkIndex(c: Checker, e: Expr, length: number, allowMax = false): number | null {
  const x = expr(c, e);
  if (failed(x)) return null;
  convertUntyped(c, x, Typ[BasicKind.Int]);
  if (failed(x)) return null;
  if (!isInteger(x.type)) {
    c.error(e, `invalid argument: index ${c.op(x)} must be integer`);
    return null;
  }
  if (x.mode === 'constant' && x.value) {
    const v = bigintValue(x.value);
    if (v !== null) {
      if (v < 0n) {
        c.error(e, `invalid argument: index ${c.op(x)} must not be negative`);
        return null;
      }
      if (length >= 0 && (allowMax ? v > BigInt(length) : v >= BigInt(length))) {
        c.error(e, `invalid argument: index ${c.op(x).replace(/ \(.*\)$/, '')} out of bounds [0:${allowMax ? length + 1 : length}]`);
        return null;
      }
      return Number(v);
    }
  }
  return -1;
}

function indexExpr(c: Checker, e: IndexExpr): Operand {
  const x = exprOrType(c, e.x);
  if (failed(x)) {
    rawExpr(c, e.index, {});
    return invalid(e);
  }
  if (x.mode === 'typexpr') {
    notSupported(c, e, 'generic type instantiation');
    return invalid(e);
  }
  if (x.mode === 'value' && x.type instanceof Signature && e.x.kind !== 'CallExpr') {
    notSupported(c, e, 'generic function instantiation');
    return invalid(e);
  }
  const u = underlying(x.type);
  if (isString(u)) {
    const len = x.mode === 'constant' && x.value?.kind === 'string' ? Buffer.byteLength(x.value.value, 'utf8') : -1;
    checkIndex(c, e.index, len);
    return { mode: 'value', expr: e, type: byteType };
  }
  if (u instanceof ArrayType) {
    checkIndex(c, e.index, u.len);
    return { mode: x.mode === 'variable' ? 'variable' : 'value', expr: e, type: u.elem };
  }
  if (u instanceof Pointer) {
    const a = underlying(u.elem);
    if (a instanceof ArrayType) {
      checkIndex(c, e.index, a.len);
      return { mode: 'variable', expr: e, type: a.elem };
    }
  }
  if (u instanceof Slice) {
    checkIndex(c, e.index, -1);
    return { mode: 'variable', expr: e, type: u.elem };
  }
  if (u instanceof MapType) {
    const k = expr(c, e.index, u.key);
    assignment(c, k, u.key, 'map index');
    return { mode: 'mapindex', expr: e, type: u.elem };
  }
  rawExpr(c, e.index, {});
  c.error(e.x, `invalid operation: cannot index ${c.op(x)}`);
  return invalid(e);
}

function sliceExpr(c: Checker, e: SliceExpr): Operand {
  const x = expr(c, e.x);
  const indices = [e.low, e.high, e.max];
  if (failed(x)) {
    for (const i of indices) if (i) rawExpr(c, i, {});
    return invalid(e);
  }
  const u = underlying(x.type);
  let length = -1;
  let result: Type = invalidType;
  if (isString(u)) {
    if (e.slice3) {
      c.error(e, `invalid operation: 3-index slice of string`);
      return invalid(e);
    }
    if (x.mode === 'constant' && x.value?.kind === 'string') length = Buffer.byteLength(x.value.value, 'utf8');
    result = isUntyped(x.type) ? Typ[BasicKind.String] : x.type;
  } else if (u instanceof ArrayType) {
    if (x.mode !== 'variable') {
      c.error(e, `invalid operation: ${exprText(e.x)} (slice of unaddressable value)`);
      return invalid(e);
    }
    length = u.len;
    result = new Slice(u.elem);
  } else if (u instanceof Pointer && underlying(u.elem) instanceof ArrayType) {
    const a = underlying(u.elem) as ArrayType;
    length = a.len;
    result = new Slice(a.elem);
  } else if (u instanceof Slice) {
    result = x.type;
  } else {
    c.error(e, `cannot slice ${c.op(x)}`);
    return invalid(e);
  }
  if (e.slice3 && (e.high === undefined || e.max === undefined)) {
    c.error(e, 'middle index required in 3-index slice');
  }
  const values: number[] = [];
  for (const i of indices) {
    if (i === undefined) continue;
    const v = checkIndex(c, i, length, true);
    if (v !== null && v >= 0) {
      const prev = values.length > 0 ? values[values.length - 1] : -1;
      if (prev > v) c.error(i, `invalid slice indices: ${v} < ${prev}`);
      values.push(v);
    }
  }
  return { mode: 'value', expr: e, type: result };
}

function typeAssert(c: Checker, e: TypeAssertExpr): Operand {
  const x = expr(c, e.x);
  if (failed(x)) {
    if (e.type) typExpr(c, e.type);
    return invalid(e);
  }
  if (e.type === undefined) {
    c.error(e, 'invalid syntax tree: use of .(type) outside type switch');
    return invalid(e);
  }
  if (!isInterface(x.type)) {
    c.error(e.x, `invalid operation: ${c.op(x)} is not an interface`);
    typExpr(c, e.type);
    return invalid(e);
  }
  const T = typExpr(c, e.type);
  if (!isValid(T)) return invalid(e);
  const cause = impossibleAssertion(c, x.type, T);
  if (cause !== null) {
    c.error(e, `impossible type assertion: ${exprText(e.x)}.(${exprText(e.type)})\n\t${c.t(T)} does not implement ${c.t(x.type)} ${cause}`);
    return invalid(e);
  }
  return { mode: 'commaok', expr: e, type: T };
}

/** Why a value of interface type `I` can never hold a `T` (null when it can). */
export function impossibleAssertion(c: Checker, I: Type, T: Type): string | null {
  if (isInterface(T)) return null;
  const iface = underlying(I) as Interface;
  const m = missingMethod(T, iface, c.pkg);
  if (m === null) return null;
  return missingMethodCause(c, T, m);
}

export function missingMethodCause(c: Checker, T: Type, m: NonNullable<ReturnType<typeof missingMethod>>): string {
  const name = m.method.name;
  if (m.pointerReceiver) return `(method ${name} has pointer receiver)`;
  if (m.wrongType !== null) {
    const have = m.wrongType.type as Signature;
    const want = m.method.type as Signature;
    return `(wrong type for method ${name})\n\t\thave ${name}${sigText(c, have)}\n\t\twant ${name}${sigText(c, want)}`;
  }
  return `(missing method ${name})`;
}

function sigText(c: Checker, s: Signature): string {
  return c.t(new Signature(s.params, s.results, s.variadic, null)).slice('func'.length);
}

// ---------------------------------------------------------------------------------------------
// Unary and binary operations

function opName(op: string): string {
  const names: Record<string, string> = { '+': 'addition', '-': 'subtraction', '*': 'multiplication', '<<': 'shift' };
  return names[op] ?? '';
}

/** After a constant operation: typed results must be representable; untyped ints must stay bounded. */
function overflow(c: Checker, x: Operand, op: string, at: { pos: number; end: number }): void {
  if (x.mode !== 'constant' || x.value === undefined) return;
  if (x.value.kind === 'unknown') {
    c.error(at, 'constant result is not representable');
    return;
  }
  if (isTyped(x.type)) {
    const u = underlying(x.type);
    if (u instanceof Basic) representableOr(c, x, u);
    return;
  }
  if (x.value.kind === 'int' && x.value.value.toString(2).replace('-', '').length > 512) {
    const name = opName(op);
    c.error(at, `constant ${name ? name + ' ' : ''}overflow`);
    x.value = unknownValue;
  }
}

/** Makes a constant operand representable in `t` or reports why not (go/types' invalidConversion). */
function representableOr(c: Checker, x: Operand, t: Basic): void {
  const r = representable(x.value!, t);
  if (r.ok) {
    x.value = r.value;
    return;
  }
  if (r.cause === 'overflows') c.error(x.expr!, `${c.op(x)} overflows ${c.t(t)}`);
  else if (r.cause === 'truncated') c.error(x.expr!, `${c.op(x)} truncated to ${c.t(t)}`);
  else c.error(x.expr!, `cannot convert ${c.op(x)} to type ${c.t(t)}`);
  x.mode = 'invalid';
}

function unary(c: Checker, e: UnaryExpr, hint: Type | undefined): Operand {
  if (e.op === '&') {
    const inner = unparen(e.x);
    if (inner.kind === 'CompositeLit') {
      const h = hint !== undefined && underlying(hint) instanceof Pointer ? (underlying(hint) as Pointer).elem : undefined;
      const x = rawExpr(c, e.x, { hint: h });
      if (failed(x)) return invalid(e);
      return { mode: 'value', expr: e, type: new Pointer(x.type) };
    }
    const x = expr(c, e.x);
    if (failed(x)) return invalid(e);
    if (x.mode !== 'variable') {
      c.error(e, `invalid operation: cannot take address of ${c.op(x)}`);
      return invalid(e);
    }
    return { mode: 'value', expr: e, type: new Pointer(x.type) };
  }
  if (e.op === '<-') {
    rawExpr(c, e.x, {});
    notSupported(c, e, 'receive operation');
    return invalid(e);
  }
  if (e.op === '~') {
    notSupported(c, e, 'type constraint');
    return invalid(e);
  }
  const x = expr(c, e.x);
  if (failed(x)) return invalid(e);
  const ok =
    e.op === '!' ? isBoolean(x.type) : e.op === '^' ? isInteger(x.type) : isNumeric(x.type);
  if (!ok) {
    c.error(e, `invalid operation: operator ${e.op} not defined on ${c.op(x)}`);
    return invalid(e);
  }
  if (x.mode === 'constant' && x.value) {
    let bits = 0;
    const u = underlying(x.type);
    if (e.op === '^' && u instanceof Basic && isUnsigned(u)) bits = intRange(u.kind)?.bits ?? 0;
    const v = unaryOp(e.op as '+' | '-' | '^' | '!', x.value, bits);
    const r: Operand = { mode: 'constant', expr: e, type: x.type, value: v };
    overflow(c, r, e.op, e);
    return r;
  }
  return { mode: 'value', expr: e, type: x.type };
}

export function unparen(e: Expr): Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

const comparisonOps = new Set(['==', '!=', '<', '<=', '>', '>=']);

function binary(c: Checker, e: BinaryExpr, hint: Type | undefined): Operand {
  // Long chains (a + b + c ...) are left spines thousands deep: walk them with a loop, not recursion.
  const spine: BinaryExpr[] = [];
  let leftmost: Expr = e;
  while (leftmost.kind === 'BinaryExpr') {
    spine.push(leftmost);
    leftmost = leftmost.x;
  }
  if (spine.length < 32) return binaryWith(c, e, expr(c, e.x, hint), hint);
  let x = expr(c, leftmost, hint);
  for (let i = spine.length - 1; i > 0; i--) {
    x = binaryWith(c, spine[i], x, hint);
    record(c, x);
  }
  return binaryWith(c, e, x, hint);
}

/** `e` with its left operand already checked as `x`. */
function binaryWith(c: Checker, e: BinaryExpr, x: Operand, hint: Type | undefined): Operand {
  if (e.op === '<<' || e.op === '>>') return shiftExpr(c, e, hint, x);
  // A non-constant shift of an untyped constant on the right takes the left operand's type.
  const y = expr(c, e.y, isTyped(x.type) && !failed(x) && !comparisonOps.has(e.op) ? x.type : hint);
  if (failed(x) || failed(y)) return invalid(e);
  if (comparisonOps.has(e.op)) return comparison(c, e, x, y);
  matchTypes(c, x, y);
  if (failed(x) || failed(y)) {
    if (failed(x) && !failed(y)) {
      /* reported */
    }
    return invalid(e);
  }
  if (!identical(x.type, y.type)) {
    if (isValid(x.type) && isValid(y.type)) {
      c.error(e, `invalid operation: ${exprTextFull(e)} (mismatched types ${c.t(x.type)} and ${c.t(y.type)})`);
    }
    return invalid(e);
  }
  if (!binaryOpDefined(e.op, x.type)) {
    const culprit = e.op === '&&' || e.op === '||' ? x : x;
    c.error(e, `invalid operation: operator ${e.op} not defined on ${c.op(culprit)}`);
    return invalid(e);
  }
  if ((e.op === '/' || e.op === '%') && (x.mode === 'constant' || isInteger(x.type)) && y.mode === 'constant' && y.value && isZero(y.value)) {
    c.error(e.y, 'invalid operation: division by zero');
    return invalid(e);
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.value && y.value) {
    const intDiv = isInteger(x.type);
    let v = binaryOp(x.value, e.op as ConstOp, y.value, intDiv);
    // Untyped float division of two ints produces a float (1.0/2 = 0.5).
    if (!intDiv && e.op === '/' && v.kind === 'int') v = toFloat(v);
    const r: Operand = { mode: 'constant', expr: e, type: x.type, value: v };
    overflow(c, r, e.op, { pos: e.opPos, end: e.opPos + e.op.length });
    return r;
  }
  return { mode: 'value', expr: e, type: x.type };
}

function exprTextFull(e: Expr): string {
  return exprString(e);
}

function binaryOpDefined(op: string, t: Type): boolean {
  switch (op) {
    case '+': return isNumeric(t) || isString(t);
    case '-': case '*': case '/': return isNumeric(t);
    case '%': case '&': case '|': case '^': case '&^': return isInteger(t);
    case '&&': case '||': return isBoolean(t);
    default: return false;
  }
}

/** The rank of an untyped kind, for "the larger kind wins" between two untyped operands. */
function untypedRank(t: Type): number {
  if (!(t instanceof Basic)) return -1;
  switch (t.kind) {
    case BasicKind.UntypedInt: return 1;
    case BasicKind.UntypedRune: return 2;
    case BasicKind.UntypedFloat: return 3;
    case BasicKind.UntypedComplex: return 4;
    default: return 0;
  }
}

/** Brings two operands of a binary operation to a common type where one (or both) is untyped. */
function matchTypes(c: Checker, x: Operand, y: Operand): void {
  if (isTyped(x.type) && isTyped(y.type)) return;
  if (isUntyped(x.type) && isUntyped(y.type)) {
    const rx = untypedRank(x.type);
    const ry = untypedRank(y.type);
    if (rx > 0 && ry > 0) {
      if (rx < ry) convertUntyped(c, x, y.type);
      else if (ry < rx) convertUntyped(c, y, x.type);
    }
    return;
  }
  if (isUntyped(x.type)) convertUntyped(c, x, y.type);
  else if (isUntyped(y.type)) convertUntyped(c, y, x.type);
}

function comparison(c: Checker, e: BinaryExpr, x: Operand, y: Operand): Operand {
  // Conversions between untyped operands and the other side.
  if (x.mode === 'nil' || y.mode === 'nil') {
    const other = x.mode === 'nil' ? y : x;
    if (other.mode === 'nil') {
      c.error(e, `invalid operation: ${exprTextFull(e)} (operator ${e.op} not defined on nil)`);
      return invalid(e);
    }
    if (!hasNil(other.type)) {
      c.error(e, `invalid operation: ${exprTextFull(e)} (mismatched types ${c.t(x.type)} and ${c.t(y.type)})`);
      return invalid(e);
    }
    if (e.op !== '==' && e.op !== '!=') {
      c.error(e, `invalid operation: ${exprTextFull(e)} (operator ${e.op} not defined on nil)`);
      return invalid(e);
    }
    const nilOp = x.mode === 'nil' ? x : y;
    nilOp.type = other.type;
    record(c, nilOp);
    return { mode: 'value', expr: e, type: Typ[BasicKind.UntypedBool] };
  }
  matchTypes(c, x, y);
  if (failed(x) || failed(y)) return invalid(e);
  const okX = assignableTo(c, x, y.type).ok;
  const okY = assignableTo(c, y, x.type).ok;
  if (!okX && !okY) {
    c.error(e, `invalid operation: ${exprTextFull(e)} (mismatched types ${c.t(x.type)} and ${c.t(y.type)})`);
    return invalid(e);
  }
  let cause = '';
  if (e.op === '==' || e.op === '!=') {
    for (const o of [x, y]) {
      if (!comparable(o.type)) {
        cause = incomparableCause(c, o.type);
        break;
      }
    }
  } else if (!isOrderedType(x.type) || !isOrderedType(y.type)) {
    const bad = !isOrderedType(x.type) ? x : y;
    cause = `operator ${e.op} not defined on ${kindName(bad.type)}`;
  }
  if (cause !== '') {
    c.error(e, `invalid operation: ${exprTextFull(e)} (${cause})`);
    return invalid(e);
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.value && y.value) {
    const v = makeBool(compare(x.value, e.op as CompareOp, y.value));
    return { mode: 'constant', expr: e, type: Typ[BasicKind.UntypedBool], value: v };
  }
  // Untyped operands of a non-constant comparison take their default types.
  for (const o of [x, y]) {
    if (isUntyped(o.type)) convertUntyped(c, o, defaultType(o.type));
  }
  return { mode: 'value', expr: e, type: Typ[BasicKind.UntypedBool] };
}

function isOrderedType(t: Type): boolean {
  const u = underlying(t);
  return u instanceof Basic && (isInteger(u) || isFloat(u) || isString(u));
}

function kindName(t: Type): string {
  const u = underlying(t);
  if (u instanceof Basic) return u.name.replace('untyped ', '');
  if (u instanceof Struct) return 'struct';
  if (u instanceof Pointer) return 'pointer';
  if (u instanceof Slice) return 'slice';
  if (u instanceof MapType) return 'map';
  if (u instanceof Signature) return 'func';
  if (u instanceof Interface) return 'interface';
  if (u instanceof ArrayType) return 'array';
  return 'operand';
}

function incomparableCause(c: Checker, t: Type): string {
  const u = underlying(t);
  if (u instanceof Slice || u instanceof MapType || u instanceof Signature) return `${kindName(t)} can only be compared to nil`;
  if (u instanceof Struct) {
    for (const f of u.fields) if (!comparable(f.type)) return `struct containing ${c.t(f.type)} cannot be compared`;
  }
  if (u instanceof ArrayType) return `${c.t(t)} cannot be compared`;
  return `operator == not defined on ${kindName(t)}`;
}

function shiftExpr(c: Checker, e: BinaryExpr, hint: Type | undefined, x: Operand): Operand {
  const y = expr(c, e.y);
  if (failed(x) || failed(y)) return invalid(e);
  // The shift count: an integer, or an untyped constant representable as uint.
  if (y.mode === 'constant' && y.value) {
    const yi = toInt(y.value);
    if (yi.kind !== 'int' || !(isUntyped(y.type) || isInteger(y.type))) {
      c.error(e.y, `invalid operation: shift count ${c.op(y)} must be integer`);
      return invalid(e);
    }
    if (yi.value < 0n) {
      c.error(e.y, `invalid operation: negative shift count ${c.op(y)}`);
      return invalid(e);
    }
    if (isUntyped(y.type)) convertUntyped(c, y, Typ[BasicKind.Uint]);
  } else if (isUntyped(y.type)) {
    convertUntyped(c, y, Typ[BasicKind.Uint]);
    if (failed(y)) return invalid(e);
  } else if (!isInteger(y.type)) {
    c.error(e.y, `invalid operation: shift count ${c.op(y)} must be integer`);
    return invalid(e);
  }
  if (x.mode === 'constant' && x.value) {
    if (y.mode === 'constant' && y.value) {
      const xi = toInt(x.value);
      if (xi.kind !== 'int') {
        c.error(e.x, `invalid operation: shifted operand ${c.op(x)} must be integer`);
        return invalid(e);
      }
      const s = Number(bigintValue(y.value) ?? 0n);
      if (s > 1023 * 8) {
        c.error(e.y, `invalid shift count ${c.op(y)}`);
        return invalid(e);
      }
      const type = isUntyped(x.type) && untypedRank(x.type) > 2 ? Typ[BasicKind.UntypedInt] : x.type;
      if (isTyped(x.type) && !isInteger(x.type)) {
        c.error(e.x, `invalid operation: shifted operand ${c.op(x)} must be integer`);
        return invalid(e);
      }
      const r: Operand = { mode: 'constant', expr: e, type, value: shift(xi, e.op as '<<' | '>>', s) };
      overflow(c, r, e.op, { pos: e.opPos, end: e.opPos + 2 });
      return r;
    }
    if (isUntyped(x.type)) {
      // A non-constant shift of an untyped constant: the constant takes the type the context
      // gives the whole expression (checked when it is converted), else int.
      if (toInt(x.value).kind !== 'int') {
        c.error(e.x, `invalid operation: shifted operand ${c.op(x)} must be integer`);
        return invalid(e);
      }
      const target = hint !== undefined && isTyped(hint) ? hint : Typ[BasicKind.Int];
      if (!isInteger(target)) {
        c.error(e, `invalid operation: shifted operand ${c.op(x)} (type ${c.t(target)}) must be integer`);
        return invalid(e);
      }
      convertUntyped(c, x, target);
      return { mode: 'value', expr: e, type: target };
    }
  }
  if (!isInteger(x.type)) {
    c.error(e.x, `invalid operation: shifted operand ${c.op(x)} must be integer`);
    return invalid(e);
  }
  return { mode: 'value', expr: e, type: x.type };
}

// ---------------------------------------------------------------------------------------------
// Untyped conversion

/**
 * Converts an untyped operand to `target` (the type its context requires), reporting when the
 * value does not fit. Typed operands and untyped targets of lower rank are left alone.
 */
export function convertUntyped(c: Checker, x: Operand, target: Type): void {
  if (failed(x) || !isUntyped(x.type) || !isValid(target)) return;
  const r = implicitType(c, x, target);
  if (r.code !== '') {
    const t = isUntyped(target) ? target : underlying(target);
    if (r.code === 'overflows') c.error(x.expr!, `${c.op(x)} overflows ${c.t(t)}`);
    else if (r.code === 'truncated') c.error(x.expr!, `${c.op(x)} truncated to ${c.t(t)}`);
    else if (x.mode === 'nil') c.error(x.expr!, `cannot convert nil to type ${c.t(target)}`);
    else c.error(x.expr!, `cannot convert ${c.op(x)} to type ${c.t(target)}`);
    x.mode = 'invalid';
    return;
  }
  setType(c, x, r.type, r.value);
}

/** Sets an untyped operand's final type and updates what was recorded for it and its operands. */
export function setType(c: Checker, x: Operand, type: Type, value?: ConstValue): void {
  x.type = type;
  if (value !== undefined) x.value = value;
  if (x.expr) updateExprType(c, x.expr, type);
}

function updateExprType(c: Checker, root: Expr, type: Type): void {
  // An explicit stack: untyped constant chains can be thousands of operations deep.
  const stack: Expr[] = [root];
  while (stack.length > 0) {
    const e = stack.pop()!;
    const old = c.info.types.get(e);
    if (old === undefined || !isUntyped(old.type)) continue;
    switch (e.kind) {
      case 'ParenExpr':
      case 'UnaryExpr':
        stack.push(e.x);
        break;
      case 'BinaryExpr':
        if (comparisonOps.has(e.op)) break;
        stack.push(e.x);
        if (e.op !== '<<' && e.op !== '>>') stack.push(e.y);
        break;
    }
    let value = old.value;
    if (value !== undefined && isTyped(type)) {
      const u = underlying(type);
      if (u instanceof Basic) {
        const r = representable(value, u);
        if (r.ok) value = r.value;
      } else if (u instanceof Interface) {
        const d = defaultType(old.type);
        if (d instanceof Basic) {
          const r = representable(value, d);
          if (r.ok) value = r.value;
        }
      }
    }
    c.info.types.set(e, { ...old, type: isInterface(type) && old.mode !== 'nil' ? defaultType(old.type) : type, value });
  }
}

/** The type and value an untyped operand takes in a context of type `target`, or why it cannot. */
export function implicitType(c: Checker, x: Operand, target: Type): { type: Type; value?: ConstValue; code: '' | 'overflows' | 'truncated' | 'mismatch' } {
  if (isUntyped(target)) {
    if (x.mode === 'nil' || (target as Basic).kind === BasicKind.UntypedNil) {
      return identical(x.type, target) ? { type: target, code: '' } : { type: target, code: 'mismatch' };
    }
    const rx = untypedRank(x.type);
    const rt = untypedRank(target);
    if (rx > 0 && rt > 0) {
      if (rt <= rx) return { type: x.type, code: '' };
      const v = x.value === undefined ? undefined : rt === 3 ? toFloat(x.value) : rt === 4 ? toComplex(x.value) : x.value;
      return { type: target, value: v, code: '' };
    }
    return identical(x.type, target) ? { type: target, code: '' } : { type: target, code: 'mismatch' };
  }
  const u = underlying(target);
  if (x.mode === 'nil') return hasNil(target) ? { type: target, code: '' } : { type: target, code: 'mismatch' };
  if (u instanceof Basic) {
    if (x.mode === 'constant' && x.value) {
      if (!isConstType(u)) return { type: target, code: 'mismatch' };
      const r = representable(x.value, u);
      if (!r.ok) return { type: target, code: r.cause };
      return { type: target, value: r.value, code: '' };
    }
    // Non-constant untyped values: booleans from comparisons, shifted integers.
    const xb = x.type as Basic;
    if (xb.kind === BasicKind.UntypedBool) return isBoolean(u) ? { type: target, code: '' } : { type: target, code: 'mismatch' };
    if (xb.kind === BasicKind.UntypedInt || xb.kind === BasicKind.UntypedRune) return isNumeric(u) ? { type: target, code: '' } : { type: target, code: 'mismatch' };
    if (xb.kind === BasicKind.UntypedFloat) return isFloat(u) || isComplex(u) ? { type: target, code: '' } : { type: target, code: 'mismatch' };
    if (xb.kind === BasicKind.UntypedString) return isString(u) ? { type: target, code: '' } : { type: target, code: 'mismatch' };
    return { type: target, code: 'mismatch' };
  }
  if (u instanceof Interface) {
    // An untyped value in an interface context takes its default type, which must implement it.
    const d = defaultType(x.type);
    if (!u.isEmpty() && missingMethod(d, u, c.pkg) !== null) return { type: target, code: 'mismatch' };
    return { type: d, code: '' };
  }
  return { type: target, code: 'mismatch' };
}

/** Gives an untyped operand its default type (for `x := 1`, interface contexts and the like). */
export function defaultConvert(c: Checker, x: Operand): void {
  if (isUntyped(x.type) && x.mode !== 'nil') convertUntyped(c, x, defaultType(x.type));
}
