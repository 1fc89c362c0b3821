// The hub's side of vm/types' ImportResolver (vm/types/program.ts): for an import path that is
// not a standard-library path, the sources of the package the hub resolution selects. The
// package's path is its identity (`hub.amigos.dev/token@v2` for a v2), so the checker's Program
// checks each major once, as its own package. Test files are never part of an import.
// It adds nothing to resolution (resolver.ts decides) and reads files only through the
// HubFileSystem. Resolution warnings (a newer major exists) do not fit the checker's interface:
// the language server asks HubResolver.resolve for them.
import type { HubFileSystem } from './hubFileSystem';
import { nodeFileSystem } from './hubFileSystem';
import type { HubResolver } from './resolver';
import type { HubPackage } from './workspace';

/** vm/types' PackageSource, declared here by shape so that the hub does not depend on the checker. */
export interface PackageSourceFiles {
  path: string;
  dir: string;
  files: { fileName: string; text: string }[];
}

export class HubImportResolver {
  private readonly fs: HubFileSystem;

  constructor(
    private readonly resolver: HubResolver,
    fs?: HubFileSystem,
  ) {
    this.fs = fs ?? nodeFileSystem;
  }

  /** The sources of the package `importPath` selects, or why there is none. `fromDir` is the importer's folder. */
  resolve(importPath: string, _fromDir: string): PackageSourceFiles | Error {
    const resolution = this.resolver.resolve(importPath);
    if (resolution.kind === 'error') return new Error(resolution.message);
    if (resolution.kind === 'builtin') {
      // vm/types answers built-in paths before asking; reaching here means it does not know this one.
      return new Error(`package ${resolution.path} is built in, but the checker has no declarations for it`);
    }
    return this.sources(resolution.package);
  }

  /** The sources of a hub package, with its test files when asked (for `amigos test`). */
  sources(pkg: HubPackage, options: { withTests?: boolean } = {}): PackageSourceFiles | Error {
    const fileNames = options.withTests ? [...pkg.files, ...pkg.testFiles] : pkg.files;
    const files: { fileName: string; text: string }[] = [];
    for (const fileName of fileNames) {
      const text = this.fs.readFile(fileName);
      if (text === undefined) return new Error(`cannot read ${fileName} of package ${pkg.identity}`);
      files.push({ fileName, text });
    }
    if (files.length === 0) return new Error(`package ${pkg.identity} (${pkg.dir}) has no .amigo files`);
    return { path: pkg.identity, dir: pkg.dir, files };
  }
}
