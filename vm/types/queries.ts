// Questions the language server and the debugger ask of checked packages, answered as plain
// data (offsets, strings, small records): the object at an offset (definition), its declaration
// as Go prints it (hover), its doc comment, the names visible at an offset (completion), the
// members of a type or package (fields and methods, promoted ones included), the references of
// an object across packages, the enclosing function, and the signature of the call at an offset
// (signature help). It knows nothing of LSP or DAP types; conversion happens at the edges.

import type { CallExpr, Expr, File, Ident, Node } from '../syntax/index';
import { walk } from '../syntax/walk';
import { constString } from './constant';
import type { Info, Selection } from './info';
import { Func, PkgName, Var, type TypeObject } from './objects';
import type { Package } from './package';
import type { CheckedPackage } from './program';
import type { Scope } from './scope';
import {
  Interface, Named, Pointer, Signature, Struct, Tuple, lookupFieldOrMethod, relativeTo, signatureString,
  typeString, underlying, type Qualifier, type Type,
} from './types';

export interface Location {
  fileName: string;
  pos: number;
  end: number;
}

/** An object described for tools. */
export interface ObjectSummary {
  name: string;
  kind: TypeObject['kind'] | 'field' | 'method';
  /** The declaration as Go prints it: `var x int`, `func f(x int) string`, `type T struct{...}`, `field X int`. */
  detail: string;
  /** The object's type as Go prints it ("" for packages and labels). */
  type: string;
  doc: string;
  /** Where it is declared; undefined for predeclared objects. */
  location: Location | undefined;
  /** The declaring package's import path ("" for predeclared objects). */
  pkgPath: string;
}

/** The identifier at an offset and the object it declares or uses. */
export interface IdentAt {
  ident: Ident;
  obj: TypeObject;
  isDeclaration: boolean;
}

function fileOf(checked: CheckedPackage, fileName: string): File | undefined {
  return checked.files.find((f) => f.fileName === fileName);
}

/** The innermost nodes containing `offset`, outermost first. */
export function pathAt(file: File, offset: number): Node[] {
  const path: Node[] = [];
  walk(file, (node) => {
    if (node.pos <= offset && offset <= node.end) {
      path.push(node);
      return true;
    }
    return false;
  });
  return path;
}

/** The identifier at `offset` (touching it at either end) and its object. */
export function identAt(checked: CheckedPackage, fileName: string, offset: number): IdentAt | undefined {
  const file = fileOf(checked, fileName);
  if (!file) return undefined;
  const path = pathAt(file, offset);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    if (node.kind !== 'Ident') continue;
    const def = checked.info.defs.get(node);
    if (def) return { ident: node, obj: def, isDeclaration: true };
    const use = checked.info.uses.get(node);
    if (use) return { ident: node, obj: use, isDeclaration: false };
  }
  // An import path without a name stands for its package name.
  for (const spec of file.imports) {
    if (spec.path.pos <= offset && offset <= spec.path.end) {
      const obj = checked.info.implicits.get(spec);
      if (obj) return { ident: { kind: 'Ident', name: obj.name, pos: spec.path.pos, end: spec.path.end }, obj, isDeclaration: true };
    }
  }
  return undefined;
}

/** The innermost checked expression at an offset: its text range, mode, type and constant value. */
export interface ExpressionAt {
  expr: Expr;
  mode: string;
  type: string;
  /** The constant's value as Go prints it, for constants. */
  value: string | undefined;
}

export function expressionAt(checked: CheckedPackage, fileName: string, offset: number): ExpressionAt | undefined {
  const file = fileOf(checked, fileName);
  if (!file) return undefined;
  const path = pathAt(file, offset);
  const q = relativeTo(checked.pkg);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i] as Expr;
    const tv = checked.info.types.get(node);
    if (!tv) continue;
    return { expr: node, mode: tv.mode, type: typeString(tv.type, q), value: tv.value ? constString(tv.value) : undefined };
  }
  return undefined;
}

/** The selection (field or method, with its index path) of the selector whose name is at an offset. */
export function selectionAt(checked: CheckedPackage, fileName: string, offset: number): Selection | undefined {
  const file = fileOf(checked, fileName);
  if (!file) return undefined;
  const path = pathAt(file, offset);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    if (node.kind !== 'SelectorExpr') continue;
    const sel = checked.info.selections.get(node);
    if (sel) return sel;
  }
  return undefined;
}

/** Where the object used or declared at `offset` is declared. */
export function definitionAt(checked: CheckedPackage, fileName: string, offset: number): Location | undefined {
  const at = identAt(checked, fileName, offset);
  return at ? locationOf(at.obj) : undefined;
}

export function locationOf(obj: TypeObject): Location | undefined {
  if (obj.pos < 0 || obj.fileName === '') return undefined;
  return { fileName: obj.fileName, pos: obj.pos, end: obj.pos + Math.max(1, obj.name.length) };
}

/** The object at `offset`, described (hover). */
export function describeAt(checked: CheckedPackage, fileName: string, offset: number): (ObjectSummary & { range: Location }) | undefined {
  const at = identAt(checked, fileName, offset);
  if (!at) return undefined;
  return { ...describe(at.obj, relativeTo(checked.pkg)), range: { fileName, pos: at.ident.pos, end: at.ident.end } };
}

/** An object's summary, types qualified by `q`. */
export function describe(obj: TypeObject, q: Qualifier): ObjectSummary {
  return {
    name: obj.name,
    kind: obj instanceof Var && obj.isField ? 'field' : obj instanceof Func && obj.recv !== null ? 'method' : obj.kind,
    detail: objectString(obj, q),
    type: obj.kind === 'pkgname' || obj.kind === 'label' ? '' : typeString(obj.type, q),
    doc: obj.doc,
    location: locationOf(obj),
    pkgPath: obj.pkg?.path ?? '',
  };
}

/** The object's declaration as Go tools print it (go/types' ObjectString). */
export function objectString(obj: TypeObject, q: Qualifier): string {
  const t = (type: Type) => typeString(type, q);
  switch (obj.kind) {
    case 'var':
      return `${obj.isField ? 'field' : 'var'} ${obj.name} ${t(obj.type)}`;
    case 'const': {
      const value = constString(obj.value);
      return `const ${obj.name} ${t(obj.type)} = ${value}`;
    }
    case 'typename': {
      if (obj.isAlias) return `type ${obj.name} = ${t(obj.type)}`;
      const u = obj.type instanceof Named ? obj.type.underlyingType : obj.type;
      return obj.pkg === null ? `type ${obj.name} ${u === obj.type ? obj.name : t(u)}` : `type ${obj.name} ${t(u)}`;
    }
    case 'func': {
      const sig = obj.type instanceof Signature ? obj.type : null;
      if (sig === null) return `func ${obj.name}`;
      const recv = sig.recv;
      const plain = new Signature(sig.params, sig.results, sig.variadic, null);
      if (recv !== null) {
        const name = recv.name !== '' && recv.name !== '_' ? `${recv.name} ` : '';
        return `func (${name}${t(recv.type)}) ${obj.name}${signatureString(plain, q)}`;
      }
      return `func ${obj.name}${signatureString(plain, q)}`;
    }
    case 'pkgname':
      return `package ${obj.name} ("${obj.imported.path}")`;
    case 'builtin':
      return `func ${obj.name}${builtinSignatures[obj.id]}`;
    case 'label':
      return `label ${obj.name}`;
    case 'nil':
      return 'nil';
  }
}

/** The builtins' signatures as Go's documentation spells them (they are not expressible as Go types). */
const builtinSignatures: Record<string, string> = {
  append: '(slice []Type, elems ...Type) []Type',
  cap: '(v Type) int',
  clear: '(t T)',
  complex: '(r, i FloatType) ComplexType',
  copy: '(dst, src []Type) int',
  delete: '(m map[Type]Type1, key Type)',
  imag: '(c ComplexType) FloatType',
  len: '(v Type) int',
  make: '(t Type, size ...IntegerType) Type',
  max: '(x T, y ...T) T',
  min: '(x T, y ...T) T',
  new: '(Type) *Type',
  panic: '(v any)',
  print: '(args ...Type)',
  println: '(args ...Type)',
  real: '(c ComplexType) FloatType',
  recover: '() any',
};

/** A name visible at an offset, for completion. */
export interface VisibleName {
  name: string;
  kind: TypeObject['kind'];
  type: string;
  /** "local", "package", "file" (imports) or "universe". */
  scope: 'local' | 'package' | 'file' | 'universe';
  obj: TypeObject;
}

/** The innermost scope at an offset of a file. */
export function scopeAt(checked: CheckedPackage, fileName: string, offset: number): Scope | undefined {
  const file = fileOf(checked, fileName);
  if (!file) return undefined;
  const fileScope = checked.info.scopes.get(file);
  return fileScope?.innermost(fileName, offset);
}

/** Every name visible at an offset (innermost first, shadowed names dropped). */
export function namesAt(checked: CheckedPackage, fileName: string, offset: number): VisibleName[] {
  const scope = scopeAt(checked, fileName, offset);
  if (!scope) return [];
  const q = relativeTo(checked.pkg);
  const out: VisibleName[] = [];
  const seen = new Set<string>();
  for (let s: Scope | null = scope; s !== null; s = s.parent) {
    const kind: VisibleName['scope'] = s.parent === null ? 'universe' : s === checked.pkg.scope ? 'package' : s.comment.startsWith('file ') ? 'file' : 'local';
    for (const obj of s.visibleAt(offset).filter((o) => s!.lookup(o.name) === o)) {
      if (seen.has(obj.name)) continue;
      seen.add(obj.name);
      out.push({ name: obj.name, kind: obj.kind, type: obj.kind === 'pkgname' ? '' : typeString(obj.type, q), scope: kind, obj });
    }
  }
  return out;
}

/** A field or method of a type. */
export interface Member {
  name: string;
  kind: 'field' | 'method';
  /** The field's type or the method's signature (`func(x int) string`). */
  type: string;
  /** Reached through an embedded field. */
  promoted: boolean;
  /** Only in the method set of the pointer type (a pointer receiver reached through a value). */
  pointerOnly: boolean;
  obj: Var | Func;
}

/** The fields and methods of `T` accessible from package `from` (promoted ones included), sorted by name. */
export function membersOf(T: Type, from: Package | null, q: Qualifier = relativeTo(from)): Member[] {
  const out = new Map<string, Member>();
  const base = underlying(T) instanceof Pointer && !(T instanceof Named) ? (underlying(T) as Pointer).elem : T;
  const names = new Set<string>();
  const collect = (t: Type, depth: number, seen: Set<Type>): void => {
    if (seen.has(t) || depth > 8) return;
    seen.add(t);
    const elem = underlying(t) instanceof Pointer && !(t instanceof Named) ? (underlying(t) as Pointer).elem : t;
    if (elem instanceof Named) for (const m of elem.methods) names.add(m.name);
    const u = underlying(elem);
    if (u instanceof Interface) for (const m of u.allMethods) names.add(m.name);
    if (u instanceof Struct) {
      for (const f of u.fields) {
        names.add(f.name);
        if (f.embedded) collect(f.type, depth + 1, seen);
      }
    }
  };
  collect(base, 0, new Set());
  for (const name of names) {
    const r = lookupFieldOrMethod(T, true, from, name);
    if (r.kind !== 'field' && r.kind !== 'method') continue;
    if (!r.obj.exported && r.obj.pkg !== from) continue;
    const typeText = r.kind === 'method' ? typeString(new Signature((r.obj.type as Signature).params, (r.obj.type as Signature).results, (r.obj.type as Signature).variadic, null), q) : typeString(r.obj.type, q);
    const ptrOnly = r.kind === 'method' && lookupFieldOrMethod(T, false, from, name).kind === 'method' && (lookupFieldOrMethod(T, false, from, name) as { needsPointerReceiver: boolean }).needsPointerReceiver;
    out.set(name, { name, kind: r.kind, type: typeText, promoted: r.index.length > 1, pointerOnly: ptrOnly, obj: r.obj });
  }
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The exported names of a package (its API), sorted. */
export function packageMembers(pkg: Package): ObjectSummary[] {
  const q = relativeTo(pkg);
  return pkg.scope
    .names()
    .map((n) => pkg.scope.lookup(n)!)
    .filter((o) => o.exported)
    .map((o) => describe(o, q));
}

/**
 * Completion after a selector: for `x.` at `offset` (just after the dot, or inside the name after
 * it), the members of x's type or the exports of package x. Undefined when `offset` is not after a selector.
 */
export function selectorMembersAt(checked: CheckedPackage, fileName: string, offset: number): { members: Member[] } | { pkgMembers: ObjectSummary[] } | undefined {
  const file = fileOf(checked, fileName);
  if (!file) return undefined;
  const path = pathAt(file, offset);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    if (node.kind !== 'SelectorExpr') continue;
    if (offset < node.sel.pos - 1) continue;
    return membersOfExpr(checked, node.x);
  }
  return undefined;
}

/** The members of what an expression denotes: a package's exports, a type's methods, a value's fields and methods. */
export function membersOfExpr(checked: CheckedPackage, x: Expr): { members: Member[] } | { pkgMembers: ObjectSummary[] } | undefined {
  if (x.kind === 'Ident') {
    const obj = checked.info.uses.get(x);
    if (obj instanceof PkgName) return { pkgMembers: packageMembers(obj.imported) };
  }
  const tv = checked.info.types.get(x);
  if (!tv) return undefined;
  return { members: membersOf(tv.type, checked.pkg) };
}

/** Every place an object is declared or used, across the given packages, in file and offset order. */
export function referencesOf(packages: Iterable<CheckedPackage>, obj: TypeObject, includeDeclaration = true): Location[] {
  const out: Location[] = [];
  for (const checked of packages) {
    const fileOfIdent = identFiles(checked);
    const add = (id: Ident) => {
      const fileName = fileOfIdent(id);
      if (fileName !== undefined) out.push({ fileName, pos: id.pos, end: id.end });
    };
    if (includeDeclaration) for (const [id, o] of checked.info.defs) if (o === obj) add(id);
    for (const [id, o] of checked.info.uses) if (o === obj) add(id);
  }
  return out.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : a.pos - b.pos));
}

const identFileCache = new WeakMap<Info, Map<Ident, string>>();

/** A lookup from identifier node to its file (identifiers carry offsets only). */
function identFiles(checked: CheckedPackage): (id: Ident) => string | undefined {
  let map = identFileCache.get(checked.info);
  if (!map) {
    map = new Map();
    for (const file of checked.files) {
      walk(file, (node) => {
        if (node.kind === 'Ident') map!.set(node, file.fileName);
      });
    }
    identFileCache.set(checked.info, map);
  }
  const m = map;
  return (id) => m.get(id);
}

/** The function (declaration or literal) enclosing an offset. */
export interface EnclosingFunction {
  /** The declared name, or "func literal". */
  name: string;
  /** `main.f`, `(*main.T).M` or `main.f.func1`-like names are the runtime's business; this is the declaration's own name. */
  node: Node;
  pos: number;
  end: number;
  signature: string;
  obj: Func | undefined;
}

export function enclosingFunction(checked: CheckedPackage, fileName: string, offset: number): EnclosingFunction | undefined {
  const file = fileOf(checked, fileName);
  if (!file) return undefined;
  const path = pathAt(file, offset);
  const q = relativeTo(checked.pkg);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    if (node.kind === 'FuncLit') {
      const t = checked.info.types.get(node)?.type;
      return { name: 'func literal', node, pos: node.pos, end: node.end, signature: t ? typeString(t, q) : 'func()', obj: undefined };
    }
    if (node.kind === 'FuncDecl') {
      const obj = checked.info.defs.get(node.name);
      const func = obj instanceof Func ? obj : undefined;
      return { name: node.name.name, node, pos: node.pos, end: node.end, signature: func ? objectString(func, q) : `func ${node.name.name}`, obj: func };
    }
  }
  return undefined;
}

/** Signature help for the call around an offset. */
export interface CallSignature {
  /** `f(x int, ys ...string) error`. */
  label: string;
  /** Each parameter as printed: `x int`. */
  parameters: string[];
  /** The parameter the offset is in (the last for extra variadic arguments). */
  activeParameter: number;
  doc: string;
  call: CallExpr;
}

export function signatureAt(checked: CheckedPackage, fileName: string, offset: number): CallSignature | undefined {
  const file = fileOf(checked, fileName);
  if (!file) return undefined;
  const path = pathAt(file, offset);
  const q = relativeTo(checked.pkg);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    if (node.kind !== 'CallExpr' || offset <= node.lparen || (node.rparen >= 0 && offset > node.rparen)) continue;
    const t = checked.info.types.get(node.fun)?.type;
    const sig = t ? underlying(t) : undefined;
    if (!(sig instanceof Signature)) continue;
    const parameters = sig.params.vars.map((v, k) => {
      const variadic = sig.variadic && k === sig.params.length - 1;
      const type = variadic ? `...${typeString((v.type as { elem?: Type }).elem ?? v.type, q)}` : typeString(v.type, q);
      return v.name ? `${v.name} ${type}` : type;
    });
    let active = node.args.findIndex((a) => offset <= a.end);
    if (active < 0) active = node.args.length === 0 ? 0 : node.args.length - (offset > node.args[node.args.length - 1].end ? 0 : 1);
    // After a comma past the last argument, the next parameter is active.
    const text = node.args.length > 0 && offset > node.args[node.args.length - 1].end ? node.args.length : active;
    const n = Math.max(0, Math.min(text, parameters.length - 1));
    let name = 'func';
    const fun = node.fun.kind === 'SelectorExpr' ? node.fun.sel : node.fun.kind === 'Ident' ? node.fun : undefined;
    const obj = fun ? checked.info.uses.get(fun) : undefined;
    if (fun) name = fun.name;
    const resultText = signatureString(new Signature(new Tuple([]), sig.results, false, null), q).slice(2);
    return {
      label: `${name}(${parameters.join(', ')})${resultText}`,
      parameters,
      activeParameter: n,
      doc: obj?.doc ?? '',
      call: node,
    };
  }
  return undefined;
}
