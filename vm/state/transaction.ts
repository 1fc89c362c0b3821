// A working copy of the state: opened from a snapshot, changed in memory, then committed as a new
// snapshot, recorded as a failed attempt, or discarded. Because the tree is persistent, a
// savepoint is just the root at that moment, so nested savepoints (a cross-realm call that fails
// and is recovered) cost O(1) to take and to roll back. Nodes made since the last savepoint are
// updated in place (nothing else can see them); older ones are copied on write. It deliberately
// does not write to the store itself: the store does, at commit (or flush).
import { fromUtf8, utf8 } from './bytes';
import { NodeSource, trieDelete, trieDiff, trieGet, trieSet } from './trie';
import { Ref, fromNibbles, toNibbles } from './trieNode';
import { Snapshot, TxRecord } from './snapshot';
import { StateError, StateView, checkNamespace } from './stateView';
import { StateValue, encodeValue } from './values';

/** What the store lends a transaction. */
export interface TransactionHost extends NodeSource {
  nextEpoch(): number;
  commitTransaction(tx: Transaction, record: TxRecord, failed: boolean): Snapshot;
  flushTransaction(tx: Transaction): void;
  rootHashOf(root: Ref | null): string;
  rootOf(snapshotTarget: string): { root: Ref | null; parentRoot: Ref | null; failed: boolean };
  closeTransaction(tx: Transaction): void;
}

/** A savepoint handle: pass it back to rollback or release. */
export type Savepoint = number;

export class Transaction extends StateView {
  private epoch: number;
  private readonly savepoints: (Ref | null)[] = [];
  private state: 'open' | 'committed' | 'discarded' = 'open';

  /** @internal Made by StateStore.begin. */
  constructor(
    private readonly host: TransactionHost,
    /** The snapshot this working copy started from. */
    readonly base: Snapshot,
    /** The branch a commit advances. */
    readonly branch: string,
    root: Ref | null,
  ) {
    super(host, root);
    this.epoch = host.nextEpoch();
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  set(namespace: string, key: string, value: StateValue): void {
    this.assertOpen();
    const bytes = encodeValue(value);
    const nsRoot = this.namespaceRoot(namespace);
    const next = trieSet(this.host, nsRoot, toNibbles(utf8(key)), { kind: 'value', bytes }, this.epoch);
    if (next !== nsRoot) this.setNamespaceRoot(namespace, next);
  }

  /** Removes a key; returns whether it was there. A namespace whose last key goes disappears. */
  delete(namespace: string, key: string): boolean {
    this.assertOpen();
    const nsRoot = this.namespaceRoot(namespace);
    const path = toNibbles(utf8(key));
    if (trieGet(this.host, nsRoot, path) === null) return false;
    const next = trieDelete(this.host, nsRoot, path, this.epoch);
    if (next !== nsRoot) this.setNamespaceRoot(namespace, next);
    return true;
  }

  /** Removes a whole namespace in O(depth). */
  dropNamespace(namespace: string): void {
    this.assertOpen();
    this.setNamespaceRoot(namespace, null);
  }

  /**
   * Makes `to` hold exactly the state of `from`, in O(depth): both share one subtree until one
   * of them changes. `to` must be empty; an empty `from` leaves `to` empty.
   */
  fork(from: string, to: string): void {
    this.assertOpen();
    checkNamespace(to);
    if (from === to) throw new StateError('cannot fork a namespace onto itself');
    if (this.namespaceRoot(to)) throw new StateError(`cannot fork onto ${to}: it already holds state`);
    const shared = this.namespaceRoot(from);
    if (!shared) return;
    this.epoch = this.host.nextEpoch(); // both names now see these nodes: none may change in place
    this.setNamespaceRoot(to, shared);
  }

  /** Applies the inverse of one snapshot's changes on top of this working copy. */
  undo(snapshotTarget: string): void {
    this.assertOpen();
    const { root, parentRoot, failed } = this.host.rootOf(snapshotTarget);
    if (failed) throw new StateError(`${snapshotTarget} is a failed attempt: it changed nothing`);
    for (const change of trieDiff(this.host, root, parentRoot)) {
      const namespace = fromUtf8(fromNibbles(change.key));
      const before = change.old && change.old.kind === 'tree' ? change.old.ref : null;
      const after = change.new && change.new.kind === 'tree' ? change.new.ref : null;
      const current = this.namespaceRoot(namespace);
      if (!before || !after || !current) {
        this.epoch = this.host.nextEpoch();
        this.setNamespaceRoot(namespace, after);
        continue;
      }
      let next: Ref | null = current;
      for (const keyChange of trieDiff(this.host, before, after)) {
        next = keyChange.new ? trieSet(this.host, next, keyChange.key, keyChange.new, this.epoch) : trieDelete(this.host, next, keyChange.key, this.epoch);
      }
      if (next !== current) this.setNamespaceRoot(namespace, next);
    }
  }

  /** Takes a savepoint; savepoints nest. */
  savepoint(): Savepoint {
    this.assertOpen();
    this.epoch = this.host.nextEpoch();
    this.savepoints.push(this.rootRef);
    return this.savepoints.length;
  }

  /** Restores the state at `savepoint` and ends it (and every savepoint taken after it). */
  rollback(savepoint: Savepoint): void {
    this.checkSavepoint(savepoint);
    this.rootRef = this.savepoints[savepoint - 1];
    this.savepoints.length = savepoint - 1;
    this.epoch = this.host.nextEpoch();
  }

  /** Ends `savepoint` (and later ones) keeping the changes made since. */
  release(savepoint: Savepoint): void {
    this.checkSavepoint(savepoint);
    this.savepoints.length = savepoint - 1;
  }

  /** Hex hash the tree would have if committed now. */
  rootHash(): string {
    this.epoch = this.host.nextEpoch();
    return this.host.rootHashOf(this.rootRef);
  }

  /**
   * Writes the nodes changed so far to the store without committing, so that a huge transaction
   * (loading a million keys) runs in bounded memory. Until a commit references them they are
   * garbage, which gc reclaims; discard after flush therefore leaves unreferenced records behind.
   */
  flush(): void {
    this.assertOpen();
    this.epoch = this.host.nextEpoch();
    this.host.flushTransaction(this);
  }

  /** Commits the working copy as a new snapshot on `branch`; durable when it returns. */
  commit(record: TxRecord): Snapshot {
    this.assertOpen();
    this.epoch = this.host.nextEpoch();
    const snapshot = this.host.commitTransaction(this, record, false);
    this.finish('committed');
    return snapshot;
  }

  /**
   * Records a failed attempt (panic, abort, out of gas): the changes are dropped, the branch head
   * stays, and the log gains an entry marked failed whose root equals its parent's.
   */
  fail(record: TxRecord): Snapshot {
    this.assertOpen();
    this.rootRef = null;
    const snapshot = this.host.commitTransaction(this, record, true);
    this.finish('committed');
    return snapshot;
  }

  /** Drops the working copy; nothing is written. */
  discard(): void {
    if (this.state !== 'open') return;
    this.finish('discarded');
  }

  /** @internal The working root, for the store's commit. */
  workingRoot(): Ref | null {
    return this.rootRef;
  }

  private setNamespaceRoot(namespace: string, root: Ref | null): void {
    const path = this.namespacePath(namespace);
    this.rootRef = root ? trieSet(this.host, this.rootRef, path, { kind: 'tree', ref: root }, this.epoch) : trieDelete(this.host, this.rootRef, path, this.epoch);
  }

  private checkSavepoint(savepoint: Savepoint): void {
    this.assertOpen();
    if (!Number.isInteger(savepoint) || savepoint < 1 || savepoint > this.savepoints.length) throw new StateError(`savepoint ${savepoint} is not active`);
  }

  private assertOpen(): void {
    if (this.state !== 'open') throw new StateError(`the transaction is already ${this.state}`);
    this.checkEra();
  }

  private finish(state: 'committed' | 'discarded'): void {
    this.state = state;
    this.savepoints.length = 0;
    this.host.closeTransaction(this);
  }
}
