// Package bytes: the byte-slice counterparts of package strings (run on the slices' bytes through
// strings.ts), and Buffer. Functions that return part of their argument in Go (Trim*, Split,
// Fields, Cut) return subslices sharing its array, as Go does; the others return new slices.
// Buffer keeps its unread bytes as a Go string; Bytes() returns a copy, so writing through it does
// not change the buffer (Go's aliasing there is not reproduced).

import * as text from './strings';
import { isSpace } from './unicode';
import { eof } from './strings';
import { newError } from './errorValues';
import { bytesToString, items, panicWith, sliceOf, stringToBytes } from './support';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import { toNumber, type I64 } from '../ints';
import { decodeRune, encodeRune, Slice, Types } from '../values';


/** s[from:to] sharing s's array (nil stays nil for an empty result of a nil input). */
function sub(s: Slice | null, from: number, to: number): Slice | null {
  if (s === null) return null;
  return new Slice(s.a, s.o + from, to - from, s.c - from);
}

/** s[from:to:to], the full-slice form Split uses so appends to a piece do not overwrite the next. */
function piece(s: Slice, from: number, to: number): Slice {
  return new Slice(s.a, s.o + from, to - from, to - from);
}

interface BufferState {
  $s?: string;
  $cap?: number;
  /** What the last read consumed (for UnreadByte), and whether it was a ReadRune (for UnreadRune). */
  $last?: string;
  $lastRune?: boolean;
}

/** Records a successful read of `text` (the bytes now gone from the buffer). */
function consumed(b: BufferState, text: string, rune = false): void {
  b.$last = text;
  b.$lastRune = rune;
}

function contents(b: BufferState | null): string {
  return b === null ? '' : b.$s ?? '';
}

/** Reads through the first `delim` (or to the end when there is none): the text, and whether `delim` was found. */
function readThrough(b: BufferState, delim: number): { text: string; found: boolean } {
  const current = contents(b);
  const i = current.indexOf(String.fromCharCode(delim));
  const end = i < 0 ? current.length : i + 1;
  b.$s = current.substring(end);
  consumed(b, current.substring(0, end));
  return { text: current.substring(0, end), found: i >= 0 };
}

function bufferWrite(b: BufferState, s: string): void {
  b.$last = undefined;
  const current = contents(b);
  const needed = current.length + s.length;
  if (needed > (b.$cap ?? 0)) b.$cap = Math.max(needed, 2 * (b.$cap ?? 0) + s.length, 64);
  b.$s = current + s;
}

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
  const newBuffer = (initial: string): BufferState => {
    const b = bufferType.zero() as BufferState;
    b.$s = initial;
    b.$cap = initial.length;
    return b;
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
    NewBuffer: (buf: Slice | null) => newBuffer(str(buf)),
    NewBufferString: (s: string) => newBuffer(s),
    'Buffer.Bytes': (b: BufferState) => bytes(contents(b)),
    'Buffer.String': (b: BufferState | null) => (b === null ? '<nil>' : contents(b)),
    'Buffer.Len': (b: BufferState) => contents(b).length,
    'Buffer.Cap': (b: BufferState) => b.$cap ?? 0,
    'Buffer.Reset': (b: BufferState) => {
      b.$s = '';
      b.$last = undefined;
    },
    'Buffer.Grow': (b: BufferState, n: I64) => {
      const extra = toNumber(n);
      if (extra < 0) panicWith('bytes.Buffer.Grow: negative count');
      const needed = contents(b).length + extra;
      if (needed > (b.$cap ?? 0)) b.$cap = Math.max(needed, 2 * (b.$cap ?? 0) + extra);
    },
    'Buffer.Truncate': (b: BufferState, n: I64) => {
      const keep = toNumber(n);
      const current = contents(b);
      if (keep === 0) {
        b.$s = '';
        return;
      }
      if (keep < 0 || keep > current.length) panicWith('bytes.Buffer: truncation out of range');
      b.$s = current.substring(0, keep);
    },
    'Buffer.Write': (b: BufferState, p: Slice | null) => {
      const s = str(p);
      rt.charge(s.length >> 3);
      bufferWrite(b, s);
      return [s.length, null];
    },
    'Buffer.WriteByte': (b: BufferState, c: number) => {
      bufferWrite(b, String.fromCharCode(c));
      return null;
    },
    'Buffer.WriteRune': (b: BufferState, r: number) => {
      const s = encodeRune(r);
      bufferWrite(b, s);
      return [s.length, null];
    },
    'Buffer.WriteString': (b: BufferState, s: string) => {
      rt.charge(s.length >> 3);
      bufferWrite(b, s);
      return [s.length, null];
    },
    'Buffer.Read': (b: BufferState, p: Slice | null) => {
      const current = contents(b);
      const room = p === null ? 0 : p.l;
      if (current.length === 0) {
        b.$s = '';
        return room === 0 ? [0, null] : [0, eof];
      }
      const n = Math.min(room, current.length);
      for (let i = 0; i < n; i++) p!.a[p!.o + i] = current.charCodeAt(i);
      b.$s = current.substring(n);
      if (n > 0) consumed(b, current.substring(0, n));
      return [n, null];
    },
    'Buffer.ReadByte': (b: BufferState) => {
      const current = contents(b);
      if (current.length === 0) return [0, eof];
      b.$s = current.substring(1);
      consumed(b, current.substring(0, 1));
      return [current.charCodeAt(0), null];
    },
    'Buffer.ReadRune': (b: BufferState) => {
      const current = contents(b);
      if (current.length === 0) return [0, 0, eof];
      const [r, width] = decodeRune(current, 0);
      b.$s = current.substring(width);
      consumed(b, current.substring(0, width), true);
      return [r, width, null];
    },
    'Buffer.ReadString': (b: BufferState, delim: number) => {
      const { text, found } = readThrough(b, delim);
      return [text, found ? null : eof];
    },
    'Buffer.ReadBytes': (b: BufferState, delim: number) => {
      const { text, found } = readThrough(b, delim);
      return [bytes(text), found ? null : eof];
    },
    'Buffer.Next': (b: BufferState, n: I64) => {
      const current = contents(b);
      const count = Math.min(Math.max(toNumber(n), 0), current.length);
      b.$s = current.substring(count);
      if (count > 0) consumed(b, current.substring(0, count));
      return bytes(current.substring(0, count));
    },
    'Buffer.UnreadByte': (b: BufferState) => {
      const last = b.$last;
      if (last === undefined || last === '') return unreadByteError;
      b.$s = last[last.length - 1] + contents(b);
      b.$last = undefined;
      return null;
    },
    'Buffer.UnreadRune': (b: BufferState) => {
      const last = b.$last;
      if (last === undefined || !b.$lastRune) return unreadRuneError;
      b.$s = last + contents(b);
      b.$last = undefined;
      return null;
    },
  };
}

registerNatives({ path: 'bytes', load: loadBytes });
