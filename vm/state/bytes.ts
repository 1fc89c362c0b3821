// Byte-level building blocks of the state store's canonical encodings: a growable writer, a
// bounds-checked reader, unsigned LEB128 varints for non-negative safe integers, SHA-256 and
// CRC-32. It deliberately knows nothing of nodes, values or files; every encoding in vm/state is
// written with these so that "canonical" means one thing everywhere.
import { createHash } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';

/** A SHA-256 digest: always 32 bytes. */
export type Hash = Uint8Array;

export const HASH_BYTES = 32;

/** Thrown when stored bytes do not decode: a checksum matched but the content is malformed. */
export class CorruptRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptRecordError';
  }
}

export function sha256(...parts: Uint8Array[]): Hash {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

export function crc32(data: Uint8Array, initial = 0): number {
  return zlibCrc32(data, initial) >>> 0;
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

export function fromHex(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'hex'));
}

/** A compact string key for a hash, for use in Maps (cheaper than hex). */
export function hashKey(hash: Hash): string {
  return Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength).toString('latin1');
}

/** The first 31 bits of a hash: a small-integer Map key; equal hashes give equal keys, not conversely. */
export function hashBucket(hash: Hash): number {
  return ((hash[0] << 23) | (hash[1] << 15) | (hash[2] << 7) | (hash[3] >> 1)) >>> 0;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Lexicographic byte order, the order of keys everywhere in the store. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  try {
    return utf8Decoder.decode(bytes);
  } catch {
    throw new CorruptRecordError('invalid UTF-8 in a stored string');
  }
}

/** Appends bytes to a buffer that doubles as it fills. */
export class ByteWriter {
  private buffer: Uint8Array;
  private length = 0;

  constructor(initialCapacity = 64) {
    this.buffer = new Uint8Array(initialCapacity);
  }

  get size(): number {
    return this.length;
  }

  byte(value: number): this {
    this.reserve(1);
    this.buffer[this.length++] = value & 0xff;
    return this;
  }

  bytes(data: Uint8Array): this {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }

  /** Unsigned LEB128 of a non-negative safe integer (up to 2^53 - 1). */
  varint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint out of range: ${value}`);
    while (value >= 0x80) {
      this.byte((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    return this.byte(value);
  }

  /** A length-prefixed byte string. */
  blob(data: Uint8Array): this {
    return this.varint(data.length).bytes(data);
  }

  string(text: string): this {
    if (text === '') return this.byte(0);
    return this.blob(utf8(text));
  }

  u16(value: number): this {
    return this.byte(value >>> 8).byte(value);
  }

  u32(value: number): this {
    this.reserve(4);
    new DataView(this.buffer.buffer).setUint32(this.length, value >>> 0, true);
    this.length += 4;
    return this;
  }

  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  /** The bytes so far without copying; valid until the next write or reset. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** Empties the writer, keeping its buffer, so a hot path can reuse one writer. */
  reset(): this {
    this.length = 0;
    return this;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const next = new Uint8Array(capacity);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
}

/** Reads what ByteWriter wrote; every overrun or malformed field is a CorruptRecordError. */
export class ByteReader {
  private position = 0;

  constructor(private readonly data: Uint8Array) {}

  get offset(): number {
    return this.position;
  }

  get done(): boolean {
    return this.position >= this.data.length;
  }

  byte(): number {
    if (this.position >= this.data.length) throw new CorruptRecordError('record ends early');
    return this.data[this.position++];
  }

  bytes(count: number): Uint8Array {
    if (count < 0 || this.position + count > this.data.length) throw new CorruptRecordError('record ends early');
    const out = this.data.subarray(this.position, this.position + count);
    this.position += count;
    return out;
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        if (!Number.isSafeInteger(result)) break;
        return result;
      }
      scale *= 0x80;
    }
    throw new CorruptRecordError('malformed varint');
  }

  blob(): Uint8Array {
    return this.bytes(this.varint());
  }

  string(): string {
    return fromUtf8(this.blob());
  }

  u16(): number {
    return (this.byte() << 8) | this.byte();
  }

  u32(): number {
    const b = this.bytes(4);
    return (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
  }

  expectEnd(): void {
    if (!this.done) throw new CorruptRecordError('trailing bytes in record');
  }
}
