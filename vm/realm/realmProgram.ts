// Builds the program of one call: the target realm and everything it imports, each package with
// its bind file (bindings.ts), checked by vm/types through the hub's resolver, plus the driver
// package that calls the function with the caller's arguments; then compiles it. It also gives
// each package its role (realm, library, driver, built-in) and version for the TxContext.
// It deliberately runs nothing and reads files only through the hub.
import { HubImportResolver, apiOfPackage, type HubPackage, type HubResolver } from '../hub/index';
import * as T from '../types/index';
import { compileProgram, programPackages, type CompiledProgram } from '../compile/program';
import { ArgumentError, BIND_FILE, DRIVER_FUNC, DRIVER_PATH, bindFile, driverSource, goArguments } from './bindings';
import type { PackageRole } from './txContext';
import '../compile/stdlibNatives';
import '../run/stdlib/index';
import './natives';

export interface CallProgram {
  compiled: CompiledProgram;
  roles: Map<string, PackageRole>;
  versions: Map<string, string>;
  /** Each realm's exported API as JSON text, stored at deploy and checked on an upgrade. */
  apis: Map<string, string>;
  /** The entry to pass to CompiledProgram.run. */
  entry: { func: string };
  /** The called function's signature as Go prints it. */
  signature: string;
}

/** Why a call cannot be built: a compile error, an unknown function, a bad argument. */
export class CallError extends Error {
  constructor(
    message: string,
    readonly kind: 'compile' | 'function' | 'argument',
  ) {
    super(message);
  }
}

export interface BuildOptions {
  hub: HubResolver;
  target: HubPackage;
  func: string;
  args: string[];
  /** Compile the instrumented variant (for trace). */
  debug?: boolean;
  /** Extra files for the target package (its tests, for `amigos test`). */
  withTests?: boolean;
  /** A driver body of its own (for `amigos test`): `func` and `args` are then not used. */
  custom?: { imports: Map<string, string>; body: string[] };
}

/** A realm's exported functions (what a tx may call), with signatures, for messages and tools. */
export function exportedFunctions(checked: T.CheckedPackage): { name: string; signature: T.Signature }[] {
  const out: { name: string; signature: T.Signature }[] = [];
  for (const name of checked.pkg.scope.names()) {
    const obj = checked.pkg.scope.lookup(name);
    if (obj === undefined || obj.kind !== 'func' || !obj.exported) continue;
    out.push({ name, signature: obj.type as T.Signature });
  }
  return out;
}

export function buildCall(options: BuildOptions): CallProgram {
  const { hub, target } = options;
  const sources = new HubImportResolver(hub);
  const withBind = (source: T.PackageSource): T.PackageSource => {
    const bind = bindFile(source.files);
    return bind === null ? source : { ...source, files: [...source.files, { fileName: `${source.dir}/${BIND_FILE}`, text: bind.text }] };
  };
  const resolver: T.ImportResolver = {
    resolve(path, fromDir) {
      const found = sources.resolve(path, fromDir);
      return found instanceof Error ? found : withBind(found);
    },
  };
  const program = new T.Program(resolver);
  const own = sources.sources(target, { withTests: options.withTests });
  if (own instanceof Error) throw new CallError(own.message, 'compile');
  const checked = program.check(withBind(own));
  failOnErrors(program);
  if (options.custom !== undefined) {
    const source = driverSource({ realm: target.identity, func: '', args: [], imports: options.custom.imports, results: 0, body: options.custom.body });
    return finishBuild(options, program, program.check({ path: DRIVER_PATH, dir: target.dir, files: [{ fileName: `${DRIVER_PATH}.amigo`, text: source }] }), '');
  }
  const obj = checked.pkg.scope.lookup(options.func);
  if (obj === undefined || obj.kind !== 'func' || !obj.exported) {
    const names = exportedFunctions(checked).map((f) => f.name).join(', ');
    throw new CallError(`${target.identity} has no exported function ${options.func} (it has: ${names || 'none'})`, 'function');
  }
  const sig = obj.type as T.Signature;
  let args: { exprs: string[]; imports: Map<string, string> };
  try {
    args = goArguments(sig, options.args, target.identity);
  } catch (error) {
    if (error instanceof ArgumentError) throw new CallError(`${options.func}: ${error.message}`, 'argument');
    throw error;
  }
  const driver = program.check({
    path: DRIVER_PATH,
    dir: target.dir,
    files: [{ fileName: `${DRIVER_PATH}.amigo`, text: driverSource({ realm: target.identity, func: options.func, args: args.exprs, imports: args.imports, results: sig.results.length }) }],
  });
  return finishBuild(options, program, driver, `func ${options.func}${T.typeString(sig).slice(4)}`);
}

function finishBuild(options: BuildOptions, program: T.Program, driver: T.CheckedPackage, signature: string): CallProgram {
  const { hub } = options;
  failOnErrors(program);
  const packages = programPackages(driver, (path) => program.packages.get(path));
  const compiled = compileProgram(packages, { debug: options.debug });
  if (compiled.errors.length > 0) throw new CallError(compiled.errors.map((e) => `${e.fileName}:${e.line}:${e.col}: ${e.message}`).join('\n'), 'compile');
  const roles = new Map<string, PackageRole>();
  const versions = new Map<string, string>();
  const apis = new Map<string, string>();
  for (const p of packages) {
    const path = p.pkg.path;
    if (path === DRIVER_PATH) {
      roles.set(path, 'driver');
      continue;
    }
    const pkg = hub.packageByIdentity(path);
    if (pkg === undefined) {
      roles.set(path, 'builtin');
      continue;
    }
    roles.set(path, pkg.kind === 'realm' ? 'realm' : 'library');
    versions.set(path, pkg.version);
    if (pkg.kind === 'realm') apis.set(path, JSON.stringify(apiOfPackage(p.pkg)));
  }
  return { compiled, roles, versions, apis, entry: { func: `${DRIVER_PATH}.${DRIVER_FUNC}` }, signature };
}

function failOnErrors(program: T.Program): void {
  const errors = program.allDiagnostics().filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  const lines = errors.slice(0, 20).map((d) => {
    const checked = [...program.packages.values()].find((p) => p.lines.has(d.fileName));
    const pos = checked?.lines.get(d.fileName)?.goPosition(d.pos);
    return `${d.fileName}:${pos?.line ?? 0}:${pos?.column ?? 0}: ${d.message}`;
  });
  throw new CallError(lines.join('\n'), 'compile');
}
