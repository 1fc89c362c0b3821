// Package bytes: the byte-slice counterparts of package strings (run on the slices' bytes through
// strings.ts), and Buffer. Functions that return part of their argument in Go (Trim*, Split,
// Fields, Cut) return subslices sharing its array, as Go does; the others return new slices.
// Buffer is Go's: a []byte and a read offset in its declared fields, grown as Go grows it (so Cap()
// matches), and Bytes() and Next() return windows into it that alias the buffer as in Go.

import * as text from './strings';
import { isSpace } from './unicode';
import { eof } from './strings';
import { newError } from './errorValues';
import { bytesToString, items, panicWith, sliceOf, stringToBytes } from './support';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import { toNumber, type I64 } from '../ints';
import { decodeRune, encodeRune, growCap, makeSlice, Slice, Types, type Type } from '../values';


/** s[from:to] sharing s's array (nil stays nil for an empty result of a nil input). */
function sub(s: Slice | null, from: number, to: number): Slice | null {
  if (s === null) return null;
  return new Slice(s.a, s.o + from, to - from, s.c - from);
}

/** s[from:to:to], the full-slice form Split uses so appends to a piece do not overwrite the next. */
function piece(s: Slice, from: number, to: number): Slice {
  return new Slice(s.a, s.o + from, to - from, to - from);
}

/**
 * A *bytes.Buffer as Go's: the declared fields `buf` (the bytes, unread ones from `off`) and `off`
 * (under their runtime keys, see bufferFields), and what the last operation read (Go's
 * lastRead: -1 a read, 0 none, 1..4 the width of a ReadRune), kept beside them.
 */
interface BufferState {
  [key: string]: unknown;
  $lastRead?: number;
}

const opRead = -1;
const opInvalid = 0;
// A nil buffer's first write of at most this many bytes allocates this capacity (Go's smallBufferSize).
const smallBufferSize = 64;

const unreadByteError = newError('bytes.Buffer: UnreadByte: previous operation was not a successful read');
const unreadRuneError = newError('bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune');

export function loadBytes(ctx: NativeContext): NativeExports {
  const { rt } = ctx;
  const bufferType = (() => {
    try {
      return ctx.type('Buffer');
    } catch {
      const t = Types.named('bytes', 'bytes', 'Buffer', 'struct');
      Types.setUnderlying(t, Types.struct([]));
      return t;
    }
  })();
  const { bufKey, offKey } = bufferFields(bufferType);
  const buf = (b: BufferState): Slice | null => (b[bufKey] as Slice | null | undefined) ?? null;
  const off = (b: BufferState): number => (b[offKey] as number | undefined) ?? 0;
  const setBuf = (b: BufferState, value: Slice | null): void => {
    b[bufKey] = value;
  };
  const setOff = (b: BufferState, value: number): void => {
    b[offKey] = value;
  };
  const newBuffer = (initial: Slice | null): BufferState => {
    const b = bufferType.zero() as BufferState;
    setBuf(b, initial);
    return b;
  };
  const length = (b: BufferState): number => (buf(b)?.l ?? 0) - off(b);
  const reset = (b: BufferState): void => {
    const current = buf(b);
    if (current !== null) setBuf(b, new Slice(current.a, current.o, 0, current.c));
    setOff(b, 0);
    b.$lastRead = opInvalid;
  };
  /** b.buf[from:to] sharing its array. */
  const window = (b: BufferState, from: number, to: number): Slice | null => sub(buf(b), from, to);
  const unread = (b: BufferState): string => bytesToString(window(b, off(b), buf(b)?.l ?? 0));
  /** Go's Buffer.grow: room for `n` more bytes, returning where they go (b.buf is extended over them). */
  const grow = (b: BufferState, n: number): number => {
    const m = length(b);
    if (m === 0 && off(b) !== 0) reset(b);
    const current = buf(b);
    if (current !== null && n <= current.c - current.l) {
      setBuf(b, new Slice(current.a, current.o, current.l + n, current.c));
      return current.l;
    }
    if (current === null && n <= smallBufferSize) {
      setBuf(b, makeSlice(Types.uint8, n, smallBufferSize));
      return 0;
    }
    const c = current?.c ?? 0;
    const start = off(b);
    if (current !== null && n <= Math.floor(c / 2) - m) {
      current.a.copyWithin(current.o, current.o + start, current.o + start + m);
      setBuf(b, new Slice(current.a, current.o, m + n, c));
    } else {
      // Go's growSlice: twice the capacity at least, through append (so rounded to a size class).
      const wanted = Math.max(m + start + n, 2 * (c - start));
      const grown = makeSlice(Types.uint8, m + n, growCap(0, wanted, Types.uint8));
      rt.charge(grown.c >> 3);
      for (let i = 0; i < m; i++) grown.a[i] = current!.a[current!.o + start + i];
      setBuf(b, grown);
    }
    setOff(b, 0);
    return m;
  };
  /** Appends the bytes of Go string `s` (Write, WriteString, WriteByte, WriteRune). */
  const write = (b: BufferState, s: string): number => {
    b.$lastRead = opInvalid;
    const at = grow(b, s.length);
    const target = buf(b)!;
    for (let i = 0; i < s.length; i++) target.a[target.o + at + i] = s.charCodeAt(i);
    return s.length;
  };
  /** Go's readSlice: the unread bytes through the first `delim` (all of them when none), as a window. */
  const readSlice = (b: BufferState, delim: number): { line: Slice | null; found: boolean } => {
    const current = buf(b);
    const start = off(b);
    let end = current?.l ?? 0;
    let found = false;
    if (current !== null) {
      for (let i = start; i < current.l; i++) {
        if (current.a[current.o + i] === delim) {
          end = i + 1;
          found = true;
          break;
        }
      }
    }
    const line = window(b, start, end);
    setOff(b, end);
    b.$lastRead = opRead;
    return { line, found };
  };
  const str = bytesToString;
  const bytes = (s: string): Slice => stringToBytes(s);
  const charged = (s: Slice): Slice => {
    rt.charge(s.l >> 3);
    return s;
  };
  const trimmed = (s: Slice | null, result: (t: string) => string, fromLeft: (t: string, r: string) => number): Slice | null => {
    const t = str(s);
    const r = result(t);
    const start = fromLeft(t, r);
    return sub(s, start, start + r.length);
  };
  // The kept part of a trim starts where the left trim stopped: find it by trimming the left only.
  const trimWith = (left: (t: string) => string, right: (t: string) => string) => (s: Slice | null) =>
    trimmed(s, (t) => right(left(t)), (t) => t.length - left(t).length);
  const split = (s: Slice | null, sep: string, n: number): Slice | null => {
    const t = str(s);
    if (n === 0) return null;
    if (sep === '') return sliceOf((text.splitPieces(t, '', 0, n) ?? []).map((p) => bytes(p)));
    const parts = text.splitPieces(t, sep, 0, n) ?? [];
    const out: Slice[] = [];
    let at = 0;
    for (const part of parts) {
      out.push(s === null ? bytes('') : piece(s, at, at + part.length));
      at += part.length + sep.length;
    }
    return sliceOf(out);
  };
  return {
    Clone: (b: Slice | null) => (b === null ? null : bytes(str(b))),
    Compare: (a: Slice | null, b: Slice | null) => text.compare(str(a), str(b)),
    Contains: (b: Slice | null, sub: Slice | null) => str(b).includes(str(sub)),
    ContainsAny: (b: Slice | null, chars: string) => text.indexAny(str(b), chars) >= 0,
    ContainsRune: (b: Slice | null, r: number) => text.indexRune(str(b), r) >= 0,
    Count: (s: Slice | null, sep: Slice | null) => text.count(str(s), str(sep)),
    Cut: (s: Slice | null, sep: Slice | null) => {
      const t = str(s);
      const separator = str(sep);
      const i = t.indexOf(separator);
      if (i < 0) return [s, null, false];
      return [sub(s, 0, i), sub(s, i + separator.length, t.length), true];
    },
    Equal: (a: Slice | null, b: Slice | null) => str(a) === str(b),
    EqualFold: (a: Slice | null, b: Slice | null) => text.equalFold(str(a), str(b)),
    Fields: (s: Slice | null) => {
      const t = str(s);
      const out: Slice[] = [];
      let start = -1;
      for (let i = 0; i <= t.length; ) {
        const [r, width] = i < t.length ? (t.charCodeAt(i) < 0x80 ? [t.charCodeAt(i), 1] : decodeRune(t, i)) : [0x20, 1];
        if (isSpace(r)) {
          if (start >= 0) out.push(piece(s as Slice, start, i));
          start = -1;
        } else if (start < 0) {
          start = i;
        }
        i += width;
      }
      return sliceOf(out);
    },
    HasPrefix: (s: Slice | null, prefix: Slice | null) => str(s).startsWith(str(prefix)),
    HasSuffix: (s: Slice | null, suffix: Slice | null) => str(s).endsWith(str(suffix)),
    Index: (s: Slice | null, sep: Slice | null) => str(s).indexOf(str(sep)),
    IndexByte: (b: Slice | null, c: number) => str(b).indexOf(String.fromCharCode(c)),
    IndexRune: (s: Slice | null, r: number) => text.indexRune(str(s), r),
    Join: (s: Slice | null, sep: Slice | null) => {
      const parts = items<Slice | null>(s);
      if (parts.length === 0) return bytes('');
      return charged(bytes(parts.map(str).join(str(sep))));
    },
    LastIndex: (s: Slice | null, sep: Slice | null) => str(s).lastIndexOf(str(sep)),
    Repeat: (b: Slice | null, count: I64) => {
      const n = toNumber(count);
      if (n < 0) panicWith('bytes: negative Repeat count');
      rt.charge((str(b).length * n) >> 3);
      return bytes(text.repeat(str(b), n));
    },
    Replace: (s: Slice | null, old: Slice | null, replacement: Slice | null, n: I64) =>
      charged(bytes(text.replace(str(s), str(old), str(replacement), toNumber(n)))),
    ReplaceAll: (s: Slice | null, old: Slice | null, replacement: Slice | null) =>
      charged(bytes(text.replace(str(s), str(old), str(replacement), -1))),
    Runes: (s: Slice | null) => {
      const t = str(s);
      const runes: number[] = [];
      for (let i = 0; i < t.length; ) {
        const [r, width] = decodeRune(t, i);
        runes.push(r);
        i += width;
      }
      return sliceOf(runes);
    },
    Split: (s: Slice | null, sep: Slice | null) => split(s, str(sep), -1),
    SplitN: (s: Slice | null, sep: Slice | null, n: I64) => split(s, str(sep), toNumber(n)),
    Title: (s: Slice | null) => bytes(text.titleCase(str(s))),
    ToLower: (s: Slice | null) => bytes(text.lower(str(s))),
    ToUpper: (s: Slice | null) => bytes(text.upper(str(s))),
    Trim: (s: Slice | null, cutset: string) => trimWith((t) => text.trim(t, cutset, 'left'), (t) => text.trim(t, cutset, 'right'))(s),
    TrimLeft: (s: Slice | null, cutset: string) => trimWith((t) => text.trim(t, cutset, 'left'), (t) => t)(s),
    TrimRight: (s: Slice | null, cutset: string) => trimWith((t) => t, (t) => text.trim(t, cutset, 'right'))(s),
    TrimSpace: (s: Slice | null) => {
      const result = trimWith((t) => text.trimLeftFunc(t, isSpace), (t) => text.trimRightFunc(t, isSpace))(s);
      return result !== null && result.l === 0 ? null : result;
    },
    TrimPrefix: (s: Slice | null, prefix: Slice | null) => {
      const p = str(prefix);
      return str(s).startsWith(p) ? sub(s, p.length, str(s).length) : s;
    },
    TrimSuffix: (s: Slice | null, suffix: Slice | null) => {
      const t = str(s);
      const p = str(suffix);
      return t.endsWith(p) ? sub(s, 0, t.length - p.length) : s;
    },
    NewBuffer: (initial: Slice | null) => newBuffer(initial),
    // []byte(s) of a buffer that does not escape, as gc compiles it: at least a 32-byte array.
    NewBufferString: (s: string) => {
      const initial = makeSlice(Types.uint8, s.length, growCap(0, Math.max(s.length, 32), Types.uint8));
      for (let i = 0; i < s.length; i++) initial.a[i] = s.charCodeAt(i);
      return newBuffer(initial);
    },
    'Buffer.Bytes': (b: BufferState) => window(b, off(b), buf(b)?.l ?? 0),
    'Buffer.String': (b: BufferState | null) => (b === null ? '<nil>' : unread(b)),
    'Buffer.Len': (b: BufferState) => length(b),
    'Buffer.Cap': (b: BufferState) => buf(b)?.c ?? 0,
    'Buffer.Reset': (b: BufferState) => reset(b),
    'Buffer.Grow': (b: BufferState, n: I64) => {
      const extra = toNumber(n);
      if (extra < 0) panicWith('bytes.Buffer.Grow: negative count');
      const m = grow(b, extra);
      const current = buf(b)!;
      setBuf(b, new Slice(current.a, current.o, m, current.c));
    },
    'Buffer.Truncate': (b: BufferState, n: I64) => {
      const keep = toNumber(n);
      if (keep === 0) {
        reset(b);
        return;
      }
      b.$lastRead = opInvalid;
      if (keep < 0 || keep > length(b)) panicWith('bytes.Buffer: truncation out of range');
      const current = buf(b)!;
      setBuf(b, new Slice(current.a, current.o, off(b) + keep, current.c));
    },
    'Buffer.Write': (b: BufferState, p: Slice | null) => {
      const s = str(p);
      rt.charge(s.length >> 3);
      return [write(b, s), null];
    },
    'Buffer.WriteByte': (b: BufferState, c: number) => {
      write(b, String.fromCharCode(c));
      return null;
    },
    'Buffer.WriteRune': (b: BufferState, r: number) => [write(b, encodeRune(r)), null],
    'Buffer.WriteString': (b: BufferState, s: string) => {
      rt.charge(s.length >> 3);
      return [write(b, s), null];
    },
    'Buffer.Read': (b: BufferState, p: Slice | null) => {
      b.$lastRead = opInvalid;
      const room = p === null ? 0 : p.l;
      if (length(b) === 0) {
        reset(b);
        return room === 0 ? [0, null] : [0, eof];
      }
      const n = Math.min(room, length(b));
      const current = buf(b)!;
      const start = current.o + off(b);
      for (let i = 0; i < n; i++) p!.a[p!.o + i] = current.a[start + i];
      setOff(b, off(b) + n);
      if (n > 0) b.$lastRead = opRead;
      return [n, null];
    },
    'Buffer.ReadByte': (b: BufferState) => {
      if (length(b) === 0) {
        reset(b);
        return [0, eof];
      }
      const current = buf(b)!;
      const c = current.a[current.o + off(b)] as number;
      setOff(b, off(b) + 1);
      b.$lastRead = opRead;
      return [c, null];
    },
    'Buffer.ReadRune': (b: BufferState) => {
      if (length(b) === 0) {
        reset(b);
        return [0, 0, eof];
      }
      const current = buf(b)!;
      const head = bytesToString(window(b, off(b), Math.min(off(b) + 4, current.l)));
      const [r, width] = decodeRune(head, 0);
      setOff(b, off(b) + width);
      b.$lastRead = width;
      return [r, width, null];
    },
    'Buffer.ReadString': (b: BufferState, delim: number) => {
      const { line, found } = readSlice(b, delim);
      return [str(line), found ? null : eof];
    },
    'Buffer.ReadBytes': (b: BufferState, delim: number) => {
      const { line, found } = readSlice(b, delim);
      return [line === null ? null : bytes(str(line)), found ? null : eof];
    },
    'Buffer.Next': (b: BufferState, n: I64) => {
      b.$lastRead = opInvalid;
      const count = Math.min(Math.max(toNumber(n), 0), length(b));
      const data = window(b, off(b), off(b) + count);
      setOff(b, off(b) + count);
      if (count > 0) b.$lastRead = opRead;
      return data;
    },
    'Buffer.UnreadByte': (b: BufferState) => {
      if ((b.$lastRead ?? opInvalid) === opInvalid) return unreadByteError;
      b.$lastRead = opInvalid;
      if (off(b) > 0) setOff(b, off(b) - 1);
      return null;
    },
    'Buffer.UnreadRune': (b: BufferState) => {
      const last = b.$lastRead ?? opInvalid;
      if (last <= opInvalid) return unreadRuneError;
      if (off(b) >= last) setOff(b, off(b) - last);
      b.$lastRead = opInvalid;
      return null;
    },
  };
}

/** The runtime keys of Buffer's declared fields `buf` and `off`. */
function bufferFields(t: Type): { bufKey: string; offKey: string } {
  const fields = t.underlying.fields;
  const keyOf = (name: string) => fields.find((field) => field.name === name)?.key ?? name;
  return { bufKey: keyOf('buf'), offKey: keyOf('off') };
}

registerNatives({ path: 'bytes', load: loadBytes });
