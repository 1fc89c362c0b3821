// The representation of Amigos Go types, modelled on the Go specification: basic types (with the
// untyped constant kinds and the Amigos `address`, a string kind), named types with their methods,
// and the composite types (pointer, array, slice, map, struct, signature, interface, tuple). It
// also holds the pure questions about types: `typeString` (spelled exactly as Go prints a type),
// `identical`, `underlying`, the predicates, and field and method lookup through embedding.
// It deliberately knows nothing about syntax, scopes or diagnostics: the checker builds these
// values and asks these questions; the compiler and the language services only read them.
// Channel, type parameter and unsafe types are absent on purpose (left out of the language).

import type { Func, TypeName, Var } from './objects';
import type { Package } from './package';

export type Type = Basic | Named | Pointer | ArrayType | Slice | MapType | Struct | Signature | Interface | Tuple;

export enum BasicKind {
  Invalid,
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String,
  /** The Amigos account address: a string kind of its own. */
  Address,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
}

/** Properties of a basic kind, as bit flags (the `BasicInfo` of go/types). */
export const enum BasicInfo {
  IsBoolean = 1,
  IsInteger = 2,
  IsUnsigned = 4,
  IsFloat = 8,
  IsComplex = 16,
  IsString = 32,
  IsUntyped = 64,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
}

export class Basic {
  readonly tag = 'basic';
  constructor(readonly kind: BasicKind, readonly info: number, readonly name: string) {}
}

/** A defined (named) type: its type name, its underlying type and its declared methods. */
export class Named {
  readonly tag = 'named';
  /** Set once the declaration's right-hand side is checked; `Typ[Invalid]` until then. */
  underlyingType: Type;
  readonly methods: Func[] = [];
  constructor(readonly obj: TypeName, underlyingType?: Type) {
    this.underlyingType = underlyingType ?? Typ[BasicKind.Invalid];
  }
}

export class Pointer {
  readonly tag = 'pointer';
  constructor(readonly elem: Type) {}
}

export class ArrayType {
  readonly tag = 'array';
  /** The length; -1 when it could not be determined (an error was reported). */
  constructor(readonly elem: Type, readonly len: number) {}
}

export class Slice {
  readonly tag = 'slice';
  constructor(readonly elem: Type) {}
}

export class MapType {
  readonly tag = 'map';
  constructor(readonly key: Type, readonly elem: Type) {}
}

/** A struct type. Embedded fields are `Var`s with `embedded` set; `tags[i]` belongs to `fields[i]`. */
export class Struct {
  readonly tag = 'struct';
  constructor(readonly fields: Var[], readonly tags: string[] = []) {}
}

/** An ordered list of variables: parameters, results, or the types of a multi-value expression. */
export class Tuple {
  readonly tag = 'tuple';
  constructor(readonly vars: Var[]) {}
  get length(): number {
    return this.vars.length;
  }
  at(index: number): Type {
    return this.vars[index].type;
  }
}

/** A function or method type. For a variadic signature the last parameter has a slice type. */
export class Signature {
  readonly tag = 'signature';
  constructor(
    readonly params: Tuple,
    readonly results: Tuple,
    readonly variadic: boolean,
    /** The receiver, for a method; null for a function or a method value's type. */
    readonly recv: Var | null = null,
  ) {}
}

/**
 * An interface type: its explicitly declared methods and embedded interfaces. `allMethods` is
 * the complete, sorted method set, computed on first use (after the embedded types are known).
 */
export class Interface {
  readonly tag = 'interface';
  private complete: Func[] | null = null;
  constructor(readonly methods: Func[], readonly embeddeds: Type[] = []) {}

  get allMethods(): Func[] {
    if (this.complete !== null) return this.complete;
    const byName = new Map<string, Func>();
    const seen = new Set<Interface>();
    const visit = (iface: Interface): void => {
      if (seen.has(iface)) return;
      seen.add(iface);
      for (const m of iface.methods) if (!byName.has(m.name)) byName.set(m.name, m);
      for (const e of iface.embeddeds) {
        const u = underlying(e);
        if (u instanceof Interface) visit(u);
      }
    };
    visit(this);
    const all = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Embedded types may still be unresolved while declarations are being checked: cache only
    // once every embedded type is known.
    if (this.embeddeds.every((e) => underlying(e) instanceof Interface)) this.complete = all;
    return all;
  }

  isEmpty(): boolean {
    return this.allMethods.length === 0;
  }
}

/** The predeclared basic types, indexed by kind. */
export const Typ: Readonly<Record<BasicKind, Basic>> = {
  [BasicKind.Invalid]: new Basic(BasicKind.Invalid, 0, 'invalid type'),
  [BasicKind.Bool]: new Basic(BasicKind.Bool, BasicInfo.IsBoolean, 'bool'),
  [BasicKind.Int]: new Basic(BasicKind.Int, BasicInfo.IsInteger, 'int'),
  [BasicKind.Int8]: new Basic(BasicKind.Int8, BasicInfo.IsInteger, 'int8'),
  [BasicKind.Int16]: new Basic(BasicKind.Int16, BasicInfo.IsInteger, 'int16'),
  [BasicKind.Int32]: new Basic(BasicKind.Int32, BasicInfo.IsInteger, 'int32'),
  [BasicKind.Int64]: new Basic(BasicKind.Int64, BasicInfo.IsInteger, 'int64'),
  [BasicKind.Uint]: new Basic(BasicKind.Uint, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'uint'),
  [BasicKind.Uint8]: new Basic(BasicKind.Uint8, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'uint8'),
  [BasicKind.Uint16]: new Basic(BasicKind.Uint16, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'uint16'),
  [BasicKind.Uint32]: new Basic(BasicKind.Uint32, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'uint32'),
  [BasicKind.Uint64]: new Basic(BasicKind.Uint64, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'uint64'),
  [BasicKind.Uintptr]: new Basic(BasicKind.Uintptr, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'uintptr'),
  [BasicKind.Float32]: new Basic(BasicKind.Float32, BasicInfo.IsFloat, 'float32'),
  [BasicKind.Float64]: new Basic(BasicKind.Float64, BasicInfo.IsFloat, 'float64'),
  [BasicKind.Complex64]: new Basic(BasicKind.Complex64, BasicInfo.IsComplex, 'complex64'),
  [BasicKind.Complex128]: new Basic(BasicKind.Complex128, BasicInfo.IsComplex, 'complex128'),
  [BasicKind.String]: new Basic(BasicKind.String, BasicInfo.IsString, 'string'),
  [BasicKind.Address]: new Basic(BasicKind.Address, BasicInfo.IsString, 'address'),
  [BasicKind.UntypedBool]: new Basic(BasicKind.UntypedBool, BasicInfo.IsBoolean | BasicInfo.IsUntyped, 'untyped bool'),
  [BasicKind.UntypedInt]: new Basic(BasicKind.UntypedInt, BasicInfo.IsInteger | BasicInfo.IsUntyped, 'untyped int'),
  [BasicKind.UntypedRune]: new Basic(BasicKind.UntypedRune, BasicInfo.IsInteger | BasicInfo.IsUntyped, 'untyped rune'),
  [BasicKind.UntypedFloat]: new Basic(BasicKind.UntypedFloat, BasicInfo.IsFloat | BasicInfo.IsUntyped, 'untyped float'),
  [BasicKind.UntypedComplex]: new Basic(BasicKind.UntypedComplex, BasicInfo.IsComplex | BasicInfo.IsUntyped, 'untyped complex'),
  [BasicKind.UntypedString]: new Basic(BasicKind.UntypedString, BasicInfo.IsString | BasicInfo.IsUntyped, 'untyped string'),
  [BasicKind.UntypedNil]: new Basic(BasicKind.UntypedNil, BasicInfo.IsUntyped, 'untyped nil'),
};

/** `byte` and `rune`: the same kinds as uint8 and int32, printed by their own names. */
export const byteType = new Basic(BasicKind.Uint8, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'byte');
export const runeType = new Basic(BasicKind.Int32, BasicInfo.IsInteger, 'rune');

/** The predeclared `any`: printed as `any`, identical to every empty interface. */
export const anyType = new Interface([]);

export const invalidType = Typ[BasicKind.Invalid];

// ---------------------------------------------------------------------------------------------
// Structure

/** The underlying type: a named type's underlying type, or the type itself. */
export function underlying(t: Type): Type {
  let u: Type = t;
  for (let i = 0; u instanceof Named && i < 100; i++) u = u.underlyingType;
  return u instanceof Named ? invalidType : u;
}

/** If `t` is a pointer (or a named type whose underlying type is a pointer), its element type. */
export function pointerElem(t: Type): Type | null {
  const u = underlying(t);
  return u instanceof Pointer ? u.elem : null;
}

/** The default type of an untyped type (int for untyped int, ...); other types are unchanged. */
export function defaultType(t: Type): Type {
  if (!(t instanceof Basic)) return t;
  switch (t.kind) {
    case BasicKind.UntypedBool: return Typ[BasicKind.Bool];
    case BasicKind.UntypedInt: return Typ[BasicKind.Int];
    case BasicKind.UntypedRune: return runeType;
    case BasicKind.UntypedFloat: return Typ[BasicKind.Float64];
    case BasicKind.UntypedComplex: return Typ[BasicKind.Complex128];
    case BasicKind.UntypedString: return Typ[BasicKind.String];
    default: return t;
  }
}

// ---------------------------------------------------------------------------------------------
// Predicates (on the underlying type, as in go/types)

function basicInfo(t: Type): number {
  const u = underlying(t);
  return u instanceof Basic ? u.info : 0;
}

export const isBoolean = (t: Type): boolean => (basicInfo(t) & BasicInfo.IsBoolean) !== 0;
export const isInteger = (t: Type): boolean => (basicInfo(t) & BasicInfo.IsInteger) !== 0;
export const isUnsigned = (t: Type): boolean => (basicInfo(t) & BasicInfo.IsUnsigned) !== 0;
export const isFloat = (t: Type): boolean => (basicInfo(t) & BasicInfo.IsFloat) !== 0;
export const isComplex = (t: Type): boolean => (basicInfo(t) & BasicInfo.IsComplex) !== 0;
export const isNumeric = (t: Type): boolean => (basicInfo(t) & BasicInfo.IsNumeric) !== 0;
export const isString = (t: Type): boolean => (basicInfo(t) & BasicInfo.IsString) !== 0;
export const isOrdered = (t: Type): boolean => (basicInfo(t) & BasicInfo.IsOrdered) !== 0;
export const isConstType = (t: Type): boolean => (basicInfo(t) & BasicInfo.IsConstType) !== 0;

/** Untyped constant kinds and untyped nil (not the named types whose underlying is untyped: none exist). */
export function isUntyped(t: Type): boolean {
  return t instanceof Basic && (t.info & BasicInfo.IsUntyped) !== 0;
}

export function isTyped(t: Type): boolean {
  return !isUntyped(t);
}

export function isValid(t: Type): boolean {
  return !(t instanceof Basic && t.kind === BasicKind.Invalid);
}

export function isInterface(t: Type): boolean {
  return underlying(t) instanceof Interface;
}

export function isNamed(t: Type): boolean {
  return t instanceof Named || t instanceof Basic;
}

/** Whether values of `t` may be compared with == (the spec's "comparable"). */
export function comparable(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  const u = underlying(t);
  if (u instanceof Basic) return u.kind !== BasicKind.UntypedNil;
  if (u instanceof Pointer || u instanceof Interface) return true;
  if (u instanceof Struct) return u.fields.every((f) => comparable(f.type, seen));
  if (u instanceof ArrayType) return comparable(u.elem, seen);
  return false;
}

/** Whether `t` has nil as a value (pointer, slice, map, function, interface). */
export function hasNil(t: Type): boolean {
  const u = underlying(t);
  return (
    u instanceof Pointer || u instanceof Slice || u instanceof MapType || u instanceof Signature ||
    u instanceof Interface || (u instanceof Basic && u.kind === BasicKind.UntypedNil)
  );
}

// ---------------------------------------------------------------------------------------------
// Identity

/** Type identity as the spec defines it. Parameter and field names matter only where the spec says. */
export function identical(x: Type, y: Type): boolean {
  return identicalIn(x, y, []);
}

/** Ignoring struct tags, for conversions. */
export function identicalIgnoreTags(x: Type, y: Type): boolean {
  return identicalIn(x, y, [], true);
}

type Pair = [Interface, Interface];

function identicalIn(x: Type, y: Type, seen: Pair[], ignoreTags = false): boolean {
  if (x === y) return true;
  if (x instanceof Basic && y instanceof Basic) return x.kind === y.kind;
  if (x instanceof Named || y instanceof Named) return false;
  if (x instanceof Pointer && y instanceof Pointer) return identicalIn(x.elem, y.elem, seen, ignoreTags);
  if (x instanceof Slice && y instanceof Slice) return identicalIn(x.elem, y.elem, seen, ignoreTags);
  if (x instanceof ArrayType && y instanceof ArrayType) {
    return (x.len < 0 || y.len < 0 || x.len === y.len) && identicalIn(x.elem, y.elem, seen, ignoreTags);
  }
  if (x instanceof MapType && y instanceof MapType) {
    return identicalIn(x.key, y.key, seen, ignoreTags) && identicalIn(x.elem, y.elem, seen, ignoreTags);
  }
  if (x instanceof Struct && y instanceof Struct) {
    if (x.fields.length !== y.fields.length) return false;
    return x.fields.every((f, i) => {
      const g = y.fields[i];
      return (
        f.embedded === g.embedded &&
        (ignoreTags || (x.tags[i] ?? '') === (y.tags[i] ?? '')) &&
        f.name === g.name &&
        (isExportedName(f.name) || f.pkg === g.pkg) &&
        identicalIn(f.type, g.type, seen, ignoreTags)
      );
    });
  }
  if (x instanceof Tuple && y instanceof Tuple) {
    return x.length === y.length && x.vars.every((v, i) => identicalIn(v.type, y.vars[i].type, seen, ignoreTags));
  }
  if (x instanceof Signature && y instanceof Signature) {
    return (
      x.variadic === y.variadic &&
      identicalIn(x.params, y.params, seen, ignoreTags) &&
      identicalIn(x.results, y.results, seen, ignoreTags)
    );
  }
  if (x instanceof Interface && y instanceof Interface) {
    const a = x.allMethods;
    const b = y.allMethods;
    if (a.length !== b.length) return false;
    if (seen.some(([p, q]) => (p === x && q === y) || (p === y && q === x))) return true;
    const inner: Pair[] = [...seen, [x, y]];
    return a.every((m, i) => {
      const n = b[i];
      return (
        m.name === n.name &&
        (isExportedName(m.name) || m.pkg === n.pkg) &&
        identicalIn(m.type, n.type, inner, ignoreTags)
      );
    });
  }
  return false;
}

function isExportedName(name: string): boolean {
  const first = name.codePointAt(0);
  if (first === undefined) return false;
  const ch = String.fromCodePoint(first);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Printing

/**
 * How a type from another package is qualified: return the prefix (without the dot) or "" to
 * print the bare name. The default qualifies every package-level named type by its package name.
 */
export type Qualifier = (pkg: Package) => string;

export const qualifyByName: Qualifier = (pkg) => pkg.name;

/** A qualifier that leaves `pkg`'s own names bare and qualifies the others by package name. */
export function relativeTo(pkg: Package | null): Qualifier {
  return (other) => (other === pkg ? '' : other.name);
}

/** The type spelled as Go prints it (`map[string][]*pkg.T`, `func(x int) (string, error)`, ...). */
export function typeString(t: Type, qualifier: Qualifier = qualifyByName): string {
  const out: string[] = [];
  writeType(out, t, qualifier, new Set());
  return out.join('');
}

function writeType(out: string[], t: Type, q: Qualifier, visiting: Set<Type>): void {
  if (t instanceof Basic) {
    out.push(t.name);
    return;
  }
  if (t instanceof Named) {
    const pkg = t.obj.pkg;
    if (pkg !== null) {
      const prefix = q(pkg);
      if (prefix !== '') out.push(prefix, '.');
    }
    out.push(t.obj.name);
    return;
  }
  if (visiting.has(t)) {
    out.push('…');
    return;
  }
  visiting.add(t);
  try {
    writeComposite(out, t, q, visiting);
  } finally {
    visiting.delete(t);
  }
}

function writeComposite(out: string[], t: Type, q: Qualifier, visiting: Set<Type>): void {
  if (t instanceof Pointer) {
    out.push('*');
    writeType(out, t.elem, q, visiting);
  } else if (t instanceof Slice) {
    out.push('[]');
    writeType(out, t.elem, q, visiting);
  } else if (t instanceof ArrayType) {
    out.push(`[${t.len < 0 ? '?' : t.len}]`);
    writeType(out, t.elem, q, visiting);
  } else if (t instanceof MapType) {
    out.push('map[');
    writeType(out, t.key, q, visiting);
    out.push(']');
    writeType(out, t.elem, q, visiting);
  } else if (t instanceof Struct) {
    out.push('struct{');
    t.fields.forEach((f, i) => {
      if (i > 0) out.push('; ');
      if (!f.embedded) out.push(f.name, ' ');
      writeType(out, f.type, q, visiting);
      const tag = t.tags[i];
      if (tag) out.push(' ', JSON.stringify(tag));
    });
    out.push('}');
  } else if (t instanceof Tuple) {
    writeTuple(out, t, false, q, visiting);
  } else if (t instanceof Signature) {
    out.push('func');
    writeSignature(out, t, q, visiting);
  } else if (t instanceof Interface) {
    writeInterface(out, t, q, visiting);
  }
}

function writeInterface(out: string[], t: Interface, q: Qualifier, visiting: Set<Type>): void {
  if (t === anyType) {
    out.push('any');
    return;
  }
  out.push('interface{');
  let first = true;
  for (const m of t.methods) {
    if (!first) out.push('; ');
    first = false;
    out.push(m.name);
    writeSignature(out, m.type as Signature, q, visiting);
  }
  for (const e of t.embeddeds) {
    if (!first) out.push('; ');
    first = false;
    writeType(out, e, q, visiting);
  }
  out.push('}');
}

function writeTuple(out: string[], t: Tuple, variadic: boolean, q: Qualifier, visiting: Set<Type>): void {
  out.push('(');
  t.vars.forEach((v, i) => {
    if (i > 0) out.push(', ');
    if (v.name !== '' && v.name !== '_' ) out.push(v.name, ' ');
    else if (v.name === '_') out.push('_ ');
    if (variadic && i === t.length - 1) {
      out.push('...');
      const u = v.type;
      writeType(out, u instanceof Slice ? u.elem : u, q, visiting);
    } else {
      writeType(out, v.type, q, visiting);
    }
  });
  out.push(')');
}

/** The part of a signature after `func` (or after a method name): `(x int) (string, error)`. */
export function signatureString(sig: Signature, qualifier: Qualifier = qualifyByName): string {
  const out: string[] = [];
  writeSignature(out, sig, qualifier, new Set());
  return out.join('');
}

function writeSignature(out: string[], sig: Signature, q: Qualifier, visiting: Set<Type>): void {
  writeTuple(out, sig.params, sig.variadic, q, visiting);
  const n = sig.results.length;
  if (n === 0) return;
  out.push(' ');
  if (n === 1 && sig.results.vars[0].name === '') {
    writeType(out, sig.results.vars[0].type, q, visiting);
    return;
  }
  writeTuple(out, sig.results, false, q, visiting);
}

// ---------------------------------------------------------------------------------------------
// Field and method lookup

/** The outcome of looking up a field or method by name in a type (go/types' LookupFieldOrMethod). */
export type Lookup =
  | {
      kind: 'field' | 'method';
      obj: Var | Func;
      /** The path of field indices through embedded fields; the last entry indexes the field or method. */
      index: number[];
      /** Whether a pointer was dereferenced on the way (an embedded pointer, or a pointer receiver type). */
      indirect: boolean;
      /** A method with a pointer receiver found on a value that is not addressable. */
      needsPointerReceiver: boolean;
    }
  | { kind: 'notFound' }
  | { kind: 'ambiguous'; index: number[] };

interface Candidate {
  type: Type;
  index: number[];
  indirect: boolean;
  multiples: boolean;
}

/**
 * Looks `name` up in `T` (fields, then methods, through embedded fields breadth first).
 * `pkg` is the package asking, which matters for unexported names. With `addressable` false, a
 * method with a pointer receiver found through a non-pointer is reported by `needsPointerReceiver`.
 */
export function lookupFieldOrMethod(T: Type, addressable: boolean, pkg: Package | null, name: string): Lookup {
  if (name === '_') return { kind: 'notFound' };
  // A named pointer type has no methods of its own and its base's methods are not promoted.
  if (T instanceof Named && underlying(T) instanceof Pointer) {
    const r = lookupInner(T, pkg, name);
    return r.kind === 'method' ? { kind: 'notFound' } : r;
  }
  const r = lookupInner(T, pkg, name);
  if (r.kind === 'method' && !addressable && !r.indirect) {
    const sig = r.obj.type as Signature;
    if (sig.recv !== null && pointerElem(sig.recv.type) !== null && !isInterface(T)) {
      return { ...r, needsPointerReceiver: true };
    }
  }
  return r;
}

function sameName(objName: string, objPkg: Package | null, name: string, pkg: Package | null): boolean {
  if (objName !== name) return false;
  return isExportedName(name) || objPkg === pkg || objPkg === null;
}

function lookupInner(T: Type, pkg: Package | null, name: string): Lookup {
  let typ = T;
  let isPtr = false;
  const p = typ instanceof Named ? null : pointerElem(typ);
  if (p !== null && (p instanceof Named || !(underlying(p) instanceof Pointer))) {
    typ = p;
    isPtr = true;
  }
  // A pointer to an interface has no methods.
  if (isPtr && underlying(typ) instanceof Interface) return { kind: 'notFound' };
  let current: Candidate[] = [{ type: typ, index: [], indirect: isPtr, multiples: false }];
  // The named types already searched. The first level has one candidate, so the set is made only
  // when the search goes through embedded fields (most selectors never do).
  let first: Named | null = null;
  let seen: Set<Named> | null = null;
  while (current.length > 0) {
    const next: Candidate[] = [];
    let found: Lookup | null = null;
    let foundCount = 0;
    for (const e of current) {
      let t = e.type;
      if (t instanceof Named) {
        if (e.index.length === 0) {
          first = t;
        } else {
          seen ??= new Set(first === null ? [] : [first]);
          if (seen.has(t)) continue;
          seen.add(t);
        }
        let mi = -1;
        for (let k = 0; k < t.methods.length; k++) {
          const m = t.methods[k];
          if (m.name === name && sameName(m.name, m.pkg, name, pkg)) {
            mi = k;
            break;
          }
        }
        if (mi >= 0) {
          foundCount += e.multiples ? 2 : 1;
          found = { kind: 'method', obj: t.methods[mi], index: [...e.index, mi], indirect: e.indirect, needsPointerReceiver: false };
          continue;
        }
        t = t.underlyingType;
      }
      if (t instanceof Struct) {
        const fields = t.fields;
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i];
          if (f.name === name && sameName(f.name, f.pkg, name, pkg)) {
            foundCount += e.multiples ? 2 : 1;
            found = { kind: 'field', obj: f, index: [...e.index, i], indirect: e.indirect, needsPointerReceiver: false };
            continue;
          }
          if (foundCount === 0 && f.embedded) {
            let ft = f.type;
            let indirect = e.indirect;
            const pe = ft instanceof Named ? null : pointerElem(ft);
            if (pe !== null) {
              ft = pe;
              indirect = true;
            }
            next.push({ type: ft, index: [...e.index, i], indirect, multiples: e.multiples });
          }
        }
      } else if (t instanceof Interface) {
        const all = t.allMethods;
        const mi = all.findIndex((m) => sameName(m.name, m.pkg, name, pkg));
        if (mi >= 0) {
          foundCount += e.multiples ? 2 : 1;
          found = { kind: 'method', obj: all[mi], index: [...e.index, mi], indirect: e.indirect, needsPointerReceiver: false };
        }
      }
    }
    if (foundCount > 1) return { kind: 'ambiguous', index: (found as Lookup & { index: number[] }).index };
    if (found !== null) return found;
    current = consolidateMultiples(next);
  }
  return { kind: 'notFound' };
}

// Two embedded fields of the same type at the same depth make every name below them ambiguous.
function consolidateMultiples(list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out.find((o) => identical(o.type, c.type));
    if (prev) prev.multiples = true;
    else out.push(c);
  }
  return out;
}

/** Why a type does not implement an interface, or null when it does. */
export interface MissingMethod {
  method: Func;
  /** Found, but with another signature. */
  wrongType: Func | null;
  /** Found, but it has a pointer receiver and the type is not a pointer. */
  pointerReceiver: boolean;
}

/** Checks that `V` has every method of the interface `T` (its method set, per the spec). */
export function missingMethod(V: Type, T: Interface, pkg: Package | null): MissingMethod | null {
  const vi = underlying(V);
  for (const m of T.allMethods) {
    if (vi instanceof Interface) {
      const have = vi.allMethods.find((x) => x.name === m.name);
      if (!have) return { method: m, wrongType: null, pointerReceiver: false };
      if (!identical(have.type, m.type)) return { method: m, wrongType: have, pointerReceiver: false };
      continue;
    }
    const r = lookupFieldOrMethod(V, false, m.pkg ?? pkg, m.name);
    if (r.kind !== 'method') return { method: m, wrongType: null, pointerReceiver: false };
    const have = r.obj as Func;
    if (!identical(stripRecv(have.type as Signature), stripRecv(m.type as Signature))) {
      return { method: m, wrongType: have, pointerReceiver: false };
    }
    if (r.needsPointerReceiver) return { method: m, wrongType: null, pointerReceiver: true };
  }
  return null;
}

function stripRecv(sig: Signature): Signature {
  return sig.recv === null ? sig : new Signature(sig.params, sig.results, sig.variadic, null);
}

/** Whether `V` implements the interface `T`. */
export function implementsInterface(V: Type, T: Interface, pkg: Package | null): boolean {
  return missingMethod(V, T, pkg) === null;
}

/**
 * The method set of `T` as the spec defines it (value receivers for `T`, all for `*T`, and the
 * promoted ones), as (name, method, index path) sorted by name. Used by completion and the VM.
 */
export function methodSet(T: Type, pkg: Package | null): { name: string; obj: Func; index: number[]; indirect: boolean }[] {
  const names = new Set<string>();
  collectMethodNames(T, names, new Set());
  const out: { name: string; obj: Func; index: number[]; indirect: boolean }[] = [];
  for (const name of [...names].sort()) {
    const r = lookupFieldOrMethod(T, false, pkg, name);
    if (r.kind === 'method' && !r.needsPointerReceiver) out.push({ name, obj: r.obj as Func, index: r.index, indirect: r.indirect });
  }
  return out;
}

function collectMethodNames(T: Type, names: Set<string>, seen: Set<Type>): void {
  if (seen.has(T)) return;
  seen.add(T);
  let t = T;
  const p = t instanceof Named ? null : pointerElem(t);
  if (p !== null) t = p;
  if (t instanceof Named) for (const m of t.methods) names.add(m.name);
  const u = underlying(t);
  if (u instanceof Interface) for (const m of u.allMethods) names.add(m.name);
  if (u instanceof Struct) for (const f of u.fields) if (f.embedded) collectMethodNames(f.type, names, seen);
}
