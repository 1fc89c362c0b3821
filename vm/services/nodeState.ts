// One line about a realm's state on the workspace's local node, for the import hover: the head
// snapshot, its height and how many keys the realm holds. The store is opened read-only (no
// lock, a consistent view of the last published head) and closed at once; a missing or busy
// store gives no line rather than an error, since a hover must never fail for it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStateStore } from '../state/index';
import type { HubPackage } from '../hub/index';

const countLimit = 10_000;

export function nodeStateLine(stateDir: string, pkg: HubPackage): string | undefined {
  if (!existsSync(join(stateDir))) return undefined;
  try {
    const store = openStateStore(stateDir, { readOnly: true });
    try {
      const head = store.head();
      const view = store.view(head.id);
      let keys = 0;
      let after: string | undefined;
      do {
        const page = view.keys(pkg.identity, { after, limit: 1000 });
        keys += page.items.length;
        after = page.next ?? undefined;
      } while (after !== undefined && keys < countLimit);
      if (keys === 0) return `Local node: not deployed yet (head ${head.id.slice(0, 12)}, height ${head.height})`;
      const count = keys >= countLimit ? `${countLimit}+` : String(keys);
      return `Local node: ${count} key${keys === 1 ? '' : 's'} at head ${head.id.slice(0, 12)} (height ${head.height})`;
    } finally {
      store.close();
    }
  } catch {
    return undefined;
  }
}
