// The import paths that are not hub packages: the deterministic standard library the VM
// implements and the two Amigos packages (DESIGN.md section 3). Their declarations are vm/types'
// built-ins; the resolver only has to recognize the paths.
// `amigos` and `amigos/oracle` also have doc-only sources in the bundled hub, for go-to-definition.

export const standardLibrary: readonly string[] = [
  'bytes',
  'crypto/sha256',
  'encoding/hex',
  'encoding/json',
  'errors',
  'fmt',
  'math',
  'sort',
  'strconv',
  'strings',
  'testing',
  'time',
  'unicode/utf8',
];

export const amigosPackages: readonly string[] = ['amigos', 'amigos/oracle'];

/** Importable only from `*_test.amigo` files. */
export const testOnlyPackages: readonly string[] = ['testing'];

export function isBuiltinPath(path: string): boolean {
  return standardLibrary.includes(path) || amigosPackages.includes(path);
}

/**
 * Whether a path names a hub package rather than the standard library: like Go, its first
 * segment has a dot (`hub.amigos.dev/...`). Dotless paths may still be workspace modules.
 */
export function looksLikeHubPath(path: string): boolean {
  const first = path.split('/')[0];
  return first.includes('.');
}
