// Turns the checker's types (vm/types) into the runtime type descriptors of vm/run/values.ts,
// once per type, so that compiled code refers to each descriptor as `$T[i]`. Named types get one
// descriptor per declaration (created before their underlying type, so recursive types work);
// unnamed types are interned by structure in values.ts. It deliberately builds no method sets:
// that needs compiled functions and is the linker's job (program.ts).

import * as T from '../types/index';
import { Types, type StructField, type Type as RType, type FuncSig } from '../run/values';

/** The runtime `address` type: a string kind printed by its own name. */
export const addressType: RType = (() => {
  const t = Types.named('', '', 'address', 'string');
  Types.setUnderlying(t, Types.string);
  return t;
})();

/** The JS property name of a struct field. */
export function fieldKey(name: string, index: number): string {
  if (name === '_') return `_$${index}`;
  if (name === '__proto__') return '__proto__$';
  return name;
}

export class RuntimeTypes {
  /** Every descriptor handed out, in order: index i is `$T[i]` in generated code. */
  readonly list: RType[] = [];
  private readonly index = new Map<RType, number>();
  private readonly named = new Map<T.Named, RType>();
  private readonly memo = new Map<T.Type, RType>();
  /** Named types created, with their checker type, for the linker to attach methods. */
  readonly namedTypes: { checker: T.Named; runtime: RType }[] = [];

  /** The runtime descriptor of checker type `t`. */
  of(t: T.Type): RType {
    const cached = this.memo.get(t);
    if (cached !== undefined) return cached;
    const made = this.make(t);
    this.memo.set(t, made);
    return made;
  }

  /** The `$T` index of checker type `t`'s descriptor. */
  ref(t: T.Type): number {
    return this.refRuntime(this.of(t));
  }

  refRuntime(r: RType): number {
    let i = this.index.get(r);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(r);
      this.index.set(r, i);
    }
    return i;
  }

  private make(t: T.Type): RType {
    if (t instanceof T.Basic) return basic(t);
    if (t instanceof T.Named) return this.makeNamed(t);
    if (t instanceof T.Pointer) return Types.pointer(this.of(t.elem));
    if (t instanceof T.Slice) return Types.slice(this.of(t.elem));
    if (t instanceof T.ArrayType) return Types.array(this.of(t.elem), Math.max(t.len, 0));
    if (t instanceof T.MapType) return Types.map(this.of(t.key), this.of(t.elem));
    if (t instanceof T.Signature) return Types.func(this.sig(t));
    if (t instanceof T.Interface) {
      if (t === T.anyType || t.allMethods.length === 0) return Types.any;
      return Types.iface(t.allMethods.map((m) => ({ name: m.name, sig: this.sig(m.type as T.Signature) })));
    }
    if (t instanceof T.Struct) {
      const fields: StructField[] = t.fields.map((f, i) => ({
        name: goBytes(f.embedded ? embeddedName(f.type) : f.name),
        key: fieldKey(f.embedded ? embeddedName(f.type) : f.name, i),
        type: this.of(f.type),
        embedded: f.embedded,
        exported: f.exported,
        tag: t.tags[i] ?? '',
      }));
      return Types.struct(fields);
    }
    // A tuple has no runtime type; the checker never asks for one.
    return Types.any;
  }

  sig(s: T.Signature): FuncSig {
    return {
      params: s.params.vars.map((v) => this.of(v.type)),
      results: s.results.vars.map((v) => this.of(v.type)),
      variadic: s.variadic,
    };
  }

  private makeNamed(t: T.Named): RType {
    if (t === T.errorType) return Types.error;
    const existing = this.named.get(t);
    if (existing !== undefined) return existing;
    const u = T.underlying(t);
    const pkg = t.obj.pkg;
    const r = Types.named(goBytes(pkg?.path ?? ''), goBytes(pkg?.name ?? ''), goBytes(t.obj.name), kindOf(u));
    this.named.set(t, r);
    this.memo.set(t, r);
    Types.setUnderlying(r, this.of(u));
    this.namedTypes.push({ checker: t, runtime: r });
    return r;
  }
}

function embeddedName(t: T.Type): string {
  let u = t;
  if (u instanceof T.Pointer) u = u.elem;
  if (u instanceof T.Named) return u.obj.name;
  if (u instanceof T.Basic) return u.name;
  return '?';
}

function kindOf(u: T.Type): RType['kind'] {
  if (u instanceof T.Basic) return basic(u).kind;
  if (u instanceof T.Pointer) return 'pointer';
  if (u instanceof T.Slice) return 'slice';
  if (u instanceof T.ArrayType) return 'array';
  if (u instanceof T.MapType) return 'map';
  if (u instanceof T.Signature) return 'func';
  if (u instanceof T.Interface) return 'interface';
  if (u instanceof T.Struct) return 'struct';
  return 'nil';
}

function basic(t: T.Basic): RType {
  switch (t.kind) {
    case T.BasicKind.Bool: case T.BasicKind.UntypedBool: return Types.bool;
    case T.BasicKind.Int: case T.BasicKind.UntypedInt: return Types.int;
    case T.BasicKind.Int8: return Types.int8;
    case T.BasicKind.Int16: return Types.int16;
    case T.BasicKind.Int32: case T.BasicKind.UntypedRune: return Types.int32;
    case T.BasicKind.Int64: return Types.int64;
    case T.BasicKind.Uint: return Types.uint;
    case T.BasicKind.Uint8: return Types.uint8;
    case T.BasicKind.Uint16: return Types.uint16;
    case T.BasicKind.Uint32: return Types.uint32;
    case T.BasicKind.Uint64: return Types.uint64;
    case T.BasicKind.Uintptr: return Types.uintptr;
    case T.BasicKind.Float32: return Types.float32;
    case T.BasicKind.Float64: case T.BasicKind.UntypedFloat: return Types.float64;
    case T.BasicKind.Complex64: return Types.complex64;
    case T.BasicKind.Complex128: case T.BasicKind.UntypedComplex: return Types.complex128;
    case T.BasicKind.String: case T.BasicKind.UntypedString: return Types.string;
    case T.BasicKind.Address: return addressType;
    default: return Types.any;
  }
}

/** Names are Go strings at run time (UTF-8 bytes, one per code unit), like every other string. */
function goBytes(name: string): string {
   
  return /^[\x00-\x7f]*$/.test(name) ? name : Buffer.from(name, 'utf8').toString('latin1');
}
