// Package math's functions bound to the deterministic implementations of mathFunctions.ts (never
// the host's Math.sin family), plus the bit conversions with 64-bit values in the VM's integer
// representation. Constants are compile-time values of the Go declaration and need no native.

import * as m from './mathFunctions';
import { registerNatives, type NativeExports } from '../natives';
import { toNumber, uint64, type I64 } from '../ints';

export function loadMath(): NativeExports {
  return {
    Abs: (x: number) => Math.abs(x),
    Acos: m.acos, Acosh: m.acosh, Asin: m.asin, Asinh: m.asinh, Atan: m.atan, Atan2: m.atan2, Atanh: m.atanh,
    Cbrt: m.cbrt, Ceil: m.ceil, Copysign: m.copysign, Cos: m.cos, Cosh: m.cosh, Dim: m.dim, Exp: m.exp,
    Exp2: m.exp2, Expm1: m.expm1, Floor: m.floor, Hypot: m.hypot, Log: m.log, Log10: m.log10, Log1p: m.log1p,
    Log2: m.log2, Max: m.max, Min: m.min, Mod: m.mod, Nextafter: m.nextafter, Pow: m.pow, Remainder: m.remainder,
    Round: m.round, RoundToEven: m.roundToEven, Sin: m.sin, Sinh: m.sinh, Sqrt: (x: number) => Math.sqrt(x),
    Tan: m.tan, Tanh: m.tanh, Trunc: m.trunc, Signbit: m.signbit,
    Float32bits: (f: number) => m.float32Bits(f),
    Float32frombits: (b: number) => m.float32FromBits(b),
    Float64bits: (f: number) => uint64(m.goFloat64Bits(f)),
    Float64frombits: (b: I64) => m.float64FromBits(BigInt(b)),
    Frexp: (f: number) => m.frexp(f),
    Ldexp: (frac: number, exp: I64) => m.ldexp(frac, clampExponent(exp)),
    Modf: (f: number) => m.modf(f),
    Inf: (sign: I64) => (sign >= 0 ? Infinity : -Infinity),
    IsInf: (f: number, sign: I64) => m.isInf(f, toNumber(sign)),
    IsNaN: (f: number) => Number.isNaN(f),
    NaN: () => NaN,
    Pow10: (n: I64) => m.pow10(clampExponent(n)),
    FMA: m.fma,
    Ilogb: (x: number) => m.ilogb(x),
    Logb: m.logb,
    Nextafter32: (x: number, y: number) => m.nextafter32(x, y),
    Sincos: (x: number) => [m.sin(x), m.cos(x)],
  };
}

/** An int exponent far outside the float range behaves like the nearest in-range one. */
function clampExponent(n: I64): number {
  const value = toNumber(n);
  return Math.max(-100000, Math.min(100000, value));
}

registerNatives({ path: 'math', load: loadMath });
