// Package crypto/sha256: Sum256 and Sum224 of a []byte as [32]byte and [28]byte arrays. The digest
// is computed by node:crypto, which is deterministic by definition; gas is charged per 64-byte
// block as the work grows with the input.

import { createHash } from 'node:crypto';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import type { Slice } from '../values';

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
  };
}

registerNatives({ path: 'crypto/sha256', load: loadSha256 });
