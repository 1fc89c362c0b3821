// A read-only view of one state tree: namespaces, then keys in byte order, then values. The
// debugger reads snapshots through it and Transaction extends it with writes. Listing is paged
// by an exclusive `after` cursor and an optional key prefix, so a namespace with a million keys
// is browsed one page at a time. It deliberately has no write operations and no history.
import { compareBytes, fromUtf8, utf8 } from './bytes';
import { NodeSource, trieEntries, trieGet } from './trie';
import { Ref, fromNibbles, toNibbles } from './trieNode';
import { StateValue, decodeValue } from './values';

export interface PageOptions {
  /** Return only names greater than this one (the `next` of the previous page). */
  after?: string;
  /** Return only names starting with this prefix. */
  prefix?: string;
  /** Page size; default 100. */
  limit?: number;
}

export interface Page<T> {
  items: T[];
  /** Pass as `after` to get the next page; null when this page is the last. */
  next: string | null;
}

export interface StateEntry {
  key: string;
  value: StateValue;
}

export class StateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StateError';
  }
}

export class StateView {
  /** @internal The root of the tree; null is the empty tree. */
  protected rootRef: Ref | null;
  private readonly namespacePaths = new Map<string, Uint8Array>();
  private readonly era: number;

  /** @internal Views are made by StateStore.view and StateStore.begin. */
  constructor(
    protected readonly source: NodeSource,
    root: Ref | null,
  ) {
    this.rootRef = root;
    this.era = source.era;
  }

  /** The value at (namespace, key), or undefined. */
  get(namespace: string, key: string): StateValue | undefined {
    const leaf = trieGet(this.source, this.namespaceRoot(namespace), toNibbles(utf8(key)));
    return leaf && leaf.kind === 'value' ? decodeValue(leaf.bytes) : undefined;
  }

  has(namespace: string, key: string): boolean {
    return trieGet(this.source, this.namespaceRoot(namespace), toNibbles(utf8(key))) !== null;
  }

  /** Follows a ref value to the object it names (undefined if it dangles). */
  resolve(ref: StateValue & { kind: 'ref' }): StateValue | undefined {
    return this.get(ref.namespace, ref.key);
  }

  /** Keys of a namespace in byte order, one page at a time. */
  keys(namespace: string, options: PageOptions = {}): Page<string> {
    return this.page(this.namespaceRoot(namespace), options, (key) => key);
  }

  /** Keys and values of a namespace in byte order, one page at a time. */
  entries(namespace: string, options: PageOptions = {}): Page<StateEntry> {
    return this.page(this.namespaceRoot(namespace), options, (key, bytes) => ({ key, value: decodeValue(bytes!) }));
  }

  /** Namespaces that hold at least one key, in byte order. */
  namespaces(options: PageOptions = {}): Page<string> {
    return this.page(this.rootRef, options, (name) => name);
  }

  /** @internal The root of a namespace's subtree. */
  protected namespaceRoot(namespace: string): Ref | null {
    this.checkEra();
    const leaf = trieGet(this.source, this.rootRef, this.namespacePath(namespace));
    return leaf && leaf.kind === 'tree' ? leaf.ref : null;
  }

  /** @internal A namespace's path in the root trie (few namespaces, many lookups: memoized). */
  protected namespacePath(namespace: string): Uint8Array {
    let path = this.namespacePaths.get(namespace);
    if (!path) {
      checkNamespace(namespace);
      path = toNibbles(utf8(namespace));
      if (this.namespacePaths.size > 256) this.namespacePaths.clear();
      this.namespacePaths.set(namespace, path);
    }
    return path;
  }

  /** @internal Views and transactions do not survive a gc, which moves every stored node. */
  protected checkEra(): void {
    if (this.source.era !== this.era) throw new StateError('this view predates a gc of the store; open a new one');
  }

  private page<T>(root: Ref | null, options: PageOptions, make: (key: string, bytes: Uint8Array | null) => T): Page<T> {
    this.checkEra();
    const limit = options.limit ?? 100;
    if (!Number.isSafeInteger(limit) || limit < 1) throw new StateError(`page limit must be a positive integer, not ${limit}`);
    const prefix = utf8(options.prefix ?? '');
    let from = prefix;
    if (options.after !== undefined) {
      const after = utf8(options.after);
      const successor = new Uint8Array(after.length + 1);
      successor.set(after);
      if (compareBytes(successor, from) > 0) from = successor;
    }
    const items: T[] = [];
    let last: string | null = null;
    for (const entry of trieEntries(this.source, root, toNibbles(from))) {
      const keyBytes = fromNibbles(entry.key);
      if (!startsWith(keyBytes, prefix)) break;
      if (items.length === limit) return { items, next: last };
      last = fromUtf8(keyBytes);
      items.push(make(last, entry.leaf.kind === 'value' ? entry.leaf.bytes : null));
    }
    return { items, next: null };
  }
}

export function checkNamespace(namespace: string): void {
  if (typeof namespace !== 'string' || namespace === '') throw new StateError('a namespace must be a non-empty string');
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}
