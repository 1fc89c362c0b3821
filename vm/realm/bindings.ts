// The Go source the realm layer adds to a program so that the VM, which knows nothing of realms,
// hands it what it needs. Each package of the hub gets a bind file: an init() that runs after the
// package's own inits and passes pointers to its package variables (name, &v pairs) to the
// `amigos` natives, which load a deployed realm's variables from state through them and save them
// back after the tx. The call's driver is a tiny package whose init marks the end of the init
// phase (handing over `msg` so Sender can follow realm frames) and whose Tx() calls the realm
// function with the caller's arguments as typed Go literals, printing each result with
// fmt.Sprint inside the VM. It deliberately checks nothing: the type checker checks the
// generated source like any other.
import { parseFile, type File } from '../syntax/index';
import * as T from '../types/index';
import { parseAccount } from './accounts';
import { BEGIN_PATH, BIND_PATH } from './natives';

/** The package path of the driver package (it is never a hub path, so nothing can import it). */
export const DRIVER_PATH = 'amigos.tx';
export const DRIVER_FUNC = 'Tx';
/** The file name of the generated bind file in each package. */
export const BIND_FILE = 'zz_amigos_bind.amigo';

const goQuote = (text: string): string => JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** The bind file for a package with these source files (parsed only for names). */
export function bindFile(files: { fileName: string; text: string }[]): { fileName: string; text: string } | null {
  let packageName: string | null = null;
  const names: string[] = [];
  for (const source of files) {
    const file: File = parseFile(source.fileName, source.text).file;
    packageName ??= file.name.name || null;
    for (const decl of file.decls) {
      if (decl.kind !== 'GenDecl') continue;
      for (const spec of decl.specs) {
        if (spec.kind === 'ValueSpec') {
          for (const id of spec.names) {
            if (decl.tok === 'var' && id.name !== '_' && id.name !== '') names.push(id.name);
          }
        }
      }
    }
  }
  if (packageName === null) return null;
  const pairs = names.map((name) => `${goQuote(name)}, &${name}`).join(', ');
  const text = [
    `package ${packageName}`,
    '',
    'import amigos_bind_ "amigos"',
    '',
    `func init() { amigos_bind_.State().For(${goQuote(BIND_PATH)}).Set([]any{${pairs}}) }`,
    '',
  ].join('\n');
  return { fileName: BIND_FILE, text };
}

export interface DriverCall {
  /** The realm's import path (its identity). */
  realm: string;
  func: string;
  /** The arguments as Go expressions (from `goArguments`). */
  args: string[];
  results: number;
  /** Extra imports the argument expressions need: alias → path. */
  imports: Map<string, string>;
  /** Instead of calling `func`: the statements of Tx's body (for tests), ending in a return. */
  body?: string[];
}

/** The driver package's source. */
export function driverSource(call: DriverCall): string {
  const imports = [`amigos_bind_ "amigos"`, `fmt_ "fmt"`, `r_ ${goQuote(call.realm)}`, ...[...call.imports].map(([alias, path]) => `${alias} ${goQuote(path)}`)];
  const results = Array.from({ length: call.results }, (_, i) => `r${i}`);
  const invoke = `r_.${call.func}(${call.args.join(', ')})`;
  const body = call.body !== undefined
    ? call.body.map((line) => `\t${line}`)
    : results.length === 0
    ? [`\t${invoke}`, '\treturn nil']
    : [`\t${results.join(', ')} := ${invoke}`, `\treturn []string{${results.map((r) => `fmt_.Sprint(${r})`).join(', ')}}`];
  return [
    'package amigostx',
    '',
    `import (\n${imports.map((line) => `\t${line}`).join('\n')}\n)`,
    '',
    'var _ = fmt_.Sprint',
    '',
    `func init() { amigos_bind_.State().For(${goQuote(BEGIN_PATH)}).Set(&msg) }`,
    '',
    `func ${DRIVER_FUNC}() []string {`,
    ...body,
    '}',
    '',
  ].join('\n');
}

/** A command-line argument that does not fit its parameter. */
export class ArgumentError extends Error {}

/**
 * The Go expressions for `args` given to a function of signature `sig` in package `realm`, each
 * parsed by its parameter's type: integers (exact, in range), floats, strings, bools and addresses
 * (an account name or a literal address), and named types of those.
 */
export function goArguments(sig: T.Signature, args: string[], realm: string): { exprs: string[]; imports: Map<string, string> } {
  const params = sig.params.vars;
  const imports = new Map<string, string>();
  const fixed = sig.variadic ? params.length - 1 : params.length;
  if (args.length < fixed || (!sig.variadic && args.length > fixed)) {
    const names = params.map((p) => `${p.name} ${T.typeString(p.type)}`).join(', ');
    throw new ArgumentError(`expected ${sig.variadic ? `at least ${fixed}` : fixed} argument${fixed === 1 ? '' : 's'} (${names}), got ${args.length}`);
  }
  const exprs: string[] = [];
  args.forEach((arg, i) => {
    const param = params[Math.min(i, params.length - 1)];
    let type = param.type;
    if (sig.variadic && i >= fixed) type = (type as T.Slice).elem;
    exprs.push(literal(arg, type, param.name, realm, imports));
  });
  return { exprs, imports };
}

function literal(arg: string, type: T.Type, name: string, realm: string, imports: Map<string, string>): string {
  const u = T.underlying(type);
  const where = `argument ${name} (${T.typeString(type)})`;
  if (!(u instanceof T.Basic)) throw new ArgumentError(`${where}: a parameter of this type cannot be given on the command line (ints, floats, strings, bools and addresses can)`);
  let text: string;
  const info = u.info;
  if (u.kind === T.BasicKind.Address) {
    const account = parseAccount(arg);
    if ('error' in account) throw new ArgumentError(`${where}: ${account.error}`);
    text = goQuote(account.address);
  } else if ((info & T.BasicInfo.IsInteger) !== 0) {
    if (!/^[+-]?\d+$/.test(arg)) throw new ArgumentError(`${where}: "${arg}" is not an integer`);
    const value = BigInt(arg);
    const [min, max] = intRange(u.kind);
    if (value < min || value > max) throw new ArgumentError(`${where}: ${arg} is out of range (${min} to ${max})`);
    text = value.toString();
  } else if ((info & T.BasicInfo.IsFloat) !== 0) {
    const value = Number(arg);
    if (arg.trim() === '' || !Number.isFinite(value)) throw new ArgumentError(`${where}: "${arg}" is not a number`);
    text = /[.eE]/.test(String(value)) ? String(value) : `${value}.0`;
  } else if ((info & T.BasicInfo.IsBoolean) !== 0) {
    if (arg !== 'true' && arg !== 'false') throw new ArgumentError(`${where}: "${arg}" is not a bool (true or false)`);
    text = arg;
  } else if ((info & T.BasicInfo.IsString) !== 0) {
    if (/[\ud800-\udfff]/.test(arg.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))) throw new ArgumentError(`${where}: not valid text`);
    text = goQuote(arg);
  } else {
    throw new ArgumentError(`${where}: a parameter of this type cannot be given on the command line`);
  }
  if (type instanceof T.Named) {
    const pkg = type.obj.pkg;
    if (pkg === null) return `${type.obj.name}(${text})`;
    if (pkg.path === realm) return `r_.${type.obj.name}(${text})`;
    let alias = [...imports].find(([, path]) => path === pkg.path)?.[0];
    if (alias === undefined) {
      alias = `p${imports.size}_`;
      imports.set(alias, pkg.path);
    }
    return `${alias}.${type.obj.name}(${text})`;
  }
  if (u.kind === T.BasicKind.Address) return `address(${text})`;
  return `${u.name}(${text})`;
}

function intRange(kind: T.BasicKind): [bigint, bigint] {
  switch (kind) {
    case T.BasicKind.Int8: return [-(2n ** 7n), 2n ** 7n - 1n];
    case T.BasicKind.Int16: return [-(2n ** 15n), 2n ** 15n - 1n];
    case T.BasicKind.Int32: return [-(2n ** 31n), 2n ** 31n - 1n];
    case T.BasicKind.Uint8: return [0n, 2n ** 8n - 1n];
    case T.BasicKind.Uint16: return [0n, 2n ** 16n - 1n];
    case T.BasicKind.Uint32: return [0n, 2n ** 32n - 1n];
    case T.BasicKind.Uint: case T.BasicKind.Uint64: case T.BasicKind.Uintptr: return [0n, 2n ** 64n - 1n];
    default: return [-(2n ** 63n), 2n ** 63n - 1n];
  }
}
