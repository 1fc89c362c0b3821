// The state a transaction reads and writes, as the realm layer needs it: the state engine's
// Transaction (a real tx) or an overlay over a read-only snapshot view (a replay for `trace`, a
// `render`). Both answer get/set/delete, a prefix listing of keys and nested savepoints (a
// cross-realm call that panics and is recovered rolls back to the one taken before it). It
// deliberately adds no semantics of its own: namespaces and keys are the engine's.
import type { StateValue, StateView, Transaction } from '../state/index';
import { valuesEqual } from '../state/index';

export interface WorkingState {
  get(namespace: string, key: string): StateValue | undefined;
  set(namespace: string, key: string, value: StateValue): void;
  delete(namespace: string, key: string): boolean;
  /** Every key of `namespace` starting with `prefix`, in byte order. */
  keysWithPrefix(namespace: string, prefix: string): string[];
  /** Takes a savepoint (they nest); `rollback` restores the state at it, `release` keeps the changes. Both end later ones too. */
  savepoint(): number;
  rollback(savepoint: number): void;
  release(savepoint: number): void;
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
    savepoint: () => tx.savepoint(),
    rollback: (savepoint) => tx.rollback(savepoint),
    release: (savepoint) => tx.release(savepoint),
  };
}

/** Writes kept in memory over a read-only view: nothing reaches the store. */
export function overlayState(view: StateView): WorkingState {
  const written = new Map<string, Map<string, StateValue | null>>();
  // One journal per open savepoint: the overlay's entries as they were before their first change since it.
  const journals: Map<string, Map<string, StateValue | null | undefined>>[] = [];
  const layer = (namespace: string, key: string): Map<string, StateValue | null> => {
    let map = written.get(namespace);
    if (map === undefined) written.set(namespace, (map = new Map()));
    const journal = journals[journals.length - 1];
    if (journal !== undefined) {
      let entries = journal.get(namespace);
      if (entries === undefined) journal.set(namespace, (entries = new Map()));
      if (!entries.has(key)) entries.set(key, map.get(key));
    }
    return map;
  };
  return {
    get: (namespace, key) => {
      const local = written.get(namespace)?.get(key);
      if (local !== undefined) return local ?? undefined;
      return view.get(namespace, key);
    },
    set: (namespace, key, value) => {
      layer(namespace, key).set(key, value);
    },
    delete: (namespace, key) => {
      const had = (written.get(namespace)?.get(key) ?? view.get(namespace, key)) !== undefined;
      layer(namespace, key).set(key, null);
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
    savepoint: () => journals.push(new Map()),
    rollback: (savepoint) => {
      while (journals.length >= savepoint) {
        for (const [namespace, entries] of journals.pop()!) {
          const map = written.get(namespace)!;
          for (const [key, value] of entries) {
            if (value === undefined) map.delete(key);
            else map.set(key, value);
          }
        }
      }
    },
    release: (savepoint) => {
      // The changes stay: the enclosing savepoint (if any) must still be able to undo them.
      while (journals.length >= savepoint) {
        const inner = journals.pop()!;
        const outer = journals[journals.length - 1];
        if (outer === undefined) continue;
        for (const [namespace, entries] of inner) {
          let kept = outer.get(namespace);
          if (kept === undefined) outer.set(namespace, (kept = new Map()));
          for (const [key, value] of entries) if (!kept.has(key)) kept.set(key, value);
        }
      }
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
