// Package crypto/sha256: Sum256 and Sum224 of a []byte as [32]byte and [28]byte arrays, and New
// and New224 returning a Hash (Write, Sum, Reset, Size, BlockSize). The digest
// is computed by node:crypto, which is deterministic by definition; gas is charged per 64-byte
// block as the work grows with the input.

import { createHash } from 'node:crypto';
import { appendString } from './support';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import { Iface, Types, type Slice, type Type } from '../values';

interface Digest {
  algorithm: 'sha256' | 'sha224';
  chunks: Uint8Array[];
}

/** *sha256.digest, the dynamic type of New()'s Hash: it keeps the written bytes and hashes on Sum. */
const digestPointer: Type = (() => {
  const t = Types.named('crypto/sha256', 'sha256', 'digest', 'struct');
  Types.setUnderlying(t, Types.struct([]));
  const pointer = Types.pointer(t);
  pointer.methods.Write = (d: Digest, p: Slice | null) => {
    const bytes = p === null ? new Uint8Array(0) : Uint8Array.from(p.a.slice(p.o, p.o + p.l) as number[]);
    d.chunks.push(bytes);
    return [bytes.length, null];
  };
  pointer.methods.WriteString = (d: Digest, s: string) => {
    d.chunks.push(Buffer.from(s, 'latin1'));
    return [s.length, null];
  };
  pointer.methods.Sum = (d: Digest, b: Slice | null) => {
    const hash = createHash(d.algorithm);
    for (const chunk of d.chunks) hash.update(chunk);
    return appendString(b, hash.digest().toString('latin1'));
  };
  pointer.methods.Reset = (d: Digest) => {
    d.chunks = [];
  };
  pointer.methods.Size = (d: Digest) => (d.algorithm === 'sha256' ? 32 : 28);
  pointer.methods.BlockSize = () => 64;
  return pointer;
})();

function digest(algorithm: 'sha256' | 'sha224', data: Slice | null): number[] {
  const bytes = data === null ? new Uint8Array(0) : Uint8Array.from(data.a.slice(data.o, data.o + data.l) as number[]);
  return Array.from(createHash(algorithm).update(bytes).digest());
}

export function loadSha256(ctx: NativeContext): NativeExports {
  const charge = (data: Slice | null) => ctx.rt.charge(8 * (((data === null ? 0 : data.l) >> 6) + 1));
  return {
    Sum256: (data: Slice | null) => {
      charge(data);
      return digest('sha256', data);
    },
    Sum224: (data: Slice | null) => {
      charge(data);
      return digest('sha224', data);
    },
    New: () => new Iface(digestPointer, { algorithm: 'sha256', chunks: [] } satisfies Digest),
    New224: () => new Iface(digestPointer, { algorithm: 'sha224', chunks: [] } satisfies Digest),
  };
}

registerNatives({ path: 'crypto/sha256', load: loadSha256 });
