// Declarations: the phases of a package check (collect every package-level object and import,
// check each declaration on demand with cycle detection, attach methods to their receiver
// types, validate recursive types, check function bodies, compute the initialization order,
// report unused imports), and the const/var/type declarations that also occur inside functions.
// Imports are resolved through the checker's import callback; nothing here reads files.

import type { Expr, File, FuncDecl, GenDecl, Ident, ImportSpec, TypeSpec, ValueSpec } from '../syntax/index';
import { failed } from './operand';
import type { Checker, DeclInfo } from './check';
import { assignError, assignment, inferMarker, initVar, initVars } from './checkAssign';
import { expr } from './checkExpr';
import { funcBody } from './checkStmt';
import { commentText, funcType, notSupported, typExpr } from './checkType';
import { makeInt, unquote, unknownValue } from './constant';
import { computeInitOrder } from './initOrder';
import { Const, Func, PkgName, TypeName, Var, type TypeObject } from './objects';
import { Package } from './package';
import { Scope } from './scope';
import {
  ArrayType, Interface, Named, Pointer, Struct, invalidType, isConstType, isValid, underlying, type Type,
} from './types';

/** Paths that name a left-out part of Go rather than a missing package. */
const leftOutImports: Record<string, string> = {
  C: 'cgo',
  unsafe: 'package unsafe',
  reflect: 'package reflect',
};

/** Standard packages importable only from `*_test.amigo` files (DESIGN.md section 3). */
const testOnlyImports = new Set(['testing']);

/** Whether a file is a test file, the only kind that may import a test-only package. */
function isTestFileName(fileName: string): boolean {
  return fileName.endsWith('_test.amigo');
}

/** Runs every phase of a package check. */
export function checkPackageFiles(c: Checker): void {
  for (const file of c.files) collectFile(c, file);
  testOnlyImportsOutsideTests(c);
  importConflicts(c);
  for (const obj of [...c.decls.keys()]) {
    if (!(obj instanceof Func) || obj.recv === null) objDecl(c, obj);
  }
  // Methods whose receiver is not a type declared in this package are still checked.
  for (const list of c.methodDecls.values()) {
    for (const m of list) {
      if (!c.declDone.has(m.obj)) objDecl(c, m.obj);
    }
  }
  validateTypes(c);
  // By index, not shift(): a body may queue more, and shifting a long array copies it each time.
  for (let i = 0; i < c.bodies.length; i++) c.bodies[i]();
  c.bodies.length = 0;
  computeInitOrder(c);
  unusedImports(c);
}

// ---------------------------------------------------------------------------------------------
// Collection

function collectFile(c: Checker, file: File): void {
  c.file = file;
  const fileScope = new Scope(c.pkg.scope, file.fileName, file.pos, file.end, `file ${file.fileName}`);
  c.fileScopes.set(file, fileScope);
  c.info.scopes.set(file, fileScope);
  if (file.doc && c.pkg.doc === '') c.pkg.doc = commentText(file.doc);
  if (file.name.name !== '' && file.name.name !== c.pkg.name) {
    c.error(file.name, `package ${file.name.name}; expected package ${c.pkg.name}`);
  }
  c.info.defs.set(file.name, null);
  for (const decl of file.decls) {
    if (decl.kind === 'GenDecl') {
      if (decl.tok === 'import') {
        for (const spec of decl.specs) if (spec.kind === 'ImportSpec') importSpec(c, file, fileScope, spec);
      } else collectGenDecl(c, file, fileScope, decl);
    } else if (decl.kind === 'FuncDecl') collectFunc(c, file, fileScope, decl);
  }
  c.file = null;
}

function importSpec(c: Checker, file: File, fileScope: Scope, spec: ImportSpec): void {
  const path = unquote(spec.path.value);
  if (path === null || path === '') {
    c.error(spec.path, `invalid import path: ${spec.path.value}`);
    return;
  }
  if (path in leftOutImports) {
    notSupported(c, spec.path, leftOutImports[path]);
    return;
  }
  let imported = c.importPackage(path, c.pkg);
  if (typeof imported === 'string') {
    c.error(spec.path, imported);
    // A stand-in keeps the file's uses of the package from being reported again.
    const stand = new Package(path, spec.name?.name ?? path.split('/').pop() ?? path, null);
    stand.fake = true;
    imported = stand;
  }
  if (!c.pkg.imports.includes(imported)) c.pkg.imports.push(imported);
  const local = spec.name?.name ?? imported.name;
  if (local === '_') {
    if (spec.name) c.info.defs.set(spec.name, null);
    return;
  }
  const pos = spec.name?.pos ?? spec.path.pos;
  const obj = new PkgName(local === '.' ? imported.name : local, c.pkg, file.fileName, pos, imported);
  obj.decl = spec;
  if (local === '.') {
    // A dot import declares the imported package's exported names in the file scope.
    obj.used = false;
    for (const name of imported.scope.names()) {
      const o = imported.scope.lookup(name)!;
      if (o.exported) fileScope.insert(o);
    }
    c.info.implicits.set(spec, obj);
    c.dotImportNames.push(obj);
    return;
  }
  if (spec.name) c.info.defs.set(spec.name, obj);
  else c.info.implicits.set(spec, obj);
  const prior = fileScope.insert(obj);
  if (prior !== undefined) c.error(spec.name ?? spec.path, `${local} redeclared in this block\n\t${c.where(prior)}: other declaration of ${local}`);
}

/**
 * A test-only package imported by a file that is not a test file is an error at the import, unless
 * the package is a test build: it imports a package checked with its test files (the generated
 * program that runs those tests).
 */
function testOnlyImportsOutsideTests(c: Checker): void {
  const testBuild = c.pkg.imports.some((imp) => imp.files.some((f) => isTestFileName(f.fileName)));
  if (testBuild) return;
  for (const file of c.files) {
    if (isTestFileName(file.fileName)) continue;
    c.file = file;
    for (const spec of file.imports) {
      const path = unquote(spec.path.value);
      if (path !== null && testOnlyImports.has(path)) c.error(spec.path, `package ${path} can only be imported in _test.amigo files`);
    }
    c.file = null;
  }
}

/** A package-level name may not also be the name of an import in one of the files. */
function importConflicts(c: Checker): void {
  for (const scope of c.fileScopes.values()) {
    for (const name of scope.names()) {
      const imp = scope.lookup(name);
      const obj = c.pkg.scope.lookup(name);
      if (!(imp instanceof PkgName) || obj === undefined) continue;
      const info = c.decls.get(obj);
      if (!info) continue;
      c.inFile(info.file, info.fileScope, () =>
        c.error({ pos: obj.pos, end: obj.pos + name.length }, `${name} already declared through import of package ${imp.imported.name} ("${imp.imported.path}")`),
      );
    }
  }
}

function declarePkg(c: Checker, id: Ident, obj: TypeObject, info: DeclInfo): void {
  obj.decl = info.spec ?? info.typeSpec ?? info.funcDecl;
  c.info.defs.set(id, obj);
  c.decls.set(obj, info);
  if (id.name === '_') return;
  const prior = c.pkg.scope.insert(obj);
  if (prior !== undefined) {
    c.error(id, `${id.name} redeclared in this block\n\t${c.where(prior)}: other declaration of ${id.name}`);
  }
}

function specDoc(decl: GenDecl, spec: { doc?: { list: { text: string }[] } }): string {
  if (spec.doc) return commentText(spec.doc);
  if (decl.lparen < 0 && decl.doc) return commentText(decl.doc);
  return '';
}

function collectGenDecl(c: Checker, file: File, fileScope: Scope, decl: GenDecl): void {
  let lastType: Expr | undefined;
  let lastValues: Expr[] = [];
  for (const spec of decl.specs) {
    if (spec.kind === 'TypeSpec') {
      const obj = new TypeName(spec.name.name, invalidType, c.pkg, file.fileName, spec.name.pos);
      obj.doc = specDoc(decl, spec);
      if (spec.assign < 0) obj.type = new Named(obj);
      declarePkg(c, spec.name, obj, { file, fileScope, typeSpec: spec });
      continue;
    }
    if (spec.kind !== 'ValueSpec') continue;
    const doc = specDoc(decl, spec);
    if (decl.tok === 'const') {
      if (spec.values.length > 0 || spec.type !== undefined) {
        lastType = spec.type;
        lastValues = spec.values;
      }
      spec.names.forEach((id, i) => {
        const obj = new Const(id.name, invalidType, c.pkg, file.fileName, id.pos, unknownValue);
        obj.doc = doc;
        declarePkg(c, id, obj, { file, fileScope, spec, typeExpr: lastType, init: lastValues[i], iota: spec.iota });
      });
      if (spec.values.length === 0 && lastValues.length === 0 && spec.type === undefined) {
        c.error(spec.names[0] ?? spec, 'missing init expr for const declaration');
      } else if (lastValues.length < spec.names.length && lastValues.length > 0) {
        c.error(spec.names[lastValues.length], 'missing init expr for const declaration');
      } else if (lastValues.length > spec.names.length && spec.values.length > 0) {
        c.error(lastValues[spec.names.length], 'extra init expr');
      }
      continue;
    }
    // var
    const vars = spec.names.map((id) => {
      const v = new Var(id.name, invalidType, c.pkg, file.fileName, id.pos);
      v.doc = doc;
      v.used = true;
      return v;
    });
    const multi = spec.values.length === 1 && spec.names.length > 1;
    spec.names.forEach((id, i) => {
      const info: DeclInfo = { file, fileScope, spec, typeExpr: spec.type };
      if (multi) {
        info.lhs = vars;
        info.init = spec.values[0];
      } else if (spec.values.length === spec.names.length) info.init = spec.values[i];
      declarePkg(c, id, vars[i], info);
    });
    if (spec.values.length > 0 && !multi && spec.values.length !== spec.names.length) {
      c.inFile(file, fileScope, () => {
        for (const v of spec.values) expr(c, v);
        assignError(c, spec.values, spec.names.length, spec.values.length);
      });
    }
  }
}

function receiverBaseName(e: Expr): string | null {
  let x = e;
  while (x.kind === 'ParenExpr') x = x.x;
  if (x.kind === 'StarExpr') x = x.x;
  while (x.kind === 'ParenExpr') x = x.x;
  if (x.kind === 'Ident') return x.name;
  if (x.kind === 'IndexExpr' || x.kind === 'IndexListExpr') return receiverBaseName(x.x);
  return null;
}

function collectFunc(c: Checker, file: File, fileScope: Scope, decl: FuncDecl): void {
  const id = decl.name;
  const obj = new Func(id.name, invalidType, c.pkg, file.fileName, id.pos);
  obj.doc = decl.doc ? commentText(decl.doc) : '';
  obj.decl = decl;
  const info: DeclInfo = { file, fileScope, funcDecl: decl };
  if (decl.recv !== undefined && decl.recv.list.length > 0) {
    c.info.defs.set(id, obj);
    c.decls.set(obj, info);
    const base = receiverBaseName(decl.recv.list[0].type) ?? '';
    let list = c.methodDecls.get(base);
    if (!list) c.methodDecls.set(base, (list = []));
    list.push({ decl, file, fileScope, obj });
    return;
  }
  if (id.name === 'init' && c.pkg.scope.parent !== null) {
    // init functions are not declared in any scope and may be declared many times.
    c.info.defs.set(id, obj);
    c.decls.set(obj, info);
    if (decl.type.params.list.length > 0 || (decl.type.results?.list.length ?? 0) > 0) {
      c.inFile(file, fileScope, () => c.error(id, 'func init must have no arguments and no return values'));
    }
    return;
  }
  if (id.name === 'main' && c.pkg.name === 'main' && (decl.type.params.list.length > 0 || (decl.type.results?.list.length ?? 0) > 0)) {
    c.inFile(file, fileScope, () => c.error(id, 'func main must have no arguments and no return values'));
  }
  c.inFile(file, fileScope, () => declarePkg(c, id, obj, info));
}

// ---------------------------------------------------------------------------------------------
// Declaration of one package-level object, on demand

/** Makes sure a package-level object's declaration has been checked (no-op for other objects). */
export function objDecl(c: Checker, obj: TypeObject): void {
  if (c.declDone.has(obj)) return;
  const info = c.decls.get(obj);
  if (info === undefined) return;
  if (c.declPath.includes(obj)) {
    cycle(c, obj, info);
    return;
  }
  c.declPath.push(obj);
  const savedOwner = c.depOwner;
  const savedFn = c.fn;
  const savedIota = c.iota;
  const savedErrorAt = c.errorAt;
  c.fn = null;
  c.iota = null;
  c.errorAt = null;
  try {
    c.inFile(info.file, info.fileScope, () => {
      switch (obj.kind) {
        case 'const':
          c.depOwner = obj;
          constDecl(c, obj, info.typeExpr, info.init, info.iota ?? 0, info.spec?.names.find((n) => n.pos === obj.pos) ?? null, info.spec);
          break;
        case 'var':
          c.depOwner = obj;
          varDecl(c, obj, info);
          break;
        case 'typename':
          c.depOwner = null;
          typeDecl(c, obj, info.typeSpec!);
          break;
        case 'func':
          c.depOwner = null;
          funcDecl(c, obj, info);
          break;
      }
    });
  } finally {
    c.declPath.pop();
    c.declDone.add(obj);
    c.depOwner = savedOwner;
    c.fn = savedFn;
    c.iota = savedIota;
    c.errorAt = savedErrorAt;
  }
}

function cycle(c: Checker, obj: TypeObject, info: DeclInfo): void {
  // Types and functions may refer to themselves; constants and variables may not.
  if (obj.kind === 'typename' || obj.kind === 'func') return;
  const start = c.declPath.indexOf(obj);
  const path = c.declPath.slice(start);
  if (path.some((o) => o.kind === 'typename' || o.kind === 'func')) return;
  if (c.reportedCycles.has(obj)) return;
  for (const o of path) c.reportedCycles.add(o);
  c.inFile(info.file, info.fileScope, () => {
    const at = { pos: obj.pos, end: obj.pos + obj.name.length };
    if (path.length === 1) c.error(at, `initialization cycle: ${obj.name} refers to itself`);
    else {
      const lines = path.map((o, i) => `\t${o.name} refers to ${path[(i + 1) % path.length].name}`);
      c.error(at, `initialization cycle for ${obj.name}\n${lines.join('\n')}`);
    }
  });
  obj.type = invalidType;
}

function constDecl(c: Checker, obj: Const, typeExpr: Expr | undefined, init: Expr | undefined, iota: number, id: Ident | null, spec?: ValueSpec): void {
  c.iota = makeInt(iota);
  // A spec without values repeats the previous ones: their errors are reported at this constant.
  const inherited = spec !== undefined && spec.values.length === 0 && init !== undefined && id !== null;
  const savedErrorAt = c.errorAt;
  if (inherited) c.errorAt = id;
  try {
    let t: Type | null = null;
    if (typeExpr !== undefined) {
      t = typExpr(c, typeExpr);
      if (isValid(t) && !isConstType(t)) {
        c.error(typeExpr, `invalid constant type ${c.t(t)}`);
        obj.type = invalidType;
        return;
      }
    }
    if (init === undefined) {
      obj.type = invalidType;
      return;
    }
    const x = expr(c, init, t ?? undefined);
    if (failed(x)) {
      obj.type = invalidType;
      return;
    }
    if (x.mode !== 'constant') {
      c.error(init, `${c.op(x)} is not constant`);
      obj.type = invalidType;
      return;
    }
    if (t !== null && isValid(t)) assignment(c, x, t, 'constant declaration');
    if (failed(x)) {
      obj.type = invalidType;
      return;
    }
    obj.type = x.type;
    obj.value = x.value ?? unknownValue;
  } finally {
    c.iota = null;
    c.errorAt = savedErrorAt;
  }
}

function varDecl(c: Checker, obj: Var, info: DeclInfo): void {
  const t = info.typeExpr !== undefined ? typExpr(c, info.typeExpr) : null;
  if (info.lhs !== undefined) {
    for (const v of info.lhs) {
      v.type = t ?? inferMarker;
      if (v !== obj) c.declDone.add(v);
    }
    initVars(c, info.lhs, [info.init!]);
    const deps = c.deps.get(obj);
    if (deps) for (const v of info.lhs) c.deps.set(v, deps);
    return;
  }
  if (info.init === undefined) {
    obj.type = t ?? invalidType;
    return;
  }
  obj.type = t ?? inferMarker;
  const x = expr(c, info.init, t ?? undefined);
  initVar(c, obj, x, 'variable declaration');
  if (obj.type === inferMarker) obj.type = invalidType;
}

function typeDecl(c: Checker, obj: TypeName, spec: TypeSpec): void {
  if (spec.typeParams !== undefined && spec.typeParams.list.length > 0) {
    notSupported(c, spec.typeParams, 'generic type');
  }
  if (spec.assign >= 0) {
    obj.isAlias = true;
    obj.type = typExpr(c, spec.type);
    return;
  }
  const named = obj.type as Named;
  if (spec.typeParams !== undefined && spec.typeParams.list.length > 0) {
    named.underlyingType = invalidType;
    c.resolvedNamed.add(named);
    return;
  }
  const rhs = typExpr(c, spec.type);
  if (rhs instanceof Named && !c.resolvedNamed.has(rhs) && rhs.obj.pkg === c.pkg) {
    const self = rhs === named;
    c.error(spec.name, self ? `invalid recursive type: ${obj.name} refers to itself` : `invalid recursive type ${obj.name}`);
    named.underlyingType = invalidType;
  } else {
    named.underlyingType = underlying(rhs);
  }
  c.resolvedNamed.add(named);
  if (obj.parent === c.pkg.scope) attachMethods(c, named);
}

function attachMethods(c: Checker, named: Named): void {
  const list = c.methodDecls.get(named.obj.name);
  if (!list) return;
  const u = named.underlyingType;
  for (const m of list) {
    const name = m.obj.name;
    if (name === '_') continue;
    const prior = named.methods.find((x) => x.name === name);
    if (prior) {
      c.inFile(m.file, m.fileScope, () => c.error(m.decl.name, `method ${named.obj.name}.${name} already declared at ${c.where(prior)}`));
      continue;
    }
    if (u instanceof Struct && u.fields.some((f) => f.name === name)) {
      c.inFile(m.file, m.fileScope, () => c.error(m.decl.name, `field and method with the same name ${name}`));
      continue;
    }
    named.methods.push(m.obj);
  }
  for (const m of list) objDecl(c, m.obj);
}

function funcDecl(c: Checker, obj: Func, info: DeclInfo): void {
  const decl = info.funcDecl!;
  if (decl.typeParams !== undefined && decl.typeParams.list.length > 0) {
    notSupported(c, decl.typeParams, 'generic function');
  }
  const scope = c.openScope(decl, `function ${obj.name}`, true);
  c.info.scopes.set(decl.type, scope);
  // Type parameters are reported above; declaring them keeps their uses from cascading.
  for (const f of decl.typeParams?.list ?? []) {
    for (const id of f.names) scope.insert(new TypeName(id.name, invalidType, c.pkg, c.fileName, id.pos));
  }
  let recvType: Type | undefined;
  if (decl.recv !== undefined && decl.recv.list.length > 0) {
    recvType = receiverType(c, decl.recv.list[0].type);
    // A receiver named through an alias (type A = T) declares a method of T.
    const base = recvType instanceof Pointer ? recvType.elem : recvType;
    const written = receiverBaseName(decl.recv.list[0].type);
    if (base instanceof Named && base.obj.pkg === c.pkg && written !== base.obj.name && !base.methods.includes(obj) && obj.name !== '_') {
      if (base.methods.some((m) => m.name === obj.name)) c.error(decl.name, `method ${base.obj.name}.${obj.name} already declared`);
      else base.methods.push(obj);
    }
  }
  const sig = c.withScope(scope, () => funcType(c, decl.type, scope, decl.recv, recvType));
  obj.type = sig;
  if (decl.body === undefined) {
    if (c.allowExternal) obj.external = true;
    else c.error(decl.name, 'missing function body');
    return;
  }
  const body = decl.body;
  const file = info.file;
  c.bodies.push(() => {
    c.inFile(file, scope, () => {
      const saved = c.depOwner;
      c.depOwner = obj;
      try {
        funcBody(c, decl, sig, body, scope);
      } finally {
        c.depOwner = saved;
      }
    });
  });
}

/** The receiver's type, with the receiver rules: a named type of this package, not a pointer or interface. */
function receiverType(c: Checker, e: Expr): Type {
  const t = typExpr(c, e);
  if (!isValid(t)) return t;
  const base = t instanceof Pointer ? t.elem : t;
  if (!(base instanceof Named)) {
    if (base instanceof Pointer) c.error(e, `invalid receiver type ${c.t(t)}`);
    else c.error(e, `cannot define new methods on non-local type ${c.t(base)}`);
    return invalidType;
  }
  if (base.obj.pkg !== c.pkg) {
    c.error(e, `cannot define new methods on non-local type ${c.t(base)}`);
    return invalidType;
  }
  const u = base.underlyingType;
  if (u instanceof Pointer || u instanceof Interface) {
    c.error(e, `invalid receiver type ${c.t(base)} (pointer or interface type)`);
    return invalidType;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Recursive types: a type may not contain itself except through an indirection.

function validateTypes(c: Checker): void {
  const state = new Map<Named, 'visiting' | 'done'>();
  const reported = new Set<Named>();
  const visit = (t: Type, path: Named[]): void => {
    if (t instanceof Named) {
      if (t.obj.pkg !== c.pkg) return;
      const s = state.get(t);
      if (s === 'done') return;
      if (s === 'visiting') {
        const cycleStart = path.indexOf(t);
        const members = path.slice(cycleStart);
        if (members.some((m) => reported.has(m))) return;
        for (const m of members) reported.add(m);
        const first = members.reduce((a, b) => (a.obj.pos <= b.obj.pos ? a : b));
        const info = c.decls.get(first.obj);
        if (info) {
          c.inFile(info.file, info.fileScope, () => {
            const at = { pos: first.obj.pos, end: first.obj.pos + first.obj.name.length };
            if (members.length === 1) c.error(at, `invalid recursive type: ${first.obj.name} refers to itself`);
            else {
              const i = members.indexOf(first);
              const order = [...members.slice(i), ...members.slice(0, i)];
              const lines = order.map((m, j) => `\t${m.obj.name} refers to ${order[(j + 1) % order.length].obj.name}`);
              c.error(at, `invalid recursive type ${first.obj.name}\n${lines.join('\n')}`);
            }
          });
        }
        for (const m of members) m.underlyingType = invalidType;
        return;
      }
      state.set(t, 'visiting');
      visit(t.underlyingType, [...path, t]);
      state.set(t, 'done');
      return;
    }
    if (t instanceof Struct) for (const f of t.fields) visit(f.type, path);
    else if (t instanceof ArrayType) visit(t.elem, path);
    else if (t instanceof Interface) for (const e of t.embeddeds) visit(e, path);
  };
  for (const obj of c.decls.keys()) {
    if (obj instanceof TypeName && obj.type instanceof Named) visit(obj.type, []);
  }
}

// ---------------------------------------------------------------------------------------------
// Imports

function unusedImports(c: Checker): void {
  for (const file of c.files) {
    const scope = c.fileScopes.get(file);
    if (!scope) continue;
    c.file = file;
    for (const spec of file.imports) {
      const obj = (spec.name ? c.info.defs.get(spec.name) : c.info.implicits.get(spec)) as PkgName | undefined | null;
      if (!obj || !(obj instanceof PkgName) || obj.used || obj.imported.fake) continue;
      if (spec.name?.name === '.') {
        const anyUsed = [...c.info.uses.values()].some((o) => o.pkg === obj.imported);
        if (anyUsed) continue;
      }
      const path = unquote(spec.path.value) ?? '';
      const named = spec.name !== undefined && spec.name.name !== obj.imported.name && spec.name.name !== '.';
      c.unused(c.fileName, spec, named ? `"${path}" imported as ${spec.name!.name} and not used` : `"${path}" imported and not used`);
    }
    c.file = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Local declarations (inside function bodies)

export function declStmt(c: Checker, decl: GenDecl): void {
  let lastType: Expr | undefined;
  let lastValues: Expr[] = [];
  for (const spec of decl.specs) {
    if (spec.kind === 'TypeSpec') {
      localType(c, spec);
      continue;
    }
    if (spec.kind !== 'ValueSpec') continue;
    if (decl.tok === 'const') {
      if (spec.values.length > 0 || spec.type !== undefined) {
        lastType = spec.type;
        lastValues = spec.values;
      }
      localConsts(c, spec, lastType, lastValues);
    } else localVars(c, spec);
  }
}

function localConsts(c: Checker, spec: ValueSpec, typeExpr: Expr | undefined, values: Expr[]): void {
  const objs: Const[] = [];
  spec.names.forEach((id, i) => {
    const obj = new Const(id.name, invalidType, c.pkg, c.fileName, id.pos, unknownValue);
    obj.decl = spec;
    constDecl(c, obj, typeExpr, values[i], spec.iota, id, spec);
    c.info.defs.set(id, obj);
    objs.push(obj);
  });
  if (values.length === 0) c.error(spec.names[0] ?? spec, 'missing init expr for const declaration');
  else if (values.length < spec.names.length) c.error(spec.names[values.length], 'missing init expr for const declaration');
  else if (values.length > spec.names.length && spec.values.length > 0) c.error(values[spec.names.length], 'extra init expr');
  spec.names.forEach((id, i) => c.declare(c.scope, id, objs[i], spec.end));
}

function localVars(c: Checker, spec: ValueSpec): void {
  const t = spec.type !== undefined ? typExpr(c, spec.type) : null;
  const vars = spec.names.map((id) => {
    const v = new Var(id.name, t ?? inferMarker, c.pkg, c.fileName, id.pos);
    v.decl = spec;
    return v;
  });
  if (spec.values.length === 0) {
    for (const v of vars) if (v.type === inferMarker) v.type = invalidType;
  } else if (spec.values.length === spec.names.length || spec.values.length === 1) {
    initVars(c, vars, spec.values);
  } else {
    for (const v of spec.values) expr(c, v);
    assignError(c, spec.values, spec.names.length, spec.values.length);
    for (const v of vars) if (v.type === inferMarker) v.type = invalidType;
  }
  spec.names.forEach((id, i) => {
    if (c.declare(c.scope, id, vars[i], spec.end)) c.fn?.locals.push(vars[i]);
  });
}

function localType(c: Checker, spec: TypeSpec): void {
  const obj = new TypeName(spec.name.name, invalidType, c.pkg, c.fileName, spec.name.pos);
  obj.decl = spec;
  if (spec.typeParams !== undefined && spec.typeParams.list.length > 0) notSupported(c, spec.typeParams, 'generic type');
  if (spec.assign >= 0) {
    obj.isAlias = true;
    obj.type = typExpr(c, spec.type);
    c.declare(c.scope, spec.name, obj, spec.end);
    return;
  }
  const named = new Named(obj);
  obj.type = named;
  c.declare(c.scope, spec.name, obj, spec.name.pos);
  const rhs = typExpr(c, spec.type);
  if (rhs === named || containsDirectly(underlying(rhs), named, new Set()) || (rhs instanceof Named && !c.resolvedNamed.has(rhs) && rhs.obj.pkg === c.pkg && rhs.obj.parent !== c.pkg.scope)) {
    c.error(spec.name, `invalid recursive type: ${obj.name} refers to itself`);
    named.underlyingType = invalidType;
  } else named.underlyingType = underlying(rhs);
  c.resolvedNamed.add(named);
}

/** Whether `t` holds `named` without an indirection (for local recursive types). */
function containsDirectly(t: Type, named: Named, seen: Set<Type>): boolean {
  if (t === named) return true;
  if (seen.has(t)) return false;
  seen.add(t);
  if (t instanceof Struct) return t.fields.some((f) => containsDirectly(f.type, named, seen));
  if (t instanceof ArrayType) return containsDirectly(t.elem, named, seen);
  if (t instanceof Named && t.obj.parent !== null) return containsDirectly(t.underlyingType, named, seen);
  return false;
}

