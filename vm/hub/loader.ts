// Loads hub packages for checking: it is the checker's ImportFunc. An import path is resolved by
// the HubResolver; a built-in path (fmt, amigos, ...) is handed to vm/types' built-in
// declarations; a hub package is read, parsed and checked once per identity (`p`, `p@vN`) and
// shared by every importer. Import cycles are reported, naming the whole cycle.
// It reads files only through the HubFileSystem, keeps parse errors and check diagnostics per
// package for the caller, and never throws. It does not decide what a diagnostic looks like to a
// user (line and column conversion is the caller's, with the kept LineIndex of each file).
import { parseFile, type File, type LineIndex, type SyntaxError } from '../syntax/index';
import type { CheckResult, Diagnostic, ImportFunc } from '../types/check';
import type { Package } from '../types/index';
import type { HubFileSystem } from './hubFileSystem';
import { nodeFileSystem } from './hubFileSystem';
import type { HubResolver } from './resolver';
import type { HubPackage } from './workspace';

/** Checks one package's parsed files (vm/types' entry), importing through `importPackage`. */
export type CheckPackage = (path: string, files: File[], importPackage: ImportFunc) => CheckResult;

/** The built-in package of a standard-library or `amigos` path, or an error message. */
export type BuiltinPackage = (path: string) => Package | string;

export interface LoaderOptions {
  check: CheckPackage;
  builtin: BuiltinPackage;
  fs?: HubFileSystem;
}

export interface LoadOptions {
  /** Check the package's `*_test.amigo` files with it (for `amigos test`); only they may import `testing`. */
  withTests?: boolean;
}

export interface ParsedFile {
  fileName: string;
  text: string;
  file: File;
  lines: LineIndex;
  errors: SyntaxError[];
}

export interface LoadedPackage {
  hub: HubPackage;
  /** The checked package; its `path` is the identity (`hub.amigos.dev/token@v2`). */
  pkg: Package;
  files: ParsedFile[];
  /** The checker's diagnostics (offsets into `files`). */
  diagnostics: Diagnostic[];
  /** Resolution warnings of its imports (a newer major exists), by import path. */
  importWarnings: Map<string, string[]>;
}

export class PackageLoader {
  private readonly loaded = new Map<string, LoadedPackage>();
  /** Identities being loaded, innermost last, for cycle errors. */
  private readonly loading: string[] = [];
  private readonly fs: HubFileSystem;

  constructor(
    private readonly resolver: HubResolver,
    private readonly options: LoaderOptions,
  ) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  /**
   * Loads (parses and checks) a hub package and, through it, everything it imports (without their
   * tests). Loaded once per identity, and once more with its tests when asked.
   */
  load(hub: HubPackage, options: LoadOptions = {}): LoadedPackage {
    const withTests = options.withTests === true;
    const key = withTests ? `${hub.identity} (with tests)` : hub.identity;
    const known = this.loaded.get(key);
    if (known && known.hub === hub) return known;
    this.loading.push(hub.identity);
    try {
      const files = [...hub.files, ...(withTests ? hub.testFiles : [])].map((fileName) => this.parse(fileName));
      const importWarnings = new Map<string, string[]>();
      const importPackage: ImportFunc = (path) => this.importFor(path, importWarnings, withTests);
      const result = this.options.check(hub.identity, files.map((parsed) => parsed.file), importPackage);
      const loaded: LoadedPackage = { hub, pkg: result.pkg, files, diagnostics: result.diagnostics, importWarnings };
      this.loaded.set(key, loaded);
      return loaded;
    } finally {
      this.loading.pop();
    }
  }

  /** The checker's ImportFunc for a package being checked outside the hub (a file given to `run`). */
  importFunc(options: { inTestFile?: boolean; warnings?: Map<string, string[]> } = {}): ImportFunc {
    return (path) => this.importFor(path, options.warnings ?? new Map(), options.inTestFile === true);
  }

  /** The loaded package of an identity, if it was loaded. */
  loadedPackage(identity: string): LoadedPackage | undefined {
    return this.loaded.get(identity);
  }

  /** Forgets every loaded package (after files changed); the next load re-reads them. */
  clear(): void {
    this.loaded.clear();
  }

  private importFor(path: string, warnings: Map<string, string[]>, inTestFile: boolean): Package | string {
    const resolution = this.resolver.resolve(path, { inTestFile });
    if (resolution.kind === 'error') return resolution.message;
    if (resolution.kind === 'builtin') return this.options.builtin(resolution.path);
    if (resolution.warnings.length > 0) warnings.set(path, resolution.warnings);
    const identity = resolution.package.identity;
    const cycleStart = this.loading.indexOf(identity);
    if (cycleStart >= 0) return `import cycle not allowed: ${[...this.loading.slice(cycleStart), identity].join(' → ')}`;
    return this.load(resolution.package).pkg;
  }

  private parse(fileName: string): ParsedFile {
    const text = this.fs.readFile(fileName);
    if (text === undefined) {
      const parsed = parseFile(fileName, '');
      return { fileName, text: '', ...parsed, errors: [{ pos: 0, end: 0, message: `cannot read ${fileName}` }] };
    }
    const parsed = parseFile(fileName, text);
    return { fileName, text, ...parsed };
  }
}
