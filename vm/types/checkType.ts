// Type expressions: turns the syntax of a type (`[]map[string]*T`, `struct{...}`, `func(int)
// error`, `interface{...}`) into a Type, resolving type names through scopes, evaluating array
// lengths as constants, and building signatures (declaring parameters into a function scope when
// one is given). Left-out type forms (channels, generic instantiation, constraint interfaces) are
// reported as not supported in Amigos. Recursive types are validated separately (checkDecl).

import type { Expr, FieldList, FuncType, InterfaceType, StructType } from '../syntax/index';
import { failed } from './operand';
import type { Checker } from './check';
import { exprOrType, expr } from './checkExpr';
import { representable, bigintValue } from './constant';
import { Func, Var } from './objects';
import type { Scope } from './scope';
import {
  ArrayType, BasicKind, Interface, MapType, Pointer, Signature, Slice, Struct, Tuple, Typ, comparable,
  invalidType, isInteger, isInterface, isUntyped, isValid, pointerElem, underlying, type Type,
} from './types';

/** The type denoted by `e`; reports an error and returns `Typ[Invalid]` when `e` is not a type. */
export function typExpr(c: Checker, e: Expr): Type {
  const t = typInternal(c, e);
  c.info.types.set(e, { mode: 'typexpr', type: t });
  return t;
}

export function notSupported(c: Checker, at: { pos: number; end: number }, what: string): void {
  c.error(at, `${what} is not supported in Amigos`);
}

function typInternal(c: Checker, e: Expr): Type {
  switch (e.kind) {
    case 'Ident':
    case 'SelectorExpr': {
      const x = exprOrType(c, e, { wantType: true });
      if (failed(x)) return invalidType;
      if (x.mode !== 'typexpr') {
        c.error(e, `${c.op(x).replace(/ \(.*\)$/, '')} is not a type`);
        return invalidType;
      }
      return x.type;
    }
    case 'ParenExpr':
      return typExpr(c, e.x);
    case 'StarExpr':
      return new Pointer(typExpr(c, e.x));
    case 'ArrayType': {
      if (e.len === undefined) return new Slice(typExpr(c, e.elt));
      if (e.len.kind === 'Ellipsis') {
        c.error(e.len, 'invalid use of [...] array (outside a composite literal)');
        typExpr(c, e.elt);
        return invalidType;
      }
      const n = arrayLength(c, e.len);
      return new ArrayType(typExpr(c, e.elt), n);
    }
    case 'MapType': {
      const key = typExpr(c, e.key);
      const elem = typExpr(c, e.value);
      if (isValid(key) && !comparable(key)) {
        c.error(e.key, `invalid map key type ${c.t(key)}`);
      }
      return new MapType(key, elem);
    }
    case 'StructType':
      return structType(c, e);
    case 'FuncType':
      return funcType(c, e, null, undefined);
    case 'InterfaceType':
      return interfaceType(c, e);
    case 'ChanType':
      notSupported(c, e, 'channel type');
      return invalidType;
    case 'IndexExpr':
    case 'IndexListExpr':
      notSupported(c, e, 'generic type instantiation');
      return invalidType;
    case 'Ellipsis':
      c.error(e, 'invalid use of ...');
      return invalidType;
    case 'BadExpr':
      return invalidType;
    default: {
      const x = expr(c, e);
      if (!failed(x)) c.error(e, `${c.op(x).replace(/ \(.*\)$/, '')} is not a type`);
      return invalidType;
    }
  }
}

function arrayLength(c: Checker, e: Expr): number {
  // A name that is not a constant gets Go's short message (and is not a use).
  if (e.kind === 'Ident') {
    const r = c.scope.lookupParent(e.name, e.pos);
    if (r === undefined) {
      c.error(e, `undefined array length ${e.name} or missing type constraint`);
      return -1;
    }
    if (r.obj.kind !== 'const') {
      c.error(e, `invalid array length ${e.name}`);
      return -1;
    }
  }
  const x = expr(c, e);
  if (failed(x)) return -1;
  if (x.mode !== 'constant') {
    c.error(e, `array length ${c.op(x)} must be constant`);
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    const v = x.value ? bigintValue(x.value) : null;
    if (v !== null && representable(x.value!, Typ[BasicKind.Int]).ok) {
      if (v >= 0n) return Number(v);
      c.error(e, `invalid array length ${c.op(x)}`);
      return -1;
    }
  }
  if (isInteger(x.type)) c.error(e, `invalid array length ${c.op(x)}`);
  else c.error(e, `array length ${c.op(x)} must be integer`);
  return -1;
}

/** The name an embedded field takes from its type expression (`T`, `*T`, `pkg.T`). */
export function embeddedName(e: Expr): { name: string; at: Expr } | null {
  switch (e.kind) {
    case 'Ident': return { name: e.name, at: e };
    case 'StarExpr': return embeddedName(e.x);
    case 'SelectorExpr': return { name: e.sel.name, at: e.sel };
    case 'ParenExpr': return embeddedName(e.x);
    default: return null;
  }
}

function structType(c: Checker, e: StructType): Struct {
  const fields: Var[] = [];
  const tags: string[] = [];
  const seen = new Map<string, Var>();
  for (const f of e.fields.list) {
    const type = typExpr(c, f.type);
    const tag = f.tag ? tagValue(f.tag.value) : '';
    const add = (name: string, at: { pos: number; end: number }, embedded: boolean, id: Expr | null): void => {
      const v = new Var(name, type, c.pkg, c.fileName, at.pos);
      v.isField = true;
      v.embedded = embedded;
      v.decl = f;
      v.doc = f.doc ? commentText(f.doc) : '';
      if (id !== null && id.kind === 'Ident') c.info.defs.set(id, v);
      else c.info.implicits.set(f, v);
      if (name !== '_' && seen.has(name)) c.error(at, `${name} redeclared`);
      else seen.set(name, v);
      fields.push(v);
      tags.push(tag);
    };
    if (f.names.length === 0) {
      const en = embeddedName(f.type);
      if (en === null) {
        c.error(f.type, `invalid embedded field type ${c.t(type)}`);
        continue;
      }
      const elem = pointerElem(type);
      if (f.type.kind === 'StarExpr' && elem !== null && isInterface(elem)) {
        c.error(f.type, 'embedded field type cannot be a pointer to an interface');
      } else if (f.type.kind !== 'StarExpr' && underlying(type) instanceof Pointer) {
        c.error(f.type, 'embedded field type cannot be a pointer');
      }
      add(en.name, en.at, true, null);
    } else {
      for (const id of f.names) add(id.name, id, false, id);
    }
  }
  return new Struct(fields, tags);
}

function tagValue(raw: string): string {
  if (raw.startsWith('`')) return raw.slice(1, -1);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

/** The text of a doc comment without its markers. */
export function commentText(group: { list: { text: string }[] }): string {
  const lines: string[] = [];
  for (const c of group.list) {
    if (c.text.startsWith('//')) lines.push(c.text.slice(2).replace(/^ /, ''));
    else lines.push(...c.text.slice(2, -2).split('\n').map((l) => l.trim()));
  }
  return lines.join('\n').trim();
}

/**
 * The signature of a function type. With a `scope`, parameters and named results are declared
 * in it (a function's body scope); `recv` is the receiver list of a method.
 */
export function funcType(c: Checker, e: FuncType, scope: Scope | null, recv: FieldList | undefined, recvType?: Type): Signature {
  let recvVar: Var | null = null;
  if (recv !== undefined && recv.list.length > 0) {
    const f = recv.list[0];
    const t = recvType ?? typExpr(c, f.type);
    const name = f.names[0]?.name ?? '';
    recvVar = new Var(name, t, c.pkg, c.fileName, f.names[0]?.pos ?? f.pos);
    recvVar.isParam = true;
    recvVar.used = true;
    recvVar.decl = f;
    if (scope !== null && f.names[0]) c.declare(scope, f.names[0], recvVar);
    else if (f.names[0]) c.info.defs.set(f.names[0], recvVar);
    else c.info.implicits.set(f, recvVar);
    if (recv.list.length > 1 || f.names.length > 1) c.error(recv.list[1] ?? f.names[1], 'method has multiple receivers');
  }
  const [params, variadic] = fieldTuple(c, e.params, scope, true);
  const [results] = e.results ? fieldTuple(c, e.results, scope, false) : [new Tuple([])];
  return new Signature(params, results, variadic, recvVar);
}

function fieldTuple(c: Checker, list: FieldList, scope: Scope | null, isParams: boolean): [Tuple, boolean] {
  const vars: Var[] = [];
  let variadic = false;
  list.list.forEach((f, i) => {
    let typeExpr = f.type;
    let isVariadic = false;
    if (typeExpr.kind === 'Ellipsis' && typeExpr.elt) {
      if (isParams && i === list.list.length - 1 && f.names.length <= 1) {
        isVariadic = true;
      } else {
        c.error(typeExpr, 'can only use ... with final parameter in list');
      }
      typeExpr = typeExpr.elt;
    }
    let t = typExpr(c, typeExpr);
    if (isVariadic) {
      t = new Slice(t);
      variadic = true;
      c.info.types.set(f.type, { mode: 'typexpr', type: t });
    }
    const make = (name: string, at: { pos: number }): Var => {
      const v = new Var(name, t, c.pkg, c.fileName, at.pos);
      v.isParam = true;
      v.used = true;
      v.decl = f;
      return v;
    };
    if (f.names.length === 0) {
      const v = make('', f);
      c.info.implicits.set(f, v);
      vars.push(v);
    } else {
      for (const id of f.names) {
        const v = make(id.name, id);
        if (scope !== null) c.declare(scope, id, v);
        else c.info.defs.set(id, v);
        vars.push(v);
      }
    }
  });
  return [new Tuple(vars), variadic];
}

function interfaceType(c: Checker, e: InterfaceType): Interface {
  const methods: Func[] = [];
  const embeddeds: Type[] = [];
  const iface = new Interface(methods, embeddeds);
  const seen = new Set<string>();
  for (const f of e.methods.list) {
    if (f.names.length > 0 && f.type.kind === 'FuncType') {
      const id = f.names[0];
      const sig = funcType(c, f.type, null, undefined);
      const recv = new Var('', iface, c.pkg, c.fileName, id.pos);
      const m = new Func(id.name, new Signature(sig.params, sig.results, sig.variadic, recv), c.pkg, c.fileName, id.pos);
      m.decl = f;
      m.doc = f.doc ? commentText(f.doc) : '';
      c.info.defs.set(id, m);
      if (id.name === '_') c.error(id, 'methods must have a unique non-blank name');
      else if (seen.has(id.name)) c.error(id, `duplicate method ${id.name}`);
      seen.add(id.name);
      methods.push(m);
      continue;
    }
    if (isConstraintTerm(f.type)) {
      notSupported(c, f.type, 'type constraint');
      continue;
    }
    const t = typExpr(c, f.type);
    if (!isValid(t)) continue;
    if (!isInterface(t)) {
      notSupported(c, f.type, 'type constraint');
      continue;
    }
    embeddeds.push(t);
  }
  return iface;
}

function isConstraintTerm(e: Expr): boolean {
  return (e.kind === 'UnaryExpr' && e.op === '~') || (e.kind === 'BinaryExpr' && e.op === '|');
}

