// Exact 64-bit integer arithmetic on the normalized representation of values.ts: a JS number
// while |v| <= 2^53-1, a bigint beyond. Every operation has a fast path on two numbers whose
// exact result is still safe, and a BigInt slow path that wraps at 64 bits (asIntN/asUintN) and
// normalizes back. The small widths (8, 16, 32 bits) never need this file: the compiler wraps
// them inline with `| 0`, `>>> 0`, shifts and Math.imul. Division by zero is the caller's check.

import { runtimeError } from './values';

/** A 64-bit integer value: see values.ts. */
export type I64 = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;
const MIN = -MAX;

/** Normalizes a signed 64-bit bigint (after wrapping) to the canonical representation. */
export function normS(b: bigint): I64 {
  const w = BigInt.asIntN(64, b);
  return w >= -9007199254740991n && w <= 9007199254740991n ? Number(w) : w;
}

/** Normalizes an unsigned 64-bit bigint (after wrapping) to the canonical representation. */
export function normU(b: bigint): I64 {
  const w = BigInt.asUintN(64, b);
  return w <= 9007199254740991n ? Number(w) : w;
}

const big = (v: I64): bigint => (typeof v === 'bigint' ? v : BigInt(v));

/** int64 + int64. */
export function addS(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= MIN) return r;
  }
  return normS(big(a) + big(b));
}

export function subS(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= MIN) return r;
  }
  return normS(big(a) - big(b));
}

export function mulS(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX && r >= MIN) return r === 0 ? 0 : r;
  }
  return normS(big(a) * big(b));
}

/** int64 / int64, truncated; b is non-zero (the caller panicked otherwise). */
export function divS(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const q = (a - (a % b)) / b;
    return q === 0 ? 0 : q;
  }
  return normS(big(a) / big(b));
}

export function remS(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  return normS(big(a) % big(b));
}

export function negS(a: I64): I64 {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return normS(-a);
}

export function addU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX) return r;
  }
  return normU(big(a) + big(b));
}

export function subU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= 0) return r;
  }
  return normU(big(a) - big(b));
}

export function mulU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX) return r;
  }
  return normU(big(a) * big(b));
}

export function divU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') return (a - (a % b)) / b;
  return normU(big(a) / big(b));
}

export function remU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') return a % b;
  return normU(big(a) % big(b));
}

export function negU(a: I64): I64 {
  if (a === 0) return 0;
  return normU(-big(a));
}

const isI32 = (v: I64): v is number => typeof v === 'number' && (v | 0) === v;

export function andS(a: I64, b: I64): I64 {
  if (isI32(a) && isI32(b)) return a & b;
  return normS(big(a) & big(b));
}
export function orS(a: I64, b: I64): I64 {
  if (isI32(a) && isI32(b)) return a | b;
  return normS(big(a) | big(b));
}
export function xorS(a: I64, b: I64): I64 {
  if (isI32(a) && isI32(b)) return a ^ b;
  return normS(big(a) ^ big(b));
}
export function andNotS(a: I64, b: I64): I64 {
  if (isI32(a) && isI32(b)) return a & ~b;
  return normS(big(a) & ~big(b));
}
export function notS(a: I64): I64 {
  if (isI32(a)) return ~a;
  return normS(~big(a));
}

const isU31 = (v: I64): v is number => typeof v === 'number' && v >= 0 && v <= 0x7fffffff;

export function andU(a: I64, b: I64): I64 {
  if (isU31(a) && isU31(b)) return a & b;
  return normU(big(a) & big(b));
}
export function orU(a: I64, b: I64): I64 {
  if (isU31(a) && isU31(b)) return a | b;
  return normU(big(a) | big(b));
}
export function xorU(a: I64, b: I64): I64 {
  if (isU31(a) && isU31(b)) return a ^ b;
  return normU(big(a) ^ big(b));
}
export function andNotU(a: I64, b: I64): I64 {
  return normU(big(a) & ~big(b));
}
export function notU(a: I64): I64 {
  return normU(~big(a));
}

/** The shift count as a number; a negative count panics as in Go. */
export function shiftCount(n: I64): number {
  if (n < 0) throw runtimeError('negative shift amount');
  return typeof n === 'bigint' ? (n > 1000n ? 1000 : Number(n)) : n;
}

export function shlS(a: I64, n: I64): I64 {
  const k = shiftCount(n);
  if (k >= 64) return 0;
  if (typeof a === 'number' && k < 31) {
    const r = a * (1 << k);
    if (r <= MAX && r >= MIN) return r;
  }
  return normS(big(a) << BigInt(k));
}

export function shrS(a: I64, n: I64): I64 {
  const k = shiftCount(n);
  if (typeof a === 'number') {
    if (k >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** k);
  }
  return normS(a >> BigInt(k > 63 ? 63 : k));
}

export function shlU(a: I64, n: I64): I64 {
  const k = shiftCount(n);
  if (k >= 64) return 0;
  if (typeof a === 'number' && k < 31) {
    const r = a * (1 << k);
    if (r <= MAX) return r;
  }
  return normU(big(a) << BigInt(k));
}

export function shrU(a: I64, n: I64): I64 {
  const k = shiftCount(n);
  if (k >= 64) return 0;
  if (typeof a === 'number') return Math.floor(a / 2 ** k);
  return normU(a >> BigInt(k));
}

/** Converts any integer value (number or bigint) to the canonical value of a 64-bit kind. */
export function toS64(v: I64): I64 {
  if (typeof v === 'number') return v;
  return normS(v);
}
export function toU64(v: I64): I64 {
  if (typeof v === 'number' && v >= 0) return v;
  return normU(big(v));
}

/** Converts an integer value to a small signed width (8, 16 or 32 bits). */
export function toSmallS(v: I64, bits: number): number {
  if (typeof v === 'bigint') return Number(BigInt.asIntN(bits, v));
  if (bits === 32) return v | 0;
  const shift = 32 - bits;
  return ((v | 0) << shift) >> shift;
}

/** Converts an integer value to a small unsigned width (8, 16 or 32 bits). */
export function toSmallU(v: I64, bits: number): number {
  if (typeof v === 'bigint') return Number(BigInt.asUintN(bits, v));
  if (bits === 32) return v >>> 0;
  return (v | 0) & ((1 << bits) - 1);
}

/** float -> int64/uint64: truncation toward zero (out of range is implementation-defined in Go). */
export function floatToS64(f: number): I64 {
  const t = Math.trunc(f);
  if (t <= MAX && t >= MIN) return t === 0 ? 0 : t;
  if (!Number.isFinite(t)) return -9223372036854775808n;
  return normS(BigInt(t));
}
export function floatToU64(f: number): I64 {
  const t = Math.trunc(f);
  if (t <= MAX && t >= 0) return t === 0 ? 0 : t;
  if (!Number.isFinite(t)) return 9223372036854775808n;
  return normU(BigInt(t));
}

/** The value as a JS number (exact below 2^53, rounded beyond: only for float conversion or indexing). */
export function toNumber(v: I64): number {
  return typeof v === 'number' ? v : Number(v);
}

/** A 64-bit value from a bigint or number, normalized (for natives building results). */
export function int64(v: bigint | number): I64 {
  return typeof v === 'number' ? v : normS(v);
}
export function uint64(v: bigint | number): I64 {
  return typeof v === 'number' ? v : normU(v);
}
