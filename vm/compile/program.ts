// Compiles a whole checked program (a main package and everything it imports, dependencies
// first) into one JavaScript factory, links it (method sets on runtime types, struct classes,
// natives) and runs it. Compilation happens once per CompiledProgram; every run calls the factory
// again with a fresh Runtime, so runs are independent and deterministic. It deliberately does no
// I/O and no parsing or checking: callers pass checked packages (vm/types/program.ts) and a Host.

import * as A from '../syntax/index';
import * as T from '../types/index';
import type { CheckedPackage } from '../types/program';
import { stdlibPackage } from '../types/program';
import * as L from '../run/helpers';
import * as I from '../run/ints';
import { Runtime, DebugStop, type MsgValue, type RunOptions, type Variable } from '../run/runtime';
import { GoPanic, OutOfGas, Abort, Types, allocationMeter, type Type } from '../run/values';
import { nativePackage, type NativeExports } from '../run/natives';
import { FuncEmitter, ProgramEmitter, embeddedName, sanitize } from './emitter';
import { fieldKey } from './rtypes';

export interface CompileError {
  fileName: string;
  line: number;
  col: number;
  message: string;
}

/** How a run ended. */
export type RunResult =
  | { outcome: 'ok'; gasUsed: number; gasByPackage: Record<string, number> }
  | { outcome: 'panic'; panic: GoPanic; gasUsed: number; gasByPackage: Record<string, number> }
  | { outcome: 'outOfGas'; gasUsed: number; gasByPackage: Record<string, number> }
  | { outcome: 'abort'; message: string; gasUsed: number; gasByPackage: Record<string, number> }
  | { outcome: 'stopped'; step: number; gasUsed: number; gasByPackage: Record<string, number> }
  /** Go's fatal errors (stack overflow): not recoverable, exit 2. */
  | { outcome: 'fatal'; message: string; gasUsed: number; gasByPackage: Record<string, number> };

export interface CompiledProgram {
  /** Lowering errors (unsupported constructs); a program with errors must not be run. */
  errors: CompileError[];
  /** The generated JavaScript (for tests and for reading). */
  source: string;
  /** Runs `entry` (default: package init, then main.main). */
  run(options: RunOptions, entry?: { func: string; args?: unknown[] }): RunResult & { results?: unknown };
}

export interface CompileOptions {
  /** Compile the instrumented variant (step hooks, frames, locals). */
  debug?: boolean;
}

/** Packages of the program in dependency order (imports first), ending with `main`. */
export function programPackages(main: CheckedPackage, lookup: (path: string) => CheckedPackage | undefined): CheckedPackage[] {
  const order: CheckedPackage[] = [];
  const seen = new Set<string>();
  const visit = (p: CheckedPackage): void => {
    if (seen.has(p.pkg.path)) return;
    seen.add(p.pkg.path);
    for (const imp of p.pkg.imports) {
      const dep = lookup(imp.path) ?? stdlibPackage(imp.path);
      if (dep !== undefined) visit(dep);
    }
    order.push(p);
  };
  visit(main);
  return order;
}

export function compileProgram(packages: CheckedPackage[], options: CompileOptions = {}): CompiledProgram {
  const withBodies = packages.filter((p) => p.files.some((f) => f.decls.some((d) => d.kind === 'FuncDecl' && d.body !== undefined)));
  const prog = new ProgramEmitter(packages, { debug: options.debug === true, attribution: withBodies.length > 1 });
  const functions: string[] = [];
  const globals: string[] = [];
  const inits: string[] = [];
  const globalMeta: { path: string; vars: { name: string; type: Type }[]; js: string[] }[] = [];
  let mainName: string | null = null;
  const exported = new Map<string, string>();
  const globalReaders: string[] = [];
  const nativeVarInits: string[] = [];

  for (const p of packages) {
    const filesWithLines = p.files.map((file) => ({ file, lines: p.lines.get(file.fileName) ?? new A.LineIndex(file.fileName, '') }));
    const initFuncs: string[] = [];
    const meta = { path: p.pkg.path, vars: [] as { name: string; type: Type }[], js: [] as string[] };
    for (const entry of filesWithLines) {
      for (const decl of entry.file.decls) {
        if (decl.kind === 'GenDecl' && decl.tok === 'var') {
          for (const spec of decl.specs) {
            if (spec.kind !== 'ValueSpec') continue;
            for (const id of spec.names) {
              const v = p.info.defs.get(id) as T.Var | undefined;
              if (v === undefined || v === null) continue;
              const js = prog.nameOf(v);
              const zero = zeroCode(prog, v.type);
              const boxed = prog.escapes.boxed.has(v);
              globals.push(`let ${js} = ${boxed ? `new $L.Box(${zero})` : zero};`);
              if (v.name !== '_') {
                meta.vars.push({ name: v.name, type: prog.types.of(v.type) });
                meta.js.push(boxed ? `${js}.v` : js);
                if (p !== packages[packages.length - 1]) globalReaders.push(`${JSON.stringify(`${p.pkg.path}.${v.name}`)}: () => ${boxed ? `${js}.v` : js}`);
              }
            }
          }
        }
        if (decl.kind !== 'FuncDecl') continue;
        const obj = p.info.defs.get(decl.name) as T.Func | undefined;
        if (obj === undefined || obj === null || decl.body === undefined) continue;
        const isInit = decl.recv === undefined && decl.name.name === 'init';
        const js = isInit ? prog.fresh('init') : prog.nameOf(obj);
        if (isInit) initFuncs.push(js);
        if (decl.recv !== undefined) prog.methodNames.set(obj, js);
        const emitter = new FuncEmitter(prog, p, entry, obj.type as T.Signature, goFuncName(obj));
        functions.push(emitter.emitFunction(js, decl.recv, decl.type, decl.body));
        if (p === packages[packages.length - 1] && decl.recv === undefined && decl.name.name === 'main') mainName = js;
        if (decl.recv === undefined && obj.exported) exported.set(`${p.pkg.path}.${obj.name}`, js);
      }
    }
    // A variable of a native package declared without a value takes the native export of its
    // name (the one shared value its natives return, so that errors.Is(err, strconv.ErrRange) holds).
    if (nativePackage(p.pkg.path) !== undefined) {
      const initialized = new Set(p.info.initOrder.flatMap((i) => i.lhs));
      for (const file of p.files) for (const decl of file.decls) {
        if (decl.kind !== 'GenDecl' || decl.tok !== 'var') continue;
        for (const spec of decl.specs) {
          if (spec.kind !== 'ValueSpec' || spec.values.length > 0) continue;
          for (const id of spec.names) {
            const v = p.info.defs.get(id) as T.Var | undefined;
            if (v === undefined || v === null || initialized.has(v) || v.name === '_') continue;
            const js = prog.nameOf(v) + (prog.escapes.boxed.has(v) ? '.v' : '');
            nativeVarInits.push(`${js} = $NV(${JSON.stringify(p.pkg.path)}, ${JSON.stringify(v.name)}, ${js});`);
          }
        }
      }
    }
    const initName = `$init${globalMeta.length}`;
    const emitter = new FuncEmitter(prog, p, filesWithLines[0] ?? { file: emptyFile(), lines: new A.LineIndex('', '') }, new T.Signature(new T.Tuple([]), new T.Tuple([]), false), `${p.pkg.path}.init`);
    functions.push(emitter.emitInit(initName, p.info.initOrder, initFuncs));
    inits.push(initName);
    globalMeta.push(meta);
  }

  const linking = linkMethods(prog, packages);
  const classes = structClasses(prog);
  const header: string[] = ['"use strict";'];
  prog.types.list.forEach((_, i) => header.push(`const $t${i}_ = $T[${i}];`));
  for (const [js, [path, key]] of prog.natives) header.push(`const ${js} = $N(${JSON.stringify(path)}, ${JSON.stringify(key)});`);
  const debugGlobals = options.debug
    ? globalMeta.map((m, i) => `$rt.globalsByPkg.set(${JSON.stringify(m.path)}, () => $GV(${i}, [${m.js.join(', ')}]));`)
    : [];
  let code = [...classes, ...globals, ...functions, ...linking].join('\n');
  // Helpers are bound to local constants: module namespace objects may read through getters,
  // which V8 would not inline.
  const helperNames = new Set<string>();
  code = code.replace(/\$([LI])\.(\w+)/g, (_m, ns: string, name: string) => {
    helperNames.add(`${ns}.${name}`);
    return `$${ns}_${name}`;
  });
  for (const h of [...helperNames].sort()) header.push(`const $${h.replace('.', '_')} = $${h};`);
  const body = [
    ...header,
    code,
    ...debugGlobals,
    `return { init() { ${nativeVarInits.join(' ')} ${inits.map((n) => `${n}();`).join(' ')} }, main: ${mainName ?? 'null'}, funcs: { ${[...exported].map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', ')} }, globals: { ${globalReaders.join(', ')} } };`,
  ].join('\n');

  const errors: CompileError[] = prog.errors.map((e) => {
    const p = packages.find((q) => q.lines.has(e.fileName));
    const pos = p?.lines.get(e.fileName)?.goPosition(e.pos);
    return { fileName: e.fileName, line: pos?.line ?? 0, col: pos?.column ?? 0, message: e.message };
  });
  if (mainName === null && packages.length > 0 && packages[packages.length - 1].pkg.name === 'main') {
    const last = packages[packages.length - 1];
    errors.push({ fileName: last.files[0]?.fileName ?? '', line: 1, col: 1, message: 'function main is undeclared in the main package' });
  }

  type Instance = { init(): void; main: (() => void) | null; funcs: Record<string, (...a: unknown[]) => unknown>; globals: Record<string, () => unknown> };
  type Factory = (...args: unknown[]) => Instance;
  let factory: Factory | null = null;
  const getFactory = (): Factory => {
    if (factory === null) {
       
      factory = new Function('$rt', '$L', '$I', '$T', '$N', '$FS', '$msg', '$GV', '$NV', body) as unknown as Factory;
    }
    return factory;
  };

  return {
    errors,
    source: body,
    run(runOptions, entry) {
      const rt = new Runtime(runOptions);
      allocationMeter.charge = (elements: number) => {
        if (elements >= 8 && (rt.gas -= Math.floor(elements / 8)) < 0) rt.outOfGas();
      };
      rt.pkgPaths = packages.map((p) => p.pkg.path);
      // Without attribution in the code, everything is the entry package's.
      if (!prog.options.attribution) rt.switchPkg(packages.length - 1);
      rt.stmtSites = prog.sites;
      const loaded = new Map<string, NativeExports>();
      const natives = (path: string, key: string) => {
        let exports = loaded.get(path);
        if (exports === undefined) {
          const native = nativePackage(path);
          exports = native === undefined ? {} : native.load({
            rt,
            type: (name) => {
              const t = prog.types.namedTypes.find((n) => n.checker.obj.pkg?.path === path && n.checker.obj.name === name);
              if (t === undefined) throw new Error(`native ${path}: no type ${name}`);
              return t.runtime;
            },
            global: (name) => {
              const read = instance?.globals[`${path}.${name}`];
              if (read === undefined) throw new Error(`native ${path}: no package variable ${name} (or read before the program started)`);
              return read();
            },
            typeIn: (pkgPath, name) => prog.types.namedTypes.find((n) => n.checker.obj.pkg?.path === pkgPath && n.checker.obj.name === name)?.runtime,
          });
          loaded.set(path, exports);
        }
        const fn = exports[key];
        if (fn !== undefined) return fn;
        return () => {
          throw L.throwPanic(new L.Iface(Types.string, `${path}.${key} is not implemented by this VM`));
        };
      };
      const msgValue = makeMsg(prog, runOptions);
      rt.msg = msgValue as MsgValue;
      const gv = (index: number, values: unknown[]): Variable[] =>
        globalMeta[index].vars.map((v, i) => ({ name: v.name, type: v.type.toString(), rtype: v.type, value: values[i] }));
      const finish = <R extends object>(result: R) => ({ ...result, gasUsed: rt.gasUsed(), gasByPackage: rt.gasByPackage() });
      let results: unknown;
      let instance: Instance | null = null;
      try {
        const nativeVar = (path: string, name: string, current: unknown): unknown => {
          natives(path, name);
          const fn = loaded.get(path)?.[name];
          return fn === undefined ? current : fn();
        };
        instance = getFactory()(rt, L, I, prog.types.list, natives, prog.funcSites, msgValue, gv, nativeVar);
        instance.init();
        if (entry !== undefined) {
          const fn = instance.funcs[entry.func];
          if (fn === undefined) throw new Error(`no exported function ${entry.func}`);
          results = fn(...(entry.args ?? []));
        } else if (instance.main !== null) instance.main();
        return { ...finish({ outcome: 'ok' as const }), results };
      } catch (error) {
        if (error instanceof GoPanic) return finish({ outcome: 'panic' as const, panic: error });
        if (error instanceof OutOfGas) return finish({ outcome: 'outOfGas' as const });
        if (error instanceof Abort) return finish({ outcome: 'abort' as const, message: error.message });
        if (error instanceof DebugStop) return finish({ outcome: 'stopped' as const, step: error.step });
        if (error instanceof RangeError && /call stack/i.test(error.message)) {
          return finish({ outcome: 'fatal' as const, message: 'runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow' });
        }
        if (error instanceof RangeError && /Invalid (array|string|typed array) length|allocation failed/i.test(error.message)) {
          return finish({ outcome: 'fatal' as const, message: 'fatal error: runtime: out of memory' });
        }
        throw error;
      }
    },
  };
}

function emptyFile(): A.File {
  return { kind: 'File', fileName: '', pos: 0, end: 0, package: -1, name: { kind: 'Ident', name: '', pos: 0, end: 0 }, decls: [], imports: [], comments: [] };
}

/** Go's name of a function in stack traces: `main.main`, `main.(*T).M`. */
function goFuncName(f: T.Func): string {
  const pkg = f.pkg?.name ?? '';
  const recv = f.recv;
  if (recv === null) return `${pkg}.${f.name}`;
  let t = recv.type;
  let star = '';
  if (t instanceof T.Pointer) {
    star = '*';
    t = t.elem;
  }
  const name = t instanceof T.Named ? t.obj.name : '?';
  return star ? `${pkg}.(*${name}).${f.name}` : `${pkg}.${name}.${f.name}`;
}

function zeroCode(prog: ProgramEmitter, t: T.Type): string {
  const u = T.underlying(t);
  if (u instanceof T.Basic) {
    if ((u.info & T.BasicInfo.IsString) !== 0) return "''";
    if ((u.info & T.BasicInfo.IsBoolean) !== 0) return 'false';
    if ((u.info & T.BasicInfo.IsComplex) !== 0) return '$L.Complex.zero';
    if ((u.info & T.BasicInfo.IsNumeric) !== 0) return '0';
    return 'null';
  }
  if (u instanceof T.Struct || u instanceof T.ArrayType) return `$t${prog.types.ref(t)}_.zero()`;
  return 'null';
}

/** Source lines attaching every named type's method set (with promoted and pointer wrappers). */
function linkMethods(prog: ProgramEmitter, packages: CheckedPackage[]): string[] {
  const out: string[] = [];
  const done = new Set<T.Named>();
  const compiled = new Set(packages.map((p) => p.pkg));
  for (let i = 0; i < prog.types.namedTypes.length; i++) {
    const { checker } = prog.types.namedTypes[i];
    if (done.has(checker) || T.isInterface(checker)) continue;
    done.add(checker);
    const pkg = checker.obj.pkg;
    if (pkg !== null && !compiled.has(pkg)) continue;
    for (const [recvType, isPtr] of [[checker, false], [new T.Pointer(checker), true]] as [T.Type, boolean][]) {
      const target = `$t${prog.types.ref(recvType)}_`;
      for (const entry of T.methodSet(recvType, pkg)) {
        out.push(`${target}.methods[${JSON.stringify(entry.name)}] = ${methodWrapper(prog, checker, isPtr, entry)};`);
      }
    }
  }
  return out;
}

function methodWrapper(prog: ProgramEmitter, base: T.Named, isPtr: boolean, entry: { obj: T.Func; index: number[] }): string {
  const path = entry.index.slice(0, -1);
  let code = 'r';
  let t: T.Type = isPtr ? new T.Pointer(base) : base;
  for (const idx of path) {
    let u = T.underlying(t);
    if (u instanceof T.Pointer) {
      code = `$L.nn(${code})`;
      t = u.elem;
      u = T.underlying(t);
    }
    const f = (u as T.Struct).fields[idx];
    code = `${code}[${JSON.stringify(fieldKey(f.embedded ? embeddedName(f.type) : f.name, idx))}]`;
    t = f.type;
  }
  const m = entry.obj;
  if (T.isInterface(t)) return `function (r, ...a) { const x = $L.nn(${code}); return x.t.methods[${JSON.stringify(m.name)}](x.v, ...a); }`;
  const fn = prog.methodNames.get(m) ?? prog.nameOf(m);
  const wantPtr = m.recv !== null && T.underlying(m.recv.type) instanceof T.Pointer;
  const havePtr = T.underlying(t) instanceof T.Pointer;
  let recv = code;
  if (!wantPtr && havePtr) {
    const elem = (T.underlying(t) as T.Pointer).elem;
    const composite = T.underlying(elem) instanceof T.Struct || T.underlying(elem) instanceof T.ArrayType;
    recv = composite ? `$L.nn(${code})` : `$L.nn(${code}).v`;
  }
  if (recv === 'r') return fn;
  return `function (r, ...a) { return ${fn}(${recv}, ...a); }`;
}

/** A class per struct type, so struct values have one hidden class and a cheap constructor. */
function structClasses(prog: ProgramEmitter): string[] {
  const out: string[] = [];
  const made = new Map<Type, string>();
  for (let i = 0; i < prog.types.list.length; i++) {
    const t = prog.types.list[i];
    const u = t.underlying;
    if (u.kind !== 'struct') continue;
    let cls = made.get(u);
    if (cls === undefined) {
      cls = `$C${i}`;
      made.set(u, cls);
      const params = u.fields.map((f, j) => {
        const fu = f.type.underlying;
        const zero = fu.kind === 'struct' || fu.kind === 'array' ? `$t${prog.types.refRuntime(f.type)}_.zero()` : zeroLiteral(f.type);
        return `f${j} = ${zero}`;
      });
      const assigns = u.fields.map((f, j) => `this[${JSON.stringify(f.key)}] = f${j};`);
      out.push(`class ${cls} { constructor(${params.join(', ')}) { ${assigns.join(' ')} } }`);
      out.push(`$t${prog.types.refRuntime(u)}_.ctor = ${cls};`);
    }
    out.push(`$t${i}_.ctor = ${cls};`);
  }
  return out;
}

function zeroLiteral(t: Type): string {
  if (t.underlying.kind === 'complex64' || t.underlying.kind === 'complex128') return '$L.Complex.zero';
  const z = t.zero();
  if (typeof z === 'string') return "''";
  if (typeof z === 'boolean') return 'false';
  if (typeof z === 'number') return '0';
  return 'null';
}

function makeMsg(prog: ProgramEmitter, options: RunOptions): unknown {
  const t = prog.types.of(T.msgType);
  const value = t.zero() as Record<string, unknown>;
  const realm = options.host.realm;
  if (realm !== undefined) {
    const m = realm.msg();
    value.Sender = m.sender;
    value.Origin = m.origin;
    value.Height = m.height;
    value.Time = I.int64(m.time);
  } else {
    value.Height = options.host.blockHeight ?? 0;
    value.Time = I.int64((options.host.blockTimeNanos ?? 0n) / 1_000_000_000n);
  }
  return value;
}

export { sanitize };
