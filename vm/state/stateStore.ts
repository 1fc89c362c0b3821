// The state store: snapshots, branches and history over a RecordLog, with the node cache that
// makes a million-key tree cheap to open and to walk. Opening reads the head (and replays the
// few records written after it) and nothing else; nodes load on demand by location through a
// bounded LRU cache; a commit writes only the nodes of changed paths (children before parents,
// equal nodes found in the recent-node table written once), then the snapshot record, and makes
// them durable with one fsync; checkout and branch changes are refs records likewise. History
// is a chain of log entries per branch (failed attempts included) walked by location, so `log`,
// `diff` and `checkout` never need a global index. It deliberately knows nothing of the
// language: namespaces and keys are strings, values are StateValues, tx records are opaque JSON.
import { CorruptRecordError, Hash, bytesEqual, fromHex, fromUtf8, hashBucket, hashKey, toHex, utf8 } from './bytes';
import { BoundedCache } from './boundedCache';
import { FileLog } from './fileLog';
import { MemoryLog } from './memoryLog';
import { BranchRef, HeadState, RecordLog, RecoveryNote, StoreCorruptError } from './recordLog';
import { Snapshot, StoredSnapshot, TxRecord, decodeSnapshotRecord, encodeSnapshotRecord, snapshotId } from './snapshot';
import { StateError, StateView } from './stateView';
import { Transaction, TransactionHost } from './transaction';
import { NodeSource, trieDiff } from './trie';
import { EMPTY_TREE_HASH, Leaf, RECORD_REFS, Ref, TrieNode, decodeNodeRecord, encodeNodeRecord, fromNibbles, hashNode } from './trieNode';
import { StateValue, decodeValue } from './values';

export interface StateStoreOptions {
  /** Open without the lock, for reading only: a consistent view as of the last published head. */
  readOnly?: boolean;
  /** Decoded nodes kept in memory (default 200,000). */
  cacheNodes?: number;
  /** Size at which a new segment file is begun (file stores; default 1 GiB). */
  segmentBytes?: number;
}

/** One changed key between two snapshots. `old` is absent for an added key, `new` for a removed one. */
export interface DiffEntry {
  namespace: string;
  key: string;
  old?: StateValue;
  new?: StateValue;
}

export interface LogPage {
  /** Newest first. */
  entries: Snapshot[];
  /** Pass as `cursor` for the next page; null at genesis (or where gc cut history). */
  cursor: string | null;
}

export interface BranchInfo {
  name: string;
  /** Newest successful snapshot of the branch. */
  head: string;
  /** Newest entry of the branch's log (a failed attempt, or the head). */
  tip: string;
  current: boolean;
}

export interface GcReport {
  keptSnapshots: number;
  bytesBefore: number;
  bytesAfter: number;
}

interface CachedNode {
  node: TrieNode;
  hash: Hash;
}

const DEFAULT_BRANCH = 'main';
const BRANCH_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** Opens (creating when absent) the durable store in `dir` (default `.amigos`). */
export function openStateStore(dir = '.amigos', options: StateStoreOptions = {}): StateStore {
  return new StateStore(FileLog.open(dir, options), options);
}

/** A store that lives in memory only, with the same interface and the same engine. */
export function createMemoryStateStore(options: StateStoreOptions = {}): StateStore {
  return new StateStore(new MemoryLog(), options);
}

export class StateStore implements NodeSource, TransactionHost {
  private headState: HeadState;
  private readonly nodeCache: BoundedCache<number, CachedNode>;
  /** Recently written or read nodes by hash bucket, so an equal node is stored once. */
  private readonly writtenNodes: BoundedCache<number, number>;
  private readonly snapshots = new Map<number, StoredSnapshot>();
  private readonly idIndex = new Map<string, number>();
  private fullyIndexed = false;
  private epochCounter = 1;
  /** @internal Bumped by gc: see NodeSource.era. */
  era = 0;
  private readonly openTransactions = new Set<Transaction>();
  private closed = false;

  /** @internal Use openStateStore or createMemoryStateStore. */
  constructor(
    private readonly records: RecordLog,
    options: StateStoreOptions = {},
  ) {
    const cacheLimit = Math.max(1024, options.cacheNodes ?? 200_000);
    this.nodeCache = new BoundedCache(cacheLimit);
    this.writtenNodes = new BoundedCache(cacheLimit);
    try {
      this.headState = this.recoverHead();
    } catch (error) {
      records.close();
      throw error;
    }
  }

  /** True when opened with `readOnly`. */
  get readOnly(): boolean {
    return this.records.readOnly;
  }

  /** What opening repaired (a cut tail, a rebuilt head), or null. */
  get recovery(): RecoveryNote | null {
    return this.records.recovery;
  }

  get currentBranch(): string {
    return this.headState.current;
  }

  branches(): BranchInfo[] {
    return Object.entries(this.headState.refs)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, ref]) => ({ name, head: this.readSnapshot(ref.head).id, tip: this.readSnapshot(ref.tip).id, current: name === this.headState.current }));
  }

  /** The newest successful snapshot of a branch (default: the current one). */
  head(branch = this.headState.current): Snapshot {
    return publicSnapshot(this.readSnapshot(this.branchRef(branch).head));
  }

  /** A snapshot by id, unique id prefix (at least 4 hex digits) or branch name (its head). */
  snapshot(target: string): Snapshot {
    return publicSnapshot(this.resolve(target));
  }

  /**
   * The log from `from` (an id, or a branch name: its newest entry, failed attempts included;
   * default the current branch) back towards genesis, newest first, `limit` entries per page.
   */
  log(from?: string, options: { limit?: number; cursor?: string } = {}): LogPage {
    const limit = options.limit ?? 50;
    let entry: StoredSnapshot | null = options.cursor !== undefined ? this.resolve(options.cursor) : this.resolveLogStart(from ?? this.headState.current);
    const entries: Snapshot[] = [];
    while (entry && entries.length < limit) {
      entries.push(publicSnapshot(entry));
      entry = entry.previousLoc > 0 ? this.readSnapshot(entry.previousLoc) : null;
    }
    return { entries, cursor: entry ? entry.id : null };
  }

  /** A read-only view of a snapshot's state (default: the current head). */
  view(target?: string): StateView {
    return new StateView(this, rootRefOf(target === undefined ? this.readSnapshot(this.branchRef(this.headState.current).head) : this.resolve(target)));
  }

  /**
   * Opens a working copy. By default it starts at the current branch's head and its commit
   * advances that branch; `branch` picks another branch. One store may have several open
   * transactions, but a commit fails if its branch moved since the transaction began.
   */
  begin(options: { branch?: string } = {}): Transaction {
    this.assertUsable();
    const branch = options.branch ?? this.headState.current;
    const base = this.readSnapshot(this.branchRef(branch).head);
    const tx = new Transaction(this, publicSnapshot(base), branch, rootRefOf(base));
    this.openTransactions.add(tx);
    return tx;
  }

  /**
   * What changed from `a` to `b` (ids, prefixes or branch names), by namespace then key, in
   * byte order. Only subtrees whose hashes differ are visited. `limit` caps the entries.
   */
  diff(a: string, b: string, options: { limit?: number } = {}): DiffEntry[] {
    const out: DiffEntry[] = [];
    const limit = options.limit ?? Infinity;
    if (limit <= 0) return out;
    for (const entry of this.diffEntries(a, b)) {
      out.push(entry);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** The same as diff, lazily. */
  *diffEntries(a: string, b: string): Generator<DiffEntry> {
    const from = rootRefOf(this.resolve(a));
    const to = rootRefOf(this.resolve(b));
    for (const change of trieDiff(this, from, to)) {
      const namespace = fromUtf8(fromNibbles(change.key));
      for (const keyChange of trieDiff(this, subtreeOf(change.old), subtreeOf(change.new))) {
        const entry: DiffEntry = { namespace, key: fromUtf8(fromNibbles(keyChange.key)) };
        if (keyChange.old && keyChange.old.kind === 'value') entry.old = decodeValue(keyChange.old.bytes);
        if (keyChange.new && keyChange.new.kind === 'value') entry.new = decodeValue(keyChange.new.bytes);
        yield entry;
      }
    }
  }

  /**
   * Points a branch at a snapshot and makes it current: `checkout(id, {branch: 'fix'})` starts
   * (or moves) branch `fix` there; `checkout('fix')` switches to an existing branch; with no
   * `branch` option an id moves the current branch. Entries a moved branch leaves behind stay
   * readable by id until gc, unless another branch keeps them.
   */
  checkout(target: string, options: { branch?: string } = {}): Snapshot {
    this.assertUsable();
    if (options.branch === undefined && Object.hasOwn(this.headState.refs, target)) {
      this.publish({ ...this.headState, current: target });
      return this.head(target);
    }
    const entry = this.resolve(target);
    const name = options.branch ?? this.headState.current;
    checkBranchName(name);
    const ref: BranchRef = { head: entry.failed ? entry.parentLoc : entry.loc, tip: entry.loc };
    if (ref.head === 0) throw new StateError(`cannot check out ${entry.id}: its parent was collected`);
    const detached = [...(this.headState.detached ?? [])];
    const old = this.headState.refs[name];
    if (old && old.tip !== ref.tip && !detached.includes(old.tip)) detached.push(old.tip);
    this.publish({ current: name, refs: { ...this.headState.refs, [name]: ref }, detached: detached.slice(-1000) });
    return this.head(name);
  }

  /** Deletes a branch name (not the current one); its entries remain until gc. */
  deleteBranch(name: string): void {
    this.assertUsable();
    this.branchRef(name);
    if (name === this.headState.current) throw new StateError(`cannot delete the current branch ${name}`);
    const refs = { ...this.headState.refs };
    const detached = [...(this.headState.detached ?? []), refs[name].tip].slice(-1000);
    delete refs[name];
    this.publish({ current: this.headState.current, refs, detached });
  }

  /** Commits, on the current branch, a new snapshot that undoes the changes of `target`. */
  revert(target: string, record: TxRecord): Snapshot {
    const tx = this.begin();
    try {
      tx.undo(target);
      return tx.commit(record);
    } finally {
      tx.discard();
    }
  }

  /**
   * Reclaims space: keeps, for every branch, its newest `keepLast` log entries and its head, and
   * everything their states reach; rewrites them into a new generation of segments and switches
   * atomically. An interrupted gc leaves the old generation in force. History before the kept
   * entries ends (log stops there). No transaction may be open.
   */
  gc(options: { keepLast: number }): GcReport {
    this.assertUsable();
    if (this.openTransactions.size > 0) throw new StateError('gc needs every transaction to be closed');
    const keepLast = Math.max(1, Math.floor(options.keepLast));
    const kept = new Map<number, StoredSnapshot>();
    for (const ref of Object.values(this.headState.refs)) {
      let loc = ref.tip;
      for (let n = 0; n < keepLast && loc > 0; n++) {
        const entry = this.readSnapshot(loc);
        kept.set(loc, entry);
        loc = entry.previousLoc;
      }
      kept.set(ref.head, this.readSnapshot(ref.head));
    }
    const bytesBefore = this.records.bytesOnDisk();
    this.records.rewrite((append, read) => {
      const copier = new GenerationCopier(append, read);
      const moved = new Map<number, number>();
      for (const entry of [...kept.values()].sort((a, b) => a.height - b.height || a.loc - b.loc)) {
        const rootLoc = entry.rootLoc > 0 ? copier.node(entry.rootLoc) : 0;
        const body = encodeSnapshotRecord({
          id: fromHex(entry.id),
          parent: entry.parent ? fromHex(entry.parent) : null,
          previous: entry.previous ? fromHex(entry.previous) : null,
          rootHash: entry.rootHash,
          height: entry.height,
          failed: entry.failed,
          tx: entry.tx,
          branch: entry.branch,
          parentLoc: moved.get(entry.parentLoc) ?? 0,
          previousLoc: moved.get(entry.previousLoc) ?? 0,
          rootLoc,
        });
        moved.set(entry.loc, append(body));
      }
      const refs: Record<string, BranchRef> = {};
      for (const [name, ref] of Object.entries(this.headState.refs)) refs[name] = { head: moved.get(ref.head)!, tip: moved.get(ref.tip)! };
      return { current: this.headState.current, refs, detached: [] };
    });
    this.headState = structuredClone(this.records.head!);
    this.era++;
    this.nodeCache.clear();
    this.writtenNodes.clear();
    this.snapshots.clear();
    this.idIndex.clear();
    this.fullyIndexed = false;
    return { keptSnapshots: kept.size, bytesBefore, bytesAfter: this.records.bytesOnDisk() };
  }

  /** Bytes the store occupies. */
  bytesOnDisk(): number {
    return this.records.bytesOnDisk();
  }

  /** Releases the lock and files; open transactions can no longer commit. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.openTransactions.clear();
    this.records.close();
  }

  /** @internal NodeSource: the node a ref names, from memory, the cache or the log. */
  load(ref: Ref): TrieNode {
    if (ref.node) return ref.node;
    const cached = this.loadStored(ref.loc);
    if (!ref.hash) ref.hash = cached.hash;
    return cached.node;
  }

  /** @internal NodeSource: the hash of a ref's subtree. */
  hashOf(ref: Ref): Hash {
    if (ref.hash) return ref.hash;
    if (ref.loc > 0) {
      ref.hash = this.loadStored(ref.loc).hash;
      return ref.hash;
    }
    ref.hash = hashNode(ref.node!, (child) => this.hashOf(child));
    return ref.hash;
  }

  /** @internal */
  nextEpoch(): number {
    return ++this.epochCounter;
  }

  /** @internal */
  rootHashOf(root: Ref | null): string {
    return root ? toHex(this.hashOf(root)) : toHex(EMPTY_TREE_HASH);
  }

  /** @internal */
  rootOf(target: string): { root: Ref | null; parentRoot: Ref | null; failed: boolean } {
    const entry = this.resolve(target);
    if (entry.parent === null) throw new StateError(`${entry.id} is genesis: there is nothing to undo`);
    if (entry.parentLoc === 0) throw new StateError(`the parent of ${entry.id} was collected`);
    return { root: rootRefOf(entry), parentRoot: rootRefOf(this.readSnapshot(entry.parentLoc)), failed: entry.failed };
  }

  /** @internal */
  closeTransaction(tx: Transaction): void {
    this.openTransactions.delete(tx);
  }

  /** @internal */
  flushTransaction(tx: Transaction): void {
    this.assertUsable();
    const root = tx.workingRoot();
    if (root) this.writeTree(root);
  }

  /** @internal */
  commitTransaction(tx: Transaction, record: TxRecord, failed: boolean): Snapshot {
    this.assertUsable();
    if (!this.openTransactions.has(tx)) throw new StateError('the transaction belongs to a closed store or an older generation');
    const ref = this.branchRef(tx.branch);
    const base = this.readSnapshot(ref.head);
    if (base.id !== tx.base.id) throw new StateError(`branch ${tx.branch} moved since this transaction began`);
    const tip = this.readSnapshot(ref.tip);
    const root = failed ? rootRefOf(base) : tx.workingRoot();
    const rootLoc = root ? this.writeTree(root) : 0;
    const rootHash = root ? this.hashOf(root) : EMPTY_TREE_HASH;
    const content = { parent: fromHex(base.id), previous: fromHex(tip.id), rootHash, height: tip.height + 1, failed, tx: record };
    const id = snapshotId(content);
    const body = encodeSnapshotRecord({ ...content, id, branch: tx.branch, parentLoc: base.loc, previousLoc: tip.loc, rootLoc });
    const loc = this.records.append(body);
    const next: BranchRef = { head: failed ? base.loc : loc, tip: loc };
    this.records.commit({ ...this.headState, refs: { ...this.headState.refs, [tx.branch]: next } });
    this.headState = structuredClone(this.records.head!);
    return publicSnapshot(this.readSnapshot(loc));
  }

  private writeTree(ref: Ref): number {
    if (ref.loc > 0) return ref.loc;
    const node = ref.node!;
    if (node.children) for (const child of node.children) if (child) this.writeTree(child);
    if (node.leaf && node.leaf.kind === 'tree') this.writeTree(node.leaf.ref);
    const hash = this.hashOf(ref);
    const bucket = hashBucket(hash);
    let loc = this.writtenNodes.get(bucket);
    if (loc === undefined || !bytesEqual(this.loadStored(loc).hash, hash)) {
      loc = this.records.append(encodeNodeRecord(node, hash));
      this.remember(bucket, loc);
    }
    node.epoch = 0;
    ref.loc = loc;
    ref.node = null;
    this.cacheNode(loc, { node, hash });
    return loc;
  }

  private loadStored(loc: number): CachedNode {
    const hit = this.nodeCache.get(loc);
    if (hit) return hit;
    let decoded: CachedNode;
    try {
      decoded = decodeNodeRecord(this.records.read(loc));
    } catch (error) {
      throw asStoreError(error, `node at location ${loc}`);
    }
    this.cacheNode(loc, decoded);
    this.remember(hashBucket(decoded.hash), loc);
    return decoded;
  }

  private cacheNode(loc: number, entry: CachedNode): void {
    this.nodeCache.set(loc, entry);
  }

  private remember(key: number, loc: number): void {
    this.writtenNodes.set(key, loc);
  }

  private readSnapshot(loc: number): StoredSnapshot {
    const hit = this.snapshots.get(loc);
    if (hit) return hit;
    let entry: StoredSnapshot;
    try {
      entry = decodeSnapshotRecord(loc, this.records.read(loc));
    } catch (error) {
      throw asStoreError(error, `snapshot at location ${loc}`);
    }
    if (this.snapshots.size >= 100_000) this.snapshots.clear();
    this.snapshots.set(loc, entry);
    this.idIndex.set(entry.id, loc);
    return entry;
  }

  private branchRef(name: string): BranchRef {
    if (!Object.hasOwn(this.headState.refs, name)) throw new StateError(`no branch named ${name}`);
    return this.headState.refs[name];
  }

  private resolveLogStart(target: string): StoredSnapshot {
    if (Object.hasOwn(this.headState.refs, target)) return this.readSnapshot(this.headState.refs[target].tip);
    return this.resolve(target);
  }

  private resolve(target: string): StoredSnapshot {
    if (Object.hasOwn(this.headState.refs, target)) return this.readSnapshot(this.headState.refs[target].head);
    const id = target.toLowerCase();
    if (!/^[0-9a-f]{4,64}$/.test(id)) throw new StateError(`unknown snapshot or branch ${JSON.stringify(target)}`);
    let loc = this.findId(id);
    if (loc === undefined && !this.fullyIndexed) {
      this.indexHistory();
      loc = this.findId(id);
    }
    if (loc === undefined) throw new StateError(`unknown snapshot ${target}`);
    return this.readSnapshot(loc);
  }

  private findId(id: string): number | undefined {
    if (id.length === 64) return this.idIndex.get(id);
    let found: number | undefined;
    for (const [candidate, loc] of this.idIndex) {
      if (!candidate.startsWith(id)) continue;
      if (found !== undefined && found !== loc) throw new StateError(`snapshot prefix ${id} is ambiguous`);
      found = loc;
    }
    return found;
  }

  /** Walks every branch's log once, so ids of old entries resolve. */
  private indexHistory(): void {
    const tips = [...Object.values(this.headState.refs).map((ref) => ref.tip), ...(this.headState.detached ?? [])];
    const visited = new Set<number>();
    for (const tip of tips) {
      let loc = tip;
      while (loc > 0 && !visited.has(loc)) {
        visited.add(loc);
        const entry = this.readSnapshot(loc);
        this.idIndex.set(entry.id, loc);
        loc = entry.previousLoc;
      }
    }
    this.fullyIndexed = true;
  }

  /** Records a change of branches (checkout, delete) durably, as a refs record in the log. */
  private publish(head: HeadState): void {
    this.records.append(encodeRefsRecord(head));
    this.records.commit(head);
    this.headState = structuredClone(this.records.head!);
  }

  /** Builds the head from what the log found on open, or writes genesis for a new store. */
  private recoverHead(): HeadState {
    let head = this.records.headLost ? null : this.records.head;
    let refs: Record<string, BranchRef> = head ? { ...head.refs } : {};
    let current = head?.current ?? DEFAULT_BRANCH;
    let detached = head?.detached ?? [];
    for (const found of this.records.found) {
      if (found.body[0] === RECORD_REFS) {
        const replayed = decodeRefsRecord(found.body);
        if (replayed) ({ refs, current, detached } = { refs: { ...replayed.refs }, current: replayed.current, detached: replayed.detached ?? [] });
        continue;
      }
      let entry: StoredSnapshot;
      try {
        entry = decodeSnapshotRecord(found.loc, found.body);
      } catch {
        continue;
      }
      const prior = refs[entry.branch];
      const headLoc = entry.failed ? (prior?.head ?? entry.parentLoc) : entry.loc;
      if (headLoc > 0) refs[entry.branch] = { head: headLoc, tip: entry.loc };
    }
    if (Object.keys(refs).length > 0) {
      if (!Object.hasOwn(refs, current)) current = Object.hasOwn(refs, DEFAULT_BRANCH) ? DEFAULT_BRANCH : Object.keys(refs).sort()[0];
      const changed = !head || this.records.found.length > 0;
      head = { current, refs, detached };
      if (changed && !this.records.readOnly) this.records.publish(head);
      return structuredClone(head);
    }
    if (this.records.readOnly) throw new StateError('the state store holds no snapshot yet');
    const content = { parent: null, previous: null, rootHash: EMPTY_TREE_HASH, height: 0, failed: false, tx: null };
    const id = snapshotId(content);
    const loc = this.records.append(encodeSnapshotRecord({ ...content, id, branch: DEFAULT_BRANCH, parentLoc: 0, previousLoc: 0, rootLoc: 0 }));
    const genesis: HeadState = { current: DEFAULT_BRANCH, refs: { [DEFAULT_BRANCH]: { head: loc, tip: loc } } };
    this.records.commit(genesis);
    return structuredClone(genesis);
  }

  private assertUsable(): void {
    if (this.closed) throw new StateError('the state store is closed');
    if (this.records.readOnly) throw new StateError('the state store is open read-only');
  }
}

/** Copies reachable nodes into a new generation, each distinct node once. */
class GenerationCopier {
  private readonly moved = new Map<number, number>();
  private readonly byHash = new Map<string, number>();

  constructor(
    private readonly append: (body: Uint8Array) => number,
    private readonly read: (loc: number) => Uint8Array,
  ) {}

  node(loc: number): number {
    const done = this.moved.get(loc);
    if (done !== undefined) return done;
    let decoded: CachedNode;
    try {
      decoded = decodeNodeRecord(this.read(loc));
    } catch (error) {
      throw asStoreError(error, `node at location ${loc}`);
    }
    const key = hashKey(decoded.hash);
    let target = this.byHash.get(key);
    if (target === undefined) {
      const { node } = decoded;
      if (node.children) for (const child of node.children) if (child) child.loc = this.node(child.loc);
      if (node.leaf && node.leaf.kind === 'tree') node.leaf.ref.loc = this.node(node.leaf.ref.loc);
      target = this.append(encodeNodeRecord(node, decoded.hash));
      this.byHash.set(key, target);
    }
    this.moved.set(loc, target);
    return target;
  }
}

function encodeRefsRecord(head: HeadState): Uint8Array {
  const json = utf8(JSON.stringify({ current: head.current, refs: head.refs, detached: head.detached ?? [] }));
  const body = new Uint8Array(json.length + 1);
  body[0] = RECORD_REFS;
  body.set(json, 1);
  return body;
}

/** A replayed refs record, or null when it does not hold a well-formed head. */
function decodeRefsRecord(body: Uint8Array): HeadState | null {
  try {
    const head = JSON.parse(fromUtf8(body.subarray(1))) as HeadState;
    if (typeof head.current !== 'string' || typeof head.refs !== 'object' || head.refs === null) return null;
    for (const ref of Object.values(head.refs)) if (!Number.isSafeInteger(ref?.head) || !Number.isSafeInteger(ref?.tip)) return null;
    return head;
  } catch {
    return null;
  }
}

function rootRefOf(entry: StoredSnapshot): Ref | null {
  return entry.rootLoc > 0 ? new Ref(entry.rootLoc, entry.rootHash, null) : null;
}

function subtreeOf(leaf: Leaf | null): Ref | null {
  return leaf && leaf.kind === 'tree' ? leaf.ref : null;
}

function publicSnapshot(entry: StoredSnapshot): Snapshot {
  return {
    id: entry.id,
    parent: entry.parent,
    previous: entry.previous,
    root: entry.root,
    height: entry.height,
    failed: entry.failed,
    branch: entry.branch,
    tx: entry.tx,
  };
}

function checkBranchName(name: string): void {
  if (!BRANCH_NAME.test(name)) throw new StateError(`invalid branch name ${JSON.stringify(name)}`);
}

function asStoreError(error: unknown, what: string): Error {
  if (error instanceof StoreCorruptError) return error;
  if (error instanceof CorruptRecordError) return new StoreCorruptError(`${what} is malformed: ${error.message}`);
  return error as Error;
}
