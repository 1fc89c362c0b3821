// Deterministic float64 functions of Go's math package, computed by the VM's own code so that a
// program prints the same digits on every host: the Cephes and FreeBSD msun algorithms that Go's
// portable math package describes (range reduction, then the published minimax polynomials),
// operation for operation, so results agree with Go bit for bit. Only exactly rounded host
// operations are used (+ - * /, Math.sqrt, Math.floor/ceil/trunc, Math.abs): never Math.sin,
// Math.exp, Math.log, Math.pow or their kin, which differ between engines.
// It does not know VM values: the math package bindings (math.ts) adapt these to Go calls.

import { ratToFloat } from './floatParse';

const ratioToFloat = (num: bigint, den: bigint): number => ratToFloat(num, den, 64);

export const Pi = 3.141592653589793;
export const E = 2.718281828459045;
export const Sqrt2 = 1.4142135623730951;
export const Ln2 = 0.6931471805599453;
export const Ln10 = 2.302585092994046;
const Log10E = 0.4342944819032518; // 1/Ln10, rounded once from the exact value
const Log2E = 1.4426950408889634; // 1/Ln2
const FourOverPi = 1.2732395447351628;
const Pi4A = 7.85398125648498535156e-1; // Pi/4 in three parts for exact reduction
const Pi4B = 3.77489470793079817668e-8;
const Pi4C = 2.69515142907905952645e-15;
const ReduceThreshold = 1 << 29;
const Ln2Hi = 6.93147180369123816490e-1; // Ln2 in two parts for exact reduction
const Ln2Lo = 1.90821492927058770002e-10;
// msun's coefficients of log(1+f) in s = f/(2+f), shared by log and log1p.
const Lg1 = 6.666666666666735130e-1;
const Lg2 = 3.999999999940941908e-1;
const Lg3 = 2.857142874366239149e-1;
const Lg4 = 2.222219843214978396e-1;
const Lg5 = 1.818357216161805012e-1;
const Lg6 = 1.531383769920937332e-1;
const Lg7 = 1.479819860511658591e-1;

const scratch = new DataView(new ArrayBuffer(8));

export function float64Bits(x: number): bigint {
  scratch.setFloat64(0, x);
  return scratch.getBigUint64(0);
}

/** math.Float64bits as Go programs see it: every NaN is Go's canonical NaN (payloads are not kept). */
export function goFloat64Bits(x: number): bigint {
  return Number.isNaN(x) ? 0x7ff8000000000001n : float64Bits(x);
}

export function float64FromBits(bits: bigint): number {
  scratch.setBigUint64(0, BigInt.asUintN(64, bits));
  return scratch.getFloat64(0);
}

export function float32Bits(x: number): number {
  scratch.setFloat32(0, x);
  return scratch.getUint32(0);
}

export function float32FromBits(bits: number): number {
  scratch.setUint32(0, bits >>> 0);
  return scratch.getFloat32(0);
}

export function isInf(x: number, sign: number): boolean {
  return (sign >= 0 && x === Infinity) || (sign <= 0 && x === -Infinity);
}

export function signbit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

export function copysign(magnitude: number, sign: number): number {
  const abs = Math.abs(magnitude);
  // NaN has a sign bit too; Go copies the bit whatever the value.
  if (Number.isNaN(sign)) return float64Bits(sign) >> 63n === 1n ? -abs : abs;
  return signbit(sign) ? -abs : abs;
}

/** Splits x into a fraction in [½, 1) and a power of two (Go's Frexp). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let exponent = 0;
  let value = x;
  if (Math.abs(value) < 2.2250738585072014e-308) {
    value *= 4503599627370496; // 2^52: normalise a subnormal
    exponent = -52;
  }
  const bits = float64Bits(value);
  exponent += Number((bits >> 52n) & 0x7ffn) - 1022;
  const fraction = float64FromBits((bits & ~(0x7ffn << 52n)) | (1022n << 52n));
  return [fraction, exponent];
}

/** fraction × 2^exponent with a single rounding (Go's Ldexp). */
export function ldexp(fraction: number, exponent: number): number {
  if (fraction === 0 || !Number.isFinite(fraction)) return fraction;
  let value = fraction;
  let e = exponent;
  if (Math.abs(value) < 2.2250738585072014e-308) {
    value *= 4503599627370496;
    e -= 52;
  }
  const bits = float64Bits(value);
  e += Number((bits >> 52n) & 0x7ffn) - 1023;
  if (e < -1075) return copysign(0, value);
  if (e > 1023) return value < 0 ? -Infinity : Infinity;
  let multiplier = 1;
  if (e < -1022) {
    e += 53;
    multiplier = 1 / 9007199254740992; // 2^-53
  }
  const scaled = float64FromBits((bits & ~(0x7ffn << 52n)) | (BigInt(e + 1023) << 52n));
  return multiplier * scaled;
}

/** Integer and fractional parts with the sign of x (Go's Modf). */
export function modf(x: number): [number, number] {
  if (x < 1) {
    if (x < 0) {
      const [whole, fraction] = modf(-x);
      return [-whole, -fraction];
    }
    if (x === 0) return [x, x];
    return [0, x];
  }
  if (!Number.isFinite(x)) return [x, Number.isNaN(x) ? x : NaN];
  const whole = Math.trunc(x);
  return [whole, x - whole];
}

export function exp(x: number): number {
  const Overflow = 7.09782712893383973096e2;
  const Underflow = -7.45133219101941108420e2;
  const NearZero = 1 / (1 << 28);
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > Overflow) return Infinity;
  if (x < Underflow) return 0;
  if (-NearZero < x && x < NearZero) return 1 + x;
  let k = 0;
  if (x < 0) k = Math.trunc(Log2E * x - 0.5);
  else if (x > 0) k = Math.trunc(Log2E * x + 0.5);
  const hi = x - k * Ln2Hi;
  const lo = k * Ln2Lo;
  return expMulti(hi, lo, k);
}

export function exp2(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 1.0239999999999999e3) return Infinity;
  if (x < -1.074e3) return 0;
  let k = 0;
  if (x > 0) k = Math.trunc(x + 0.5);
  else if (x < 0) k = Math.trunc(x - 0.5);
  const t = x - k;
  return expMulti(t * Ln2Hi, -t * Ln2Lo, k);
}

/** e^r × 2^k for r = hi - lo in [-½ln2, ½ln2], by msun's rational approximation. */
function expMulti(hi: number, lo: number, k: number): number {
  const P1 = 1.66666666666666657415e-1;
  const P2 = -2.77777777770155933842e-3;
  const P3 = 6.61375632143793436117e-5;
  const P4 = -1.65339022054652515390e-6;
  const P5 = 4.13813679705723846039e-8;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return ldexp(y, k);
}

export function log(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  let [f1, ki] = frexp(x);
  if (f1 < Sqrt2 / 2) {
    f1 *= 2;
    ki--;
  }
  const f = f1 - 1;
  const k = ki;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (Lg1 + s4 * (Lg3 + s4 * (Lg5 + s4 * Lg7)));
  const t2 = s4 * (Lg2 + s4 * (Lg4 + s4 * Lg6));
  const R = t1 + t2;
  const hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

export function log10(x: number): number {
  return log(x) * Log10E;
}

export function log2(x: number): number {
  const [fraction, exponent] = frexp(x);
  if (fraction === 0.5) return exponent - 1;
  return log(fraction) * Log2E + exponent;
}

export function log1p(x: number): number {
  const Sqrt2M1 = 4.142135623730950488017e-1;
  const Sqrt2HalfM1 = -2.928932188134524755992e-1;
  const Small = 1 / (1 << 29);
  const Tiny = 1 / 18014398509481984; // 2^-54
  const Two53 = 9007199254740992;
  if (x < -1 || Number.isNaN(x)) return NaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return Infinity;
  const absx = Math.abs(x);
  let f: number;
  let iu = 0n;
  let k = 1;
  if (absx < Sqrt2M1) {
    if (absx < Small) {
      if (absx < Tiny) return x;
      return x - x * x * 0.5;
    }
    if (x > Sqrt2HalfM1) {
      k = 0;
      f = x;
      iu = 1n;
    }
  }
  let c = 0;
  if (k !== 0) {
    let u: number;
    if (absx < Two53) {
      u = 1 + x;
      iu = float64Bits(u);
      k = Number((iu >> 52n) - 1023n);
      if (k > 0) c = 1 - (u - x);
      else c = x - (u - 1);
      c /= u;
    } else {
      u = x;
      iu = float64Bits(u);
      k = Number((iu >> 52n) - 1023n);
      c = 0;
    }
    iu &= 0x000fffffffffffffn;
    if (iu < 0x0006a09e667f3bcdn) {
      u = float64FromBits(iu | 0x3ff0000000000000n);
    } else {
      k++;
      u = float64FromBits(iu | 0x3fe0000000000000n);
      iu = (0x0010000000000000n - iu) >> 2n;
    }
    f = u - 1;
  }
  f = f!;
  const hfsq = 0.5 * f * f;
  let R: number;
  if (iu === 0n) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * Ln2Lo;
      return k * Ln2Hi + c;
    }
    R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * Ln2Hi - ((R - (k * Ln2Lo + c)) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  R = z * (Lg1 + z * (Lg2 + z * (Lg3 + z * (Lg4 + z * (Lg5 + z * (Lg6 + z * Lg7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + (k * Ln2Lo + c))) - f);
}

export function expm1(x: number): number {
  const Othreshold = 7.09782712893383973096e2;
  const Ln2X56 = 3.88162421113569373274e1;
  const Ln2HalfX3 = 1.03972077083991796413e0;
  const Ln2Half = 3.46573590279972654709e-1;
  const InvLn2 = 1.44269504088896338700e0;
  const Tiny = 1 / 18014398509481984; // 2^-54
  const Q1 = -3.33333333333331316428e-2;
  const Q2 = 1.58730158725481460165e-3;
  const Q3 = -7.93650757867487942473e-5;
  const Q4 = 4.00821782732936239552e-6;
  const Q5 = -2.01099218183624371326e-7;
  if (x === Infinity || Number.isNaN(x)) return x;
  if (x === -Infinity) return -1;
  let absx = x;
  let sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= Ln2X56) {
    if (sign) return -1;
    if (absx >= Othreshold) return Infinity;
  }
  let c = 0;
  let k = 0;
  let value = x;
  if (absx > Ln2Half) {
    let hi: number;
    let lo: number;
    if (absx < Ln2HalfX3) {
      if (!sign) {
        hi = value - Ln2Hi;
        lo = Ln2Lo;
        k = 1;
      } else {
        hi = value + Ln2Hi;
        lo = -Ln2Lo;
        k = -1;
      }
    } else {
      k = Math.trunc(!sign ? InvLn2 * value + 0.5 : InvLn2 * value - 0.5);
      const t = k;
      hi = value - t * Ln2Hi;
      lo = t * Ln2Lo;
    }
    value = hi - lo;
    c = (hi - value) - lo;
  } else if (absx < Tiny) {
    return value;
  } else {
    k = 0;
  }
  const hfx = 0.5 * value;
  const hxs = value * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - value * t));
  if (k === 0) return value - (value * e - hxs);
  e = value * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (value - e) - 0.5;
  if (k === 1) {
    if (value < -0.25) return -2 * (e - (value + 0.5));
    return 1 + 2 * (value - e);
  }
  if (k <= -2 || k > 56) {
    let y = 1 - (e - value);
    if (k === 1024) y = y * 2 * 8.98846567431158e307; // 2^1023
    else y = float64FromBits(float64Bits(y) + (BigInt(k) << 52n));
    return y - 1;
  }
  if (k < 20) {
    t = float64FromBits(0x3ff0000000000000n - (0x20000000000000n >> BigInt(k)));
    let y = t - (e - value);
    y = float64FromBits(float64Bits(y) + (BigInt(k) << 52n));
    return y;
  }
  t = float64FromBits(BigInt(0x3ff - k) << 52n);
  let y = value - (e + t);
  y += 1;
  y = float64FromBits(float64Bits(y) + (BigInt(k) << 52n));
  return y;
}

export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) {
    if (y < 0) return isOddInt(y) ? copysign(Infinity, x) : Infinity;
    if (y > 0) return isOddInt(y) ? x : 0;
  }
  if (!Number.isFinite(y)) {
    if (x === -1) return 1;
    if ((Math.abs(x) < 1) === (y === Infinity)) return 0;
    return Infinity;
  }
  if (!Number.isFinite(x)) {
    if (x === -Infinity) return pow(1 / x, -y);
    if (y < 0) return 0;
    if (y > 0) return Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  let [yi, yf] = modf(Math.abs(y));
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 9223372036854775808) {
    // y is an even integer too large to matter: the result is 0, 1 or Inf.
    if (x === -1) return 1;
    if ((Math.abs(x) < 1) === (y > 0)) return 0;
    return Infinity;
  }
  let a1 = 1;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  let [x1, xe] = frexp(x);
  // Repeated squaring over the bits of the integer part; BigInt keeps all 63 bits exact.
  for (let i = BigInt(yi); i !== 0n; i >>= 1n) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      ae += xe;
      break;
    }
    if ((i & 1n) === 1n) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

function isOddInt(x: number): boolean {
  const [whole, fraction] = modf(x);
  if (fraction !== 0 || Math.abs(whole) >= 18446744073709551616) return false;
  return (BigInt.asIntN(64, BigInt(whole)) & 1n) === 1n;
}

export function pow10(n: number): number {
  if (n >= 0 && n <= 308) return pow10Table(n);
  if (n >= -323 && n < 0) {
    // Go divides by the positive power, split so that each step is exactly rounded.
    if (n >= -308) return 1 / pow10Table(-n);
    return 1e-300 / pow10Table(-n - 300);
  }
  return n < 0 ? 0 : Infinity;
}

function pow10Table(n: number): number {
  // 10^n for 0 ≤ n ≤ 308 is exactly rounded by the decimal parser.
  return Number('1e' + String(n));
}

export function sin(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  const [octant, z] = reduce(x);
  let j = octant;
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  const zz = z * z;
  const y = j === 1 || j === 2 ? cosKernel(zz) : sinKernel(z, zz);
  return sign ? -y : y;
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  let sign = false;
  x = Math.abs(x);
  const [octant, z] = reduce(x);
  let j = octant;
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  const zz = z * z;
  const y = j === 1 || j === 2 ? sinKernel(z, zz) : cosKernel(zz);
  return sign ? -y : y;
}

export function tan(x: number): number {
  const P0 = -1.30936939181383777646e4;
  const P1 = 1.15351664838587416140e6;
  const P2 = -1.79565251976484877988e7;
  const Q1 = 1.36812963470692954678e4;
  const Q2 = -1.32089234440210967447e6;
  const Q3 = 2.50083801823357915839e7;
  const Q4 = -5.38695755929454629881e7;
  if (x === 0 || Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  const [j, z] = reduce(x, false);
  const zz = z * z;
  let y = zz > 1e-14 ? z + z * ((zz * ((P0 * zz + P1) * zz + P2)) / ((((zz + Q1) * zz + Q2) * zz + Q3) * zz + Q4)) : z;
  if ((j & 2) === 2) y = -1 / y;
  return sign ? -y : y;
}

function sinKernel(z: number, zz: number): number {
  return z + z * zz * ((((((1.58962301576546568060e-10 * zz) + -2.50507477628578072866e-8) * zz + 2.75573136213857245213e-6) * zz + -1.98412698295895385996e-4) * zz + 8.33333333332211858878e-3) * zz + -1.66666666666666307295e-1);
}

function cosKernel(zz: number): number {
  return 1.0 - 0.5 * zz + zz * zz * ((((((-1.13585365213876817300e-11 * zz) + 2.08757008419747316778e-9) * zz + -2.75573141792967388112e-7) * zz + 2.48015872888517045348e-5) * zz + -1.38888888888730564116e-3) * zz + 4.16666666666665929218e-2);
}

/**
 * The octant j (0..7) and the remainder z of x ≥ 0 modulo π/4, odd octants mapped to the next
 * even one. Below 2^29 Cody-Waite with π/4 in three parts; above, Payne-Hanek with 4/π's bits.
 */
function reduce(x: number, wrapOctant = true): [number, number] {
  if (x >= ReduceThreshold) {
    const [j, z] = payneHanek(x);
    return [j, z];
  }
  let j = Math.trunc(x * FourOverPi);
  let y = j;
  if ((j & 1) === 1) {
    j++;
    y++;
  }
  if (wrapOctant) j &= 7;
  return [j, ((x - y * Pi4A) - y * Pi4B) - y * Pi4C];
}

// 4/π in binary, 64 bits per word, for the Payne-Hanek reduction of huge arguments.
const FourOverPiBits = [
  0x0000000000000001n, 0x45f306dc9c882a53n, 0xf84eafa3ea69bb81n, 0xb6c52b3278872083n,
  0xfca2c757bd778ac3n, 0x6e48dc74849ba5c0n, 0x0c925dd413a32439n, 0xfc3bd63962534e7dn,
  0xd1046bea5d768909n, 0xd338e04d68befc82n, 0x7323ac7306a673e9n, 0x3908bf177bf25076n,
  0x3ff12fffbc0b301fn, 0xde5e2316b414da3en, 0xda6cfd9e4f96136en, 0x9e8c7ecd3cbfd45an,
  0xea4f758fd7cbe2f6n, 0x7a0e73ef14a525d4n, 0xd7f6bf623f1aba10n, 0xac06608df8f6d757n,
];

function payneHanek(x: number): [number, number] {
  const mask64 = (1n << 64n) - 1n;
  const bits = float64Bits(x);
  const exponent = Number((bits >> 52n) & 0x7ffn) - 1023 - 52;
  const mantissa = (bits & ((1n << 52n) - 1n)) | (1n << 52n);
  const digit = Math.floor((exponent + 61) / 64);
  const shift = BigInt((exponent + 61) % 64);
  const word = (i: number): bigint => {
    const high = (FourOverPiBits[digit + i] << shift) & mask64;
    const low = shift === 0n ? 0n : FourOverPiBits[digit + i + 1] >> (64n - shift);
    return high | low;
  };
  const z0 = word(0);
  const z1 = word(1);
  const z2 = word(2);
  // The 192-bit product, kept to its top 128 bits as Go's 64-bit multiplications do.
  const z2hi = (z2 * mantissa) >> 64n;
  const z1full = z1 * mantissa;
  const z1hi = z1full >> 64n;
  const z1lo = z1full & mask64;
  const z0lo = (z0 * mantissa) & mask64;
  const loSum = z1lo + z2hi;
  const lo = loSum & mask64;
  let hi = (z0lo + z1hi + (loSum >> 64n)) & mask64;
  let j = Number(hi >> 61n);
  hi = ((hi << 3n) | (lo >> 61n)) & mask64;
  const leadingZeros = 64 - hi.toString(2).length;
  const lz = BigInt(leadingZeros + 1);
  const e = BigInt(1023 - (leadingZeros + 1));
  hi = ((hi << lz) | (lo >> (64n - lz))) & mask64;
  hi >>= 64n - 52n;
  hi |= e << 52n;
  let z = float64FromBits(hi);
  if ((j & 1) === 1) {
    j = (j + 1) & 7;
    z--;
  }
  return [j, z * (Pi / 4)];
}

export function atan(x: number): number {
  if (x === 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

function xatan(x: number): number {
  const P0 = -8.750608600031904122785e-1;
  const P1 = -1.615753718733365076637e1;
  const P2 = -7.500855792314704667340e1;
  const P3 = -1.228866684490136173410e2;
  const P4 = -6.485021904942025371773e1;
  const Q0 = 2.485846490142306297962e1;
  const Q1 = 1.650270098316988542046e2;
  const Q2 = 4.328810604912902668951e2;
  const Q3 = 4.853903996359136964868e2;
  const Q4 = 1.945506571482613964425e2;
  let z = x * x;
  z = (z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4)) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

/** atan of x ≥ 0 by reduction to [0, 0.66]. */
function satan(x: number): number {
  const Morebits = 6.123233995736765886130e-17;
  const Tan3Pi8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > Tan3Pi8) return Pi / 2 - xatan(1 / x) + Morebits;
  return Pi / 4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

export function asin(x: number): number {
  if (x === 0) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return NaN;
  let temp = Math.sqrt(1 - x * x);
  temp = x > 0.7 ? Pi / 2 - satan(temp / x) : satan(x / temp);
  return sign ? -temp : temp;
}

export function acos(x: number): number {
  return Pi / 2 - asin(x);
}

export function atan2(y: number, x: number): number {
  if (Number.isNaN(y) || Number.isNaN(x)) return NaN;
  if (y === 0) return x >= 0 && !signbit(x) ? copysign(0, y) : copysign(Pi, y);
  if (x === 0) return copysign(Pi / 2, y);
  if (!Number.isFinite(x)) {
    if (x === Infinity) return Number.isFinite(y) ? copysign(0, y) : copysign(Pi / 4, y);
    return Number.isFinite(y) ? copysign(Pi, y) : copysign(2.356194490192345, y);
  }
  if (!Number.isFinite(y)) return copysign(Pi / 2, y);
  const q = atan(y / x);
  if (x < 0) return q <= 0 ? q + Pi : q - Pi;
  return q;
}

export function sinh(x: number): number {
  const P0 = -0.6307673640497716991184787251e6;
  const P1 = -0.8991272022039509355398013511e5;
  const P2 = -0.2894211355989563807284660366e4;
  const P3 = -0.2630563213397497062819489e2;
  const Q0 = -0.6307673640497716991212077277e6;
  const Q1 = 0.1521517378790019070696485176e5;
  const Q2 = -0.173678953558233699533450911e3;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x > 21) {
    temp = exp(x) * 0.5;
  } else if (x > 0.5) {
    const ex = exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    const sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

export function cosh(x: number): number {
  x = Math.abs(x);
  if (x > 21) return exp(x) * 0.5;
  const ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

export function tanh(x: number): number {
  const MaxLog = 8.8029691931113054295988e1;
  let z = Math.abs(x);
  if (z > 0.5 * MaxLog) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    const s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x === 0) return x;
  const s = x * x;
  return x + (x * s * ((-9.64399179425052238628e-1 * s + -9.92877231001918586564e1) * s + -1.61468768441708447952e3)) /
    (((s + 1.12811678491632931402e2) * s + 2.23548839060100448583e3) * s + 4.84406305325125486048e3);
}

export function asinh(x: number): number {
  const NearZero = 1 / (1 << 28);
  const Large = 1 << 28;
  if (Number.isNaN(x) || !Number.isFinite(x)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x > Large) temp = log(x) + Ln2;
  else if (x > 2) temp = log(2 * x + 1 / (Math.sqrt(x * x + 1) + x));
  else if (x < NearZero) temp = x;
  else temp = log1p(x + (x * x) / (1 + Math.sqrt(1 + x * x)));
  return sign ? -temp : temp;
}

export function acosh(x: number): number {
  const Large = 1 << 28;
  if (x < 1 || Number.isNaN(x)) return NaN;
  if (x === 1) return 0;
  if (x >= Large) return log(x) + Ln2;
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}

export function atanh(x: number): number {
  const NearZero = 1 / (1 << 28);
  if (x < -1 || x > 1 || Number.isNaN(x)) return NaN;
  if (x === 1) return Infinity;
  if (x === -1) return -Infinity;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x < NearZero) temp = x;
  else if (x < 0.5) {
    temp = x + x;
    temp = 0.5 * log1p(temp + (temp * x) / (1 - x));
  } else temp = 0.5 * log1p((x + x) / (1 - x));
  return sign ? -temp : temp;
}

export function cbrt(x: number): number {
  const B1 = 715094163n;
  const B2 = 696219795n;
  const C = 5.42857142857142815906e-1;
  const D = -7.05306122448979611050e-1;
  const E = 1.41428571428571436819e0;
  const F = 1.60714285714285720630e0;
  const G = 3.57142857142857150787e-1;
  const SmallestNormal = 2.22507385850720138309e-308;
  if (x === 0 || !Number.isFinite(x)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  // A first approximation from the exponent bits divided by three.
  let t = float64FromBits(float64Bits(x) / 3n + (B1 << 32n));
  if (x < SmallestNormal) {
    t = 18014398509481984 * x; // 2^54 × x
    t = float64FromBits(float64Bits(t) / 3n + (B2 << 32n));
  }
  let r = (t * t) / x;
  let s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = float64FromBits((float64Bits(t) & (0xffffffffcn << 28n)) + (1n << 30n));
  s = t * t;
  r = x / s;
  const w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

export function hypot(p: number, q: number): number {
  if (!Number.isFinite(p) && !Number.isNaN(p)) return Infinity;
  if (!Number.isFinite(q) && !Number.isNaN(q)) return Infinity;
  if (Number.isNaN(p) || Number.isNaN(q)) return NaN;
  p = Math.abs(p);
  q = Math.abs(q);
  if (p < q) [p, q] = [q, p];
  if (p === 0) return 0;
  q = q / p;
  return p * Math.sqrt(1 + q * q);
}

export function mod(x: number, y: number): number {
  if (y === 0 || !Number.isFinite(x) || Number.isNaN(y)) return NaN;
  y = Math.abs(y);
  const [yfr, yexp] = frexp(y);
  let r = x < 0 ? -x : x;
  while (r >= y) {
    const [rfr, rexpRaw] = frexp(r);
    const rexp = rfr < yfr ? rexpRaw - 1 : rexpRaw;
    r = r - ldexp(y, rexp - yexp);
  }
  return x < 0 ? -r : r;
}

export function remainder(x: number, y: number): number {
  const Tiny = 4.45014771701440276618e-308;
  const HalfMax = 1.7976931348623157e308 / 2;
  if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x) || y === 0) return NaN;
  if (!Number.isFinite(y)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (y < 0) y = -y;
  if (x === y) return sign ? -0 : 0;
  if (y <= HalfMax) x = mod(x, y + y);
  if (y < Tiny) {
    if (x + x > y) {
      x -= y;
      if (x + x >= y) x -= y;
    }
  } else {
    const yHalf = 0.5 * y;
    if (x > yHalf) {
      x -= y;
      if (x >= yHalf) x -= y;
    }
  }
  return sign ? -x : x;
}

/** Go's Round: half away from zero. */
export function round(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + (x < 0 ? -1 : 1);
  return t === 0 ? copysign(0, x) : t;
}

/** Go's RoundToEven: half to even. */
export function roundToEven(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  let r = t;
  if (d > 0.5 || (d === 0.5 && mod(t, 2) !== 0)) r = t + (x < 0 ? -1 : 1);
  return r === 0 ? copysign(0, x) : r;
}

export function trunc(x: number): number {
  return Math.trunc(x);
}

export function floor(x: number): number {
  return Math.floor(x);
}

export function ceil(x: number): number {
  return Math.ceil(x);
}

export function max(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && x === y) return signbit(x) ? y : x;
  return x > y ? x : y;
}

export function min(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && x === y) return signbit(x) ? x : y;
  return x < y ? x : y;
}

export function dim(x: number, y: number): number {
  const v = x - y;
  return v <= 0 ? 0 : v;
}

export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return x;
  if (x === 0) return copysign(float64FromBits(1n), y);
  const bits = float64Bits(x);
  return (y > x) === (x > 0) ? float64FromBits(bits + 1n) : float64FromBits(bits - 1n);
}

/** Go's Ilogb: the binary exponent of x as an int (MinInt32 for 0, MaxInt32 for Inf and NaN). */
export function ilogb(x: number): number {
  if (x === 0) return -2147483648;
  if (!Number.isFinite(x)) return 2147483647;
  return frexp(x)[1] - 1;
}

/** Go's Logb: the binary exponent of x as a float. */
export function logb(x: number): number {
  if (x === 0) return -Infinity;
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  return ilogb(x);
}

export function nextafter32(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return x;
  if (x === 0) return copysign(float32FromBits(1), y);
  const bits = float32Bits(x);
  return (y > x) === (x > 0) ? float32FromBits(bits + 1) : float32FromBits(bits - 1);
}

/** x*y + z with one rounding: exact BigInt arithmetic on the three binary values. */
export function fma(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z) || x === 0 || y === 0) return x * y + z;
  const [mx, ex] = exact(x);
  const [my, ey] = exact(y);
  const [mz, ez] = exact(z);
  const productExponent = ex + ey;
  const base = Math.min(productExponent, ez);
  const sum = (mx * my << BigInt(productExponent - base)) + (mz << BigInt(ez - base));
  if (sum === 0n) return x * y + z; // exact zero: the sign follows IEEE's rule for the sum
  const negative = sum < 0n;
  const magnitude = negative ? -sum : sum;
  const value = base >= 0 ? ratioToFloat(magnitude << BigInt(base), 1n) : ratioToFloat(magnitude, 1n << BigInt(-base));
  return negative ? -value : value;
}

/** A finite float as a signed integer mantissa and a binary exponent. */
function exact(x: number): [bigint, number] {
  const bits = float64Bits(x);
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  return [negative ? -mantissa : mantissa, exponent];
}
