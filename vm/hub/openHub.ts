// One call to get the hub a host needs: the workspace it names, the bundled hub found from the
// running code, and the hub cache from the environment (or the given folder). The CLI and the
// language server pass in what they know of the host; nothing here reads process state itself.
import { defaultHubCache, locateBundledHub } from './hubLocations';
import type { HubFileSystem } from './hubFileSystem';
import { nodeFileSystem } from './hubFileSystem';
import { HubResolver } from './resolver';

export interface OpenHubOptions {
  /** The workspace folder (the CLI's current folder, the editor's workspace folder). */
  workspace: string;
  /** The folder of the running code (`__dirname` of the bundle): the bundled hub is found from it. */
  codeDir: string;
  /** The environment ($AMIGOS_HUB_CACHE) and the home folder, for the hub cache. */
  environment: Record<string, string | undefined>;
  homeDir: string;
  /** An explicit hub cache folder, instead of the environment's or the default. */
  cache?: string;
  fs?: HubFileSystem;
}

export function openHub(options: OpenHubOptions): HubResolver {
  const fs = options.fs ?? nodeFileSystem;
  return new HubResolver({
    workspace: options.workspace,
    bundledHub: locateBundledHub(options.codeDir, fs),
    cache: options.cache ?? defaultHubCache(options.environment, options.homeDir),
    fs,
  });
}
