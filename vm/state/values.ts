// The values the state tree stores, and their one canonical byte encoding. A StateValue is the
// VM's value seen from the store: scalars (64-bit and larger integers as exact bigints, floats
// with their exact IEEE-754 bits), strings, bytes, and ordered composites (structs in field
// order, lists in index order, maps sorted by the canonical bytes of their keys), plus references
// to another entry of the tree so that two places pointing at one object see one object. Equal
// values encode to equal bytes, so equal subtrees hash alike. It deliberately knows no Go type
// rules: a `type` name is carried opaquely for the realm layer, never interpreted here.
import { ByteReader, ByteWriter, CorruptRecordError, compareBytes, fromHex, toHex } from './bytes';

/**
 * One value as stored. `type` is an optional opaque type name (for example `int64` or
 * `forum.Post`) kept by the realm layer so that a value decodes back to its dynamic type; an
 * empty or absent `type` are the same value.
 */
export type StateValue =
  | { kind: 'nil'; type?: string }
  | { kind: 'bool'; value: boolean; type?: string }
  | { kind: 'int'; value: bigint; type?: string }
  /** `size` 64 (default) keeps all 64 bits; 32 keeps the float32 bits of `Math.fround(value)`. */
  | { kind: 'float'; value: number; size?: 32 | 64; type?: string }
  | { kind: 'string'; value: string; type?: string }
  | { kind: 'bytes'; value: Uint8Array; type?: string }
  | { kind: 'struct'; fields: StructField[]; type?: string }
  | { kind: 'list'; items: StateValue[]; type?: string }
  | { kind: 'map'; entries: MapEntry[]; type?: string }
  /**
   * A pointer: the object lives at (namespace, key) of the same tree. Two values holding the same
   * ref share the object; the store never follows refs on its own (see Transaction.resolve).
   */
  | { kind: 'ref'; namespace: string; key: string; type?: string };

export interface StructField {
  name: string;
  value: StateValue;
}

export interface MapEntry {
  key: StateValue;
  value: StateValue;
}

/** JSON form of a StateValue (bigints as decimal strings, bytes and float bits as hex). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const enum Tag {
  Nil = 0,
  False = 1,
  True = 2,
  Int = 3,
  Float64 = 4,
  Float32 = 5,
  String = 6,
  Bytes = 7,
  Struct = 8,
  List = 9,
  Map = 10,
  Ref = 11,
}

/** The canonical encoding of a value: equal values, and only equal values, give equal bytes. */
export function encodeValue(value: StateValue): Uint8Array {
  const writer = new ByteWriter();
  writeValue(writer, value);
  return writer.finish();
}

/** Decodes what encodeValue produced; malformed bytes throw CorruptRecordError. */
export function decodeValue(bytes: Uint8Array): StateValue {
  const reader = new ByteReader(bytes);
  const value = readValue(reader, 0);
  reader.expectEnd();
  return value;
}

/** Equality by canonical encoding (so -0 and 0 differ, and map entry order does not matter). */
export function valuesEqual(a: StateValue, b: StateValue): boolean {
  return compareBytes(encodeValue(a), encodeValue(b)) === 0;
}

/** The JSON form, for tx records, the CLI's --json and the debugger. */
export function valueToJSON(value: StateValue): JsonValue {
  const out: { [key: string]: JsonValue } = { kind: value.kind };
  if (value.type) out.type = value.type;
  switch (value.kind) {
    case 'nil':
      break;
    case 'bool':
      out.value = value.value;
      break;
    case 'int':
      out.value = value.value.toString();
      break;
    case 'float': {
      const size = value.size ?? 64;
      out.size = size;
      out.bits = toHex(floatBits(value.value, size));
      out.value = Number.isFinite(value.value) ? value.value : String(value.value);
      break;
    }
    case 'string':
      out.value = value.value;
      break;
    case 'bytes':
      out.value = toHex(value.value);
      break;
    case 'struct':
      out.fields = value.fields.map((field) => ({ name: field.name, value: valueToJSON(field.value) }));
      break;
    case 'list':
      out.items = value.items.map(valueToJSON);
      break;
    case 'map':
      out.entries = sortedEntries(value.entries).map(([, entry]) => ({
        key: valueToJSON(entry.key),
        value: valueToJSON(entry.value),
      }));
      break;
    case 'ref':
      out.namespace = value.namespace;
      out.key = value.key;
      break;
  }
  return out;
}

/** Inverse of valueToJSON; a malformed input throws a TypeError naming the bad field. */
export function valueFromJSON(json: JsonValue): StateValue {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new TypeError('a value must be an object');
  const type = typeof json.type === 'string' && json.type !== '' ? { type: json.type } : {};
  const field = (name: string): JsonValue => {
    if (!(name in json)) throw new TypeError(`value of kind ${String(json.kind)} lacks "${name}"`);
    return json[name];
  };
  const text = (name: string): string => {
    const v = field(name);
    if (typeof v !== 'string') throw new TypeError(`"${name}" must be a string`);
    return v;
  };
  const list = (name: string): JsonValue[] => {
    const v = field(name);
    if (!Array.isArray(v)) throw new TypeError(`"${name}" must be an array`);
    return v;
  };
  const object = (v: JsonValue): { [key: string]: JsonValue } => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new TypeError('expected an object');
    return v;
  };
  switch (json.kind) {
    case 'nil':
      return { kind: 'nil', ...type };
    case 'bool':
      return { kind: 'bool', value: field('value') === true, ...type };
    case 'int':
      return { kind: 'int', value: BigInt(text('value')), ...type };
    case 'float': {
      const size = field('size') === 32 ? 32 : 64;
      return { kind: 'float', value: floatFromBits(fromHex(text('bits')), size), size, ...type };
    }
    case 'string':
      return { kind: 'string', value: text('value'), ...type };
    case 'bytes':
      return { kind: 'bytes', value: fromHex(text('value')), ...type };
    case 'struct':
      return {
        kind: 'struct',
        fields: list('fields').map((f) => {
          const o = object(f);
          if (typeof o.name !== 'string') throw new TypeError('a struct field needs a name');
          return { name: o.name, value: valueFromJSON(o.value) };
        }),
        ...type,
      };
    case 'list':
      return { kind: 'list', items: list('items').map(valueFromJSON), ...type };
    case 'map':
      return {
        kind: 'map',
        entries: list('entries').map((e) => {
          const o = object(e);
          return { key: valueFromJSON(o.key), value: valueFromJSON(o.value) };
        }),
        ...type,
      };
    case 'ref':
      return { kind: 'ref', namespace: text('namespace'), key: text('key'), ...type };
    default:
      throw new TypeError(`unknown value kind ${JSON.stringify(json.kind)}`);
  }
}

function writeValue(writer: ByteWriter, value: StateValue): void {
  switch (value.kind) {
    case 'nil':
      writer.byte(Tag.Nil);
      break;
    case 'bool':
      writer.byte(value.value ? Tag.True : Tag.False);
      break;
    case 'int':
      writer.byte(Tag.Int).blob(bigintBytes(value.value));
      break;
    case 'float': {
      const size = value.size ?? 64;
      writer.byte(size === 32 ? Tag.Float32 : Tag.Float64).bytes(floatBits(value.value, size));
      break;
    }
    case 'string':
      writer.byte(Tag.String).string(value.value);
      break;
    case 'bytes':
      writer.byte(Tag.Bytes).blob(value.value);
      break;
    case 'struct':
      writer.byte(Tag.Struct).varint(value.fields.length);
      for (const field of value.fields) {
        writer.string(field.name);
        writeValue(writer, field.value);
      }
      break;
    case 'list':
      writer.byte(Tag.List).varint(value.items.length);
      for (const item of value.items) writeValue(writer, item);
      break;
    case 'map': {
      const entries = sortedEntries(value.entries);
      writer.byte(Tag.Map).varint(entries.length);
      for (let i = 0; i < entries.length; i++) {
        if (i > 0 && compareBytes(entries[i - 1][0], entries[i][0]) === 0) throw new TypeError('a map value has a duplicate key');
        writer.bytes(entries[i][0]);
        writeValue(writer, entries[i][1].value);
      }
      break;
    }
    case 'ref':
      writer.byte(Tag.Ref).string(value.namespace).string(value.key);
      break;
  }
  writer.string(value.type ?? '');
}

const MAX_DEPTH = 10_000;

function readValue(reader: ByteReader, depth: number): StateValue {
  if (depth > MAX_DEPTH) throw new CorruptRecordError('value nested too deeply');
  const tag = reader.byte();
  let value: StateValue;
  switch (tag) {
    case Tag.Nil:
      value = { kind: 'nil' };
      break;
    case Tag.False:
    case Tag.True:
      value = { kind: 'bool', value: tag === Tag.True };
      break;
    case Tag.Int:
      value = { kind: 'int', value: bigintFromBytes(reader.blob()) };
      break;
    case Tag.Float64:
      value = { kind: 'float', value: floatFromBits(reader.bytes(8), 64), size: 64 };
      break;
    case Tag.Float32:
      value = { kind: 'float', value: floatFromBits(reader.bytes(4), 32), size: 32 };
      break;
    case Tag.String:
      value = { kind: 'string', value: reader.string() };
      break;
    case Tag.Bytes:
      value = { kind: 'bytes', value: reader.blob().slice() };
      break;
    case Tag.Struct: {
      const count = reader.varint();
      const fields: StructField[] = [];
      for (let i = 0; i < count; i++) fields.push({ name: reader.string(), value: readValue(reader, depth + 1) });
      value = { kind: 'struct', fields };
      break;
    }
    case Tag.List: {
      const count = reader.varint();
      const items: StateValue[] = [];
      for (let i = 0; i < count; i++) items.push(readValue(reader, depth + 1));
      value = { kind: 'list', items };
      break;
    }
    case Tag.Map: {
      const count = reader.varint();
      const entries: MapEntry[] = [];
      for (let i = 0; i < count; i++) entries.push({ key: readValue(reader, depth + 1), value: readValue(reader, depth + 1) });
      value = { kind: 'map', entries };
      break;
    }
    case Tag.Ref:
      value = { kind: 'ref', namespace: reader.string(), key: reader.string() };
      break;
    default:
      throw new CorruptRecordError(`unknown value tag ${tag}`);
  }
  const type = reader.string();
  if (type !== '') value.type = type;
  return value;
}

function sortedEntries(entries: MapEntry[]): [Uint8Array, MapEntry][] {
  return entries.map((entry): [Uint8Array, MapEntry] => [encodeValue(entry.key), entry]).sort((a, b) => compareBytes(a[0], b[0]));
}

/** Minimal big-endian two's complement bytes; 0 is the empty string. */
function bigintBytes(value: bigint): Uint8Array {
  if (value === 0n) return new Uint8Array(0);
  const bytes: number[] = [];
  let v = value;
  for (;;) {
    const low = Number(BigInt.asUintN(8, v));
    bytes.push(low);
    v >>= 8n;
    const signBit = (low & 0x80) !== 0;
    if ((v === 0n && !signBit) || (v === -1n && signBit)) break;
  }
  return Uint8Array.from(bytes.reverse());
}

function bigintFromBytes(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  const negative = (bytes[0] & 0x80) !== 0;
  const result = negative ? v - (1n << BigInt(bytes.length * 8)) : v;
  if (bytesEqualArrays(bigintBytes(result), bytes)) return result;
  throw new CorruptRecordError('non-canonical integer');
}

function bytesEqualArrays(a: Uint8Array, b: Uint8Array): boolean {
  return compareBytes(a, b) === 0;
}

function floatBits(value: number, size: 32 | 64): Uint8Array {
  const out = new Uint8Array(size / 8);
  const view = new DataView(out.buffer);
  if (size === 32) view.setFloat32(0, value);
  else view.setFloat64(0, value);
  return out;
}

function floatFromBits(bits: Uint8Array, size: 32 | 64): number {
  const view = new DataView(bits.buffer, bits.byteOffset, bits.byteLength);
  return size === 32 ? view.getFloat32(0) : view.getFloat64(0);
}
