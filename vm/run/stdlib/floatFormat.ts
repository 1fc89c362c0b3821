// Formatting of float64 and float32 values exactly as Go's strconv.FormatFloat does: the
// shortest decimal that reads back to the same float ('g', 'e', 'f' with precision -1), exact
// decimal expansion rounded half-to-even for an explicit precision, and the binary ('b') and
// hexadecimal ('x', 'X') forms. Every digit comes from exact BigInt arithmetic on the float's
// bits, never from the host's toFixed/toPrecision, whose rounding differs from Go's.
// It does not parse floats (floatParse.ts) and knows nothing of fmt's flags and widths.

/** A decimal digit string with the position of the decimal point: 0.d1d2d3... × 10^dp. */
export interface Decimal {
  digits: string; // no leading zeros, no trailing zeros; '' for zero
  dp: number;
}

export type FloatBits = 32 | 64;

/** Go's strconv.FormatFloat(value, format, precision, bitSize). */
export function formatFloat(value: number, format: string, precision: number, bitSize: FloatBits): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  const negative = value < 0 || Object.is(value, -0);
  const parts = decompose(value, bitSize);
  if (format === 'b') return formatBinary(negative, parts, bitSize);
  if (format === 'x' || format === 'X') return formatHex(negative, parts, bitSize, precision, format);
  const shortest = precision < 0;
  let decimal: Decimal;
  if (shortest) {
    decimal = shortestDecimal(parts, bitSize, Math.abs(value));
    switch (format) {
      case 'e': case 'E': precision = Math.max(decimal.digits.length - 1, 0); break;
      case 'f': precision = Math.max(decimal.digits.length - decimal.dp, 0); break;
      case 'g': case 'G': precision = decimal.digits.length; break;
    }
  } else {
    const exact = exactDecimal(parts);
    switch (format) {
      case 'e': case 'E': decimal = roundDecimal(exact, precision + 1); break;
      case 'f': decimal = roundDecimal(exact, exact.dp + precision); break;
      case 'g': case 'G':
        if (precision === 0) precision = 1;
        decimal = roundDecimal(exact, precision);
        break;
      default: decimal = exact;
    }
  }
  return layoutDecimal(negative, decimal, format, precision, shortest);
}

/** Lays out a rounded decimal in format 'e', 'E', 'f', 'g' or 'G' (strconv's %e/%f/%g rules). */
export function layoutDecimal(negative: boolean, decimal: Decimal, format: string, precision: number, shortest: boolean): string {
  const nd = decimal.digits.length;
  switch (format) {
    case 'e': case 'E':
      return layoutExponent(negative, decimal, precision, format);
    case 'f':
      return layoutFixed(negative, decimal, precision);
    case 'g': case 'G': {
      let exponentLimit = precision;
      if (exponentLimit > nd && nd >= decimal.dp) exponentLimit = nd;
      // With the shortest digits, 6 decides between %e and %f (so 1e+06 but 123456).
      if (shortest) exponentLimit = 6;
      const exponent = decimal.dp - 1;
      if (exponent < -4 || exponent >= exponentLimit) {
        const p = precision > nd ? nd : precision;
        return layoutExponent(negative, decimal, p - 1, format === 'g' ? 'e' : 'E');
      }
      const p = precision > decimal.dp ? nd : precision;
      return layoutFixed(negative, decimal, Math.max(p - decimal.dp, 0));
    }
  }
  return '%' + format;
}

/** The exact decimal expansion of a finite float given as mantissa × 2^exponent. */
export function exactDecimal(parts: FloatParts): Decimal {
  const { mantissa, exponent } = parts;
  if (mantissa === 0n) return { digits: '', dp: 0 };
  let digits: string;
  let dp: number;
  if (exponent >= 0) {
    digits = (mantissa << BigInt(exponent)).toString();
    dp = digits.length;
  } else {
    // m / 2^k = m × 5^k / 10^k
    digits = (mantissa * 5n ** BigInt(-exponent)).toString();
    dp = digits.length + exponent;
  }
  return trimDecimal({ digits, dp });
}

/**
 * Rounds an exact decimal to `count` significant digits, half to even on an exact tie (the
 * digits are exact, so a trailing 5 with nothing after it is a true tie).
 */
export function roundDecimal(decimal: Decimal, count: number): Decimal {
  const { digits } = decimal;
  if (count < 0) return { digits: '', dp: 0 };
  if (count >= digits.length) return decimal;
  const next = digits.charCodeAt(count) - 48;
  let up: boolean;
  if (next === 5 && count + 1 === digits.length) {
    up = count > 0 && (digits.charCodeAt(count - 1) - 48) % 2 === 1;
  } else {
    up = next >= 5;
  }
  if (!up) return trimDecimal({ digits: digits.slice(0, count), dp: decimal.dp });
  // Round up: increment the prefix, carrying; an all-nines prefix becomes 1 with dp + 1.
  let i = count - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return { digits: '1', dp: decimal.dp + 1 };
  const bumped = digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1);
  return trimDecimal({ digits: bumped, dp: decimal.dp });
}

/** A float's sign-less value as mantissa × 2^exponent, with what the shortest search needs. */
export interface FloatParts {
  mantissa: bigint;
  exponent: number;
  /** Raw stored (biased) exponent and fraction bits, for %b and %x. */
  biasedExponent: number;
  fraction: bigint;
}

const scratch = new DataView(new ArrayBuffer(8));

/** Splits a finite float into its integer mantissa and binary exponent. */
export function decompose(value: number, bitSize: FloatBits): FloatParts {
  if (bitSize === 32) {
    scratch.setFloat32(0, value);
    const bits = scratch.getUint32(0);
    const biased = (bits >>> 23) & 0xff;
    const fraction = bits & 0x7fffff;
    if (biased === 0) return { mantissa: BigInt(fraction), exponent: -149, biasedExponent: 0, fraction: BigInt(fraction) };
    return { mantissa: BigInt(fraction | 0x800000), exponent: biased - 150, biasedExponent: biased, fraction: BigInt(fraction) };
  }
  scratch.setFloat64(0, value);
  const high = scratch.getUint32(0);
  const low = scratch.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  if (biased === 0) return { mantissa: fraction, exponent: -1074, biasedExponent: 0, fraction };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075, biasedExponent: biased, fraction };
}

/**
 * The shortest decimal that reads back as the same float, the closest to it when several have
 * that length. float64 takes the host's shortest round-trip digits (ECMAScript specifies the
 * same shortest-then-closest choice); float32 has no host equivalent and is searched exactly.
 */
export function shortestDecimal(parts: FloatParts, bitSize: FloatBits, magnitude: number): Decimal {
  if (parts.mantissa === 0n) return { digits: '', dp: 0 };
  if (bitSize === 64) {
    const text = magnitude.toExponential();
    const e = text.indexOf('e');
    const digits = text.slice(0, e).replace('.', '');
    return trimDecimal({ digits, dp: Number(text.slice(e + 1)) + 1 });
  }
  return shortestExact(parts, bitSize);
}

/** The exact shortest search: the fewest digits whose value lies within the rounding interval. */
export function shortestExact(parts: FloatParts, bitSize: FloatBits): Decimal {
  const { mantissa, exponent } = parts;
  const mantissaBits = bitSize === 32 ? 23 : 52;
  const minExponent = bitSize === 32 ? -149 : -1074;
  // Work in units of 2^(exponent-2): value = 4m, bounds halfway to the neighbours.
  const unitExponent = exponent - 2;
  const value = mantissa * 4n;
  const high = value + 2n;
  // At a power of two the neighbour below is twice as close.
  const low = mantissa === 1n << BigInt(mantissaBits) && exponent > minExponent ? value - 1n : value - 2n;
  const inclusive = mantissa % 2n === 0n;
  const decimalExponent = decimalMagnitude(value, unitExponent);
  for (let count = 1; count <= 17; count++) {
    const scale = decimalExponent - count + 1; // candidate = n × 10^scale
    const below = divideFloor(value, unitExponent, scale);
    const above = below + 1n;
    const fits = (n: bigint): boolean => {
      const lowCompare = compareScaled(n, scale, low, unitExponent);
      const highCompare = compareScaled(n, scale, high, unitExponent);
      return inclusive ? lowCompare >= 0 && highCompare <= 0 : lowCompare > 0 && highCompare < 0;
    };
    const belowFits = fits(below);
    const aboveFits = fits(above);
    if (!belowFits && !aboveFits) continue;
    let chosen: bigint;
    if (belowFits && aboveFits) {
      // Closest to the value; on an exact tie the even one.
      const distanceBelow = differenceScaled(value, unitExponent, below, scale);
      const distanceAbove = differenceScaled(value, unitExponent, above, scale);
      if (distanceBelow < distanceAbove) chosen = below;
      else if (distanceAbove < distanceBelow) chosen = above;
      else chosen = below % 2n === 0n ? below : above;
    } else {
      chosen = belowFits ? below : above;
    }
    const digits = chosen.toString();
    return trimDecimal({ digits, dp: digits.length + scale });
  }
  return exactDecimal(parts);
}

function trimDecimal(decimal: Decimal): Decimal {
  let end = decimal.digits.length;
  while (end > 0 && decimal.digits.charCodeAt(end - 1) === 48) end--;
  if (end === 0) return { digits: '', dp: 0 };
  return end === decimal.digits.length ? decimal : { digits: decimal.digits.slice(0, end), dp: decimal.dp };
}

/** The E with 10^E ≤ x × 2^e < 10^(E+1), for x > 0. */
function decimalMagnitude(x: bigint, e: number): number {
  const bits = x.toString(2).length + e; // 2^(bits-1) ≤ value < 2^bits
  let estimate = Math.floor((bits - 1) * 0.30102999566398120);
  while (compareScaled(1n, estimate, x, e) > 0) estimate--;
  while (compareScaled(1n, estimate + 1, x, e) <= 0) estimate++;
  return estimate;
}

/** Compares n × 10^s with x × 2^e exactly. */
function compareScaled(n: bigint, s: number, x: bigint, e: number): number {
  let left = n;
  let right = x;
  if (s >= 0) left *= 10n ** BigInt(s); else right *= 10n ** BigInt(-s);
  if (e >= 0) right <<= BigInt(e); else left <<= BigInt(-e);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** floor(x × 2^e / 10^s). */
function divideFloor(x: bigint, e: number, s: number): bigint {
  let numerator = x;
  let denominator = 1n;
  if (e >= 0) numerator <<= BigInt(e); else denominator <<= BigInt(-e);
  if (s >= 0) denominator *= 10n ** BigInt(s); else numerator *= 10n ** BigInt(-s);
  return numerator / denominator;
}

/** |x × 2^e − n × 10^s| on a common scale (the same scale for every n with this s and e). */
function differenceScaled(x: bigint, e: number, n: bigint, s: number): bigint {
  let left = x;
  let right = n;
  if (e >= 0) left <<= BigInt(e); else right <<= BigInt(-e);
  if (s >= 0) right *= 10n ** BigInt(s); else left *= 10n ** BigInt(-s);
  return left > right ? left - right : right - left;
}

function layoutExponent(negative: boolean, decimal: Decimal, precision: number, marker: string): string {
  const { digits } = decimal;
  let out = negative ? '-' : '';
  out += digits.length > 0 ? digits[0] : '0';
  if (precision > 0) {
    out += '.' + digits.slice(1, precision + 1);
    for (let i = Math.max(digits.length, 1); i <= precision; i++) out += '0';
  }
  return out + marker + exponentDigits(digits.length === 0 ? 0 : decimal.dp - 1);
}

/** The exponent after an e or p marker: always signed, at least two digits (`+07`, `-12`, `+308`). */
function exponentDigits(exponent: number): string {
  const magnitude = Math.abs(exponent);
  return (exponent < 0 ? '-' : '+') + (magnitude < 10 ? '0' : '') + String(magnitude);
}

function layoutFixed(negative: boolean, decimal: Decimal, precision: number): string {
  const { digits, dp } = decimal;
  let out = negative ? '-' : '';
  if (dp > 0) {
    out += digits.slice(0, dp);
    for (let i = digits.length; i < dp; i++) out += '0';
  } else {
    out += '0';
  }
  if (precision > 0) {
    out += '.';
    for (let i = 0; i < precision; i++) {
      const j = dp + i;
      out += j >= 0 && j < digits.length ? digits[j] : '0';
    }
  }
  return out;
}

/** %b: decimal mantissa, 'p', binary exponent (-4503599627370496p-52). */
function formatBinary(negative: boolean, parts: FloatParts, bitSize: FloatBits): string {
  const mantissaBits = bitSize === 32 ? 23 : 52;
  const bias = bitSize === 32 ? 127 : 1023;
  // Go prints the stored fraction with the implicit bit, and the denormal exponent as 1 - bias.
  const mantissa = parts.biasedExponent === 0 ? parts.fraction : parts.fraction | (1n << BigInt(mantissaBits));
  const exponent = (parts.biasedExponent === 0 ? 1 : parts.biasedExponent) - bias - mantissaBits;
  return (negative ? '-' : '') + mantissa.toString() + 'p' + (exponent >= 0 ? '+' : '') + String(exponent);
}

/** %x: -0x1.yyyyp±dd, the mantissa normalised to a leading 1, rounded to `precision` hex digits. */
function formatHex(negative: boolean, parts: FloatParts, bitSize: FloatBits, precision: number, format: string): string {
  const mantissaBits = bitSize === 32 ? 23 : 52;
  const bias = bitSize === 32 ? 127 : 1023;
  let mantissa = parts.biasedExponent === 0 ? parts.fraction : parts.fraction | (1n << BigInt(mantissaBits));
  let exponent = (parts.biasedExponent === 0 ? 1 : parts.biasedExponent) - bias;
  if (mantissa === 0n) exponent = 0;
  // Put the leading 1 at bit 60.
  mantissa <<= BigInt(60 - mantissaBits);
  while (mantissa !== 0n && (mantissa & (1n << 60n)) === 0n) {
    mantissa <<= 1n;
    exponent--;
  }
  if (precision >= 0 && precision < 15) {
    const shift = BigInt(precision * 4);
    const extra = (mantissa << shift) & ((1n << 60n) - 1n);
    mantissa >>= 60n - shift;
    if ((extra | (mantissa & 1n)) > 1n << 59n) mantissa++;
    mantissa <<= 60n - shift;
    if ((mantissa & (1n << 61n)) !== 0n) {
      mantissa >>= 1n;
      exponent++;
    }
  }
  const hexDigits = format === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
  let out = (negative ? '-' : '') + '0' + format + String(Number((mantissa >> 60n) & 1n));
  mantissa = (mantissa << 4n) & ((1n << 64n) - 1n);
  if (precision < 0 && mantissa !== 0n) {
    out += '.';
    while (mantissa !== 0n) {
      out += hexDigits[Number((mantissa >> 60n) & 15n)];
      mantissa = (mantissa << 4n) & ((1n << 64n) - 1n);
    }
  } else if (precision > 0) {
    out += '.';
    for (let i = 0; i < precision; i++) {
      out += hexDigits[Number((mantissa >> 60n) & 15n)];
      mantissa = (mantissa << 4n) & ((1n << 64n) - 1n);
    }
  }
  return out + (format === 'X' ? 'P' : 'p') + exponentDigits(exponent);
}
