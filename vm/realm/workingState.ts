// The state a transaction reads and writes, as the realm layer needs it: the state engine's
// Transaction (a real tx) or an overlay over a read-only snapshot view (a replay for `trace`, a
// `render`). Both answer get/set/delete and a prefix listing of keys. It deliberately adds no
// semantics of its own: namespaces and keys are the engine's.
import type { StateValue, StateView, Transaction } from '../state/index';
import { valuesEqual } from '../state/index';

export interface WorkingState {
  get(namespace: string, key: string): StateValue | undefined;
  set(namespace: string, key: string, value: StateValue): void;
  delete(namespace: string, key: string): boolean;
  /** Every key of `namespace` starting with `prefix`, in byte order. */
  keysWithPrefix(namespace: string, prefix: string): string[];
}

/** The working state of a real transaction. */
export function transactionState(tx: Transaction): WorkingState {
  return {
    get: (namespace, key) => tx.get(namespace, key),
    set: (namespace, key, value) => {
      const old = tx.get(namespace, key);
      if (old === undefined || !valuesEqual(old, value)) tx.set(namespace, key, value);
    },
    delete: (namespace, key) => tx.delete(namespace, key),
    keysWithPrefix: (namespace, prefix) => allKeys(tx, namespace, prefix),
  };
}

/** Writes kept in memory over a read-only view: nothing reaches the store. */
export function overlayState(view: StateView): WorkingState {
  const written = new Map<string, Map<string, StateValue | null>>();
  const layer = (namespace: string): Map<string, StateValue | null> => {
    let map = written.get(namespace);
    if (map === undefined) written.set(namespace, (map = new Map()));
    return map;
  };
  return {
    get: (namespace, key) => {
      const local = written.get(namespace)?.get(key);
      if (local !== undefined) return local ?? undefined;
      return view.get(namespace, key);
    },
    set: (namespace, key, value) => {
      layer(namespace).set(key, value);
    },
    delete: (namespace, key) => {
      const had = (written.get(namespace)?.get(key) ?? view.get(namespace, key)) !== undefined;
      layer(namespace).set(key, null);
      return had;
    },
    keysWithPrefix: (namespace, prefix) => {
      const keys = new Set(allKeys(view, namespace, prefix));
      for (const [key, value] of written.get(namespace) ?? []) {
        if (!key.startsWith(prefix)) continue;
        if (value === null) keys.delete(key);
        else keys.add(key);
      }
      return [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    },
  };
}

function allKeys(view: StateView, namespace: string, prefix: string): string[] {
  const out: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = view.keys(namespace, { prefix, after, limit: 1000 });
    out.push(...page.items);
    if (page.next === null) return out;
    after = page.next;
  }
}
