// Exact constant values and arithmetic, as the Go specification requires of constant
// expressions: integers of arbitrary precision (bigint), floating-point constants as exact
// rationals, complex constants as pairs of rationals, strings and booleans. It parses literals,
// folds unary, binary, shift and comparison operations, converts between kinds, decides whether
// a value is representable in a basic type (rounding floats as the target type would, reporting
// "overflows" or "truncated" otherwise) and prints values as Go's go/constant does. It knows
// nothing about syntax nodes or diagnostics: callers phrase the errors.

import { BasicKind, type Basic } from './types';

export interface Rat {
  /** Numerator; the sign lives here. */
  num: bigint;
  /** Denominator, always > 0; the fraction is reduced. */
  den: bigint;
}

export type ConstValue =
  | { kind: 'bool'; value: boolean }
  /** A string constant's text (its length in Go is the UTF-8 byte count). */
  | { kind: 'string'; value: string }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: Rat }
  | { kind: 'complex'; re: Rat; im: Rat }
  /** The result of an operation that could not be computed exactly (an error was reported). */
  | { kind: 'unknown' };

export const unknownValue: ConstValue = { kind: 'unknown' };

export function makeBool(value: boolean): ConstValue {
  return { kind: 'bool', value };
}
export function makeString(value: string): ConstValue {
  return { kind: 'string', value };
}
export function makeInt(value: bigint | number): ConstValue {
  return { kind: 'int', value: BigInt(value) };
}
export function makeFloat(value: Rat): ConstValue {
  return { kind: 'float', value };
}
export function makeComplex(re: Rat, im: Rat): ConstValue {
  return { kind: 'complex', re, im };
}

// ---------------------------------------------------------------------------------------------
// Rationals

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rat(num: bigint, den = 1n): Rat {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (den === 0n) return { num: 0n, den: 1n };
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

const ratZero = rat(0n);
const ratAdd = (a: Rat, b: Rat): Rat => rat(a.num * b.den + b.num * a.den, a.den * b.den);
const ratSub = (a: Rat, b: Rat): Rat => rat(a.num * b.den - b.num * a.den, a.den * b.den);
const ratMul = (a: Rat, b: Rat): Rat => rat(a.num * b.num, a.den * b.den);
const ratQuo = (a: Rat, b: Rat): Rat => rat(a.num * b.den, a.den * b.num);
const ratCmp = (a: Rat, b: Rat): number => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
const ratIsZero = (a: Rat): boolean => a.num === 0n;

function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  return n === 0n ? 0 : n.toString(2).length;
}

/** The float64 nearest to the rational (Infinity when out of range). */
export function ratToNumber(r: Rat): number {
  if (r.num === 0n) return 0;
  const neg = r.num < 0n;
  const n = neg ? -r.num : r.num;
  // Scale so that the integer quotient carries more bits than a double's mantissa.
  const shift = bitLength(r.den) - bitLength(n) + 66;
  const q = shift >= 0 ? (n << BigInt(shift)) / r.den : n / (r.den << BigInt(-shift));
  let value = Number(q);
  // Apply the power of two in steps so that intermediate values neither overflow nor underflow early.
  let e = -shift;
  while (e > 0) {
    const step = Math.min(e, 1000);
    value *= 2 ** step;
    e -= step;
  }
  while (e < 0) {
    const step = Math.max(e, -1000);
    value *= 2 ** step;
    e -= step;
  }
  return neg ? -value : value;
}

const float64View = new DataView(new ArrayBuffer(8));

/** The exact rational value of a finite double. */
export function numberToRat(x: number): Rat {
  if (!Number.isFinite(x) || x === 0) return ratZero;
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return { num: BigInt(x), den: 1n };
  const view = float64View;
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const neg = bits >> 63n === 1n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  let e: number;
  if (exp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  const signed = neg ? -mant : mant;
  return e >= 0 ? rat(signed << BigInt(e)) : rat(signed, 1n << BigInt(-e));
}

// ---------------------------------------------------------------------------------------------
// Kind conversions

/** The value as a rational (ints and floats), or null. */
export function toRat(v: ConstValue): Rat | null {
  if (v.kind === 'int') return rat(v.value);
  if (v.kind === 'float') return v.value;
  if (v.kind === 'complex' && ratIsZero(v.im)) return v.re;
  return null;
}

/** The value as an exact integer when it has one (an int, or a float/complex with an integral value). */
export function toInt(v: ConstValue): ConstValue {
  if (v.kind === 'int') return v;
  const r = toRat(v);
  if (r !== null && r.den === 1n) return makeInt(r.num);
  return unknownValue;
}

export function toFloat(v: ConstValue): ConstValue {
  const r = toRat(v);
  return r === null ? unknownValue : makeFloat(r);
}

export function toComplex(v: ConstValue): ConstValue {
  if (v.kind === 'complex') return v;
  const r = toRat(v);
  return r === null ? unknownValue : makeComplex(r, ratZero);
}

/** An integer constant as a bigint (null for anything else). */
export function bigintValue(v: ConstValue): bigint | null {
  const i = toInt(v);
  return i.kind === 'int' ? i.value : null;
}

/** A numeric constant as the nearest double (NaN for non-numbers). */
export function numberValue(v: ConstValue): number {
  if (v.kind === 'int') return Number(v.value);
  const r = toRat(v);
  return r === null ? NaN : ratToNumber(r);
}

// ---------------------------------------------------------------------------------------------
// Literals

/** The value of a literal from its raw text, or null when the text is malformed. */
export function parseLiteral(litKind: 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING', raw: string): ConstValue | null {
  switch (litKind) {
    case 'INT': {
      const n = parseIntText(raw.replace(/_/g, ''));
      return n === null ? null : makeInt(n);
    }
    case 'FLOAT': {
      const r = parseFloatText(raw.replace(/_/g, ''));
      return r === null ? null : makeFloat(r);
    }
    case 'IMAG': {
      const body = raw.slice(0, -1).replace(/_/g, '');
      let r: Rat | null;
      // An imaginary literal's integer part is decimal even with a leading zero (`0777i`).
      if (/^[0-9]+$/.test(body)) r = rat(BigInt(body));
      else r = parseFloatText(body) ?? (parseIntText(body) !== null ? rat(parseIntText(body) as bigint) : null);
      return r === null ? null : makeComplex(ratZero, r);
    }
    case 'CHAR': {
      const s = unquoteChar(raw);
      return s === null ? null : { kind: 'int', value: BigInt(s) };
    }
    case 'STRING': {
      const s = unquote(raw);
      return s === null ? null : makeString(s);
    }
  }
}

function parseIntText(text: string): bigint | null {
  const lower = text.toLowerCase();
  try {
    if (/^0x[0-9a-f]+$/.test(lower)) return BigInt(lower);
    if (/^0b[01]+$/.test(lower)) return BigInt(lower);
    if (/^0o[0-7]+$/.test(lower)) return BigInt(lower);
    if (/^0[0-7]+$/.test(lower)) return BigInt('0o' + lower.slice(1));
    if (/^[0-9]+$/.test(lower)) return BigInt(lower);
  } catch {
    return null;
  }
  return null;
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

function parseFloatText(text: string): Rat | null {
  const lower = text.toLowerCase();
  const hex = /^0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?[0-9]+)$/.exec(lower);
  if (hex) {
    const intPart = hex[1] ?? '';
    const frac = hex[2] ?? '';
    if (intPart === '' && frac === '') return null;
    const mant = BigInt('0x' + (intPart + frac || '0'));
    const exp = Number(hex[3]) - 4 * frac.length;
    if (Math.abs(exp) > 100000) return null;
    return exp >= 0 ? rat(mant << BigInt(exp)) : rat(mant, 1n << BigInt(-exp));
  }
  const dec = /^([0-9]*)(?:\.([0-9]*))?(?:e([+-]?[0-9]+))?$/.exec(lower);
  if (!dec) return null;
  const intPart = dec[1] ?? '';
  const frac = dec[2] ?? '';
  if (intPart === '' && frac === '') return null;
  const mant = BigInt(intPart + frac || '0');
  const exp = Number(dec[3] ?? '0') - frac.length;
  if (Math.abs(exp) > 100000) return null;
  return exp >= 0 ? rat(mant * pow10(exp)) : rat(mant, pow10(-exp));
}

/** Decodes one escape or character at `i` of a quoted literal body; returns [code point or byte, next index, isByte]. */
function decodeOne(body: string, i: number, quote: string): [number, number, boolean] | null {
  const c = body[i];
  if (c !== '\\') {
    const cp = body.codePointAt(i) as number;
    return [cp, i + (cp > 0xffff ? 2 : 1), false];
  }
  const e = body[i + 1];
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
  if (e !== undefined && e in simple) return [simple[e], i + 2, false];
  if (e === quote) return [quote.charCodeAt(0), i + 2, false];
  if (e === 'x') {
    const h = body.slice(i + 2, i + 4);
    return /^[0-9a-fA-F]{2}$/.test(h) ? [parseInt(h, 16), i + 4, true] : null;
  }
  if (e === 'u' || e === 'U') {
    const n = e === 'u' ? 4 : 8;
    const h = body.slice(i + 2, i + 2 + n);
    if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(h)) return null;
    const cp = parseInt(h, 16);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return null;
    return [cp, i + 2 + n, false];
  }
  if (e !== undefined && e >= '0' && e <= '7') {
    const o = body.slice(i + 1, i + 4);
    if (!/^[0-7]{3}$/.test(o)) return null;
    const v = parseInt(o, 8);
    return v > 255 ? null : [v, i + 4, true];
  }
  return null;
}

/** The code point of a rune literal `'x'`, or null. */
export function unquoteChar(raw: string): number | null {
  if (raw.length < 3 || raw[0] !== "'" || raw[raw.length - 1] !== "'") return null;
  const body = raw.slice(1, -1);
  const d = decodeOne(body, 0, "'");
  if (d === null || d[1] !== body.length) return null;
  return d[0];
}

/**
 * The text of a string literal (interpreted or raw), or null. Byte escapes (`\xff`) that do not
 * form valid UTF-8 decode to U+FFFD: string constants are kept as text.
 */
export function unquote(raw: string): string | null {
  if (raw.length >= 2 && raw[0] === '`' && raw[raw.length - 1] === '`') return raw.slice(1, -1).replace(/\r/g, '');
  if (raw.length < 2 || raw[0] !== '"' || raw[raw.length - 1] !== '"') return null;
  const body = raw.slice(1, -1);
  if (!body.includes('\\')) return body;
  const bytes: number[] = [];
  let i = 0;
  while (i < body.length) {
    const d = decodeOne(body, i, '"');
    if (d === null) return null;
    const [value, next, isByte] = d;
    if (isByte) bytes.push(value);
    else for (const b of Buffer.from(String.fromCodePoint(value), 'utf8')) bytes.push(b);
    i = next;
  }
  return Buffer.from(bytes).toString('utf8');
}

// ---------------------------------------------------------------------------------------------
// Operations

export type ConstOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '&^' | '&&' | '||';
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

const rank = { unknown: -1, bool: 0, string: 0, int: 1, float: 2, complex: 3 } as const;

/** Brings two numeric values to the same (larger) kind. */
function match(x: ConstValue, y: ConstValue): [ConstValue, ConstValue] {
  const rx = rank[x.kind];
  const ry = rank[y.kind];
  if (rx === ry) return [x, y];
  const to = (v: ConstValue, r: number): ConstValue => (r === 2 ? toFloat(v) : r === 3 ? toComplex(v) : v);
  return rx < ry ? [to(x, ry), y] : [x, to(y, rx)];
}

/**
 * `x op y` for constants of matching kinds. `intDivision` makes `/` on integers truncate (as for
 * typed and untyped integer operands). Returns unknown for division by zero (callers report it first).
 */
export function binaryOp(x: ConstValue, op: ConstOp, y: ConstValue, intDivision = true): ConstValue {
  if (x.kind === 'unknown' || y.kind === 'unknown') return unknownValue;
  if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === '&&') return makeBool(x.value && y.value);
    if (op === '||') return makeBool(x.value || y.value);
    return unknownValue;
  }
  if (x.kind === 'string' && y.kind === 'string') return op === '+' ? makeString(x.value + y.value) : unknownValue;
  [x, y] = match(x, y);
  if (x.kind === 'int' && y.kind === 'int') {
    const a = x.value;
    const b = y.value;
    switch (op) {
      case '+': return makeInt(a + b);
      case '-': return makeInt(a - b);
      case '*': return makeInt(a * b);
      case '/':
        if (b === 0n) return unknownValue;
        return intDivision ? makeInt(a / b) : makeFloat(rat(a, b));
      case '%': return b === 0n ? unknownValue : makeInt(a % b);
      case '&': return makeInt(a & b);
      case '|': return makeInt(a | b);
      case '^': return makeInt(a ^ b);
      case '&^': return makeInt(a & ~b);
      default: return unknownValue;
    }
  }
  if (x.kind === 'float' && y.kind === 'float') {
    const a = x.value;
    const b = y.value;
    switch (op) {
      case '+': return makeFloat(ratAdd(a, b));
      case '-': return makeFloat(ratSub(a, b));
      case '*': return makeFloat(ratMul(a, b));
      case '/': return ratIsZero(b) ? unknownValue : makeFloat(ratQuo(a, b));
      default: return unknownValue;
    }
  }
  if (x.kind === 'complex' && y.kind === 'complex') {
    const { re: a, im: b } = x;
    const { re: c, im: d } = y;
    switch (op) {
      case '+': return makeComplex(ratAdd(a, c), ratAdd(b, d));
      case '-': return makeComplex(ratSub(a, c), ratSub(b, d));
      case '*': return makeComplex(ratSub(ratMul(a, c), ratMul(b, d)), ratAdd(ratMul(b, c), ratMul(a, d)));
      case '/': {
        const s = ratAdd(ratMul(c, c), ratMul(d, d));
        if (ratIsZero(s)) return unknownValue;
        const re = ratQuo(ratAdd(ratMul(a, c), ratMul(b, d)), s);
        const im = ratQuo(ratSub(ratMul(b, c), ratMul(a, d)), s);
        return makeComplex(re, im);
      }
      default: return unknownValue;
    }
  }
  return unknownValue;
}

/** Whether a constant is a numeric zero (for the "division by zero" check). */
export function isZero(v: ConstValue): boolean {
  if (v.kind === 'int') return v.value === 0n;
  if (v.kind === 'float') return ratIsZero(v.value);
  if (v.kind === 'complex') return ratIsZero(v.re) && ratIsZero(v.im);
  return false;
}

/** `op x`. For `^` on an unsigned type, `unsignedBits` is the type's width (the complement is masked). */
export function unaryOp(op: '+' | '-' | '^' | '!', x: ConstValue, unsignedBits = 0): ConstValue {
  switch (op) {
    case '+':
      return x.kind === 'int' || x.kind === 'float' || x.kind === 'complex' ? x : unknownValue;
    case '-':
      if (x.kind === 'int') return makeInt(-x.value);
      if (x.kind === 'float') return makeFloat(rat(-x.value.num, x.value.den));
      if (x.kind === 'complex') return makeComplex(rat(-x.re.num, x.re.den), rat(-x.im.num, x.im.den));
      return unknownValue;
    case '^':
      if (x.kind !== 'int') return unknownValue;
      if (unsignedBits > 0) return makeInt(~x.value & ((1n << BigInt(unsignedBits)) - 1n));
      return makeInt(~x.value);
    case '!':
      return x.kind === 'bool' ? makeBool(!x.value) : unknownValue;
  }
}

/** `x << s` or `x >> s` for an integer constant and a non-negative shift count. */
export function shift(x: ConstValue, op: '<<' | '>>', s: number): ConstValue {
  const i = toInt(x);
  if (i.kind !== 'int') return unknownValue;
  return op === '<<' ? makeInt(i.value << BigInt(s)) : makeInt(i.value >> BigInt(s));
}

export function compare(x: ConstValue, op: CompareOp, y: ConstValue): boolean {
  let c: number;
  if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === '==') return x.value === y.value;
    if (op === '!=') return x.value !== y.value;
    return false;
  }
  if (x.kind === 'string' && y.kind === 'string') {
    // Go compares strings bytewise: compare UTF-8 encodings.
    c = Buffer.compare(Buffer.from(x.value, 'utf8'), Buffer.from(y.value, 'utf8'));
  } else {
    [x, y] = match(x, y);
    if (x.kind === 'int' && y.kind === 'int') c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
    else if (x.kind === 'float' && y.kind === 'float') c = ratCmp(x.value, y.value);
    else if (x.kind === 'complex' && y.kind === 'complex') {
      const eq = ratCmp(x.re, y.re) === 0 && ratCmp(x.im, y.im) === 0;
      if (op === '==') return eq;
      if (op === '!=') return !eq;
      return false;
    } else return false;
  }
  switch (op) {
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Representability

/** Bit width and signedness of each integer kind. */
export function intRange(kind: BasicKind): { min: bigint; max: bigint; bits: number; unsigned: boolean } | null {
  const signed = (bits: number) => ({ min: -(1n << BigInt(bits - 1)), max: (1n << BigInt(bits - 1)) - 1n, bits, unsigned: false });
  const unsigned = (bits: number) => ({ min: 0n, max: (1n << BigInt(bits)) - 1n, bits, unsigned: true });
  switch (kind) {
    case BasicKind.Int: case BasicKind.Int64: return signed(64);
    case BasicKind.Int8: return signed(8);
    case BasicKind.Int16: return signed(16);
    case BasicKind.Int32: return signed(32);
    case BasicKind.Uint: case BasicKind.Uint64: case BasicKind.Uintptr: return unsigned(64);
    case BasicKind.Uint8: return unsigned(8);
    case BasicKind.Uint16: return unsigned(16);
    case BasicKind.Uint32: return unsigned(32);
    default: return null;
  }
}

export type Representation =
  | { ok: true; value: ConstValue }
  | { ok: false; cause: 'overflows' | 'truncated' | 'mismatch' };

function roundRat(r: Rat, kind: BasicKind): Rat | null {
  const n = ratToNumber(r);
  const f = kind === BasicKind.Float32 || kind === BasicKind.Complex64 ? Math.fround(n) : n;
  return Number.isFinite(f) ? numberToRat(f) : null;
}

/**
 * Whether `v` is representable by a value of basic type `t`, and the value it then has (floats
 * rounded to the type's precision; untyped float values are kept exact). Mirrors go/types.
 */
export function representable(v: ConstValue, t: Basic): Representation {
  if (v.kind === 'unknown') return { ok: true, value: v };
  const k = t.kind;
  const range = intRange(k);
  if (range !== null || k === BasicKind.UntypedInt || k === BasicKind.UntypedRune) {
    const i = toInt(v);
    if (i.kind !== 'int') {
      return { ok: false, cause: v.kind === 'float' || v.kind === 'complex' ? 'truncated' : 'mismatch' };
    }
    if (range !== null && (i.value < range.min || i.value > range.max)) return { ok: false, cause: 'overflows' };
    return { ok: true, value: i };
  }
  switch (k) {
    case BasicKind.Float32:
    case BasicKind.Float64:
    case BasicKind.UntypedFloat: {
      const r = toRat(v);
      if (r === null) return { ok: false, cause: v.kind === 'complex' ? 'truncated' : 'mismatch' };
      if (k === BasicKind.UntypedFloat) return { ok: true, value: makeFloat(r) };
      const rounded = roundRat(r, k);
      return rounded === null ? { ok: false, cause: 'overflows' } : { ok: true, value: makeFloat(rounded) };
    }
    case BasicKind.Complex64:
    case BasicKind.Complex128:
    case BasicKind.UntypedComplex: {
      const c = toComplex(v);
      if (c.kind !== 'complex') return { ok: false, cause: 'mismatch' };
      if (k === BasicKind.UntypedComplex) return { ok: true, value: c };
      const re = roundRat(c.re, k);
      const im = roundRat(c.im, k);
      return re === null || im === null ? { ok: false, cause: 'overflows' } : { ok: true, value: makeComplex(re, im) };
    }
    case BasicKind.String:
    case BasicKind.Address:
    case BasicKind.UntypedString:
      return v.kind === 'string' ? { ok: true, value: v } : { ok: false, cause: 'mismatch' };
    case BasicKind.Bool:
    case BasicKind.UntypedBool:
      return v.kind === 'bool' ? { ok: true, value: v } : { ok: false, cause: 'mismatch' };
    default:
      return { ok: false, cause: 'mismatch' };
  }
}

// ---------------------------------------------------------------------------------------------
// Printing

/** Go's `%.6g` of a double, as go/constant prints float values in messages. */
function formatG6(x: number): string {
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  let s: string;
  const p = Number(x.toPrecision(6));
  const e = Math.floor(Math.log10(Math.abs(p)));
  if (e < -4 || e >= 6) {
    const [mant, ex] = p.toExponential(5).split('e');
    const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    const n = Number(ex);
    s = `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  } else {
    s = p.toPrecision(6);
    if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  }
  return s;
}

function ratString(r: Rat): string {
  const n = ratToNumber(r);
  if (Number.isFinite(n)) return formatG6(n);
  // Too large for a double: print the integer part's magnitude in decimal exponent form.
  const digits = (r.num / r.den).toString().replace('-', '');
  const m = `${digits[0]}.${digits.slice(1, 6)}`.replace(/0+$/, '').replace(/\.$/, '');
  return `${r.num < 0n ? '-' : ''}${m}e+${digits.length - 1}`;
}

/** The value as go/constant's String prints it (short forms: `%.6g` floats, quoted strings cut at 72 chars). */
export function constString(v: ConstValue): string {
  switch (v.kind) {
    case 'bool': return String(v.value);
    case 'int': return v.value.toString();
    case 'float': return ratString(v.value);
    case 'complex': return `(${ratString(v.re)} + ${ratString(v.im)}i)`;
    case 'unknown': return 'unknown';
    case 'string': {
      const quoted = goQuote(v.value);
      if ([...quoted].length <= 72) return quoted;
      const chars = [...v.value];
      let cut = chars.slice(0, 70 - 3).join('');
      while (goQuote(cut).length > 72 - 4 && cut.length > 0) cut = [...cut].slice(0, -1).join('');
      return goQuote(cut).slice(0, -1) + '..."';
    }
  }
}

/** The value exactly (ints in full, floats as a fraction when not integral), for tools. */
export function exactString(v: ConstValue): string {
  if (v.kind === 'float') return v.value.den === 1n ? v.value.num.toString() : `${v.value.num}/${v.value.den}`;
  return constString(v);
}

/** A string literal as Go's strconv.Quote writes it. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (cp === 7) out += '\\a';
    else if (cp === 8) out += '\\b';
    else if (cp === 12) out += '\\f';
    else if (cp === 11) out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp === 0xfffd) out += '\\ufffd';
    else out += ch;
  }
  return out + '"';
}
