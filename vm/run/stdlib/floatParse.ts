// Reading floats and integers as Go's strconv does: the accepted syntax (signs, decimal and
// hexadecimal mantissas, exponents, underscores after a base prefix, inf/infinity/nan), and the
// exactly rounded result for float64 and float32 computed with BigInt (no double rounding through
// float64 on the way to float32). It returns plain results and error kinds; strconv.ts turns them
// into Go values and *NumError. It does not format (floatFormat.ts).

export type ParseErrorKind = 'syntax' | 'range';

export interface FloatResult {
  value: number;
  error?: ParseErrorKind;
}

/** strconv.ParseFloat(s, bitSize) without the error wrapping. */
export function parseFloat(s: string, bitSize: 32 | 64): FloatResult {
  const special = parseSpecial(s);
  if (special !== undefined) return { value: special };
  const parsed = readFloat(s);
  if (parsed === null) return { value: 0, error: 'syntax' };
  const { negative, mantissa, exponent, base2 } = parsed;
  let value: number;
  if (mantissa === 0n) {
    value = 0;
  } else if (base2) {
    value = exponent >= 0 ? ratToFloat(mantissa << BigInt(Math.min(exponent, 2000)), 1n, bitSize) : ratToFloat(mantissa, 1n << BigInt(Math.min(-exponent, 2000)), bitSize);
  } else {
    const digits = mantissa.toString().length;
    if (exponent + digits > 330) value = Infinity;
    else if (exponent + digits < -360) value = 0;
    else value = exponent >= 0 ? ratToFloat(mantissa * 10n ** BigInt(exponent), 1n, bitSize) : ratToFloat(mantissa, 10n ** BigInt(-exponent), bitSize);
  }
  if (negative) value = -value;
  if (!Number.isFinite(value)) return { value, error: 'range' };
  return { value };
}

/** The float nearest to num/den (both ≥ 0, den > 0), ties to even, as float64 or float32. */
export function ratToFloat(num: bigint, den: bigint, bitSize: 32 | 64): number {
  if (num === 0n) return 0;
  const mantissaBits = bitSize === 64 ? 53 : 24;
  const minExponent = bitSize === 64 ? -1074 : -149;
  let e = bitLength(num) - bitLength(den) - mantissaBits;
  const quotient = (shift: number): [bigint, bigint, bigint] => {
    const n = shift >= 0 ? num : num << BigInt(-shift);
    const d = shift >= 0 ? den << BigInt(shift) : den;
    return [n / d, n % d, d];
  };
  let [q, r, d] = quotient(e);
  if (q >= 1n << BigInt(mantissaBits)) {
    e++;
    [q, r, d] = quotient(e);
  } else if (q < 1n << BigInt(mantissaBits - 1)) {
    e--;
    [q, r, d] = quotient(e);
  }
  if (e < minExponent) {
    e = minExponent;
    [q, r, d] = quotient(e);
  }
  const twice = r * 2n;
  if (twice > d || (twice === d && (q & 1n) === 1n)) q++;
  const value = Number(q) * 2 ** e;
  return bitSize === 32 ? Math.fround(value) : value;
}

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

function parseSpecial(s: string): number | undefined {
  let sign = 1;
  let body = s;
  if (body[0] === '+' || body[0] === '-') {
    sign = body[0] === '-' ? -1 : 1;
    body = body.substring(1);
  }
  const lower = body.toLowerCase();
  if (lower === 'inf' || lower === 'infinity') return sign * Infinity;
  if (lower === 'nan' && body.length === s.length) return NaN;
  return undefined;
}

interface ReadFloat {
  negative: boolean;
  mantissa: bigint;
  /** Power of ten (decimal) or of two (hexadecimal) to scale the mantissa by. */
  exponent: number;
  base2: boolean;
}

/** Go's readFloat, requiring the whole string to be consumed. */
function readFloat(s: string): ReadFloat | null {
  let i = 0;
  let negative = false;
  let underscores = false;
  if (s[i] === '+' || s[i] === '-') {
    negative = s[i] === '-';
    i++;
  }
  let base = 10;
  let expChar = 'e';
  if (s.length >= i + 2 && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) {
    base = 16;
    expChar = 'p';
    i += 2;
  }
  let digits = '';
  let sawDot = false;
  let sawDigits = false;
  let fractionDigits = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '_') {
      underscores = true;
      continue;
    }
    if (c === '.') {
      if (sawDot) break;
      sawDot = true;
      continue;
    }
    const digit = digitValue(c);
    if (digit < 0 || digit >= base) break;
    sawDigits = true;
    digits += c;
    if (sawDot) fractionDigits++;
  }
  if (!sawDigits) return null;
  let exponent = 0;
  let sawExponent = false;
  if (i < s.length && s[i].toLowerCase() === expChar) {
    i++;
    let expSign = 1;
    if (s[i] === '+' || s[i] === '-') {
      expSign = s[i] === '-' ? -1 : 1;
      i++;
    }
    if (i >= s.length || digitValue(s[i]) < 0 || digitValue(s[i]) > 9) return null;
    for (; i < s.length; i++) {
      const c = s[i];
      if (c === '_') {
        underscores = true;
        continue;
      }
      const digit = digitValue(c);
      if (digit < 0 || digit > 9) break;
      if (exponent < 100000) exponent = exponent * 10 + digit;
    }
    exponent *= expSign;
    sawExponent = true;
  }
  if (base === 16 && !sawExponent) return null;
  if (i !== s.length) return null;
  if (underscores && !underscoreOK(s)) return null;
  const mantissa = BigInt((base === 16 ? '0x' : '') + digits);
  if (base === 16) return { negative, mantissa, exponent: exponent - 4 * fractionDigits, base2: true };
  return { negative, mantissa, exponent: exponent - fractionDigits, base2: false };
}

function digitValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  if (lower >= 97 && lower <= 122) return lower - 87;
  return -1;
}

/** Underscores only between digits, and only after a base prefix (Go's underscoreOK). */
export function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.substring(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1])) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

export interface UintResult {
  value: bigint;
  error?: ParseErrorKind | 'base' | 'bitsize';
}

/** strconv.ParseUint without the error wrapping: the value (the maximum on overflow) and the error kind. */
export function parseUint(s: string, base: number, bitSize: number): UintResult {
  if (s === '') return { value: 0n, error: 'syntax' };
  const base0 = base === 0;
  const original = s;
  if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const marker = s.length >= 3 ? s[1].toLowerCase() : '';
      if (marker === 'b') {
        base = 2;
        s = s.substring(2);
      } else if (marker === 'o') {
        base = 8;
        s = s.substring(2);
      } else if (marker === 'x') {
        base = 16;
        s = s.substring(2);
      } else {
        base = 8;
        s = s.substring(1);
      }
    }
  } else if (base < 2 || base > 36) {
    return { value: 0n, error: 'base' };
  }
  if (bitSize === 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) return { value: 0n, error: 'bitsize' };
  const maxValue = (1n << BigInt(bitSize)) - 1n;
  const bigBase = BigInt(base);
  let underscores = false;
  let n = 0n;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '_' && base0) {
      underscores = true;
      continue;
    }
    const digit = digitValue(c);
    if (digit < 0 || digit >= base) return { value: 0n, error: 'syntax' };
    n = n * bigBase + BigInt(digit);
    if (n > maxValue) return { value: maxValue, error: 'range' };
  }
  if (underscores && !underscoreOK(original)) return { value: 0n, error: 'syntax' };
  return { value: n };
}

/** strconv.ParseInt without the error wrapping: the value (clamped on overflow) and the error kind. */
export function parseInt(s: string, base: number, bitSize: number): UintResult {
  if (s === '') return { value: 0n, error: 'syntax' };
  let negative = false;
  let body = s;
  if (s[0] === '+' || s[0] === '-') {
    negative = s[0] === '-';
    body = s.substring(1);
  }
  const unsigned = parseUint(body, base, bitSize);
  if (unsigned.error !== undefined && unsigned.error !== 'range') return { value: 0n, error: unsigned.error };
  const size = bitSize === 0 ? 64 : bitSize;
  const cutoff = 1n << BigInt(size - 1);
  if (unsigned.error === 'range') return { value: negative ? -cutoff : cutoff - 1n, error: 'range' };
  if (!negative && unsigned.value >= cutoff) return { value: cutoff - 1n, error: 'range' };
  if (negative && unsigned.value > cutoff) return { value: -cutoff, error: 'range' };
  return { value: negative ? -unsigned.value : unsigned.value };
}
