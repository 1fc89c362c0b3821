// Snapshots: one entry of the history, its stored record and its id. A snapshot names a root of
// the state tree, its state parent (the snapshot whose state it changed), the previous entry of
// its branch's log (which may be a failed attempt), a height (entries since genesis along the
// log) and the caller's tx record. The id is the SHA-256 of the content (parent, previous, root,
// height, failed flag and the canonical JSON of the tx record), so the same transactions on two
// fresh stores give the same ids. It deliberately does not walk history (store.ts does).
import { ByteReader, ByteWriter, CorruptRecordError, HASH_BYTES, Hash, sha256, toHex, utf8 } from './bytes';
import { JsonValue } from './values';
import { RECORD_SNAPSHOT } from './trieNode';

/**
 * The caller's record of a transaction, stored verbatim (as canonical JSON) and hashed into the
 * snapshot id. By convention the realm layer fills: caller, package, function, args, result or
 * error, events, oracle answers, gas {total, byPackage} and the block time. The engine reads none
 * of it.
 */
export type TxRecord = { [field: string]: JsonValue };

/** One history entry as the API shows it. */
export interface Snapshot {
  /** Hex SHA-256 of the snapshot's content. */
  id: string;
  /** The snapshot whose state this one changed; null only for genesis. */
  parent: string | null;
  /** The previous entry of the branch log (a failed attempt or a snapshot); null for genesis. */
  previous: string | null;
  /** Hex hash of the state tree (depends only on the state). */
  root: string;
  /** Entries along the log since genesis (genesis is 0). */
  height: number;
  /** A failed attempt: recorded in the log, state unchanged (root equals the parent's). */
  failed: boolean;
  /** The branch the entry was committed on. */
  branch: string;
  /** The caller's tx record; null for genesis. */
  tx: TxRecord | null;
}

/** A snapshot with the store locations the engine needs to walk history without an index. */
export interface StoredSnapshot extends Snapshot {
  loc: number;
  parentLoc: number;
  previousLoc: number;
  rootLoc: number;
  rootHash: Hash;
}

export interface SnapshotContent {
  parent: Hash | null;
  previous: Hash | null;
  rootHash: Hash;
  height: number;
  failed: boolean;
  tx: TxRecord | null;
}

const ID_DOMAIN = utf8('amigos-snapshot-1');

export function snapshotId(content: SnapshotContent): Hash {
  const writer = new ByteWriter(128);
  writer.bytes(ID_DOMAIN);
  writeOptionalHash(writer, content.parent);
  writeOptionalHash(writer, content.previous);
  writer.bytes(content.rootHash).varint(content.height).byte(content.failed ? 1 : 0);
  writer.string(content.tx === null ? '' : canonicalJson(content.tx));
  return sha256(writer.finish());
}

export function encodeSnapshotRecord(
  content: SnapshotContent & { id: Hash; branch: string; parentLoc: number; previousLoc: number; rootLoc: number },
): Uint8Array {
  const writer = new ByteWriter(256);
  writer.byte(RECORD_SNAPSHOT).bytes(content.id);
  writeOptionalHash(writer, content.parent);
  writeOptionalHash(writer, content.previous);
  writer.bytes(content.rootHash).varint(content.height).byte(content.failed ? 1 : 0);
  writer.varint(content.parentLoc).varint(content.previousLoc).varint(content.rootLoc);
  writer.string(content.branch);
  writer.string(content.tx === null ? '' : canonicalJson(content.tx));
  return writer.finish();
}

export function decodeSnapshotRecord(loc: number, body: Uint8Array): StoredSnapshot {
  const reader = new ByteReader(body);
  if (reader.byte() !== RECORD_SNAPSHOT) throw new CorruptRecordError('not a snapshot record');
  const id = reader.bytes(HASH_BYTES).slice();
  const parent = readOptionalHash(reader);
  const previous = readOptionalHash(reader);
  const rootHash = reader.bytes(HASH_BYTES).slice();
  const height = reader.varint();
  const failed = reader.byte() === 1;
  const parentLoc = reader.varint();
  const previousLoc = reader.varint();
  const rootLoc = reader.varint();
  const branch = reader.string();
  const txText = reader.string();
  reader.expectEnd();
  let tx: TxRecord | null = null;
  if (txText !== '') {
    try {
      tx = JSON.parse(txText) as TxRecord;
    } catch {
      throw new CorruptRecordError('a snapshot record holds malformed JSON');
    }
  }
  return {
    id: toHex(id),
    parent: parent ? toHex(parent) : null,
    previous: previous ? toHex(previous) : null,
    root: toHex(rootHash),
    height,
    failed,
    branch,
    tx,
    loc,
    parentLoc,
    previousLoc,
    rootLoc,
    rootHash,
  };
}

/** JSON with object keys sorted, so equal records hash alike. */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('a tx record holds a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
}

function writeOptionalHash(writer: ByteWriter, hash: Hash | null): void {
  if (hash) writer.byte(1).bytes(hash);
  else writer.byte(0);
}

function readOptionalHash(reader: ByteReader): Hash | null {
  const flag = reader.byte();
  if (flag === 0) return null;
  if (flag !== 1) throw new CorruptRecordError('malformed snapshot reference');
  return reader.bytes(HASH_BYTES).slice();
}
