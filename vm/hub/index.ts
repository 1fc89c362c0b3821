// The public entry of the hub layer: amigos.toml manifests, package discovery, import path
// resolution, hub locations and the exported-API diff. Everything outside vm/hub imports from
// here. Test helpers (golden.ts) are not part of it.

export { parseManifest, manifestText, importPathProblem, versionProblem, oracleSources } from './manifest';
export type { Manifest, ManifestDiagnostic, ManifestResult, OracleFeed, OracleSource, PackageKind, Severity, WorkspaceDefaults } from './manifest';
export { nodeFileSystem } from './hubFileSystem';
export type { DirectoryEntry, HubFileSystem } from './hubFileSystem';
export { defaultHubCache, hubCacheVariable, locateBundledHub } from './hubLocations';
export { amigosPackages, isBuiltinPath, looksLikeHubPath, standardLibrary, testOnlyPackages } from './standardLibrary';
export {
  discoverPackages,
  discoverWorkspace,
  isSkippedFolder,
  manifestName,
  packageIdentity,
  sourceExtension,
  sourceOrder,
  testSuffix,
} from './workspace';
export type { DiscoverOptions, HubPackage, PackageSource, PackageTree, Workspace } from './workspace';
export { HubResolver, folderForPath, parseImportPath } from './resolver';
export type { HubResolverOptions, ImportPath, ImportResolution, PackageSummary, PathChild, ResolveOptions } from './resolver';
export { apiOfPackage } from './apiModel';
export type { ApiConst, ApiField, ApiFunc, ApiType, ApiVar, PackageApi } from './apiModel';
export { diffApis, diffPublished, formatApiDiff, releaseProblem, upgradeProblem } from './apiDiff';
export type { ApiChange, ApiDiff, ChangeKind, PublishedApi } from './apiDiff';
export { HubImportResolver } from './hubImportResolver';
export type { PackageSourceFiles } from './hubImportResolver';
export { diffPackages, formatApiDiffReport } from './packageApiDiff';
export type { ApiDiffOptions, ApiDiffReport, ApiDiffSide } from './packageApiDiff';
export { openHub } from './openHub';
export type { OpenHubOptions } from './openHub';
export { findBuiltinDoc } from './builtinDocs';
export type { DocLocation } from './builtinDocs';
