// The node of the state tree and its two encodings. A node is one step of a path-compressed
// radix trie over the nibbles (half-bytes) of a key: a compressed prefix, up to 16 children and an
// optional leaf (a value's canonical bytes, or a whole subtree: a namespace under the root). The
// hash encoding (children by SHA-256) defines the node's identity; the record encoding (what is
// stored) carries the node's own hash and its children by store location, so that a lookup
// follows locations without any global index and a stored path costs a few hundred bytes.
// It deliberately holds no trie algorithms (trie.ts) and does no IO.
import { ByteReader, ByteWriter, CorruptRecordError, HASH_BYTES, Hash, sha256 } from './bytes';

/**
 * A reference to a node: in memory (`node`), stored (`loc` > 0), or both. `hash` is filled once
 * known. A Ref whose node was created by a transaction and not yet stored has loc 0 and hash null.
 */
export class Ref {
  constructor(
    public loc: number,
    public hash: Hash | null,
    public node: TrieNode | null,
  ) {}

  static stored(loc: number): Ref {
    return new Ref(loc, null, null);
  }

  static fresh(node: TrieNode): Ref {
    return new Ref(0, null, node);
  }
}

export type Leaf = { kind: 'value'; bytes: Uint8Array } | { kind: 'tree'; ref: Ref };

export interface TrieNode {
  /** Nibbles (0..15) consumed by this node before it branches. */
  prefix: Uint8Array;
  /** Sixteen slots, or null when the node has no children. */
  children: (Ref | undefined)[] | null;
  /** The entry whose key ends exactly here. */
  leaf: Leaf | null;
  /** The edit epoch that may mutate this node in place; 0 once frozen (shared or stored). */
  epoch: number;
}

export const RECORD_NODE = 1;
export const RECORD_SNAPSHOT = 2;
/** A whole HeadState as JSON: written by checkout and branch changes, replayed on open. */
export const RECORD_REFS = 3;

const LEAF_NONE = 0;
const LEAF_VALUE = 1;
const LEAF_TREE = 2;

export const EMPTY_TREE_HASH: Hash = sha256(new Uint8Array([0x45])); // 'E'

export function toNibbles(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    out[2 * i] = bytes[i] >> 4;
    out[2 * i + 1] = bytes[i] & 15;
  }
  return out;
}

export function fromNibbles(nibbles: ArrayLike<number>, length = nibbles.length): Uint8Array {
  const out = new Uint8Array(length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = (nibbles[2 * i] << 4) | nibbles[2 * i + 1];
  return out;
}

/** The canonical bytes hashed for a node; child hashes are supplied by the caller. */
export function hashNode(node: TrieNode, childHash: (ref: Ref) => Hash): Hash {
  // Child hashes first: computing them may recurse into hashNode, which reuses the scratch writer.
  const childHashes: Hash[] = [];
  if (node.children) for (const child of node.children) if (child) childHashes.push(childHash(child));
  const treeHash = node.leaf && node.leaf.kind === 'tree' ? childHash(node.leaf.ref) : null;
  const writer = scratch.reset();
  writer.byte(0x4e); // 'N'
  writePrefix(writer, node.prefix);
  writer.u16(bitmapOf(node));
  for (const hash of childHashes) writer.bytes(hash);
  writeLeaf(writer, node.leaf, () => writer.bytes(treeHash!));
  return sha256(writer.view());
}

/** The stored record of a node whose own hash and children's locations are all known. */
export function encodeNodeRecord(node: TrieNode, hash: Hash): Uint8Array {
  const writer = scratch.reset();
  writer.byte(RECORD_NODE).bytes(hash);
  writePrefix(writer, node.prefix);
  writer.u16(bitmapOf(node));
  if (node.children) for (const child of node.children) if (child) writer.varint(storedLoc(child));
  writeLeaf(writer, node.leaf, (ref) => writer.varint(storedLoc(ref)));
  return writer.finish();
}

const scratch = new ByteWriter(1024);

/** Decodes a node record; children come back as stored refs to be loaded on demand. */
export function decodeNodeRecord(body: Uint8Array): { node: TrieNode; hash: Hash } {
  const reader = new ByteReader(body);
  if (reader.byte() !== RECORD_NODE) throw new CorruptRecordError('not a node record');
  const hash = reader.bytes(HASH_BYTES).slice();
  const prefixLength = reader.varint();
  const packed = reader.bytes((prefixLength + 1) >> 1);
  const prefix = new Uint8Array(prefixLength);
  for (let i = 0; i < prefixLength; i++) prefix[i] = i % 2 === 0 ? packed[i >> 1] >> 4 : packed[i >> 1] & 15;
  const bitmap = reader.u16();
  let children: (Ref | undefined)[] | null = null;
  if (bitmap !== 0) {
    children = new Array<Ref | undefined>(16);
    for (let i = 0; i < 16; i++) if (bitmap & (1 << i)) children[i] = Ref.stored(positiveLoc(reader.varint()));
  }
  const leafTag = reader.byte();
  let leaf: Leaf | null = null;
  if (leafTag === LEAF_VALUE) leaf = { kind: 'value', bytes: reader.blob().slice() };
  else if (leafTag === LEAF_TREE) leaf = { kind: 'tree', ref: Ref.stored(positiveLoc(reader.varint())) };
  else if (leafTag !== LEAF_NONE) throw new CorruptRecordError(`unknown leaf tag ${leafTag}`);
  reader.expectEnd();
  return { node: { prefix, children, leaf, epoch: 0 }, hash };
}

export function childCount(node: TrieNode): number {
  if (!node.children) return 0;
  let count = 0;
  for (const child of node.children) if (child) count++;
  return count;
}

function bitmapOf(node: TrieNode): number {
  let bitmap = 0;
  if (node.children) for (let i = 0; i < 16; i++) if (node.children[i]) bitmap |= 1 << i;
  return bitmap;
}

function writePrefix(writer: ByteWriter, prefix: Uint8Array): void {
  writer.varint(prefix.length);
  for (let i = 0; i < prefix.length; i += 2) writer.byte((prefix[i] << 4) | (i + 1 < prefix.length ? prefix[i + 1] : 0));
}

function writeLeaf(writer: ByteWriter, leaf: Leaf | null, writeRef: (ref: Ref) => void): void {
  if (!leaf) writer.byte(LEAF_NONE);
  else if (leaf.kind === 'value') writer.byte(LEAF_VALUE).blob(leaf.bytes);
  else {
    writer.byte(LEAF_TREE);
    writeRef(leaf.ref);
  }
}

function storedLoc(ref: Ref): number {
  if (ref.loc <= 0) throw new Error('internal: a child is written before its parent');
  return ref.loc;
}

function positiveLoc(loc: number): number {
  if (loc <= 0) throw new CorruptRecordError('a node refers to location 0');
  return loc;
}
