// The import paths that are not hub packages: the deterministic standard library the VM
// implements and the two Amigos packages (DESIGN.md section 3). vm/types' stdlib declarations
// decide what they are; the resolver only has to recognize the paths.
// `amigos` and `amigos/oracle` also have doc-only sources in the bundled hub, for go-to-definition.
import { stdlibSources } from '../types/stdlib/index';

export const amigosPackages: readonly string[] = ['amigos', 'amigos/oracle'];

/** The standard library without the Amigos packages, sorted. */
export const standardLibrary: readonly string[] = Object.keys(stdlibSources)
  .filter((path) => !amigosPackages.includes(path))
  .sort();

/** Importable only from `*_test.amigo` files. */
export const testOnlyPackages: readonly string[] = ['testing'];

export function isBuiltinPath(path: string): boolean {
  return Object.prototype.hasOwnProperty.call(stdlibSources, path);
}

/**
 * Whether a path names a hub package rather than the standard library: like Go, its first
 * segment has a dot (`hub.amigos.dev/...`). Dotless paths may still be workspace modules.
 */
export function looksLikeHubPath(path: string): boolean {
  const first = path.split('/')[0];
  return first.includes('.');
}
