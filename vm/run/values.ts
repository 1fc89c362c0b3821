// The runtime representation of every Go value, and the contract between compiled code and the
// native standard library (vm/run/stdlib/). Compiled code and natives exchange plain JavaScript
// values chosen for speed; this file says exactly which value stands for which Go value, and holds
// the runtime type descriptors, slices, maps, pointers, interface values and panics. It does not
// hold integer arithmetic (ints.ts), gas (gas.ts), printing of values (the fmt package) or the
// compiler's code generation (vm/compile/).
//
// Go type                          JavaScript value
// ------------------------------   ------------------------------------------------------------
// bool                             boolean
// int8 int16 int32(rune)           number, always an integer in the type's range
// uint8(byte) uint16 uint32        number, always an integer in the type's range
// int int64                        number when |v| <= 2^53-1 (Number.MAX_SAFE_INTEGER), otherwise a
// uint uint64 uintptr              bigint; never a bigint for a value that fits in a number and never
//                                  a number outside the safe range ("normalized"). Hence `===` is Go
//                                  equality and `<` (which mixes number and bigint exactly) is Go's
//                                  order. Arithmetic goes through ints.ts (fast path on numbers,
//                                  exact BigInt slow path, wraparound at 64 bits). Use `int64(v)`
//                                  from ints.ts to build one from a bigint, `toNumber(v)` to read one.
// float64                          number
// float32                          number, always rounded by Math.fround
// complex64 complex128             Complex {re, im} (immutable; complex64 parts Math.fround'ed)
// string                           JS string of BYTES: each UTF-16 code unit is one byte (0..255),
//                                  like Latin-1. len is `.length`, s[i] is `.charCodeAt(i)`, slicing
//                                  is `.substring`, comparison is JS comparison. Source literals are
//                                  UTF-8 encoded at compile time; `goString(js)` / `jsString(go)`
//                                  convert at the I/O edge (stdout writes the bytes as they are).
// array [N]T                       JS Array of length N holding T values (see "composites" below)
// slice []T                        Slice {a: backing JS Array, o: offset, l: len, c: cap}; nil is null
// struct                           an object whose own properties are the fields, named as in Go
//                                  (blank fields `_` are stored as `_$0`, `_$1`, ...), see below
// pointer *T                       T struct or array: the pointee object itself (see composites);
//                                  any other T: a Ref (an object with a `v` property to get/set);
//                                  nil is null
// map[K]V                          GoMap (insertion-ordered); nil is null
// interface                        Iface {t: dynamic Type, v: value}; nil interface is null
// func                             a JS function taking the Go parameters in order (a variadic one
//                                  gets a slice) and returning: undefined (no result), the value
//                                  (one result) or a JS Array (several results); nil is null
// chan, unsafe.Pointer             not supported (rejected by the checker)
//
// Composites (structs and arrays) are mutable JS objects owned by the variable, field or element
// that holds them. A store into a slot of struct or array type copies the fields/elements INTO the
// object already there (`assignInto`), so a pointer to that slot (which is the object itself) sees
// the new value; reading a composite into a new variable clones it (`Type.clone`). Every slot of a
// composite type always holds an object (never null): zero values are built by `Type.zero()`.
//
// Native calling convention: a native function is a plain JS function with the Go signature above.
// It is created per run by its package's loader, which receives the Runtime (for gas, output and
// panics), so a native used as a func value looks like any compiled Go function. A native calls a
// Go func value (e.g. sort.Slice's less) by calling it as a JS function with Go values. A native
// panics with `throw goPanic(value)` or `throw runtimeError('index out of range [5] with length 3')`
// (which makes the `runtime error: ...` value), never by throwing a JS Error.

// ---------------------------------------------------------------------------------------------
// Runtime type descriptors

/** The kind of a type, as reflect names them. */
export type Kind =
  | 'bool' | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64' | 'complex64' | 'complex128' | 'string'
  | 'array' | 'slice' | 'struct' | 'pointer' | 'func' | 'interface' | 'map'
  /** The type of an untyped nil (only in the compiler). */
  | 'nil';

export interface StructField {
  /** The Go name (for an embedded field, the type's name). */
  name: string;
  /** The JS property holding the field: the Go name, or `_$i` for a blank field. */
  key: string;
  type: Type;
  embedded: boolean;
  exported: boolean;
  /** The raw tag text without quotes (''), for encoding/json. */
  tag: string;
}

export interface FuncSig {
  params: Type[];
  results: Type[];
  variadic: boolean;
}

/** An interface's method: name and signature. */
export interface IfaceMethod {
  name: string;
  sig: FuncSig;
}

/**
 * A method of a concrete type: a JS function taking the receiver first, then the Go arguments.
 * For a *T method set the receiver is the pointer (the struct object, or the Ref).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- methods take and return any Go value
export type MethodFn = (recv: any, ...args: any[]) => any;

/**
 * A runtime type. Descriptors are interned (built through `Types` below or by the compiler's
 * registry), so two descriptors are the same Go type exactly when they are the same object.
 */
export class Type {
  /** For a named type, its name (`T`); '' for an unnamed type. */
  name = '';
  /** For a named type, its package path (`main`, `strings`, `hub.amigos.dev/token`); '' for predeclared. */
  pkgPath = '';
  /** For a named type, its package's name (what %T prints before the dot). */
  pkgName = '';
  /** The element type of an array, slice, pointer or map (the map's value type). */
  elem: Type | null = null;
  /** The key type of a map. */
  key: Type | null = null;
  /** The length of an array. */
  len = 0;
  fields: StructField[] = [];
  /** Function signature (kind 'func'). */
  sig: FuncSig | null = null;
  /** Interface methods, sorted by name (kind 'interface'). */
  imethods: IfaceMethod[] = [];
  /** The method set of this type, by name (compiled methods and promoted wrappers). */
  methods: Record<string, MethodFn> = Object.create(null) as Record<string, MethodFn>;
  /** The underlying type (itself for an unnamed type). */
  underlying: Type;
  /** The pointer type to this type, created on demand by `Types.pointer`. */
  ptrTo: Type | null = null;
  /** For a named struct type: the class whose instances are its values (set by the compiler). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a generated class
  ctor: (new (...args: any[]) => any) | null = null;
  private text = '';

  constructor(readonly kind: Kind) {
    this.underlying = this;
  }

  /** The type as %T prints it: `int`, `main.T`, `[]string`, `map[string]int`, `*main.T`, `struct { X int }`. */
  toString(): string {
    if (this.text) return this.text;
    this.text = describe(this);
    return this.text;
  }

  /** Whether values of this type may be compared with == (and used as map keys). */
  comparable(): boolean {
    const u = this.underlying;
    switch (u.kind) {
      case 'slice': case 'map': case 'func': return false;
      case 'array': return u.elem!.comparable();
      case 'struct': return u.fields.every((field) => field.type.comparable());
      default: return true;
    }
  }

  /** True for structs and arrays: values held in place, cloned on copy, assigned into. */
  isComposite(): boolean {
    const kind = this.underlying.kind;
    return kind === 'struct' || kind === 'array';
  }

  /** The zero value of this type (a fresh object for a composite). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Go value
  zero(): any {
    const u = this.underlying;
    switch (u.kind) {
      case 'bool': return false;
      case 'string': return '';
      case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
      case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      case 'float32': case 'float64':
        return 0;
      case 'complex64': case 'complex128':
        return Complex.zero;
      case 'array': {
        const elem = u.elem!;
        const out = new Array(u.len);
        if (elem.isComposite()) for (let i = 0; i < u.len; i++) out[i] = elem.zero();
        else out.fill(elem.zero());
        return out;
      }
      case 'struct': {
        const ctor = this.ctor ?? u.ctor;
        if (ctor) return new ctor();
        const out: Record<string, unknown> = {};
        for (const field of u.fields) out[field.key] = field.type.zero();
        return out;
      }
      default: return null;
    }
  }

  /** A copy of a value of this type: a deep copy of struct and array parts, the value itself otherwise. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Go value
  clone(value: any): any {
    const u = this.underlying;
    if (u.kind === 'array') {
      const elem = u.elem!;
      if (!elem.isComposite()) return (value as unknown[]).slice();
      return (value as unknown[]).map((item) => elem.clone(item));
    }
    if (u.kind === 'struct') {
      const ctor = this.ctor ?? u.ctor;
      const out = ctor ? new ctor() : ({} as Record<string, unknown>);
      for (const field of u.fields) {
        const item = value[field.key];
        out[field.key] = field.type.isComposite() ? field.type.clone(item) : item;
      }
      return out;
    }
    return value;
  }

  /** Go's == on two values of this type; panics for an uncomparable dynamic type inside an interface. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Go value
  equal(a: any, b: any): boolean {
    const u = this.underlying;
    switch (u.kind) {
      case 'array': {
        const elem = u.elem!;
        for (let i = 0; i < u.len; i++) if (!elem.equal(a[i], b[i])) return false;
        return true;
      }
      case 'struct':
        for (const field of u.fields) {
          if (field.name === '_') continue;
          if (!field.type.equal(a[field.key], b[field.key])) return false;
        }
        return true;
      case 'interface': return ifaceEqual(a as Iface | null, b as Iface | null);
      case 'pointer': return pointerEqual(a, b);
      case 'complex64': case 'complex128': return (a as Complex).re === (b as Complex).re && (a as Complex).im === (b as Complex).im;
      case 'slice': case 'map': case 'func':
        // Only comparison with nil is legal; the checker guarantees one side is nil.
        return a === b;
      default: return a === b;
    }
  }

  /**
   * A primitive that identifies a value of this type among map keys: the value itself for basic
   * types (numbers, bigints, strings, booleans are compared by SameValueZero), a string for
   * composites and interfaces. Panics for an uncomparable dynamic type.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Go value
  hashKey(value: any): unknown {
    const u = this.underlying;
    switch (u.kind) {
      case 'array': return '[' + (value as unknown[]).map((item) => keyText(u.elem!, item)).join(',') + ']';
      case 'struct': return '{' + u.fields.map((field) => keyText(field.type, value[field.key])).join(',') + '}';
      case 'interface': {
        const iface = value as Iface | null;
        if (iface === null) return 'nil';
        if (!iface.t.comparable()) throw runtimeError(`hash of unhashable type ${iface.t}`);
        return typeId(iface.t) + ':' + keyText(iface.t, iface.v);
      }
      case 'pointer': return pointerIdentity(value);
      case 'float32': case 'float64': return value === 0 ? 0 : value; // -0 and +0 are one key
      case 'complex64': case 'complex128': return `c${(value as Complex).re + 0}:${(value as Complex).im + 0}`;
      default: return value;
    }
  }

  /** The method named `name` of this type's method set, or undefined. */
  method(name: string): MethodFn | undefined {
    return this.methods[name];
  }

  /** Whether this type's method set has every method of interface type `iface`. */
  implements(iface: Type): boolean {
    for (const m of iface.underlying.imethods) if (this.methods[m.name] === undefined) return false;
    return true;
  }
}

/** Builders of interned descriptors for unnamed types, and the predeclared types. */
export const Types = {
  bool: basic('bool'), int: basic('int'), int8: basic('int8'), int16: basic('int16'), int32: basic('int32'),
  int64: basic('int64'), uint: basic('uint'), uint8: basic('uint8'), uint16: basic('uint16'),
  uint32: basic('uint32'), uint64: basic('uint64'), uintptr: basic('uintptr'), float32: basic('float32'),
  float64: basic('float64'), complex64: basic('complex64'), complex128: basic('complex128'), string: basic('string'),
  /** `interface{}` / `any`. */
  any: ((): Type => {
    const t = new Type('interface');
    return t;
  })(),
  /** The predeclared `error` interface. */
  error: new Type('interface'),

  slice(elem: Type): Type {
    return intern(`[]${typeId(elem)}`, () => Object.assign(new Type('slice'), { elem }));
  },
  array(elem: Type, len: number): Type {
    return intern(`[${len}]${typeId(elem)}`, () => Object.assign(new Type('array'), { elem, len }));
  },
  pointer(elem: Type): Type {
    if (elem.ptrTo) return elem.ptrTo;
    const t = Object.assign(new Type('pointer'), { elem });
    elem.ptrTo = t;
    return t;
  },
  map(key: Type, elem: Type): Type {
    return intern(`map[${typeId(key)}]${typeId(elem)}`, () => Object.assign(new Type('map'), { key, elem }));
  },
  func(sig: FuncSig): Type {
    const id = `func(${sig.params.map(typeId).join(',')}${sig.variadic ? '...' : ''})(${sig.results.map(typeId).join(',')})`;
    return intern(id, () => Object.assign(new Type('func'), { sig }));
  },
  struct(fields: StructField[]): Type {
    const id = `struct{${fields.map((f) => `${f.embedded ? '~' : ''}${f.name} ${typeId(f.type)} ${JSON.stringify(f.tag)}`).join(';')}}`;
    return intern(id, () => Object.assign(new Type('struct'), { fields }));
  },
  iface(imethods: IfaceMethod[]): Type {
    if (imethods.length === 0) return Types.any;
    const sorted = [...imethods].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const id = `interface{${sorted.map((m) => `${m.name}${typeId(Types.func(m.sig))}`).join(';')}}`;
    return intern(id, () => Object.assign(new Type('interface'), { imethods: sorted }));
  },
  /**
   * A new named type (each call is a distinct type). Set `underlying` fields with `setUnderlying`
   * once known (named types may be recursive), then add methods to `methods`.
   */
  named(pkgPath: string, pkgName: string, name: string, kind: Kind): Type {
    const t = new Type(kind);
    t.name = name;
    t.pkgPath = pkgPath;
    t.pkgName = pkgName;
    return t;
  },
  /** Makes named type `t` have `underlying`'s structure (fields, elem, ...). */
  setUnderlying(t: Type, underlying: Type): void {
    const u = underlying.underlying;
    t.underlying = u;
    t.elem = u.elem;
    t.key = u.key;
    t.len = u.len;
    t.fields = u.fields;
    t.sig = u.sig;
    t.imethods = u.imethods;
  },
};

Types.error.name = 'error';
Types.error.imethods = [{ name: 'Error', sig: { params: [], results: [Types.string], variadic: false } }];

// ---------------------------------------------------------------------------------------------
// Complex numbers

/** A complex64 or complex128 value: immutable; complex64 parts are Math.fround'ed. */
export class Complex {
  static readonly zero = new Complex(0, 0);
  constructor(
    readonly re: number,
    readonly im: number,
  ) {}
}

// ---------------------------------------------------------------------------------------------
// Slices

/** A slice header: elements `a[o .. o+l)`, capacity `c` (so `a[o .. o+c)` is addressable). */
export class Slice {
  constructor(
    /** The backing array, shared by every slice of it. */
    public a: unknown[],
    /** Offset of element 0 in `a`. */
    public o: number,
    /** Length. */
    public l: number,
    /** Capacity. */
    public c: number,
  ) {}
}

/** A new slice of `len` zero elements and capacity `cap` (make([]T, len, cap)). */
export function makeSlice(elem: Type, len: number, cap = len): Slice {
  const backing = new Array(cap);
  if (elem.isComposite()) for (let i = 0; i < cap; i++) backing[i] = elem.zero();
  else backing.fill(elem.zero());
  return new Slice(backing, 0, len, cap);
}

/** A slice holding exactly `items` (which it takes over). */
export function sliceOf(items: unknown[]): Slice {
  return new Slice(items, 0, items.length, items.length);
}

/** The elements of slice `s` (null is empty) as a new JS array, for natives. */
export function sliceItems(s: Slice | null): unknown[] {
  if (s === null) return [];
  return s.a.slice(s.o, s.o + s.l);
}

// The size classes of Go's allocator (runtime/sizeclasses.go): append rounds the new array's byte
// size up to one of them, which is what makes capacities such as 848 observable.
const sizeClasses = [
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480,
  512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376,
  6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
  27264, 28672, 32768,
];

function roundUpSize(bytes: number): number {
  if (bytes <= 32768) {
    let lo = 0;
    let hi = sizeClasses.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sizeClasses[mid] >= bytes) hi = mid;
      else lo = mid + 1;
    }
    return sizeClasses[lo];
  }
  return Math.ceil(bytes / 8192) * 8192;
}

/** The size in bytes of a value of type `t` on a 64-bit Go platform (for append's growth). */
export function sizeOf(t: Type): number {
  const u = t.underlying;
  switch (u.kind) {
    case 'bool': case 'int8': case 'uint8': return 1;
    case 'int16': case 'uint16': return 2;
    case 'int32': case 'uint32': case 'float32': return 4;
    case 'string': case 'interface': case 'complex128': return 16;
    case 'slice': return 24;
    case 'array': return u.len * sizeOf(u.elem!);
    case 'struct': {
      let size = 0;
      let align = 1;
      for (const f of u.fields) {
        const a = alignOf(f.type);
        align = Math.max(align, a);
        size = Math.ceil(size / a) * a + sizeOf(f.type);
      }
      return Math.ceil(size / align) * align;
    }
    default: return 8;
  }
}

function alignOf(t: Type): number {
  const u = t.underlying;
  if (u.kind === 'array') return alignOf(u.elem!);
  if (u.kind === 'struct') return u.fields.reduce((a, f) => Math.max(a, alignOf(f.type)), 1);
  return Math.min(8, Math.max(1, sizeOf(t)));
}

/** The capacity Go's append grows to from `oldCap` when at least `needed` elements of `elem` must fit. */
export function growCap(oldCap: number, needed: number, elem?: Type): number {
  const doubled = oldCap + oldCap;
  let cap: number;
  if (needed > doubled) cap = needed;
  else if (oldCap < 256) cap = doubled;
  else {
    cap = oldCap;
    while (cap < needed) cap += (cap + 3 * 256) >> 2;
  }
  const size = elem === undefined ? 0 : sizeOf(elem);
  if (size === 0) return cap;
  return Math.floor(roundUpSize(cap * size) / size);
}

/** `append(s, items...)` with Go's growth and sharing: in place when capacity allows. */
/**
 * The gas meter of size-dependent work (allocation and copying), set by the running program; a
 * function so that values.ts stays free of the Runtime. Charges `elements / 8` units.
 */
export const allocationMeter: { charge: (elements: number) => void } = { charge: () => undefined };

export function appendSlice(elem: Type, s: Slice | null, items: unknown[]): Slice | null {
  const n = items.length;
  if (s === null) {
    if (n === 0) return null;
    const cap = growCap(0, n, elem);
    allocationMeter.charge(cap);
    const backing = new Array(cap);
    // Items may be another slice's elements (`append(nil, xs...)`): composites are copied, not shared.
    if (elem.isComposite()) for (let i = 0; i < n; i++) backing[i] = elem.clone(items[i]);
    else for (let i = 0; i < n; i++) backing[i] = items[i];
    fillZero(elem, backing, n, cap);
    return new Slice(backing, 0, n, cap);
  }
  const len = s.l + n;
  if (len <= s.c) {
    const base = s.o + s.l;
    for (let i = 0; i < n; i++) {
      if (elem.isComposite()) assignInto(elem, s.a[base + i], items[i]);
      else s.a[base + i] = items[i];
    }
    return new Slice(s.a, s.o, len, s.c);
  }
  const cap = growCap(s.c, len, elem);
  allocationMeter.charge(cap);
  const backing = new Array(cap);
  // The new array is a copy: composite elements must not stay shared with the old one.
  if (elem.isComposite()) for (let i = 0; i < s.l; i++) backing[i] = elem.clone(s.a[s.o + i]);
  else for (let i = 0; i < s.l; i++) backing[i] = s.a[s.o + i];
  if (elem.isComposite()) for (let i = 0; i < n; i++) backing[s.l + i] = elem.clone(items[i]);
  else for (let i = 0; i < n; i++) backing[s.l + i] = items[i];
  fillZero(elem, backing, len, cap);
  return new Slice(backing, 0, len, cap);
}

/** `append(s, v)` for one element: the hot path of most programs. */
export function appendOne(elem: Type, s: Slice | null, item: unknown): Slice {
  if (s !== null && s.l < s.c) {
    const at = s.o + s.l;
    if (elem.isComposite()) assignInto(elem, s.a[at], item);
    else s.a[at] = item;
    return new Slice(s.a, s.o, s.l + 1, s.c);
  }
  return appendSlice(elem, s, [item]) as Slice;
}

/** `copy(dst, src)`: the number of elements copied; overlapping ranges behave like memmove. */
export function copySlice(elem: Type, dst: Slice | null, src: Slice | null): number {
  if (dst === null || src === null) return 0;
  const n = dst.l < src.l ? dst.l : src.l;
  const tmp = src.a.slice(src.o, src.o + n);
  for (let i = 0; i < n; i++) {
    if (elem.isComposite()) assignInto(elem, dst.a[dst.o + i], tmp[i]);
    else dst.a[dst.o + i] = tmp[i];
  }
  return n;
}

function fillZero(elem: Type, backing: unknown[], from: number, to: number): void {
  if (elem.isComposite()) for (let i = from; i < to; i++) backing[i] = elem.zero();
  else backing.fill(elem.zero(), from, to);
}

// ---------------------------------------------------------------------------------------------
// Composite assignment

/** Copies struct or array value `src` into the object `dst` already held by a slot of type `t`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any composite Go value
export function assignInto(t: Type, dst: any, src: any): void {
  if (dst === src) return;
  const u = t.underlying;
  if (u.kind === 'array') {
    const elem = u.elem!;
    if (elem.isComposite()) for (let i = 0; i < u.len; i++) assignInto(elem, dst[i], src[i]);
    else for (let i = 0; i < u.len; i++) dst[i] = src[i];
    return;
  }
  for (const field of u.fields) {
    if (field.type.isComposite()) assignInto(field.type, dst[field.key], src[field.key]);
    else dst[field.key] = src[field.key];
  }
}

// ---------------------------------------------------------------------------------------------
// Pointers

/**
 * A pointer to a non-composite slot: read and write through `v`. A boxed variable is itself a
 * Ref (`{v}`); pointers to elements and fields are views (ElemRef, FieldRef).
 */
export interface Ref {
  v: unknown;
}

/** A boxed variable (a variable whose address is taken): `&x` is the box. */
export class Box implements Ref {
  constructor(public v: unknown) {}
}

/** `&a[i]` for a non-composite element of an array or a slice's backing array. */
export class ElemRef implements Ref {
  constructor(readonly a: unknown[], readonly i: number) {}
  get v(): unknown {
    return this.a[this.i];
  }
  set v(value: unknown) {
    this.a[this.i] = value;
  }
}

/** `&s.f` for a non-composite field. */
export class FieldRef implements Ref {
  constructor(readonly o: Record<string, unknown>, readonly k: string) {}
  get v(): unknown {
    return this.o[this.k];
  }
  set v(value: unknown) {
    this.o[this.k] = value;
  }
}

/** Go's == on two pointers: the same variable, element or field. */
export function pointerEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof ElemRef && b instanceof ElemRef) return a.a === b.a && a.i === b.i;
  if (a instanceof FieldRef && b instanceof FieldRef) return a.o === b.o && a.k === b.k;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Maps

/**
 * A Go map. Iteration is insertion order (a key deleted and set again moves to the end), which is
 * what makes programs deterministic. `m` maps `Type.hashKey(key)` to the value; `keys` maps the
 * same hash to the original key (only for key types whose hash is not the key itself).
 */
export class GoMap {
  readonly m = new Map<unknown, unknown>();
  readonly keys: Map<unknown, unknown> | null;
  constructor(readonly keyType: Type, readonly elemType: Type) {
    const kind = keyType.underlying.kind;
    this.keys = kind === 'struct' || kind === 'array' || kind === 'interface' || kind === 'pointer' || kind === 'complex64' || kind === 'complex128' ? new Map() : null;
  }
  get size(): number {
    return this.m.size;
  }
  /** The value at `key`, or undefined when absent. */
  get(key: unknown): unknown {
    return this.m.get(this.keys === null ? normKey(key) : this.keyType.hashKey(key));
  }
  has(key: unknown): boolean {
    return this.m.has(this.keys === null ? normKey(key) : this.keyType.hashKey(key));
  }
  set(key: unknown, value: unknown): void {
    if (this.keys === null) {
      this.m.set(normKey(key), value);
      return;
    }
    const hash = this.keyType.hashKey(key);
    if (!this.keys.has(hash)) this.keys.set(hash, this.keyType.isComposite() ? this.keyType.clone(key) : key);
    this.m.set(hash, value);
  }
  delete(key: unknown): void {
    const hash = this.keys === null ? normKey(key) : this.keyType.hashKey(key);
    this.m.delete(hash);
    this.keys?.delete(hash);
  }
  clear(): void {
    this.m.clear();
    this.keys?.clear();
  }
  /** [key, value] pairs in iteration order (a snapshot: safe against changes during the loop). */
  entries(): [unknown, unknown][] {
    const out: [unknown, unknown][] = [];
    if (this.keys === null) for (const [k, v] of this.m) out.push([k, v]);
    else for (const [h, v] of this.m) out.push([this.keys.get(h), v]);
    return out;
  }
}

function normKey(key: unknown): unknown {
  // -0 and +0 are one key in Go and in SameValueZero; nothing to do for other basic values.
  return key;
}

// ---------------------------------------------------------------------------------------------
// Interfaces

/** A non-nil interface value: its dynamic type and the value (never itself an Iface). */
export class Iface {
  constructor(
    readonly t: Type,
    readonly v: unknown,
  ) {}
}

/** Go's == on interface values; panics when both hold the same uncomparable type. */
export function ifaceEqual(a: Iface | null, b: Iface | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.t !== b.t) return false;
  if (!a.t.comparable()) throw runtimeError(`comparing uncomparable type ${a.t}`);
  return a.t.equal(a.v, b.v);
}

/** Calls method `name` of interface value `x` (e.g. `callMethod(err, 'Error')`); undefined when absent. */
export function callMethod(x: Iface, name: string, ...args: unknown[]): unknown {
  const fn = x.t.methods[name];
  if (fn === undefined) throw runtimeError(`method ${name} missing on ${x.t}`);
  return fn(x.v, ...args);
}

// ---------------------------------------------------------------------------------------------
// Panics

/**
 * A Go panic in flight, thrown as a JS exception. `value` is the panic value as an interface
 * (null for panic(nil), which Go 1.21+ turns into a *runtime.PanicNilError; we keep nil).
 * Deliberately not an Error subclass: capturing a JS stack on every panic would be slow, and the
 * Go stack is reported from the VM's own frames.
 */
export class GoPanic {
  /** Set once a deferred call recovered it. */
  recovered = false;
  /** The Go call stack at the panic, innermost first, filled in by the runtime. */
  stack: { func: string; pkgPath: string; file: string; line: number; col: number }[] = [];
  /** The panic that was in flight when this one started in a deferred call (reported first). */
  previous: GoPanic | null = null;
  /** A recovered panic this one followed (reported with ` [recovered]`). */
  previousRecovered: GoPanic | null = null;
  /** The JS stack at the panic, mapped to Go positions for the report (captured lazily by the runtime). */
  jsStack = '';
  constructor(readonly value: Iface | null) {}
}

/** The error thrown when the gas limit is reached. Never caught by recover. */
export class OutOfGas {
  readonly message = 'out of gas';
  constructor(readonly limit: number) {}
}

/** The error thrown by amigos.Abort or a host refusal: ends the run, never caught by recover. */
export class Abort {
  constructor(readonly message: string) {}
}

/** The dynamic type of runtime errors (`runtime error: ...`), an error whose Error() is the text. */
export const runtimeErrorType: Type = (() => {
  const t = Types.named('runtime', 'runtime', 'Error', 'string');
  Types.setUnderlying(t, Types.string);
  t.methods.Error = (text: string) => 'runtime error: ' + text;
  t.methods.RuntimeError = () => undefined;
  return t;
})();

/** A panic with a runtime error whose Error() is `runtime error: ${text}`. */
export function runtimeError(text: string): GoPanic {
  return new GoPanic(new Iface(runtimeErrorType, text));
}

/** A panic with any Go value already wrapped as an interface (or null). */
export function goPanic(value: Iface | null): GoPanic {
  return new GoPanic(value);
}

/** The dynamic type of `panic("...")` values made by natives: plain string. */
export function panicString(text: string): GoPanic {
  return new GoPanic(new Iface(Types.string, text));
}

// ---------------------------------------------------------------------------------------------
// Strings: bytes in, text out

/** The Go string (UTF-8 bytes as code units) of a JS string. */
export function goString(text: string): string {
  // Fast path: ASCII is the same in both.
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** The JS string of a Go string: UTF-8 decoded, each invalid byte as U+FFFD. */
export function jsString(bytes: string): string {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return bytes;
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** The bytes of a Go string as a Uint8Array (for hashing, hex, output). */
export function stringBytes(bytes: string): Uint8Array {
  return Buffer.from(bytes, 'latin1');
}

/** The Go string holding `data`'s bytes. */
export function bytesString(data: Uint8Array | number[]): string {
  return Buffer.from(data).toString('latin1');
}

/**
 * Decodes the rune at byte `i` of Go string `s` as Go's utf8.DecodeRuneInString does: returns
 * the rune and its width; an invalid or short encoding gives U+FFFD with width 1.
 */
export function decodeRune(s: string, i: number): [rune: number, width: number] {
  const n = s.length;
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  if (b0 < 0xc2 || b0 > 0xf4) return [0xfffd, 1];
  const b1 = i + 1 < n ? s.charCodeAt(i + 1) : -1;
  if (b0 < 0xe0) {
    if ((b1 & 0xc0) !== 0x80 || b1 < 0) return [0xfffd, 1];
    return [((b0 & 0x1f) << 6) | (b1 & 0x3f), 2];
  }
  const lo = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
  const hi = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi) return [0xfffd, 1];
  const b2 = i + 2 < n ? s.charCodeAt(i + 2) : -1;
  if ((b2 & 0xc0) !== 0x80 || b2 < 0) return [0xfffd, 1];
  if (b0 < 0xf0) return [((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f), 3];
  const b3 = i + 3 < n ? s.charCodeAt(i + 3) : -1;
  if ((b3 & 0xc0) !== 0x80 || b3 < 0) return [0xfffd, 1];
  return [((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f), 4];
}

/** The UTF-8 encoding of rune `r` as a Go string; invalid runes (surrogates, > 0x10FFFF, < 0) give U+FFFD. */
export function encodeRune(r: number): string {
  if (r >= 0 && r < 0x80) return String.fromCharCode(r);
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** The runes of Go string `s` ([]rune(s)). */
export function stringRunes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    out.push(r);
    i += w;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Helpers

const interned = new Map<string, Type>();

function intern(id: string, make: () => Type): Type {
  let t = interned.get(id);
  if (t === undefined) {
    t = make();
    interned.set(id, t);
  }
  return t;
}

function basic(kind: Kind): Type {
  const t = new Type(kind);
  t.name = kind;
  return t;
}

const typeIds = new WeakMap<Type, string>();
let nextTypeId = 0;

/** A unique short id of a type descriptor (for interning composite types and hashing). */
export function typeId(t: Type): string {
  let id = typeIds.get(t);
  if (id === undefined) {
    id = t.name !== '' && t.pkgPath === '' ? t.name : `#${nextTypeId++}`;
    typeIds.set(t, id);
  }
  return id;
}

let nextPointerId = 0;
const pointerIds = new WeakMap<object, number>();

function pointerIdentity(value: unknown): unknown {
  if (value === null) return 'nil';
  if (value instanceof ElemRef) return `e${objectId(value.a)}:${value.i}`;
  if (value instanceof FieldRef) return `f${objectId(value.o)}:${value.k}`;
  return `p${objectId(value as object)}`;
}

function objectId(o: object): number {
  let id = pointerIds.get(o);
  if (id === undefined) {
    id = nextPointerId++;
    pointerIds.set(o, id);
  }
  return id;
}

function keyText(t: Type, value: unknown): string {
  const hash = t.hashKey(value);
  return typeof hash === 'string' ? JSON.stringify(hash) : typeof hash === 'bigint' ? `${hash}n` : String(hash);
}

function describe(t: Type): string {
  if (t.name !== '') return t.pkgName !== '' ? `${t.pkgName}.${t.name}` : t.name;
  switch (t.kind) {
    case 'slice': return `[]${t.elem}`;
    case 'array': return `[${t.len}]${t.elem}`;
    case 'pointer': return `*${t.elem}`;
    case 'map': return `map[${t.key}]${t.elem}`;
    case 'func': return `func${sigText(t.sig!)}`;
    case 'struct':
      if (t.fields.length === 0) return 'struct {}';
      return `struct { ${t.fields.map((f) => (f.embedded ? `${f.type}` : `${f.name} ${f.type}`) + (f.tag ? ` ${JSON.stringify(f.tag)}` : '')).join('; ')} }`;
    case 'interface':
      if (t.imethods.length === 0) return 'interface {}';
      return `interface { ${t.imethods.map((m) => `${m.name}${sigText(m.sig)}`).join('; ')} }`;
    case 'nil': return 'nil';
    default: return t.kind;
  }
}

function sigText(sig: FuncSig): string {
  const params = sig.params.map((p, i) => (sig.variadic && i === sig.params.length - 1 ? `...${p.elem}` : `${p}`));
  const results = sig.results.length === 0 ? '' : sig.results.length === 1 ? ` ${sig.results[0]}` : ` (${sig.results.join(', ')})`;
  return `(${params.join(', ')})${results}`;
}
