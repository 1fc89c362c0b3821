// `amigos api-diff OLD NEW` without the command line: finds the two packages (each a package
// folder or an import path such as `hub.amigos.dev/token@v2`), checks each with vm/types, reads
// their exported APIs, diffs them and applies the release rule to their versions. The result is
// plain data plus a text rendering; printing and exit codes are the CLI's.
// It never throws: a package that cannot be found or does not check is reported in the result.
import { Program } from '../types/program';
import { apiOfPackage, type PackageApi } from './apiModel';
import { diffPublished, formatApiDiff, releaseProblem, type ApiDiff } from './apiDiff';
import { HubImportResolver } from './hubImportResolver';
import type { HubFileSystem } from './hubFileSystem';
import { nodeFileSystem } from './hubFileSystem';
import type { HubResolver } from './resolver';
import type { PackageKind } from './manifest';

export interface ApiDiffSide {
  identity: string;
  version: string;
  kind: PackageKind;
  dir: string;
  api: PackageApi;
}

export interface ApiDiffReport {
  old: ApiDiffSide;
  new: ApiDiffSide;
  diff: ApiDiff;
  /** Why publishing NEW after OLD is refused (a breaking change without a new major), or null. */
  refused: string | null;
}

export interface ApiDiffOptions {
  resolver: HubResolver;
  /** Where relative folder arguments start. */
  cwd: string;
  fs?: HubFileSystem;
}

/** Diffs the packages named by `oldSpec` and `newSpec`, or says why it cannot. */
export function diffPackages(oldSpec: string, newSpec: string, options: ApiDiffOptions): ApiDiffReport | Error {
  const fs = options.fs ?? nodeFileSystem;
  const before = loadSide(oldSpec, options, fs);
  if (before instanceof Error) return before;
  const after = loadSide(newSpec, options, fs);
  if (after instanceof Error) return after;
  const diff = diffPublished(before, after);
  return { old: before, new: after, diff, refused: releaseProblem(before.version, after.version, diff) ?? null };
}

/** The report as `amigos api-diff` prints it. */
export function formatApiDiffReport(report: ApiDiffReport): string {
  const counts = `${report.diff.breaking} breaking, ${report.diff.compatible} compatible`;
  const header = `${report.old.identity} ${report.old.version} → ${report.new.identity} ${report.new.version}: ${counts}\n`;
  const verdict = report.refused === null ? 'release: allowed\n' : `release: refused: ${report.refused}\n`;
  return header + formatApiDiff(report.diff).split('\n').slice(1).join('\n') + verdict;
}

function loadSide(spec: string, options: ApiDiffOptions, fs: HubFileSystem): ApiDiffSide | Error {
  const pkg = options.resolver.locate(spec, options.cwd);
  if ('error' in pkg) return new Error(pkg.error);
  const imports = new HubImportResolver(options.resolver, fs);
  const source = imports.sources(pkg);
  if (source instanceof Error) return source;
  const checked = new Program(imports).check(source);
  const errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0];
    const line = (checked.lines.get(first.fileName)?.lineOf(first.pos) ?? 0) + 1;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return new Error(`${pkg.identity} does not check: ${first.fileName}:${line}: ${first.message}${more}`);
  }
  return { identity: pkg.identity, version: pkg.version, kind: pkg.kind, dir: pkg.dir, api: apiOfPackage(checked.pkg) };
}
