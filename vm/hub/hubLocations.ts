// Where the two hubs outside the workspace live: the bundled hub (the repository's `hub/` folder,
// shipped next to `dist/`) and the local hub cache (`~/.amigos/hub-cache` unless configured).
// The host passes in what it knows (the bundle's folder, the environment, the home folder);
// nothing here reads ambient process state.
import { dirname, join } from 'node:path';
import type { HubFileSystem } from './hubFileSystem';

/** The environment variable that moves the hub cache. */
export const hubCacheVariable = 'AMIGOS_HUB_CACHE';

/**
 * The bundled hub for code running from `fromDir`: the first `hub/` folder holding
 * `amigos/amigos.toml` in `fromDir` or a folder above it. That finds `dist/../hub` for the
 * bundles and `vm/hub/../../hub` for the sources run by tsx. Undefined when there is none.
 */
export function locateBundledHub(fromDir: string, fs: HubFileSystem): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'hub');
    if (fs.readFile(join(candidate, 'amigos', 'amigos.toml')) !== undefined) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The hub cache folder: $AMIGOS_HUB_CACHE when set, else `<home>/.amigos/hub-cache`. */
export function defaultHubCache(environment: Record<string, string | undefined>, homeDir: string): string {
  const configured = environment[hubCacheVariable];
  return configured !== undefined && configured !== '' ? configured : join(homeDir, '.amigos', 'hub-cache');
}
