// Import path resolution over the three hubs of DESIGN.md section 4, in order: the workspace,
// the bundled hub, the local hub cache. `import "p"` picks the newest v0/v1 of module p, and
// `import "p@vN"` the newest N.x.y; the `version` field of amigos.toml decides, never a folder
// name. Per major, the first source holding any version of it wins, so a workspace copy shadows
// the hubs. Standard-library paths and `amigos`, `amigos/oracle` resolve to vm/types' built-ins.
// It also answers the language server's questions: every package, the children of a path prefix,
// the package of a file. It does not parse or check Amigos source, and it reads files only
// through discovery (workspace.ts) when it is built or refreshed.
import * as semver from 'semver';
import { dirname, join, resolve as resolvePath } from 'node:path';
import type { ManifestDiagnostic, OracleFeed, WorkspaceDefaults } from './manifest';
import { importPathProblem } from './manifest';
import type { HubFileSystem } from './hubFileSystem';
import { nodeFileSystem } from './hubFileSystem';
import {
  discoverPackages,
  discoverWorkspace,
  manifestName,
  packageIdentity,
  sourceOrder,
  type HubPackage,
  type PackageSource,
  type PackageTree,
} from './workspace';
import { amigosPackages, isBuiltinPath, looksLikeHubPath, standardLibrary, testOnlyPackages } from './standardLibrary';

export interface HubResolverOptions {
  /** The workspace folder; omitted for a resolver over the hubs alone. */
  workspace?: string;
  /** The bundled hub folder (see locateBundledHub); omitted for none. */
  bundledHub?: string;
  /** The hub cache folder (see defaultHubCache); omitted, or missing on disk, for none. */
  cache?: string;
  /** Defaults to Node's fs. */
  fs?: HubFileSystem;
}

/** `path` with an optional `@vN` suffix, as written in an import. */
export interface ImportPath {
  path: string;
  /** The major asked for with @vN; undefined for no suffix (newest v0/v1). */
  major?: number;
}

export type ImportResolution =
  | {
      kind: 'builtin';
      path: string;
      /** For `amigos` and `amigos/oracle`: the doc-only sources in the bundled hub, if present. */
      docs?: HubPackage;
    }
  | { kind: 'package'; package: HubPackage; warnings: string[] }
  | { kind: 'error'; message: string };

export interface ResolveOptions {
  /** The import is in a `*_test.amigo` file (where `testing` is allowed). */
  inTestFile?: boolean;
}

/** One package as the language server lists it. */
export interface PackageSummary {
  package: HubPackage;
  /** Every major of its module path, in any source, ascending. */
  majors: number[];
  /** Whether an import of its identity resolves to exactly this package (not shadowed or older). */
  selected: boolean;
}

/** One segment below a prefix, for import-path completion. */
export interface PathChild {
  /** The segment's text (`social`). */
  segment: string;
  /** The full path up to and including the segment (`hub.amigos.dev/social`). */
  path: string;
  /** What an import of `path` resolves to: a package, a built-in, a folder of packages, or a major after `@`. */
  kind: 'package' | 'builtin' | 'folder' | 'major';
  /** Whether longer paths continue below it. */
  hasChildren: boolean;
  /** For a package: the package an import of `path` selects, and its majors. */
  summary?: PackageSummary;
}

export class HubResolver {
  private trees: PackageTree[] = [];
  /** Every version of each module path, in source order: built by refresh. */
  private byPath = new Map<string, HubPackage[]>();
  /** The package of each package folder, the first source winning. */
  private byDir = new Map<string, HubPackage>();
  private oracleFeeds = new Map<string, OracleFeed>();
  private workspaceDefaults: WorkspaceDefaults = {};
  private readonly fs: HubFileSystem;

  constructor(private readonly options: HubResolverOptions) {
    this.fs = options.fs ?? nodeFileSystem;
    this.refresh();
  }

  /** Re-reads every manifest (after an amigos.toml or a folder changed). */
  refresh(): void {
    const trees: PackageTree[] = [];
    let oracle = new Map<string, OracleFeed>();
    this.workspaceDefaults = {};
    if (this.options.workspace !== undefined) {
      // The bundled hub and the cache are their own sources even when they lie in the workspace
      // (a checkout of this repository): walking them twice would shadow them with themselves.
      const exclude = [this.options.bundledHub, this.options.cache].filter((dir): dir is string => dir !== undefined).map((dir) => resolvePath(dir));
      const workspace = discoverWorkspace(resolvePath(this.options.workspace), this.fs, { exclude });
      oracle = workspace.oracle;
      this.workspaceDefaults = workspace.defaults;
      trees.push(workspace);
    }
    if (this.options.bundledHub !== undefined) trees.push(discoverPackages(resolvePath(this.options.bundledHub), 'bundled', this.fs));
    if (this.options.cache !== undefined) trees.push(discoverPackages(resolvePath(this.options.cache), 'cache', this.fs));
    this.trees = trees;
    this.oracleFeeds = oracle;
    this.byPath = new Map();
    this.byDir = new Map();
    for (const tree of trees) {
      for (const pkg of tree.packages) {
        this.byPath.set(pkg.path, [...(this.byPath.get(pkg.path) ?? []), pkg]);
        if (!this.byDir.has(pkg.dir)) this.byDir.set(pkg.dir, pkg);
      }
    }
  }

  /** The workspace's command defaults ([defaults] of its root amigos.toml). */
  get defaults(): WorkspaceDefaults {
    return this.workspaceDefaults;
  }

  /** The workspace's local oracle answers ([oracle] of its root amigos.toml). */
  get oracle(): Map<string, OracleFeed> {
    return this.oracleFeeds;
  }

  /** The root amigos.toml of the workspace, if it has one. */
  get workspaceSettingsFile(): string | undefined {
    return this.trees.find((tree) => tree.source === 'workspace')?.rootManifest?.file;
  }

  /** Every manifest problem found by discovery, in every source. */
  get diagnostics(): ManifestDiagnostic[] {
    return this.trees.flatMap((tree) => tree.diagnostics);
  }

  /** Resolves the text of an import (`"hub.amigos.dev/token@v2"` without the quotes). */
  resolve(text: string, options: ResolveOptions = {}): ImportResolution {
    const parsed = parseImportPath(text);
    if ('error' in parsed) return { kind: 'error', message: parsed.error };
    const { path, major } = parsed;
    if (isBuiltinPath(path)) {
      if (major !== undefined) return { kind: 'error', message: `${path} is built in and has no versions: import "${path}"` };
      if (testOnlyPackages.includes(path) && !options.inTestFile) {
        return { kind: 'error', message: `package ${path} can only be imported in ${'_test.amigo'} files` };
      }
      const docs = amigosPackages.includes(path) ? this.candidates(path).find((pkg) => pkg.source === 'bundled') : undefined;
      return docs ? { kind: 'builtin', path, docs } : { kind: 'builtin', path };
    }
    const all = this.candidates(path);
    if (all.length === 0) return { kind: 'error', message: this.notFound(path) };
    const chosen = this.select(all, major);
    if (!chosen) {
      const wanted = major === undefined ? 'v0 or v1' : `major version ${major}`;
      const there = majorsWithNewest(all)
        .map(([each]) => `v${each} (${(this.select(all, each) as HubPackage).version})`)
        .join(', ');
      return { kind: 'error', message: `${path} has no ${wanted}; there are ${there}` };
    }
    const warnings: string[] = [];
    // Only a released major is worth moving to: a major with pre-releases alone is not announced.
    const released = (major: number): boolean => all.some((pkg) => pkg.major === major && semver.prerelease(pkg.version) === null);
    const newer = majorsWithNewest(all).filter(([each]) => each > Math.max(chosen.major, 1) && released(each));
    if (newer.length > 0) {
      const newestMajor = newer[newer.length - 1][0];
      const newestVersion = (this.select(all, newestMajor) as HubPackage).version;
      warnings.push(
        `a newer major version of ${path} exists: ${packageIdentity(path, newestMajor)} (${newestVersion}); this import uses ${chosen.version}`,
      );
    }
    return { kind: 'package', package: chosen, warnings };
  }

  /** Every package in every source, in source order then path then version. */
  packages(): PackageSummary[] {
    const summaries: PackageSummary[] = [];
    for (const tree of this.trees) {
      for (const pkg of [...tree.packages].sort(byPathThenVersion)) {
        const all = this.candidates(pkg.path);
        const selected = this.select(all, pkg.major) === pkg;
        summaries.push({ package: pkg, majors: majorsWithNewest(all).map(([major]) => major), selected });
      }
    }
    return summaries;
  }

  /**
   * The children of a path prefix, one segment further, for completion. `prefix` up to its last
   * "/" is the parent ("" for the top: the hub hosts, `amigos` and the standard library); text
   * after it is left for the client to filter. Children are sorted by segment. After `path@`,
   * the children are the majors of `path` you can write (`v0`, `v2`, ...).
   */
  children(prefix: string): PathChild[] {
    const at = prefix.lastIndexOf('@');
    if (at > prefix.lastIndexOf('/')) return this.majorsOf(prefix.slice(0, at));
    const slash = prefix.lastIndexOf('/');
    const parent = slash < 0 ? '' : prefix.slice(0, slash + 1);
    const paths = new Set<string>([...standardLibrary, ...amigosPackages, ...this.byPath.keys()]);
    const found = new Map<string, PathChild>();
    for (const path of paths) {
      if (!path.startsWith(parent) || path === parent) continue;
      const rest = path.slice(parent.length);
      const end = rest.indexOf('/');
      const segment = end < 0 ? rest : rest.slice(0, end);
      const childPath = parent + segment;
      const child = found.get(segment) ?? { segment, path: childPath, kind: 'folder', hasChildren: false };
      if (end >= 0) child.hasChildren = true;
      else if (isBuiltinPath(childPath)) child.kind = 'builtin';
      else {
        child.kind = 'package';
        child.summary = this.summaryOf(childPath);
      }
      found.set(segment, child);
    }
    return [...found.values()].sort((a, b) => (a.segment < b.segment ? -1 : a.segment > b.segment ? 1 : 0));
  }

  /** After `path@`: one child per major of `path` (`v1` is written without a suffix, so it is left out). */
  private majorsOf(path: string): PathChild[] {
    const all = this.candidates(path);
    return majorsWithNewest(all)
      .filter(([major]) => major !== 1)
      .map(([major]) => {
        const chosen = this.select(all, major) as HubPackage;
        const summary: PackageSummary = { package: chosen, majors: majorsWithNewest(all).map(([each]) => each), selected: true };
        return { segment: `v${major}`, path: `${path}@v${major}`, kind: 'major' as const, hasChildren: false, summary };
      });
  }

  /** The package whose folder holds `file` directly (its own package), if any. */
  packageOfFile(file: string): HubPackage | undefined {
    return this.byDir.get(dirname(resolvePath(file)));
  }

  /**
   * The package a command-line argument names: a package folder (relative to `cwd`), else an
   * import path (`hub.amigos.dev/token@v2`). A folder outside every source is read on the spot.
   */
  locate(spec: string, cwd: string): HubPackage | { error: string } {
    const dir = resolvePath(cwd, spec);
    const known = this.byDir.get(dir);
    if (known) return known;
    const manifestFile = join(dir, manifestName);
    if (this.fs.readFile(manifestFile) !== undefined) {
      const tree = discoverPackages(dir, 'workspace', this.fs);
      const pkg = tree.packages.find((candidate) => candidate.dir === dir);
      if (pkg) return pkg;
      const problem = tree.diagnostics.find((diagnostic) => diagnostic.file === manifestFile && diagnostic.severity === 'error');
      if (problem) return { error: `${problem.file}:${problem.line}:${problem.column}: ${problem.message}` };
      return { error: `${dir} is not a package: its ${manifestName} has no module` };
    }
    const looksLikeFolder = spec.startsWith('.') || spec.startsWith('/') || spec.includes('\\');
    if (looksLikeFolder || this.fs.readDirectory(dir).length > 0) {
      const below = this.trees.flatMap((tree) => tree.packages).filter((pkg) => pkg.dir.startsWith(dir + '/') || pkg.dir.startsWith(dir + '\\'));
      const hint = below.length > 0 ? `; packages below it: ${below.slice(0, 5).map((pkg) => pkg.identity).join(', ')}${below.length > 5 ? ', ...' : ''}` : '';
      return { error: `${dir} is not a package folder: it has no ${manifestName}${hint}` };
    }
    const resolution = this.resolve(spec);
    if (resolution.kind === 'package') return resolution.package;
    if (resolution.kind === 'builtin') return { error: `${spec} is built into the VM, not a hub package` };
    return { error: `${spec} is neither a package folder nor an importable package: ${resolution.message}` };
  }

  /** The package with this identity (`p` or `p@vN`) that resolution would select. */
  packageByIdentity(identity: string): HubPackage | undefined {
    const resolution = this.resolve(identity);
    return resolution.kind === 'package' ? resolution.package : undefined;
  }

  /** Every version of module `path` in every source, in source order. */
  candidates(path: string): HubPackage[] {
    return this.byPath.get(path) ?? [];
  }

  private summaryOf(path: string): PackageSummary | undefined {
    const all = this.candidates(path);
    const chosen = this.select(all, undefined) ?? this.select(all, Math.max(...all.map((pkg) => pkg.major)));
    return chosen ? { package: chosen, majors: majorsWithNewest(all).map(([major]) => major), selected: true } : undefined;
  }

  /**
   * The package an import selects among `all` (every version of one path, in source order): the
   * first source with any version of the wanted major(s), and in it the newest release (a
   * pre-release only when that source has no release).
   */
  private select(all: HubPackage[], major: number | undefined): HubPackage | undefined {
    const wanted = (pkg: HubPackage): boolean => (major === undefined || major <= 1 ? pkg.major <= 1 && (major === undefined || pkg.major === major) : pkg.major === major);
    for (const source of sourceOrder) {
      const inSource = all.filter((pkg) => pkg.source === source && wanted(pkg));
      if (inSource.length === 0) continue;
      const releases = inSource.filter((pkg) => semver.prerelease(pkg.version) === null);
      return newest(releases.length > 0 ? releases : inSource);
    }
    return undefined;
  }

  private notFound(path: string): string {
    const below = this.children(`${path}/`).map((child) => child.path);
    if (below.length > 0) return `${path} is not a package; below it are ${below.join(', ')}`;
    if (!looksLikeHubPath(path)) {
      const std = standardLibrary.filter((each) => !testOnlyPackages.includes(each)).join(', ');
      return `package ${path} is not in the Amigos standard library (${std}; amigos, amigos/oracle; testing in tests)`;
    }
    const invalid = this.trees.flatMap((tree) => tree.invalid).filter((each) => each.module === path);
    if (invalid.length > 0) {
      return `package ${path} cannot be used: its ${invalid.map((each) => each.file).join(' and its ')} has errors`;
    }
    const searched = this.trees.map((tree) => `${describeSource(tree.source)} (${tree.root})`);
    return `cannot find package ${path} in ${searched.length > 0 ? searched.join(', ') : 'any hub (none is configured)'}`;
  }
}

/** Splits `p@vN` into path and major; an error for any other suffix or a malformed path. */
export function parseImportPath(text: string): ImportPath | { error: string } {
  const at = text.indexOf('@');
  const path = at < 0 ? text : text.slice(0, at);
  const problem = importPathProblem(path);
  if (problem) return { error: `invalid import path "${text}": ${problem}` };
  if (at < 0) return { path };
  const suffix = text.slice(at + 1);
  const match = /^v(0|[1-9][0-9]*)$/.exec(suffix);
  if (!match) return { error: `invalid import path "${text}": after "@" comes a major version like @v2, not "@${suffix}"` };
  return { path, major: Number(match[1]) };
}

/** The folder a module path would occupy below a hub root, for tools that create packages. */
export function folderForPath(root: string, path: string): string {
  return join(root, ...path.split('/'));
}

function describeSource(source: PackageSource): string {
  return source === 'workspace' ? 'the workspace' : source === 'bundled' ? 'the bundled hub' : 'the hub cache';
}

/** [major, newest version in it] for every major of `all`, ascending by major. */
function majorsWithNewest(all: HubPackage[]): Array<[number, string]> {
  const byMajor = new Map<number, HubPackage[]>();
  for (const pkg of all) byMajor.set(pkg.major, [...(byMajor.get(pkg.major) ?? []), pkg]);
  return [...byMajor.entries()].sort(([a], [b]) => a - b).map(([major, pkgs]) => [major, (newest(pkgs) as HubPackage).version]);
}

function newest(pkgs: HubPackage[]): HubPackage | undefined {
  let best: HubPackage | undefined;
  for (const pkg of pkgs) if (!best || semver.gt(pkg.version, best.version)) best = pkg;
  return best;
}

function byPathThenVersion(a: HubPackage, b: HubPackage): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return semver.compare(a.version, b.version);
}
