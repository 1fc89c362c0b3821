// The persistent radix-trie algorithms over TrieNode: get, set, delete, ordered iteration from a
// lower bound, and diff of two tries that descends only where node identities differ. Every
// update copies just the path from the changed leaf to the root (nodes of the current edit epoch
// are updated in place, since nothing else can see them yet); the shape depends only on the set
// of keys, so equal contents give equal hashes. It deliberately knows nothing of values,
// namespaces, hashing policy or storage: nodes are reached through a NodeSource.
import { bytesEqual, Hash } from './bytes';
import { Leaf, Ref, TrieNode, childCount } from './trieNode';

/** How the trie reaches nodes: loads stored ones and tells whether two refs are the same subtree. */
export interface NodeSource {
  load(ref: Ref): TrieNode;
  hashOf(ref: Ref): Hash;
  /** Bumped when stored locations change meaning (gc); refs from an older era are invalid. */
  readonly era: number;
}

export interface TrieEntry {
  /** The key as nibbles (always of even length). */
  key: Uint8Array;
  leaf: Leaf;
}

export interface TrieChange {
  key: Uint8Array;
  old: Leaf | null;
  new: Leaf | null;
}

export function trieGet(source: NodeSource, root: Ref | null, key: Uint8Array): Leaf | null {
  let ref = root;
  let position = 0;
  while (ref) {
    const node = source.load(ref);
    const prefix = node.prefix;
    if (key.length - position < prefix.length) return null;
    for (let i = 0; i < prefix.length; i++) if (key[position + i] !== prefix[i]) return null;
    position += prefix.length;
    if (position === key.length) return node.leaf;
    ref = node.children ? (node.children[key[position]] ?? null) : null;
    position++;
  }
  return null;
}

/** Returns the root after setting `key` to `leaf`. */
export function trieSet(source: NodeSource, root: Ref | null, key: Uint8Array, leaf: Leaf, epoch: number): Ref {
  return setAt(source, root, key, 0, leaf, epoch);
}

/** Returns the root after deleting `key` (the same Ref when the key was absent). */
export function trieDelete(source: NodeSource, root: Ref | null, key: Uint8Array, epoch: number): Ref | null {
  if (!root) return null;
  return deleteAt(source, root, key, 0, epoch);
}

/** Entries in key order whose key is >= `from` (nibbles), or all of them. */
export function* trieEntries(source: NodeSource, root: Ref | null, from: Uint8Array | null = null): Generator<TrieEntry> {
  if (!root) return;
  yield* entriesFrom(source, root, [], from);
}

/**
 * The keys whose leaves differ between two tries, in key order. Subtrees with the same identity
 * are skipped without being loaded, so adjacent snapshots cost O(changes × depth).
 */
export function* trieDiff(source: NodeSource, a: Ref | null, b: Ref | null): Generator<TrieChange> {
  yield* diffViews(source, a ? { ref: a, skip: 0 } : null, b ? { ref: b, skip: 0 } : null, []);
}

/** True when two refs denote the same subtree (same object, location or hash). */
export function sameSubtree(source: NodeSource, a: Ref, b: Ref): boolean {
  if (a === b) return true;
  if (a.loc > 0 && a.loc === b.loc) return true;
  return bytesEqual(source.hashOf(a), source.hashOf(b));
}

export function sameLeaf(source: NodeSource, a: Leaf | null, b: Leaf | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'value' && b.kind === 'value') return bytesEqual(a.bytes, b.bytes);
  if (a.kind === 'tree' && b.kind === 'tree') return sameSubtree(source, a.ref, b.ref);
  return false;
}

function setAt(source: NodeSource, ref: Ref | null, key: Uint8Array, position: number, leaf: Leaf, epoch: number): Ref {
  if (!ref) return Ref.fresh({ prefix: key.slice(position), children: null, leaf, epoch });
  const node = source.load(ref);
  const prefix = node.prefix;
  let common = 0;
  while (common < prefix.length && position + common < key.length && prefix[common] === key[position + common]) common++;
  if (common < prefix.length) {
    // The key leaves this node's compressed prefix: split it at `common`.
    const lower = Ref.fresh({ prefix: prefix.slice(common + 1), children: node.children ? node.children.slice() : null, leaf: node.leaf, epoch });
    const branch: TrieNode = { prefix: prefix.slice(0, common), children: new Array(16), leaf: null, epoch };
    branch.children![prefix[common]] = lower;
    const at = position + common;
    if (at === key.length) branch.leaf = leaf;
    else branch.children![key[at]] = Ref.fresh({ prefix: key.slice(at + 1), children: null, leaf, epoch });
    return Ref.fresh(branch);
  }
  const at = position + common;
  const { ref: editRef, node: edit } = editable(ref, node, epoch);
  if (at === key.length) {
    edit.leaf = leaf;
    return editRef;
  }
  const nibble = key[at];
  const child = edit.children ? (edit.children[nibble] ?? null) : null;
  const next = setAt(source, child, key, at + 1, leaf, epoch);
  if (!edit.children) edit.children = new Array(16);
  edit.children[nibble] = next;
  return editRef;
}

function deleteAt(source: NodeSource, ref: Ref, key: Uint8Array, position: number, epoch: number): Ref | null {
  const node = source.load(ref);
  const prefix = node.prefix;
  if (key.length - position < prefix.length) return ref;
  for (let i = 0; i < prefix.length; i++) if (key[position + i] !== prefix[i]) return ref;
  const at = position + prefix.length;
  if (at === key.length) {
    if (!node.leaf) return ref;
    const { ref: editRef, node: edit } = editable(ref, node, epoch);
    edit.leaf = null;
    return normalize(source, editRef, edit, epoch);
  }
  const nibble = key[at];
  const child = node.children ? node.children[nibble] : undefined;
  if (!child) return ref;
  const next = deleteAt(source, child, key, at + 1, epoch);
  if (next === child) return ref;
  const { ref: editRef, node: edit } = editable(ref, node, epoch);
  edit.children![nibble] = next ?? undefined;
  if (childCount(edit) === 0) edit.children = null;
  return normalize(source, editRef, edit, epoch);
}

/** Restores the canonical shape: no empty nodes, no valueless node with a single child. */
function normalize(source: NodeSource, ref: Ref, node: TrieNode, epoch: number): Ref | null {
  if (node.leaf) return ref;
  const count = childCount(node);
  if (count === 0) return null;
  if (count > 1) return ref;
  const nibble = node.children!.findIndex((child) => child !== undefined);
  const child = source.load(node.children![nibble]!);
  const prefix = new Uint8Array(node.prefix.length + 1 + child.prefix.length);
  prefix.set(node.prefix);
  prefix[node.prefix.length] = nibble;
  prefix.set(child.prefix, node.prefix.length + 1);
  return Ref.fresh({ prefix, children: child.children ? child.children.slice() : null, leaf: child.leaf, epoch });
}

/** The node itself when this epoch owns it, else a fresh copy owned by this epoch. */
function editable(ref: Ref, node: TrieNode, epoch: number): { ref: Ref; node: TrieNode } {
  if (epoch !== 0 && node.epoch === epoch && ref.loc === 0 && ref.hash === null) return { ref, node };
  const copy: TrieNode = { prefix: node.prefix, children: node.children ? node.children.slice() : null, leaf: node.leaf, epoch };
  return { ref: Ref.fresh(copy), node: copy };
}

function* entriesFrom(source: NodeSource, ref: Ref, path: number[], bound: Uint8Array | null): Generator<TrieEntry> {
  const node = source.load(ref);
  const start = path.length;
  for (const nibble of node.prefix) path.push(nibble);
  let active = bound;
  if (active) {
    const n = Math.min(path.length, active.length);
    let order = 0;
    for (let i = start; i < n && order === 0; i++) order = path[i] - active[i];
    if (order < 0) {
      path.length = start;
      return;
    }
    if (order > 0 || path.length >= active.length) active = null;
  }
  if (node.leaf && !active) yield { key: Uint8Array.from(path), leaf: node.leaf };
  if (node.children) {
    const first = active ? active[path.length] : 0;
    for (let nibble = first; nibble < 16; nibble++) {
      const child = node.children[nibble];
      if (!child) continue;
      path.push(nibble);
      yield* entriesFrom(source, child, path, active && nibble === first ? active : null);
      path.pop();
    }
  }
  path.length = start;
}

interface View {
  ref: Ref;
  /** How many nibbles of the node's prefix are already consumed above this point. */
  skip: number;
}

function childView(source: NodeSource, view: View, nibble: number): View | null {
  const node = source.load(view.ref);
  if (view.skip < node.prefix.length) return node.prefix[view.skip] === nibble ? { ref: view.ref, skip: view.skip + 1 } : null;
  const child = node.children ? node.children[nibble] : undefined;
  return child ? { ref: child, skip: 0 } : null;
}

function leafAt(source: NodeSource, view: View): Leaf | null {
  const node = source.load(view.ref);
  return view.skip === node.prefix.length ? node.leaf : null;
}

function* diffViews(source: NodeSource, a: View | null, b: View | null, path: number[]): Generator<TrieChange> {
  if (!a && !b) return;
  if (a && b && a.skip === 0 && b.skip === 0 && sameSubtree(source, a.ref, b.ref)) return;
  if (!a || !b) {
    const only = (a ?? b)!;
    for (const entry of viewEntries(source, only, path)) yield a ? { key: entry.key, old: entry.leaf, new: null } : { key: entry.key, old: null, new: entry.leaf };
    return;
  }
  const leafA = leafAt(source, a);
  const leafB = leafAt(source, b);
  if ((leafA || leafB) && !sameLeaf(source, leafA, leafB)) yield { key: Uint8Array.from(path), old: leafA, new: leafB };
  for (let nibble = 0; nibble < 16; nibble++) {
    const ca = childView(source, a, nibble);
    const cb = childView(source, b, nibble);
    if (!ca && !cb) continue;
    path.push(nibble);
    yield* diffViews(source, ca, cb, path);
    path.pop();
  }
}

function* viewEntries(source: NodeSource, view: View, path: number[]): Generator<TrieEntry> {
  const node = source.load(view.ref);
  const start = path.length;
  for (let i = view.skip; i < node.prefix.length; i++) path.push(node.prefix[i]);
  if (node.leaf) yield { key: Uint8Array.from(path), leaf: node.leaf };
  if (node.children) {
    for (let nibble = 0; nibble < 16; nibble++) {
      const child = node.children[nibble];
      if (!child) continue;
      path.push(nibble);
      yield* viewEntries(source, { ref: child, skip: 0 }, path);
      path.pop();
    }
  }
  path.length = start;
}
