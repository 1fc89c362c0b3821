// Package discovery: walks one folder tree (a workspace, the bundled hub or the hub cache) and
// turns every folder holding an amigos.toml with a `module` into a HubPackage with its files.
// A workspace also has settings: the [oracle] table (and later defaults) of the amigos.toml at its
// root, with or without a module.
// It does not choose between versions or sources: resolver.ts does. It reads only through the
// HubFileSystem it is given, and walks in sorted order so that the result never depends on the
// host's directory order.
import { basename, join } from 'node:path';
import { parseManifest, type Manifest, type ManifestDiagnostic, type OracleFeed, type PackageKind, type WorkspaceDefaults } from './manifest';
import type { HubFileSystem } from './hubFileSystem';

export const manifestName = 'amigos.toml';
export const sourceExtension = '.amigo';
export const testSuffix = '_test.amigo';

/**
 * Folders never searched for packages: dependencies, version control, the node's own state, and
 * (as the go tool does) `testdata` and names starting with "." or "_".
 */
export const skippedFolders: ReadonlySet<string> = new Set(['node_modules', '.git', '.amigos', 'testdata']);

export function isSkippedFolder(name: string): boolean {
  return skippedFolders.has(name) || name.startsWith('.') || name.startsWith('_');
}

/** Where a package was found, in resolution order. */
export type PackageSource = 'workspace' | 'bundled' | 'cache';
export const sourceOrder: readonly PackageSource[] = ['workspace', 'bundled', 'cache'];

export interface HubPackage {
  /** The module path of its amigos.toml, without any @vN. */
  path: string;
  /** `path` for majors 0 and 1, `path@vN` from 2 on: two identities are two packages with two states. */
  identity: string;
  version: string;
  major: number;
  kind: PackageKind;
  description: string;
  source: PackageSource;
  /** The folder holding amigos.toml. */
  dir: string;
  manifestFile: string;
  /** The `.amigo` files directly in `dir`, except tests; sorted. */
  files: string[];
  /** The `*_test.amigo` files directly in `dir`; sorted. */
  testFiles: string[];
  /** The file named after the last path segment, else the first file; undefined with no files. */
  mainFile?: string;
}

export interface PackageTree {
  root: string;
  source: PackageSource;
  packages: HubPackage[];
  /** The manifest at the root, when there is one (with or without a module). */
  rootManifest?: Manifest;
  diagnostics: ManifestDiagnostic[];
  /** Manifests left out because of errors, with the module they name (when it could be read). */
  invalid: Array<{ file: string; module?: string }>;
}

export interface Workspace extends PackageTree {
  /** The local oracle answers: the [oracle] table of the root amigos.toml. */
  oracle: Map<string, OracleFeed>;
  /** The [defaults] of the root amigos.toml. */
  defaults: WorkspaceDefaults;
}

/** The identity of major `major` of the module `path`: `path` for 0 and 1, `path@vN` after. */
export function packageIdentity(path: string, major: number): string {
  return major >= 2 ? `${path}@v${major}` : path;
}

/** Discovers the packages of a workspace rooted at `root` and reads its settings. */
export function discoverWorkspace(root: string, fs: HubFileSystem, options: DiscoverOptions = {}): Workspace {
  const tree = discoverPackages(root, 'workspace', fs, options);
  const oracle = tree.rootManifest?.oracle ?? new Map<string, OracleFeed>();
  return { ...tree, oracle, defaults: tree.rootManifest?.defaults ?? {} };
}

/**
 * Discovers every package in the tree below `root` (the root included). Packages may nest:
 * `amigos/oracle` lives inside `amigos`. Within one tree, a second folder with the same module
 * and version is reported and left out.
 */
export interface DiscoverOptions {
  /** Folders not to walk into: the bundled hub and the cache when they lie inside a workspace. */
  exclude?: string[];
}

export function discoverPackages(root: string, source: PackageSource, fs: HubFileSystem, options: DiscoverOptions = {}): PackageTree {
  const excluded = new Set(options.exclude ?? []);
  const tree: PackageTree = { root, source, packages: [], diagnostics: [], invalid: [] };
  const seen = new Map<string, HubPackage>();
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.shift() as string;
    const entries = [...fs.readDirectory(dir)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const children = entries
      .filter((entry) => entry.isDirectory && !isSkippedFolder(entry.name))
      .map((entry) => join(dir, entry.name))
      .filter((child) => !excluded.has(child));
    pending.unshift(...children);
    if (!entries.some((entry) => !entry.isDirectory && entry.name === manifestName)) continue;
    const manifestFile = join(dir, manifestName);
    const text = fs.readFile(manifestFile);
    if (text === undefined) continue;
    const { manifest, diagnostics } = parseManifest(text, manifestFile);
    tree.diagnostics.push(...diagnostics);
    if (!manifest) continue;
    const atRoot = dir === root;
    if (atRoot) tree.rootManifest = manifest;
    if (!atRoot && source === 'workspace') {
      if (Object.keys(manifest.defaults).length > 0) tree.diagnostics.push(rootOnlyWarning('defaults', manifestFile, 1, root));
      if (manifest.oracle.size > 0) tree.diagnostics.push(rootOnlyWarning('oracle', manifestFile, manifest.oracleLine ?? 1, root));
    }
    if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
      // A package with a broken manifest is left out rather than guessed at (a wrong version
      // could win a resolution); its import then names this file.
      const module = manifest.module ?? /^\s*module\s*=\s*"([^"]*)"/m.exec(text)?.[1];
      tree.invalid.push(module === undefined ? { file: manifestFile } : { file: manifestFile, module });
      continue;
    }
    if (manifest.module === undefined) {
      if (!atRoot) {
        tree.diagnostics.push({
          file: manifestFile,
          line: 1,
          column: 1,
          severity: 'warning',
          message: `${manifestName} has no module: only the workspace root may hold settings without one, so this folder is not a package`,
        });
      }
      continue;
    }
    const pkg = makePackage(manifest, dir, source, entries.filter((entry) => !entry.isDirectory).map((entry) => entry.name));
    const key = `${pkg.path} ${pkg.version}`;
    const earlier = seen.get(key);
    if (earlier) {
      tree.diagnostics.push({
        file: manifestFile,
        line: 1,
        column: 1,
        severity: 'error',
        message: `${pkg.path} ${pkg.version} is also in ${earlier.dir}; this copy is ignored (give one of them another version)`,
      });
      continue;
    }
    seen.set(key, pkg);
    if (pkg.files.length === 0) {
      tree.diagnostics.push({ file: manifestFile, line: 1, column: 1, severity: 'warning', message: `package ${pkg.identity} has no ${sourceExtension} files` });
    }
    tree.packages.push(pkg);
  }
  return tree;
}

/** The warning on a workspace setting table found below the root, where it is not read. */
function rootOnlyWarning(table: 'defaults' | 'oracle', file: string, line: number, root: string): ManifestDiagnostic {
  return {
    file,
    line,
    column: 1,
    severity: 'warning',
    message: `[${table}] is read only from the workspace root's ${manifestName} (${join(root, manifestName)}); this one is ignored`,
  };
}

function makePackage(manifest: Manifest, dir: string, source: PackageSource, fileNames: string[]): HubPackage {
  const path = manifest.module as string;
  const amigoFiles = fileNames.filter((name) => name.endsWith(sourceExtension)).sort();
  const files = amigoFiles.filter((name) => !name.endsWith(testSuffix)).map((name) => join(dir, name));
  const testFiles = amigoFiles.filter((name) => name.endsWith(testSuffix)).map((name) => join(dir, name));
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  const mainFile = files.find((file) => basename(file) === `${lastSegment}${sourceExtension}`) ?? files[0];
  return {
    path,
    identity: packageIdentity(path, manifest.major),
    version: manifest.version,
    major: manifest.major,
    kind: manifest.kind,
    description: manifest.description,
    source,
    dir,
    manifestFile: manifest.file,
    files,
    testFiles,
    mainFile,
  };
}
