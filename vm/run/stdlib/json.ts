// Package encoding/json on VM values: Marshal and MarshalIndent (struct tags with omitempty, "-"
// and ",string"; embedded struct fields promoted; maps sorted by key; []byte as base64; Go's HTML
// escaping of < > & and U+2028/2029; floats as Go writes them), Unmarshal (Go's syntax error texts,
// case-insensitive field matching, UnmarshalTypeError wording, any as map[string]any / []any /
// float64), Valid, and the Marshaler and Unmarshaler interfaces. It does not implement Decoder,
// Encoder, UseNumber or TextMarshaler map keys.

import { formatFloat } from './floatFormat';
import { newError, errorText } from './errorValues';
import { quote } from './quote';
import { bytesToString, declaredType, items, stringToBytes } from './support';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import { int64, uint64 } from '../ints';
import { assignInto, Box, decodeRune, GoMap, GoPanic, Iface, Slice, Types, type StructField, type Type } from '../values';

class JsonError {
  constructor(readonly message: string) {}
}

// ---------------------------------------------------------------------------------------------
// Encoding

const hex = '0123456789abcdef';

/** A Go string as a JSON string, with Go's escaping (HTML-safe). */
export function encodeString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; ) {
    const b = s.charCodeAt(i);
    if (b < 0x80) {
      if (b >= 0x20 && b !== 0x22 && b !== 0x5c && b !== 0x3c && b !== 0x3e && b !== 0x26) out += s[i];
      else if (b === 0x22 || b === 0x5c) out += '\\' + s[i];
      else if (b === 0x0a) out += '\\n';
      else if (b === 0x0d) out += '\\r';
      else if (b === 0x09) out += '\\t';
      else if (b === 0x08) out += '\\b'; // Go 1.22: \b and \f rather than \u0008 and \u000c
      else if (b === 0x0c) out += '\\f';
      else out += '\\u00' + hex[b >> 4] + hex[b & 15];
      i++;
      continue;
    }
    const [r, width] = decodeRune(s, i);
    if (r === 0xfffd && width === 1) out += '\\ufffd';
    else if (r === 0x2028 || r === 0x2029) out += '\\u202' + hex[r & 15];
    else out += s.substring(i, i + width);
    i += width;
  }
  return out + '"';
}

function encodeFloat(f: number, bits: 32 | 64): string {
  if (!Number.isFinite(f)) throw new JsonError('json: unsupported value: ' + formatFloat(f, 'g', -1, bits));
  const abs = Math.abs(f);
  let format = 'f';
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) format = 'e';
  if (bits === 32 && abs !== 0 && (Math.fround(abs) < Math.fround(1e-6) || Math.fround(abs) >= Math.fround(1e21))) format = 'e';
  let text = formatFloat(f, format, -1, bits);
  if (format === 'e') text = text.replace(/e([+-])0([0-9])$/, 'e$1$2');
  return text;
}

interface JsonField {
  name: string;
  path: StructField[];
  omitEmpty: boolean;
  quoted: boolean;
  tagged: boolean;
}

function parseTag(tag: string): { name: string; options: string[]; skip: boolean } {
  const match = /(?:^|\s)json:"((?:[^"\\]|\\.)*)"/.exec(tag);
  if (match === null) return { name: '', options: [], skip: false };
  const value = match[1];
  if (value === '-') return { name: '', options: [], skip: true };
  const [name, ...options] = value.split(',');
  return { name, options, skip: false };
}

const fieldCache = new WeakMap<Type, JsonField[]>();

/** The JSON fields of a struct type, with embedded structs' fields promoted by Go's rules. */
function jsonFields(t: Type): JsonField[] {
  const cached = fieldCache.get(t);
  if (cached !== undefined) return cached;
  const candidates: (JsonField & { depth: number; order: number })[] = [];
  let order = 0;
  const visit = (st: Type, path: StructField[], depth: number, seen: Set<Type>) => {
    for (const field of st.underlying.fields) {
      const tag = parseTag(field.tag);
      if (tag.skip) continue;
      const fieldType = field.type.underlying.kind === 'pointer' ? field.type.underlying.elem! : field.type;
      if (field.embedded && tag.name === '' && fieldType.underlying.kind === 'struct') {
        if (seen.has(fieldType)) continue;
        visit(fieldType, [...path, field], depth + 1, new Set([...seen, fieldType]));
        continue;
      }
      if (!field.exported) continue;
      const validName = tag.name !== '' && /^[\w!#$%&()*+\-./:;<=>?@[\]^{|}~ ]+$/.test(tag.name);
      candidates.push({
        name: validName ? tag.name : field.name,
        path: [...path, field],
        omitEmpty: tag.options.includes('omitempty'),
        quoted: tag.options.includes('string') && isQuotable(field.type),
        tagged: validName,
        depth,
        order: order++,
      });
    }
  };
  visit(t, [], 0, new Set([t]));
  const byName = new Map<string, typeof candidates>();
  for (const c of candidates) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const kept: typeof candidates = [];
  for (const group of byName.values()) {
    const depth = Math.min(...group.map((c) => c.depth));
    const shallow = group.filter((c) => c.depth === depth);
    const tagged = shallow.filter((c) => c.tagged);
    if (shallow.length === 1) kept.push(shallow[0]);
    else if (tagged.length === 1) kept.push(tagged[0]);
  }
  kept.sort((a, b) => a.order - b.order);
  fieldCache.set(t, kept);
  return kept;
}

function isQuotable(t: Type): boolean {
  const kind = t.underlying.kind;
  return kind === 'bool' || kind === 'string' || kind.startsWith('int') || kind.startsWith('uint') || kind.startsWith('float');
}

function isEmpty(t: Type, v: unknown): boolean {
  const u = t.underlying;
  switch (u.kind) {
    case 'bool': return v === false;
    case 'string': return v === '';
    case 'slice': return v === null || (v as Slice).l === 0;
    case 'map': return v === null || (v as GoMap).size === 0;
    case 'array': return u.len === 0;
    case 'pointer': case 'interface': case 'func': return v === null;
    case 'struct': return false;
    default: return v === 0 || v === 0n;
  }
}

/** Reads a field through a path of embedded fields; undefined when an embedded pointer is nil. */
function fieldValue(v: Record<string, unknown>, path: StructField[]): unknown {
  let current: unknown = v;
  for (const field of path) {
    if (current === null || current === undefined) return undefined;
    current = (current as Record<string, unknown>)[field.key];
  }
  return current;
}

class Encoder {
  private depth = 0;
  constructor(private readonly charge: (n: number) => void) {}

  /**
   * `addressable` follows Go: slice elements and what a pointer points to are addressable, a
   * struct field or array element is when its holder is; only then is a *T MarshalJSON used.
   */
  encode(t: Type, v: unknown, quoted = false, addressable = false): string {
    if (++this.depth > 1000) throw new JsonError('json: unsupported value: encountered a cycle');
    try {
      return this.encodeValue(t, v, quoted, addressable);
    } finally {
      this.depth--;
    }
  }

  private encodeValue(t: Type, v: unknown, quoted: boolean, addressable: boolean): string {
    let marshal = t.methods.MarshalJSON;
    let receiver = v;
    if (marshal === undefined && addressable && t.underlying.kind !== 'pointer') {
      marshal = Types.pointer(t).methods.MarshalJSON;
      receiver = t.isComposite() ? v : new Box(v);
    }
    if (marshal !== undefined && !(t.underlying.kind === 'pointer' && v === null)) {
      const [bytes, err] = marshal(receiver) as [Slice | null, Iface | null];
      if (err !== null) throw new JsonError(`json: error calling MarshalJSON for type ${t}: ${errorText(err)}`);
      const text = bytesToString(bytes);
      const parsed = parseJson(text);
      if (parsed instanceof JsonError) throw new JsonError(`json: error calling MarshalJSON for type ${t}: ${parsed.message}`);
      return compact(text);
    }
    const u = t.underlying;
    switch (u.kind) {
      case 'bool': return quoted ? `"${v}"` : String(v);
      case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
      case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
        return quoted ? `"${String(v)}"` : String(v);
      case 'float32': case 'float64': {
        const text = encodeFloat(v as number, u.kind === 'float32' ? 32 : 64);
        return quoted ? `"${text}"` : text;
      }
      case 'string': {
        if (t === numberTypeRef.current && t !== null) return (v as string) === '' ? '0' : (v as string);
        const text = encodeString(v as string);
        this.charge(text.length);
        return quoted ? encodeString(text) : text;
      }
      case 'interface': {
        const inner = v as Iface | null;
        return inner === null ? 'null' : this.encode(inner.t, inner.v);
      }
      case 'pointer':
        if (v === null) return 'null';
        return this.encode(u.elem!, u.elem!.isComposite() ? v : (v as { v: unknown }).v, quoted, true);
      case 'slice': {
        if (v === null) return 'null';
        const s = v as Slice;
        if (u.elem!.underlying.kind === 'uint8' && u.elem!.methods.MarshalJSON === undefined) {
          if (t === rawMessageRef.current && t !== null) return compact(bytesToString(s));
          return '"' + Buffer.from(items<number>(s)).toString('base64') + '"';
        }
        return '[' + items(s).map((item) => this.encode(u.elem!, item, false, true)).join(',') + ']';
      }
      case 'array':
        return '[' + (v as unknown[]).map((item) => this.encode(u.elem!, item, false, addressable)).join(',') + ']';
      case 'map': {
        if (v === null) return 'null';
        const keyKind = u.key!.underlying.kind;
        if (keyKind !== 'string' && !keyKind.startsWith('int') && !keyKind.startsWith('uint')) {
          throw new JsonError(`json: unsupported type: ${t}`);
        }
        const entries = (v as GoMap).entries().map(([k, item]) => [String(k), item] as [string, unknown]);
        entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        return '{' + entries.map(([k, item]) => encodeString(k) + ':' + this.encode(u.elem!, item)).join(',') + '}';
      }
      case 'struct': {
        const parts: string[] = [];
        for (const field of jsonFields(t)) {
          const value = fieldValue(v as Record<string, unknown>, field.path);
          if (value === undefined) continue;
          const fieldType = field.path[field.path.length - 1].type;
          if (field.omitEmpty && isEmpty(fieldType, value)) continue;
          parts.push(encodeString(field.name) + ':' + this.encode(fieldType, value, field.quoted, addressable));
        }
        return '{' + parts.join(',') + '}';
      }
    }
    throw new JsonError(`json: unsupported type: ${t}`);
  }
}

/** The registered json.Number and json.RawMessage types of the running program, when declared. */
const numberTypeRef: { current: Type | null } = { current: null };
const rawMessageRef: { current: Type | null } = { current: null };

// ---------------------------------------------------------------------------------------------
// Syntax: a parser with Go's error texts

type JsonValue =
  | { kind: 'null'; raw: string }
  | { kind: 'bool'; value: boolean; raw: string }
  | { kind: 'number'; text: string; raw: string }
  | { kind: 'string'; value: string; raw: string }
  | { kind: 'array'; items: JsonValue[]; raw: string }
  | { kind: 'object'; entries: [string, JsonValue][]; raw: string };

function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return '\'"\'';
  const q = quote(c);
  return "'" + q.substring(1, q.length - 1) + "'";
}

/** Parses a whole JSON text; a JsonError carries Go's SyntaxError message. */
export function parseJson(text: string): JsonValue | JsonError {
  let i = 0;
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  const skip = () => {
    while (i < text.length && isSpace(text[i])) i++;
  };
  const eof = () => new JsonError('unexpected end of JSON input');
  // Go's scanner ends the input by feeding it a space: a literal or number cut short reports ' '.
  const bad = (context: string) => new JsonError(`invalid character ${quoteChar(i < text.length ? charAt(i) : ' ')} ${context}`);
  const charAt = (at: number): string => {
    const code = text.charCodeAt(at);
    if (code < 0x80) return text[at];
    const [r] = decodeRune(text, at);
    return String.fromCodePoint(r);
  };
  // After an object member or array element: consumes the comma (false) or the closing bracket (true).
  const closedAfterItem = (close: string, context: string): boolean => {
    skip();
    if (i >= text.length) throw eof();
    const c = text[i];
    if (c !== ',' && c !== close) throw bad(context);
    i++;
    return c === close;
  };
  const value = (): JsonValue => {
    skip();
    if (i >= text.length) throw eof();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: [string, JsonValue][] = [];
      skip();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', entries, raw: text.substring(start, i) };
      }
      for (;;) {
        skip();
        if (i >= text.length) throw eof();
        if (text[i] !== '"') throw bad('looking for beginning of object key string');
        const key = stringLiteral();
        skip();
        if (i >= text.length) throw eof();
        if (text[i] !== ':') throw bad('after object key');
        i++;
        entries.push([key, value()]);
        if (closedAfterItem('}', 'after object key:value pair')) return { kind: 'object', entries, raw: text.substring(start, i) };
      }
    }
    if (c === '[') {
      i++;
      const list: JsonValue[] = [];
      skip();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', items: list, raw: text.substring(start, i) };
      }
      for (;;) {
        list.push(value());
        if (closedAfterItem(']', 'after array element')) return { kind: 'array', items: list, raw: text.substring(start, i) };
      }
    }
    if (c === '"') {
      const s = stringLiteral();
      return { kind: 'string', value: s, raw: text.substring(start, i) };
    }
    if (c === '-' || (c >= '0' && c <= '9')) return numberLiteral();
    for (const [word, result] of [['true', true], ['false', false], ['null', null]] as const) {
      if (c !== word[0]) continue;
      i++;
      for (let k = 1; k < word.length; k++, i++) {
        if (text[i] !== word[k]) throw bad(`in literal ${word} (expecting ${quoteChar(word[k])})`);
      }
      return result === null ? { kind: 'null', raw: word } : { kind: 'bool', value: result, raw: word };
    }
    throw bad('looking for beginning of value');
  };
  const numberLiteral = (): JsonValue => {
    const start = i;
    if (text[i] === '-') {
      i++;
      if (!(text[i] >= '0' && text[i] <= '9')) throw bad('in numeric literal');
    }
    if (text[i] === '0') i++;
    else while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
    if (text[i] === '.') {
      i++;
      if (!(text[i] >= '0' && text[i] <= '9')) throw bad('after decimal point in numeric literal');
      while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!(text[i] >= '0' && text[i] <= '9')) throw bad('in exponent of numeric literal');
      while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
    }
    const raw = text.substring(start, i);
    return { kind: 'number', text: raw, raw };
  };
  const stringLiteral = (): string => {
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length) throw eof();
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return out;
      }
      if (code < 0x20) throw bad('in string literal');
      if (code === 0x5c) {
        i++;
        if (i >= text.length) throw eof();
        const e = text[i];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in simple) {
          out += simple[e];
          i++;
          continue;
        }
        if (e !== 'u') throw bad('in string escape code');
        i++;
        const readHex = (): number => {
          let v = 0;
          for (let k = 0; k < 4; k++, i++) {
            if (i >= text.length) throw eof();
            const d = parseInt(text[i], 16);
            if (Number.isNaN(d)) throw bad('in \\u hexadecimal character escape');
            v = v * 16 + d;
          }
          return v;
        };
        let r = readHex();
        if (r >= 0xd800 && r < 0xdc00 && text.startsWith('\\u', i)) {
          const save = i;
          i += 2;
          const low = readHex();
          if (low >= 0xdc00 && low < 0xe000) r = 0x10000 + ((r - 0xd800) << 10) + (low - 0xdc00);
          else {
            i = save;
            r = 0xfffd;
          }
        } else if (r >= 0xd800 && r < 0xe000) {
          r = 0xfffd;
        }
        out += encodeRuneBytes(r);
        continue;
      }
      if (code < 0x80) {
        out += text[i];
        i++;
        continue;
      }
      const [r, width] = decodeRune(text, i);
      out += r === 0xfffd && width === 1 ? '\xef\xbf\xbd' : text.substring(i, i + width);
      i += width;
    }
  };
  try {
    const result = value();
    skip();
    if (i < text.length) throw bad('after top-level value');
    return result;
  } catch (error) {
    if (error instanceof JsonError) return error;
    throw error;
  }
}

function encodeRuneBytes(r: number): string {
  return Buffer.from(String.fromCodePoint(r), 'utf8').toString('latin1');
}

/** Removes insignificant space (json.Compact) from valid JSON. */
function compact(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') {
      out += c;
    }
  }
  return out;
}

/** json.Indent of compact JSON. */
export function indent(text: string, prefix: string, unit: string): string {
  let out = '';
  let depth = 0;
  let inString = false;
  const newline = () => '\n' + prefix + unit.repeat(depth);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inString = false;
      continue;
    }
    switch (c) {
      case '"':
        inString = true;
        out += c;
        break;
      case '{': case '[':
        if (text[i + 1] === '}' || text[i + 1] === ']') {
          out += c + text[++i];
          break;
        }
        depth++;
        out += c + newline();
        break;
      case '}': case ']':
        depth--;
        out += newline() + c;
        break;
      case ',':
        out += c + newline();
        break;
      case ':':
        out += ': ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Decoding

interface DecodeContext {
  firstError: string | null;
  structName: string;
  fieldStack: string[];
}

function typeError(ctx: DecodeContext, what: string, t: Type): void {
  if (ctx.firstError !== null) return;
  if (ctx.structName !== '' || ctx.fieldStack.length > 0) {
    ctx.firstError = `json: cannot unmarshal ${what} into Go struct field ${ctx.structName}.${ctx.fieldStack.join('.')} of type ${t}`;
  } else {
    ctx.firstError = `json: cannot unmarshal ${what} into Go value of type ${t}`;
  }
}

const intRanges: Record<string, [bigint, bigint]> = {
  int8: [-128n, 127n], int16: [-32768n, 32767n], int32: [-2147483648n, 2147483647n], int: [-(1n << 63n), (1n << 63n) - 1n],
  int64: [-(1n << 63n), (1n << 63n) - 1n], uint8: [0n, 255n], uint16: [0n, 65535n], uint32: [0n, 4294967295n],
  uint: [0n, (1n << 64n) - 1n], uint64: [0n, (1n << 64n) - 1n], uintptr: [0n, (1n << 64n) - 1n],
};

/** Decodes `value` into a value of type t, starting from `current`; returns the new value. */
function decode(t: Type, current: unknown, value: JsonValue, ctx: DecodeContext, raw: Type | null): unknown {
  const u = t.underlying;
  const unmarshal = Types.pointer(t).methods.UnmarshalJSON;
  if (unmarshal !== undefined && u.kind !== 'pointer' && u.kind !== 'interface' && value.kind !== 'null') {
    const target = t.isComposite() ? current : new Box(current);
    const err = unmarshal(target, stringToBytes(value.raw)) as Iface | null;
    if (err !== null && ctx.firstError === null) ctx.firstError = errorText(err);
    return t.isComposite() ? current : (target as Box).v;
  }
  if (value.kind === 'null') {
    if (u.kind === 'interface' || u.kind === 'pointer' || u.kind === 'map' || u.kind === 'slice') return null;
    return current;
  }
  if (raw !== null && t === raw) return stringToBytes(value.raw);
  switch (u.kind) {
    case 'interface': {
      if (u.imethods.length > 0) {
        typeError(ctx, value.kind === 'number' ? 'number' : value.kind, t);
        return current;
      }
      return toAny(value);
    }
    case 'pointer': {
      const elem = u.elem!;
      if (elem.isComposite()) return decode(elem, current ?? elem.zero(), value, ctx, raw);
      const box = (current as Box | null) ?? new Box(elem.zero());
      box.v = decode(elem, box.v, value, ctx, raw);
      return box;
    }
    case 'bool':
      if (value.kind !== 'bool') return mismatch(ctx, value, t, current);
      return value.value;
    case 'string':
      if (value.kind === 'number' && t === numberTypeRef.current) return value.text;
      if (value.kind !== 'string') return mismatch(ctx, value, t, current);
      return value.value;
    case 'float32': case 'float64': {
      if (value.kind !== 'number') return mismatch(ctx, value, t, current);
      const f = Number(value.text);
      if (!Number.isFinite(f) || (u.kind === 'float32' && !Number.isFinite(Math.fround(f)))) {
        typeError(ctx, 'number ' + value.text, t);
        return current;
      }
      return u.kind === 'float32' ? Math.fround(f) : f;
    }
    case 'slice': {
      if (value.kind === 'string' && u.elem!.underlying.kind === 'uint8') {
        const decoded = Buffer.from(value.value, 'latin1').toString('latin1');
        return stringToBytes(Buffer.from(decoded, 'base64').toString('latin1'));
      }
      if (value.kind !== 'array') return mismatch(ctx, value, t, current);
      const elem = u.elem!;
      const list = value.items.map((item) => decode(elem, elem.zero(), item, ctx, raw));
      return new Slice(list, 0, list.length, list.length);
    }
    case 'array': {
      if (value.kind !== 'array') return mismatch(ctx, value, t, current);
      const elem = u.elem!;
      const target = current as unknown[];
      for (let k = 0; k < u.len; k++) {
        const decoded = k < value.items.length ? decode(elem, target[k], value.items[k], ctx, raw) : elem.zero();
        if (elem.isComposite()) assignInto(elem, target[k], decoded);
        else target[k] = decoded;
      }
      return target;
    }
    case 'map': {
      if (value.kind !== 'object') return mismatch(ctx, value, t, current);
      const keyKind = u.key!.underlying.kind;
      const map = (current as GoMap | null) ?? new GoMap(u.key!, u.elem!);
      for (const [key, item] of value.entries) {
        let k: unknown = key;
        if (keyKind !== 'string') {
          const range = intRanges[keyKind];
          const parsed = /^-?[0-9]+$/.test(key) ? BigInt(key) : null;
          if (range === undefined || parsed === null || parsed < range[0] || parsed > range[1]) {
            typeError(ctx, 'number ' + key, u.key!);
            continue;
          }
          k = keyKind.startsWith('u') ? uint64(parsed) : int64(parsed);
          if (keyKind !== 'int' && keyKind !== 'int64' && keyKind !== 'uint' && keyKind !== 'uint64' && keyKind !== 'uintptr') k = Number(parsed);
        }
        const existing = map.get(k);
        map.set(k, decode(u.elem!, existing === undefined || !u.elem!.isComposite() ? u.elem!.zero() : existing, item, ctx, raw));
      }
      return map;
    }
    case 'struct': {
      if (value.kind !== 'object') return mismatch(ctx, value, t, current);
      const fields = jsonFields(t);
      const target = current as Record<string, unknown>;
      for (const [key, item] of value.entries) {
        const field = fields.find((f) => f.name === key) ?? fields.find((f) => f.name.toLowerCase() === key.toLowerCase());
        if (field === undefined) continue;
        // Walk (and allocate) embedded pointers on the way to the field.
        let holder = target;
        for (const step of field.path.slice(0, -1)) {
          if (step.type.underlying.kind === 'pointer' && holder[step.key] === null) holder[step.key] = step.type.underlying.elem!.zero();
          holder = holder[step.key] as Record<string, unknown>;
        }
        const last = field.path[field.path.length - 1];
        const savedStruct = ctx.structName;
        ctx.structName = t.name;
        ctx.fieldStack.push(field.name);
        let source = item;
        if (field.quoted && item.kind === 'string') {
          const inner = parseJson(item.value);
          if (inner instanceof JsonError) {
            if (ctx.firstError === null) ctx.firstError = `json: invalid use of ,string struct tag, trying to unmarshal ${quote(item.value)} into ${last.type}`;
            ctx.fieldStack.pop();
            ctx.structName = savedStruct;
            continue;
          }
          source = inner;
        }
        const decoded = decode(last.type, holder[last.key], source, ctx, raw);
        if (last.type.isComposite()) assignInto(last.type, holder[last.key], decoded);
        else holder[last.key] = decoded;
        ctx.fieldStack.pop();
        ctx.structName = savedStruct;
      }
      return target;
    }
  }
  if (u.kind.startsWith('int') || u.kind.startsWith('uint')) {
    if (value.kind !== 'number') return mismatch(ctx, value, t, current);
    const range = intRanges[u.kind];
    if (!/^-?[0-9]+$/.test(value.text)) {
      typeError(ctx, 'number ' + value.text, t);
      return current;
    }
    const n = BigInt(value.text);
    if (n < range[0] || n > range[1]) {
      typeError(ctx, 'number ' + value.text, t);
      return current;
    }
    if (u.kind === 'int' || u.kind === 'int64') return int64(n);
    if (u.kind === 'uint' || u.kind === 'uint64' || u.kind === 'uintptr') return uint64(n);
    return Number(n);
  }
  return mismatch(ctx, value, t, current);
}

function mismatch(ctx: DecodeContext, value: JsonValue, t: Type, current: unknown): unknown {
  typeError(ctx, value.kind, t);
  return current;
}

const anyMap = Types.map(Types.string, Types.any);
const anySlice = Types.slice(Types.any);

/** JSON into interface{}: map[string]any, []any, float64, string, bool or nil. */
function toAny(value: JsonValue): Iface | null {
  switch (value.kind) {
    case 'null': return null;
    case 'bool': return new Iface(Types.bool, value.value);
    case 'number': return new Iface(Types.float64, Number(value.text));
    case 'string': return new Iface(Types.string, value.value);
    case 'array': {
      const list = value.items.map(toAny);
      return new Iface(anySlice, new Slice(list, 0, list.length, list.length));
    }
    case 'object': {
      const map = new GoMap(Types.string, Types.any);
      for (const [key, item] of value.entries) map.set(key, toAny(item));
      return new Iface(anyMap, map);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The package

export function loadJson(ctx: NativeContext): NativeExports {
  const { rt } = ctx;
  const numberType = declaredType(ctx, 'Number', () => {
    const t = Types.named('encoding/json', 'json', 'Number', 'string');
    Types.setUnderlying(t, Types.string);
    return t;
  });
  const rawType = declaredType(ctx, 'RawMessage', () => {
    const t = Types.named('encoding/json', 'json', 'RawMessage', 'slice');
    Types.setUnderlying(t, Types.slice(Types.uint8));
    return t;
  });
  const marshal = (v: Iface | null): string => {
    numberTypeRef.current = numberType;
    rawMessageRef.current = rawType;
    const encoder = new Encoder((n) => rt.charge(n >> 4));
    return v === null ? 'null' : encoder.encode(v.t, v.v);
  };
  const attempt = (run: () => string): [Slice | null, Iface | null] => {
    try {
      return [stringToBytes(run()), null];
    } catch (error) {
      if (error instanceof JsonError) return [null, newError(error.message)];
      if (error instanceof GoPanic) throw error;
      throw error;
    }
  };
  return {
    Marshal: (v: Iface | null) => attempt(() => marshal(v)),
    MarshalIndent: (v: Iface | null, prefix: string, unit: string) => attempt(() => indent(marshal(v), prefix, unit)),
    Valid: (data: Slice | null) => !(parseJson(bytesToString(data)) instanceof JsonError),
    Unmarshal: (data: Slice | null, v: Iface | null) => {
      numberTypeRef.current = numberType;
      rawMessageRef.current = rawType;
      const text = bytesToString(data);
      rt.charge(text.length >> 4);
      const parsed = parseJson(text);
      if (parsed instanceof JsonError) return newError(parsed.message);
      if (v === null) return newError('json: Unmarshal(nil)');
      if (v.t.underlying.kind !== 'pointer') return newError(`json: Unmarshal(non-pointer ${v.t})`);
      if (v.v === null) return newError(`json: Unmarshal(nil ${v.t})`);
      const elem = v.t.underlying.elem!;
      const decodeCtx: DecodeContext = { firstError: null, structName: '', fieldStack: [] };
      if (elem.isComposite()) {
        const decoded = decode(elem, v.v, parsed, decodeCtx, rawType);
        if (decoded !== v.v) assignInto(elem, v.v, decoded);
      } else {
        const ref = v.v as { v: unknown };
        ref.v = decode(elem, ref.v, parsed, decodeCtx, rawType);
      }
      return decodeCtx.firstError === null ? null : newError(decodeCtx.firstError);
    },
    'Number.String': (n: string) => n,
    'Number.Int64': (n: string) => {
      const parsed = /^[+-]?[0-9]+$/.test(n) ? BigInt(n) : null;
      if (parsed === null) return [0, newError(`strconv.ParseInt: parsing ${quote(n)}: invalid syntax`)];
      if (parsed > (1n << 63n) - 1n || parsed < -(1n << 63n)) return [int64(parsed < 0n ? -(1n << 63n) : (1n << 63n) - 1n), newError(`strconv.ParseInt: parsing ${quote(n)}: value out of range`)];
      return [int64(parsed), null];
    },
    'Number.Float64': (n: string) => {
      const f = Number(n);
      if (n.trim() === '' || Number.isNaN(f)) return [0, newError(`strconv.ParseFloat: parsing ${quote(n)}: invalid syntax`)];
      return [f, null];
    },
  };
}

registerNatives({ path: 'encoding/json', load: loadJson });
