// Checking whole programs: parses and checks a package and, first, everything it imports. The
// standard library and the packages `amigos` and `amigos/oracle` are declared as Go source with
// body-less functions (stdlib/), parsed by our parser and checked like any package, once per
// process. Every other import path goes through an ImportResolver (the hub fills it in). Each
// package is checked once per Program and importers see its exported API; an import cycle is an
// error. Nothing here reads files: sources arrive through the resolver.

import { LineIndex, parseFile, type File } from '../syntax/index';
import { checkFiles, sortDiagnostics, type CheckResult, type Diagnostic } from './check';
import { checkPackageFiles } from './checkDecl';
import type { Info } from './info';
import type { Package } from './package';
import { stdlibSources } from './stdlib/index';

/** A package's source files, as a resolver returns them. */
export interface PackageSource {
  /** The import path (for a package with no import path, such as a single file run: "main"). */
  path: string;
  /** The directory of the package, passed back to the resolver for the package's own imports. */
  dir: string;
  files: { fileName: string; text: string }[];
}

/** Finds the source of a non-standard import path, or says why it cannot (the message is reported at the import). */
export interface ImportResolver {
  resolve(importPath: string, fromDir: string): PackageSource | Error;
}

export interface CheckedPackage {
  pkg: Package;
  info: Info;
  files: File[];
  /** Each file's line index, by file name. */
  lines: Map<string, LineIndex>;
  /** Syntax and type errors of this package's files, sorted by file and offset. */
  diagnostics: Diagnostic[];
  /** The directory the package came from. */
  dir: string;
}

/** Resolves nothing: every non-standard import is an error. */
export const noImports: ImportResolver = {
  resolve: (path) => new Error(`package ${path} is not in the Amigos standard library`),
};

/** Whether an import path belongs to the bundled standard library (including amigos and amigos/oracle). */
export function isStdlibPath(path: string): boolean {
  return Object.prototype.hasOwnProperty.call(stdlibSources, path);
}

/** The standard library packages, checked once per process (they never change). */
const stdlibCache = new Map<string, CheckedPackage>();

function checkStdlib(path: string, importing: string[]): CheckedPackage | string {
  const cached = stdlibCache.get(path);
  if (cached) return cached;
  if (importing.includes(path)) return `import cycle not allowed: ${[...importing, path].join(' -> ')}`;
  const source: PackageSource = { path, dir: `$stdlib/${path}`, files: [{ fileName: `$stdlib/${path}/${path.split('/').pop()}.go`, text: stdlibSources[path] }] };
  const checked = checkSourcePackage(source, (p) => {
    if (!isStdlibPath(p)) return `package ${p} is not in the Amigos standard library`;
    const r = checkStdlib(p, [...importing, path]);
    return typeof r === 'string' ? r : r.pkg;
  }, true);
  stdlibCache.set(path, checked);
  return checked;
}

function checkSourcePackage(source: PackageSource, importPackage: (path: string) => Package | string, allowExternal: boolean): CheckedPackage {
  const files: File[] = [];
  const lines = new Map<string, LineIndex>();
  const diagnostics: Diagnostic[] = [];
  for (const f of source.files) {
    const parsed = parseFile(f.fileName, f.text);
    files.push(parsed.file);
    lines.set(f.fileName, parsed.lines);
    for (const e of parsed.errors) diagnostics.push({ fileName: f.fileName, pos: e.pos, end: e.end, message: e.message, severity: 'error' });
  }
  const result: CheckResult = checkFiles(source.path, files, (path) => importPackage(path), {
    run(c) {
      c.allowExternal = allowExternal;
      c.positionText = (fileName, offset) => lines.get(fileName)?.format(offset) ?? `${fileName}:${offset}`;
      checkPackageFiles(c);
    },
  });
  diagnostics.push(...result.diagnostics);
  return { pkg: result.pkg, info: result.info, files, lines, diagnostics: sortDiagnostics(diagnostics), dir: source.dir };
}

/**
 * A set of checked packages sharing one resolver: each package is checked once, its importers
 * see its exported API. Create a new Program when sources change.
 */
export class Program {
  readonly packages = new Map<string, CheckedPackage>();
  private readonly inProgress: string[] = [];

  constructor(private readonly resolver: ImportResolver = noImports) {}

  /** Checks a package (and, first, its imports). Never throws. */
  check(source: PackageSource): CheckedPackage {
    const existing = this.packages.get(source.path);
    if (existing) return existing;
    this.inProgress.push(source.path);
    try {
      const checked = checkSourcePackage(source, (path) => this.importPackage(path, source.dir), false);
      this.packages.set(source.path, checked);
      return checked;
    } finally {
      this.inProgress.pop();
    }
  }

  private importPackage(path: string, fromDir: string): Package | string {
    if (isStdlibPath(path)) {
      const r = checkStdlib(path, []);
      return typeof r === 'string' ? r : r.pkg;
    }
    if (this.inProgress.includes(path)) {
      return `import cycle not allowed\n\t${[...this.inProgress.slice(this.inProgress.indexOf(path)), path].join(' imports\n\t')}`;
    }
    const first = path.split('/')[0];
    if (!first.includes('.')) {
      // Not a hub path: the resolver may still know it (a workspace package), else it is not in the stdlib.
      const r = safeResolve(this.resolver, path, fromDir);
      if (r instanceof Error) return `package ${path} is not in the Amigos standard library`;
      return this.check(r).pkg;
    }
    const r = safeResolve(this.resolver, path, fromDir);
    if (r instanceof Error) return r.message;
    const done = this.packages.get(r.path);
    if (done) return done.pkg;
    if (this.inProgress.includes(r.path)) {
      return `import cycle not allowed\n\t${[...this.inProgress.slice(this.inProgress.indexOf(r.path)), r.path].join(' imports\n\t')}`;
    }
    return this.check(r).pkg;
  }

  /**
   * Forgets a package and every package that imports it (directly or not), so that the next
   * `check` of each re-reads its sources: call it when a package's files change.
   */
  invalidate(path: string): void {
    const dropped = new Set<string>([path]);
    let changed = true;
    while (changed) {
      changed = false;
      for (const [p, checked] of this.packages) {
        if (dropped.has(p)) continue;
        if (checked.pkg.imports.some((imp) => dropped.has(imp.path))) {
          dropped.add(p);
          changed = true;
        }
      }
    }
    for (const p of dropped) this.packages.delete(p);
  }

  /** Every diagnostic of every package checked so far. */
  allDiagnostics(): Diagnostic[] {
    return [...this.packages.values()].flatMap((p) => p.diagnostics);
  }
}

function safeResolve(resolver: ImportResolver, path: string, fromDir: string): PackageSource | Error {
  try {
    return resolver.resolve(path, fromDir);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

/** Checks a single-package program given as files (the common case of `amigos run file.amigo`). */
export function checkPackage(source: PackageSource, resolver: ImportResolver = noImports): CheckedPackage {
  return new Program(resolver).check(source);
}

/** The checked standard library package at `path` (for tools listing its API), or undefined. */
export function stdlibPackage(path: string): CheckedPackage | undefined {
  if (!isStdlibPath(path)) return undefined;
  const r = checkStdlib(path, []);
  return typeof r === 'string' ? undefined : r;
}
