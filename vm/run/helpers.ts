// The small runtime operations compiled code calls by name (`$L` in generated code): bounds-checked
// indexing and slicing with Go's exact panic wording, map access, string/byte/rune conversions,
// nil checks, integer division checks, type assertions and the print/println builtins. Each is a
// tiny function V8 can inline into the generated code. It deliberately holds no arithmetic on
// 64-bit integers (ints.ts) and no representation decisions (values.ts).

import {
  GoMap, GoPanic, Iface, Slice, Types, appendOne, appendSlice, copySlice, decodeRune, encodeRune,
  ifaceEqual, makeSlice, pointerEqual, runtimeError, runtimeErrorType, sliceOf, stringRunes,
  type Type, ElemRef, FieldRef, Box, assignInto, allocationMeter, Complex,
} from './values';
import type { I64 } from './ints';

/** The dynamic type of type assertion failures: Error() is the text itself (no `runtime error:` prefix). */
export const typeAssertionErrorType: Type = (() => {
  const t = Types.named('runtime', 'runtime', 'TypeAssertionError', 'string');
  Types.setUnderlying(t, Types.string);
  t.methods.Error = (text: string) => text;
  t.methods.RuntimeError = () => undefined;
  return t;
})();

const fmtIndex = (i: I64): string => String(i);

export function indexError(i: I64, len: number): GoPanic {
  if (i < 0) return runtimeError(`index out of range [${fmtIndex(i)}]`);
  return runtimeError(`index out of range [${fmtIndex(i)}] with length ${len}`);
}

export function nilDeref(): GoPanic {
  return runtimeError('invalid memory address or nil pointer dereference');
}

export function divideByZero(): GoPanic {
  return runtimeError('integer divide by zero');
}

/** A pointer, checked non-nil. */
export function nn<P>(p: P | null): P {
  if (p === null) throw nilDeref();
  return p;
}

/** A divisor, checked non-zero. */
export function dz<N extends number | bigint>(n: N): N {
  if (n === 0) throw divideByZero();
  return n;
}

/** The backing-array index of element `i` of slice `s`, bounds-checked. */
export function six(s: Slice | null, i: I64): number {
  const len = s === null ? 0 : s.l;
  if (typeof i !== 'number' || i < 0 || i >= len) throw indexError(i, len);
  return s!.o + i;
}

/** s[i] for a slice. */
export function sget(s: Slice | null, i: I64): unknown {
  if (s === null || typeof i !== 'number' || i < 0 || i >= s.l) throw indexError(i, s === null ? 0 : s.l);
  return s.a[s.o + i];
}

/** s[i] = v for a slice of non-composite elements. */
export function sset(s: Slice | null, i: I64, v: unknown): void {
  if (s === null || typeof i !== 'number' || i < 0 || i >= s.l) throw indexError(i, s === null ? 0 : s.l);
  s.a[s.o + i] = v;
}

/** The index `i` into an array of length `len`, bounds-checked. */
export function aix(len: number, i: I64): number {
  if (typeof i !== 'number' || i < 0 || i >= len) throw indexError(i, len);
  return i;
}

/** s[i] for a string: the byte. */
export function strAt(s: string, i: I64): number {
  if (typeof i !== 'number' || i < 0 || i >= s.length) throw indexError(i, s.length);
  return s.charCodeAt(i);
}

function sliceBoundsError(text: string): GoPanic {
  return runtimeError(`slice bounds out of range ${text}`);
}

/** Checks `low <= high <= max` (max = cap or len) and reports Go's exact message. */
function checkBounds(low: I64, high: I64, max: number, what: 'capacity' | 'length'): void {
  if (high < 0) throw sliceBoundsError(`[:${high}]`);
  if (typeof high !== 'number' || high > max) throw sliceBoundsError(`[:${high}] with ${what} ${max}`);
  if (low < 0) throw sliceBoundsError(`[${low}:]`);
  if (typeof low !== 'number' || low > high) throw sliceBoundsError(`[${low}:${high}]`);
}

/** The checks of a three-index slice, in Go's order and wording (`max`, then `high`, then `low`). */
function check3(low: I64, high: I64, max: I64, cap: number, what: 'capacity' | 'length'): asserts low is number {
  if (max < 0) throw sliceBoundsError(`[::${max}]`);
  if (typeof max !== 'number' || max > cap) throw sliceBoundsError(`[::${max}] with ${what} ${cap}`);
  if (high < 0) throw sliceBoundsError(`[:${high}:]`);
  if (typeof high !== 'number' || high > max) throw sliceBoundsError(`[:${high}:${max}]`);
  if (low < 0) throw sliceBoundsError(`[${low}::]`);
  if (typeof low !== 'number' || low > high) throw sliceBoundsError(`[${low}:${high}:]`);
}

/** s[low:high] (high undefined = len) for a slice. */
export function sliceS(s: Slice | null, low: I64, high: I64 | undefined): Slice | null {
  const cap = s === null ? 0 : s.c;
  const h = high === undefined ? (s === null ? 0 : s.l) : high;
  checkBounds(low, h, cap, 'capacity');
  if (s === null) return null;
  return new Slice(s.a, s.o + (low as number), (h as number) - (low as number), cap - (low as number));
}

/** s[low:high:max] for a slice. */
export function sliceS3(s: Slice | null, low: I64, high: I64, max: I64): Slice | null {
  const cap = s === null ? 0 : s.c;
  check3(low, high, max, cap, 'capacity');
  if (s === null) return null;
  return new Slice(s.a, s.o + low, (high as number) - low, (max as number) - low);
}

/** a[low:high] for an array (addressable): shares the array. */
export function sliceA(a: unknown[], low: I64, high: I64 | undefined): Slice {
  const h = high === undefined ? a.length : high;
  checkBounds(low, h, a.length, 'length');
  return new Slice(a, low as number, (h as number) - (low as number), a.length - (low as number));
}

export function sliceA3(a: unknown[], low: I64, high: I64, max: I64): Slice {
  const cap = a.length;
  check3(low, high, max, cap, 'length');
  return new Slice(a, low, (high as number) - low, (max as number) - low);
}

/** s[low:high] for a string. */
export function sliceStr(s: string, low: I64, high: I64 | undefined): string {
  const h = high === undefined ? s.length : high;
  checkBounds(low, h, s.length, 'length');
  return s.substring(low as number, h as number);
}

/** len of a slice. */
export function slen(s: Slice | null): number {
  return s === null ? 0 : s.l;
}

export function scap(s: Slice | null): number {
  return s === null ? 0 : s.c;
}

export function mlen(m: GoMap | null): number {
  return m === null ? 0 : m.m.size;
}

/** m[k] with the zero value `zero` when absent (composite zeros come from `zeroFn`). */
export function mget(m: GoMap | null, k: unknown, zero: unknown): unknown {
  if (m === null) return zero;
  const v = m.get(k);
  return v === undefined ? zero : v;
}

/** m[k] for composite values: a fresh zero when absent. */
export function mgetz(m: GoMap | null, k: unknown, t: Type): unknown {
  if (m === null) return t.zero();
  const v = m.get(k);
  return v === undefined ? t.zero() : v;
}

/** v, ok := m[k]. */
export function mget2(m: GoMap | null, k: unknown, t: Type): [unknown, boolean] {
  if (m !== null) {
    const v = m.get(k);
    if (v !== undefined) return [v, true];
  }
  return [t.zero(), false];
}

/** The dynamic type of the runtime's plain errors (Error() is the text, no `runtime error:` prefix). */
export const plainErrorType: Type = (() => {
  const t = Types.named('runtime', 'runtime', 'plainError', 'string');
  Types.setUnderlying(t, Types.string);
  t.methods.Error = (text: string) => text;
  t.methods.RuntimeError = () => undefined;
  return t;
})();

export function mset(m: GoMap | null, k: unknown, v: unknown): void {
  if (m === null) throw new GoPanic(new Iface(plainErrorType, 'assignment to entry in nil map'));
  m.set(k, v);
}

export function mdel(m: GoMap | null, k: unknown): void {
  if (m !== null) m.delete(k);
}

/** A map literal or make(map): `kv` alternates keys and values. */
export function mkMap(t: Type, kv: unknown[]): GoMap {
  const m = new GoMap(t.underlying.key!, t.underlying.elem!);
  for (let i = 0; i < kv.length; i += 2) m.set(kv[i], kv[i + 1]);
  return m;
}

/** A slice literal whose elements are all given in order. */
export function mkSlice(items: unknown[]): Slice {
  return sliceOf(items);
}

/** A slice or array literal with keyed elements: `pairs` alternates index and value. */
export function mkKeyed(elem: Type, len: number, pairs: unknown[]): unknown[] {
  const out = new Array(len);
  for (let i = 0; i < len; i++) out[i] = elem.zero();
  for (let i = 0; i < pairs.length; i += 2) out[pairs[i] as number] = pairs[i + 1];
  return out;
}

/** make([]T, len, cap) with Go's checks. */
export function makeS(elem: Type, len: I64, cap: I64 | undefined): Slice {
  if (typeof len !== 'number' || len < 0) throw runtimeError('makeslice: len out of range');
  const c = cap === undefined ? len : cap;
  if (typeof c !== 'number' || c < len) throw runtimeError('makeslice: cap out of range');
  allocationMeter.charge(c);
  return makeSlice(elem, len, c);
}

// ---------------------------------------------------------------------------------------------
// Strings

/** string(bytes) */
export function bytesToStr(s: Slice | null): string {
  if (s === null) return '';
  allocationMeter.charge(s.l);
  let out = '';
  const end = s.o + s.l;
  for (let i = s.o; i < end; i += 4096) {
    out += String.fromCharCode.apply(null, s.a.slice(i, Math.min(end, i + 4096)) as number[]);
  }
  return out;
}

/** []byte(s) */
export function strToBytes(s: string): Slice {
  allocationMeter.charge(s.length);
  const out = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return sliceOf(out);
}

/** []rune(s) */
export function strToRunes(s: string): Slice {
  allocationMeter.charge(s.length);
  return sliceOf(stringRunes(s));
}

/** string(runes) */
export function runesToStr(s: Slice | null): string {
  if (s === null) return '';
  let out = '';
  for (let i = 0; i < s.l; i++) out += encodeRune(s.a[s.o + i] as number);
  return out;
}

/** string(int): the UTF-8 of a rune (U+FFFD for an invalid one). */
export function runeToStr(r: I64): string {
  if (typeof r !== 'number') return '\xef\xbf\xbd';
  return encodeRune(r);
}

export { decodeRune, encodeRune };

// ---------------------------------------------------------------------------------------------
// Interfaces

/** x.(T) for a concrete T: the value, or Go's panic. `staticType` is x's static type as Go prints it. */
export function assertType(x: Iface | null, t: Type, staticType: string): unknown {
  if (x !== null && x.t === t) return x.v;
  throw assertionPanic(x, t, staticType);
}

/** x.(I) for an interface I. */
export function assertIface(x: Iface | null, t: Type, staticType: string): Iface {
  if (x !== null && x.t.implements(t)) return x;
  throw assertionPanic(x, t, staticType);
}

function assertionPanic(x: Iface | null, t: Type, staticType: string): GoPanic {
  let text: string;
  if (x === null) text = `interface conversion: ${t.underlying.kind === 'interface' ? 'interface' : staticType} is nil, not ${t}`;
  else if (t.underlying.kind === 'interface') {
    const missing = t.underlying.imethods.find((m) => x.t.methods[m.name] === undefined);
    text = `interface conversion: ${x.t} is not ${t}: missing method ${missing?.name ?? '?'}`;
  } else if (x.t.toString() === t.toString()) {
    text = `interface conversion: ${staticType} is ${x.t} (types from different scopes), not ${t}`;
  } else text = `interface conversion: ${staticType} is ${x.t}, not ${t}`;
  return new GoPanic(new Iface(typeAssertionErrorType, text));
}

/** Whether dynamic type of `x` implements interface `t` (type switches, comma-ok). */
export function implementsT(x: Iface | null, t: Type): boolean {
  return x !== null && x.t.implements(t);
}

export { ifaceEqual, pointerEqual, Iface, Slice, GoMap, appendOne, appendSlice, copySlice, Box, ElemRef, FieldRef, assignInto, runtimeErrorType };

/** A method value `x.M` bound to its receiver. */
export function bindMethod(fn: (...args: unknown[]) => unknown, recv: unknown): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => fn(recv, ...args);
}

/** Calls a func value, checking it is not nil. */
export function nf<F>(f: F | null): F {
  if (f === null) throw nilDeref();
  return f;
}

/** Wraps a value of concrete type `t` as an interface value. */
export function box(t: Type, v: unknown): Iface {
  return new Iface(t, v);
}

// ---------------------------------------------------------------------------------------------
// print and println (to stderr, in the runtime's own format)

export function printValue(v: unknown, t: Type): string {
  const u = t.underlying;
  switch (u.kind) {
    case 'bool': case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
    case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      return String(v);
    case 'string': return v as string;
    case 'float32': case 'float64': return printFloat(v as number);
    case 'complex64': case 'complex128': return `(${printFloat((v as Complex).re)}${printFloat((v as Complex).im)}i)`;
    case 'interface': {
      const x = v as Iface | null;
      if (x === null) return '(0x0,0x0)';
      return `(0x${typeAddr(x.t)},0xc000010000)`;
    }
    default:
      return v === null ? '0x0' : '0xc000010000';
  }
}

function typeAddr(t: Type): string {
  let h = 0;
  for (const ch of t.toString()) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return (0x4a0000 + (h & 0xffff)).toString(16);
}

/** The runtime's float format of print/println: `+1.500000e+000`. */
export function printFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  const sign = f < 0 || Object.is(f, -0) ? '-' : '+';
  const a = Math.abs(f);
  let [mant, exp] = a.toExponential(6).split('e');
  if (a === 0) {
    mant = '0.000000';
    exp = '+0';
  }
  const e = Number(exp);
  const es = (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(3, '0');
  return `${sign}${mant}e${es}`;
}

/** The zero-based rune decode for range loops over strings: [rune, width]. */
export function runeAt(s: string, i: number): [number, number] {
  return decodeRune(s, i);
}

/** Whether `a`'s dynamic comparison (==) panics is handled by ifaceEqual; this compares a concrete value to an interface. */
export function eqIfaceConcrete(x: Iface | null, t: Type, v: unknown): boolean {
  return x !== null && x.t === t && t.equal(x.v, v);
}

/** min/max builtins over numbers or strings; floats follow Go (NaN wins, -0 < +0). */
export function minOf(...xs: (number | bigint | string)[]): number | bigint | string {
  let m = xs[0];
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    if (typeof x === 'number' && Number.isNaN(x)) return x;
    if (x < m || (x === 0 && m === 0 && Object.is(x, -0))) m = x;
  }
  return m;
}

export function maxOf(...xs: (number | bigint | string)[]): number | bigint | string {
  let m = xs[0];
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    if (typeof x === 'number' && Number.isNaN(x)) return x;
    if (x > m || (x === 0 && m === 0 && Object.is(m, -0))) m = x;
  }
  return m;
}

/** Shift of a small integer by a count that may be >= the width (Go gives 0 or -1). */
export function shl32(a: number, n: I64): number {
  if (n < 0) throw runtimeError('negative shift amount');
  return n >= 32 ? 0 : a << (n as number);
}

export function shr32(a: number, n: I64): number {
  if (n < 0) throw runtimeError('negative shift amount');
  return a >> (n >= 31 ? 31 : (n as number));
}

export function shru32(a: number, n: I64): number {
  if (n < 0) throw runtimeError('negative shift amount');
  return n >= 32 ? 0 : a >>> (n as number);
}

/** Go's float -> small int conversion (truncate, then wrap as the hardware would for in-range values). */
export function f2i(f: number): number {
  const t = Math.trunc(f);
  return Number.isFinite(t) ? t : 0;
}

/** Clones a composite value of type t (arrays and structs); other values pass through. */
export function clone(t: Type, v: unknown): unknown {
  return t.clone(v);
}

export { makeSlice };

/** a[i] for an array with a run-time index. */
export function aget(a: unknown[], i: I64, len: number): unknown {
  if (typeof i !== 'number' || i < 0 || i >= len) throw indexError(i, len);
  return a[i];
}

/** &s[i] for a non-composite element of a slice. */
export function eref(s: Slice | null, i: I64): ElemRef {
  const at = six(s, i);
  return new ElemRef(s!.a, at);
}

/** &a[i] for a non-composite element of an array. */
export function aref(a: unknown[], i: I64): ElemRef {
  return new ElemRef(a, aix(a.length, i));
}

const noEntries: [unknown, unknown][] = [];

/** The live [key, value] iteration of a map (insertion order; nil maps are empty). */
export function mapIter(m: GoMap | null): Iterable<[unknown, unknown]> {
  if (m === null) return noEntries;
  const keys = m.keys;
  if (keys === null) return m.m as Iterable<[unknown, unknown]>;
  return (function* () {
    for (const [h, v] of m.m) yield [keys.get(h), v] as [unknown, unknown];
  })();
}

/** *runtime.PanicNilError: what panic(nil) panics with since Go 1.21 (recover returns it). */
export const panicNilErrorType: Type = (() => {
  const t = Types.named('runtime', 'runtime', 'PanicNilError', 'struct');
  Types.setUnderlying(t, Types.struct([]));
  const p = Types.pointer(t);
  p.methods.Error = () => 'panic called with nil argument (goexit?)';
  p.methods.RuntimeError = () => undefined;
  return p;
})();

/** panic(v). */
export function throwPanic(v: Iface | null): never {
  throw new GoPanic(v ?? new Iface(panicNilErrorType, {}));
}

/** The elements of a slice as a fresh JS array (for append(s, t...)). */
export function sliceCopyItems(s: Slice | null): unknown[] {
  if (s === null) return [];
  return s.a.slice(s.o, s.o + s.l);
}

export function clearMap(m: GoMap | null): void {
  if (m !== null) m.clear();
}

export function clearSlice(elem: Type, s: Slice | null): void {
  if (s === null) return;
  for (let i = 0; i < s.l; i++) {
    if (elem.isComposite()) assignInto(elem, s.a[s.o + i], elem.zero());
    else s.a[s.o + i] = elem.zero();
  }
}

/** Marks a deferred call whose function does not call recover() itself: it cannot stop a panic. */
export function noRecover<F extends () => void>(f: F): F {
  (f as F & { noRecover?: boolean }).noRecover = true;
  return f;
}

/** String concatenation, charged by the length of the result (Go copies both operands). */
export function cat(a: string, b: string): string {
  const r = a + b;
  allocationMeter.charge(r.length);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Complex numbers (complex64 results are rounded by the caller through `c64`)

export { Complex };

export function cadd(a: Complex, b: Complex): Complex {
  return new Complex(a.re + b.re, a.im + b.im);
}

export function csub(a: Complex, b: Complex): Complex {
  return new Complex(a.re - b.re, a.im - b.im);
}

export function cmul(a: Complex, b: Complex): Complex {
  return new Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}

/** Go's complex division (Smith's algorithm, with C99's infinities for a zero divisor). */
export function cdiv(n: Complex, m: Complex): Complex {
  let e: number;
  let f: number;
  if (Math.abs(m.re) >= Math.abs(m.im)) {
    const ratio = m.im / m.re;
    const denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    const ratio = m.re / m.im;
    const denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (Number.isNaN(e) && Number.isNaN(f) && m.re === 0 && m.im === 0 && (!Number.isNaN(n.re) || !Number.isNaN(n.im))) {
    const inf = Object.is(m.re, -0) ? -Infinity : Infinity;
    e = inf * n.re;
    f = inf * n.im;
  }
  return new Complex(e, f);
}

export function cneg(a: Complex): Complex {
  return new Complex(-a.re, -a.im);
}

export function ceq(a: Complex, b: Complex): boolean {
  return a.re === b.re && a.im === b.im;
}

/** Rounds to complex64. */
export function c64(a: Complex): Complex {
  return new Complex(Math.fround(a.re), Math.fround(a.im));
}
