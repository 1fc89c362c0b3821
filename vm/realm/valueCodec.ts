// Go values ⇄ the state engine's StateValues. A realm's package variables and the values it puts
// in its state tree cross here: encoding follows a value's static runtime type (values.ts's
// representation), decoding builds the same representation back. Values held in an interface
// carry their dynamic type as text (`hub.amigos.dev/social/forum.Post`, `[]int`, `map[string]int`)
// so they decode to the same dynamic type. Go strings are byte strings: valid UTF-8 is stored as
// a string, anything else as bytes, so state reads well and nothing is lost.
//
// Pointer identity is kept only where a PointerSharing is given (a realm's variables): objects
// reached more than once become entries of their own; elsewhere (state-tree values) a pointer is
// stored as a copy of what it points to and a cycle is refused with a panic. Func values cannot
// be stored. Maps are stored sorted by key (the engine's canonical order), so after a reload a
// map iterates in key order.
import type { StateValue } from '../state/index';
import { addressType } from '../compile/rtypes';
import { int64, uint64 } from '../run/ints';
import { errorStringPointer, joinErrorPointer, wrapErrorPointer, wrapErrorsPointer } from '../run/stdlib/errorValues';
import { assignInto, Box, GoMap, Iface, Slice, Types, jsString, goString, panicString, sliceOf, type GoPanic, type Ref, type Type } from '../run/values';

/** Finds a named type by package path and name in the running program. */
export type TypeLookup = (pkgPath: string, name: string) => Type | undefined;

/** Thrown (as a Go panic) when a value cannot be stored. */
function cannotStore(what: string): GoPanic {
  return panicString(`amigos: cannot store ${what} in realm state`);
}

/**
 * Pointer identity within one realm's variables: pointers reached more than once (two variables
 * or fields sharing an object, or a cycle) are stored once, as their own `obj/N` entry, and
 * referred to by `ref` values; pointers reached once are stored inline. Ids follow the order in
 * which objects are first reached, so equal states encode alike.
 */
export class PointerSharing {
  private readonly counts = new Map<unknown, number>();
  private readonly ids = new Map<unknown, number>();
  /** Objects given an id and not yet taken by `next()`. */
  private readonly pending: { key: string; type: Type; target: unknown }[] = [];

  constructor(readonly namespace: string) {}

  /** First pass: counts how often each pointer is reached from `value`. */
  count(t: Type, value: unknown): void {
    const u = t.underlying;
    switch (u.kind) {
      case 'array':
        for (const item of value as unknown[]) this.count(u.elem!, item);
        return;
      case 'slice': {
        if (value === null || u.elem!.underlying.kind === 'uint8') return;
        const s = value as Slice;
        for (let i = 0; i < s.l; i++) this.count(u.elem!, s.a[s.o + i]);
        return;
      }
      case 'struct':
        for (const field of u.fields) this.count(field.type, (value as Record<string, unknown>)[field.key]);
        return;
      case 'map':
        if (value === null) return;
        for (const [key, item] of (value as GoMap).entries()) {
          this.count(u.key!, key);
          this.count(u.elem!, item);
        }
        return;
      case 'interface':
        if (value !== null) this.count((value as Iface).t, (value as Iface).v);
        return;
      case 'pointer': {
        if (value === null) return;
        const seen = this.counts.get(value) ?? 0;
        this.counts.set(value, seen + 1);
        if (seen === 0) this.count(u.elem!, u.elem!.isComposite() ? value : (value as Ref).v);
        return;
      }
      default:
        return;
    }
  }

  /** The entry key for a pointer reached more than once, or null to store it inline. */
  refFor(t: Type, pointer: unknown): string | null {
    if ((this.counts.get(pointer) ?? 0) < 2) return null;
    let id = this.ids.get(pointer);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(pointer, id);
      const elem = t.underlying.elem!;
      this.pending.push({ key: objectKey(id), type: elem, target: elem.isComposite() ? pointer : (pointer as Ref).v });
    }
    return objectKey(id);
  }

  /** The next shared object to store as its own entry, or undefined when all are stored. */
  next(): { key: string; type: Type; target: unknown } | undefined {
    return this.pending.shift();
  }
}

/** The key of shared object `id` in a realm's namespace. */
export const objectKey = (id: number): string => `obj/${id}`;

/** Reads shared objects back (see PointerSharing): each entry decodes once, into one object. */
export interface ObjectLoader {
  get(key: string): StateValue | undefined;
  cache: Map<string, unknown>;
}

interface EncodeContext {
  visiting: Set<unknown>;
  sharing?: PointerSharing;
}

/** Encodes a Go value of static type `t`. Panics (GoPanic) for funcs and (without sharing) pointer cycles. */
export function encodeGo(t: Type, value: unknown, sharing?: PointerSharing): StateValue {
  return encodeValue(t, value, { visiting: new Set(), sharing });
}

function encodeValue(t: Type, value: unknown, context: EncodeContext): StateValue {
  const u = t.underlying;
  switch (u.kind) {
    case 'bool':
      return { kind: 'bool', value: value as boolean };
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
    case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      return { kind: 'int', value: BigInt(value as number | bigint) };
    case 'float32':
      return { kind: 'float', value: value as number, size: 32 };
    case 'float64':
      return { kind: 'float', value: value as number };
    case 'string':
      return encodeString(value as string);
    case 'array': {
      const elem = u.elem!;
      return { kind: 'list', items: (value as unknown[]).map((item) => encodeValue(elem, item, context)) };
    }
    case 'slice': {
      if (value === null) return { kind: 'nil' };
      const s = value as Slice;
      const elem = u.elem!;
      if (elem.underlying.kind === 'uint8' && elem.name === '') {
        const bytes = new Uint8Array(s.l);
        for (let i = 0; i < s.l; i++) bytes[i] = s.a[s.o + i] as number;
        return { kind: 'bytes', value: bytes };
      }
      const items: StateValue[] = [];
      for (let i = 0; i < s.l; i++) items.push(encodeValue(elem, s.a[s.o + i], context));
      return { kind: 'list', items };
    }
    case 'struct': {
      const record = value as Record<string, unknown>;
      return { kind: 'struct', fields: u.fields.map((field) => ({ name: field.name, value: encodeValue(field.type, record[field.key], context) })) };
    }
    case 'map': {
      if (value === null) return { kind: 'nil' };
      const map = value as GoMap;
      return { kind: 'map', entries: map.entries().map(([key, item]) => ({ key: encodeValue(u.key!, key, context), value: encodeValue(u.elem!, item, context) })) };
    }
    case 'pointer': {
      if (value === null) return { kind: 'nil' };
      const shared = context.sharing?.refFor(t, value) ?? null;
      if (shared !== null) return { kind: 'ref', namespace: context.sharing!.namespace, key: shared };
      if (context.visiting.has(value)) throw cannotStore(`a cycle of pointers (through a ${t})`);
      context.visiting.add(value);
      const elem = u.elem!;
      const target = elem.isComposite() ? value : (value as Ref).v;
      const inner = encodeValue(elem, target, context);
      context.visiting.delete(value);
      return { kind: 'list', items: [inner], type: '*' };
    }
    case 'interface': {
      if (value === null) return { kind: 'nil' };
      const iface = value as Iface;
      return { ...encodeValue(iface.t, iface.v, context), type: typeText(iface.t) };
    }
    case 'func':
      if (value === null) return { kind: 'nil' };
      throw cannotStore(`a func value (${t})`);
    default:
      throw cannotStore(`a value of type ${t}`);
  }
}

/** Decodes a StateValue into a Go value of static type `t` (the inverse of encodeGo). */
export function decodeGo(t: Type, value: StateValue, lookup: TypeLookup, objects?: ObjectLoader): unknown {
  const u = t.underlying;
  switch (u.kind) {
    case 'bool':
      return value.kind === 'bool' ? value.value : false;
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
      return value.kind === 'int' ? int64(value.value) : 0;
    case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      return value.kind === 'int' ? uint64(value.value) : 0;
    case 'float32': case 'float64':
      return value.kind === 'float' ? value.value : 0;
    case 'string':
      if (value.kind === 'string') return goString(value.value);
      if (value.kind === 'bytes') return Buffer.from(value.value).toString('latin1');
      return '';
    case 'array': {
      const out = t.zero() as unknown[];
      if (value.kind !== 'list') return out;
      const elem = u.elem!;
      value.items.slice(0, u.len).forEach((item, i) => {
        out[i] = decodeGo(elem, item, lookup, objects);
      });
      return out;
    }
    case 'slice': {
      if (value.kind === 'bytes') return sliceOf([...value.value]);
      if (value.kind !== 'list') return null;
      return sliceOf(value.items.map((item) => decodeGo(u.elem!, item, lookup, objects)));
    }
    case 'struct': {
      const out = t.zero() as Record<string, unknown>;
      if (value.kind !== 'struct') return out;
      const byName = new Map(value.fields.map((field) => [field.name, field.value]));
      for (const field of u.fields) {
        const stored = byName.get(field.name);
        if (stored !== undefined) out[field.key] = decodeGo(field.type, stored, lookup, objects);
      }
      return out;
    }
    case 'map': {
      if (value.kind !== 'map') return null;
      const map = new GoMap(u.key!, u.elem!);
      for (const entry of value.entries) map.set(decodeGo(u.key!, entry.key, lookup, objects), decodeGo(u.elem!, entry.value, lookup, objects));
      return map;
    }
    case 'pointer': {
      if (value.kind === 'ref' && objects !== undefined) return sharedObject(t, value.key, lookup, objects);
      if (value.kind !== 'list' || value.items.length !== 1) return null;
      const elem = u.elem!;
      const target = decodeGo(elem, value.items[0], lookup, objects);
      return elem.isComposite() ? target : new Box(target);
    }
    case 'interface': {
      if (value.kind === 'nil' || value.type === undefined || value.type === '') return null;
      const dynamic = parseTypeText(value.type, lookup);
      if (dynamic === undefined) throw panicString(`amigos: stored value of type ${value.type}: no such type in this program`);
      return new Iface(dynamic, decodeGo(dynamic, value, lookup, objects));
    }
    default:
      return null;
  }
}

function sharedObject(t: Type, key: string, lookup: TypeLookup, objects: ObjectLoader): unknown {
  const cached = objects.cache.get(key);
  if (cached !== undefined) return cached;
  const elem = t.underlying.elem!;
  const stored = objects.get(key);
  if (elem.isComposite()) {
    const target = elem.zero() as unknown;
    objects.cache.set(key, target);
    if (stored !== undefined) assignInto(elem, target, decodeGo(elem, stored, lookup, objects));
    return target;
  }
  const box = new Box(elem.zero());
  objects.cache.set(key, box);
  if (stored !== undefined) box.v = decodeGo(elem, stored, lookup, objects);
  return box;
}

function encodeString(bytes: string): StateValue {
  const text = jsString(bytes);
  if (goString(text) === bytes) return { kind: 'string', value: text };
  return { kind: 'bytes', value: Uint8Array.from(Buffer.from(bytes, 'latin1')) };
}

/** A type as text that parseTypeText reads back: named types with their full package path. */
export function typeText(t: Type): string {
  if (t.name !== '') return t.pkgPath === '' ? t.name : `${t.pkgPath}.${t.name}`;
  switch (t.kind) {
    case 'slice': return `[]${typeText(t.elem!)}`;
    case 'array': return `[${t.len}]${typeText(t.elem!)}`;
    case 'pointer': return `*${typeText(t.elem!)}`;
    case 'map': return `map[${typeText(t.key!)}]${typeText(t.elem!)}`;
    case 'interface': return t.imethods.length === 0 ? 'any' : t.toString();
    default: return t.toString();
  }
}

const basics: Record<string, Type> = {
  bool: Types.bool, int: Types.int, int8: Types.int8, int16: Types.int16, int32: Types.int32, int64: Types.int64,
  uint: Types.uint, uint8: Types.uint8, uint16: Types.uint16, uint32: Types.uint32, uint64: Types.uint64,
  uintptr: Types.uintptr, float32: Types.float32, float64: Types.float64, string: Types.string,
  byte: Types.uint8, rune: Types.int32, any: Types.any, error: Types.error, address: addressType,
};

/** Reads what typeText wrote; undefined for a type this program does not have. */
export function parseTypeText(text: string, lookup: TypeLookup): Type | undefined {
  const basic = basics[text];
  if (basic !== undefined) return basic;
  if (text.startsWith('[]')) return mapped(parseTypeText(text.slice(2), lookup), (elem) => Types.slice(elem));
  if (text.startsWith('*')) return mapped(parseTypeText(text.slice(1), lookup), (elem) => Types.pointer(elem));
  const array = /^\[(\d+)\]/.exec(text);
  if (array) return mapped(parseTypeText(text.slice(array[0].length), lookup), (elem) => Types.array(elem, Number(array[1])));
  if (text.startsWith('map[')) {
    let depth = 0;
    for (let i = 3; i < text.length; i++) {
      if (text[i] === '[') depth++;
      else if (text[i] === ']' && --depth === 0) {
        const key = parseTypeText(text.slice(4, i), lookup);
        const elem = parseTypeText(text.slice(i + 1), lookup);
        return key !== undefined && elem !== undefined ? Types.map(key, elem) : undefined;
      }
    }
    return undefined;
  }
  const library = libraryTypes[text];
  if (library !== undefined) return library;
  const slash = text.lastIndexOf('/');
  const dot = text.indexOf('.', slash + 1);
  if (dot < 0) return undefined;
  return lookup(text.slice(0, dot), text.slice(dot + 1));
}

/** The standard library's unexported error types (no program can name them, so no lookup finds them). */
const libraryTypes: Record<string, Type> = {
  'errors.errorString': errorStringPointer.elem!,
  'errors.joinError': joinErrorPointer.elem!,
  'fmt.wrapError': wrapErrorPointer.elem!,
  'fmt.wrapErrors': wrapErrorsPointer.elem!,
};

function mapped(t: Type | undefined, make: (t: Type) => Type): Type | undefined {
  return t === undefined ? undefined : make(t);
}
