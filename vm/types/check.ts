// The checker's state and entry point for one package: the package being checked, the result
// (Info), the diagnostics, the current file, scope and function, and the bookkeeping of
// package-level declarations (what each object's declaration is, which are being checked, what
// each depends on). The rules themselves live in the check*.ts files, one concern each, as
// functions over this state. `checkPackage` never throws: an internal failure becomes a
// diagnostic at the package clause. It does no IO: imports arrive through a callback.

import type { Expr, File, FuncDecl, FuncLit, Node, Span, TypeSpec, ValueSpec } from '../syntax/index';
import type { ConstValue } from './constant';
import { newInfo, type Info } from './info';
import type { Func, Label, TypeObject, Var } from './objects';
import { operandString, type Operand } from './operand';
import { Package } from './package';
import { Scope } from './scope';
import { relativeTo, typeString, type Named, type Qualifier, type Signature, type Type } from './types';
import { universe } from './universe';

export interface Diagnostic {
  fileName: string;
  /** Offsets of the offending range in its file. */
  pos: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
  /** Set on "declared and not used", "imported and not used" and unused labels (editors fade the code). */
  unused?: true;
}

/** Resolves an import path for a package being checked: the imported package or an error message. */
export type ImportFunc = (path: string, from: Package) => Package | string;

/** What the checker remembers about one package-level declaration until it is checked. */
export interface DeclInfo {
  file: File;
  fileScope: Scope;
  /** The const or var spec (for `var a, b = f()` all names share one DeclInfo). */
  spec?: ValueSpec;
  /** For a const spec without values: the type and values it repeats (with its own iota). */
  typeExpr?: Expr;
  init?: Expr;
  /** For `var a, b = f()`: every variable of the spec. */
  lhs?: Var[];
  iota?: number;
  typeSpec?: TypeSpec;
  funcDecl?: FuncDecl;
}

export interface FuncContext {
  sig: Signature;
  node: FuncDecl | FuncLit;
  /** Local variables declared in the function (not its parameters), for the "declared and not used" check. */
  locals: Var[];
  labels: Map<string, Label>;
  /** The package-level object whose body this is (for dependency tracking), or null. */
  owner: TypeObject | null;
}

export class Checker {
  readonly info: Info = newInfo();
  readonly diagnostics: Diagnostic[] = [];
  readonly qualifier: Qualifier;
  /** The file being checked; errors are reported in it. */
  file: File | null = null;
  scope: Scope;
  fn: FuncContext | null = null;
  /** The value of `iota` inside a constant declaration, else null. */
  iota: ConstValue | null = null;
  readonly decls = new Map<TypeObject, DeclInfo>();
  /** Package-level objects whose declaration is being checked (the path, for cycle errors). */
  readonly declPath: TypeObject[] = [];
  readonly declDone = new Set<TypeObject>();
  /** For each package-level var/const/func: the package-level objects its declaration refers to. */
  readonly deps = new Map<TypeObject, Set<TypeObject>>();
  /** The package-level object whose declaration or body is being checked, for `deps`. */
  depOwner: TypeObject | null = null;
  /** Named types whose underlying type is known. */
  readonly resolvedNamed = new Set<Named>();
  /** Function bodies, checked after every package-level declaration. */
  readonly bodies: (() => void)[] = [];
  /** Methods by receiver base type name, collected before types are checked. */
  readonly methodDecls = new Map<string, { decl: FuncDecl; file: File; fileScope: Scope; obj: Func }[]>();
  /** Variables and constants already reported as part of an initialization cycle. */
  readonly reportedCycles = new Set<TypeObject>();
  /** Dot-imported packages' names (used or not, decided at the end). */
  readonly dotImportNames: TypeObject[] = [];
  /** Whether body-less function declarations are allowed (the standard library's declarations). */
  allowExternal = false;
  /** Spells a position as `file:line:col` for messages that point elsewhere; set by the program. */
  positionText: (fileName: string, offset: number) => string = (fileName, offset) => `${fileName}:${offset}`;

  /** `file:line:col` of an object's declaration. */
  where(obj: { fileName: string; pos: number }): string {
    return this.positionText(obj.fileName, obj.pos);
  }
  readonly fileScopes = new Map<File, Scope>();
  private firstError = false;

  constructor(
    readonly pkg: Package,
    readonly files: File[],
    readonly importPackage: ImportFunc,
  ) {
    this.qualifier = relativeTo(pkg);
    this.scope = pkg.scope;
  }

  get fileName(): string {
    return this.file?.fileName ?? '';
  }

  /** Reports an error at a node (or span) of the current file. */
  /** While checking an inherited constant initializer, errors are reported at the constant's name. */
  errorAt: Span | null = null;

  error(at: Span, message: string): void {
    if (this.errorAt !== null) at = this.errorAt;
    // Follow-on errors about invalid operands or types add nothing once an error is out.
    if (this.firstError && (message.indexOf('invalid operand') > 0 || message.indexOf('invalid type') > 0)) return;
    this.firstError = true;
    this.diagnostics.push({ fileName: this.fileName, pos: at.pos, end: at.end, message, severity: 'error' });
  }

  /** Reports something declared and never used (an error in Go, marked for editors). */
  unused(fileName: string, at: Span, message: string): void {
    this.diagnostics.push({ fileName, pos: at.pos, end: at.end, message, severity: 'error', unused: true });
  }

  errorIn(fileName: string, at: Span, message: string): void {
    this.firstError = true;
    this.diagnostics.push({ fileName, pos: at.pos, end: at.end, message, severity: 'error' });
  }

  /** An operand as the messages print it, types qualified relative to this package. */
  op(x: Operand): string {
    return operandString(x, this.qualifier);
  }

  /** A type as the messages print it. */
  t(type: Type): string {
    return typeString(type, this.qualifier);
  }

  /** Runs `f` with `scope` as the current scope. */
  withScope<T>(scope: Scope, f: () => T): T {
    const saved = this.scope;
    this.scope = scope;
    try {
      return f();
    } finally {
      this.scope = saved;
    }
  }

  /** Opens a child scope of the current one covering `node`, recorded in Info. */
  openScope(node: Node, comment: string, isFunc = false): Scope {
    const scope = new Scope(this.scope, this.fileName, node.pos, node.end, comment, isFunc);
    this.info.scopes.set(node, scope);
    return scope;
  }

  /** Declares `obj` in `scope` (reporting a redeclaration) and records the identifier's definition. */
  declare(scope: Scope, id: { name: string; pos: number; end: number } | null, obj: TypeObject, visibleFrom = -1): boolean {
    if (id !== null && (id as { kind?: string }).kind === 'Ident') this.info.defs.set(id as Extract<Node, { kind: 'Ident' }>, obj);
    if (obj.name === '_') return false;
    const prior = scope.insert(obj, visibleFrom);
    if (prior !== undefined && id !== null) {
      this.error(id, `${obj.name} redeclared in this block\n\t${this.where(prior)}: other declaration of ${obj.name}`);
      return false;
    }
    return true;
  }

  /** Records that the declaration being checked refers to a package-level object. */
  recordDep(obj: TypeObject): void {
    if (this.depOwner === null || obj.pkg !== this.pkg || obj.parent !== this.pkg.scope) return;
    let set = this.deps.get(this.depOwner);
    if (!set) this.deps.set(this.depOwner, (set = new Set()));
    set.add(obj);
  }

  /** Runs `f` in the file of a package-level declaration. */
  inFile<T>(file: File, scope: Scope, f: () => T): T {
    const savedFile = this.file;
    const savedScope = this.scope;
    this.file = file;
    this.scope = scope;
    try {
      return f();
    } finally {
      this.file = savedFile;
      this.scope = savedScope;
    }
  }
}

export interface CheckResult {
  pkg: Package;
  info: Info;
  diagnostics: Diagnostic[];
}

/** The hooks a package check needs: how to import, and the check's phases (filled by checkDecl). */
export interface PackagePhases {
  run(c: Checker): void;
}

/**
 * Checks one package's parsed files. `path` is its import path. Never throws: an internal error
 * becomes a diagnostic.
 */
export function checkFiles(path: string, files: File[], importPackage: ImportFunc, phases: PackagePhases): CheckResult {
  const name = files.find((f) => f.name.name !== '')?.name.name ?? '';
  const pkg = new Package(path, name, universe);
  pkg.files = files;
  const c = new Checker(pkg, files, importPackage);
  try {
    phases.run(c);
  } catch (err) {
    const file = files[0];
    const message = err instanceof Error ? err.message : String(err);
    c.diagnostics.push({
      fileName: file?.fileName ?? '',
      pos: file ? Math.max(0, file.package) : 0,
      end: file ? Math.max(0, file.package) : 0,
      message: `internal error while checking package ${path}: ${message}`,
      severity: 'error',
    });
  }
  return { pkg, info: c.info, diagnostics: c.diagnostics };
}

/** Sorts diagnostics by file and offset, and drops exact duplicates. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const sorted = [...list].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : a.pos - b.pos));
  return sorted.filter((d, i) => i === 0 || d.message !== sorted[i - 1].message || d.pos !== sorted[i - 1].pos || d.fileName !== sorted[i - 1].fileName);
}

