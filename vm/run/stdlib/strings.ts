// Package strings on Go strings (bytes, see values.ts): searching, splitting, joining, trimming,
// case mapping, Map, Repeat, Replace, EqualFold, Fields, Cut, the Builder and the Replacer. The
// text functions are exported for package bytes, which runs them on the bytes of its slices.
// Invalid UTF-8 reads as RuneError (width 1) exactly where Go's range-over-string does. Gas is
// charged by the length of the text built. Title (deprecated) and the io-based Reader are absent.

import { isDigit, isLetter, isSpace, toLower, toTitle, toUpper } from './unicode';
import { runeCount } from './utf8';
import { bytesToString, declaredType, items, panicWith, sliceOf } from './support';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import { toNumber, type I64 } from '../ints';
import { decodeRune, encodeRune, growCap, Types, type Slice, type Type } from '../values';
import { newError } from './errorValues';

type RuneFn = (r: number) => boolean;

/** Calls `visit(rune, start, width)` for each rune of s as `for i, r := range s` sees them. */
function eachRune(s: string, visit: (r: number, start: number, width: number) => boolean | void): void {
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const [r, width] = c < 0x80 ? [c, 1] : decodeRune(s, i);
    if (visit(r, i, width) === true) return;
    i += width;
  }
}

export function count(s: string, sep: string): number {
  if (sep.length === 0) return runeCount(s) + 1;
  let n = 0;
  for (let i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + sep.length)) n++;
  return n;
}

export function indexRune(s: string, r: number): number {
  if (r >= 0 && r < 0x80) return s.indexOf(String.fromCharCode(r));
  if (r === 0xfffd) {
    let found = -1;
    eachRune(s, (c, start) => {
      if (c === 0xfffd) {
        found = start;
        return true;
      }
    });
    return found;
  }
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return -1;
  return s.indexOf(encodeRune(r));
}

function runeSet(chars: string): (r: number) => boolean {
  const set = new Set<number>();
  eachRune(chars, (r) => {
    set.add(r);
  });
  return (r) => set.has(r);
}

export function indexFunc(s: string, f: RuneFn, truth = true): number {
  let found = -1;
  eachRune(s, (r, start) => {
    if (f(r) === truth) {
      found = start;
      return true;
    }
  });
  return found;
}

export function lastIndexFunc(s: string, f: RuneFn, truth = true): number {
  let i = s.length;
  while (i > 0) {
    const [r, width] = lastRune(s, i);
    i -= width;
    if (f(r) === truth) return i;
  }
  return -1;
}

/** The rune ending at byte `end` of s, as utf8.DecodeLastRuneInString(s[:end]) reads it. */
function lastRune(s: string, end: number): [number, number] {
  const c = s.charCodeAt(end - 1);
  if (c < 0x80) return [c, 1];
  const limit = Math.max(end - 4, 0);
  let start = end - 2;
  while (start >= limit && (s.charCodeAt(start) & 0xc0) === 0x80) start--;
  if (start < limit) start = limit;
  const [r, width] = decodeRune(s, start);
  if (start + width !== end) return [0xfffd, 1];
  return [r, width];
}

export function indexAny(s: string, chars: string): number {
  if (chars.length === 0) return -1;
  return indexFunc(s, runeSet(chars));
}

export function lastIndexAny(s: string, chars: string): number {
  if (chars.length === 0) return -1;
  return lastIndexFunc(s, runeSet(chars));
}

/** Go's genSplit: n < 0 all, n == 0 nil; sepSave keeps that many bytes of the separator. */
export function splitPieces(s: string, sep: string, sepSave: number, n: number): string[] | null {
  if (n === 0) return null;
  if (sep === '') return explode(s, n);
  if (n < 0) n = count(s, sep) + 1;
  if (n > s.length + 1) n = s.length + 1;
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const m = rest.indexOf(sep);
    if (m < 0) break;
    out.push(rest.substring(0, m + sepSave));
    rest = rest.substring(m + sep.length);
  }
  out.push(rest);
  return out;
}

function explode(s: string, n: number): string[] {
  const l = runeCount(s);
  if (n < 0 || n > l) n = l;
  const out: string[] = [];
  let rest = s;
  for (let i = 0; i < n - 1; i++) {
    const [r, width] = rest.charCodeAt(0) < 0x80 ? [rest.charCodeAt(0), 1] : decodeRune(rest, 0);
    // Go replaces an invalid byte by RuneError in every piece but the last.
    out.push(r === 0xfffd ? '\xef\xbf\xbd' : rest.substring(0, width));
    rest = rest.substring(width);
  }
  if (n > 0) out.push(rest);
  return out;
}

export function fieldsFunc(s: string, f: RuneFn): string[] {
  const out: string[] = [];
  let start = -1;
  eachRune(s, (r, i) => {
    if (f(r)) {
      if (start >= 0) {
        out.push(s.substring(start, i));
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
  });
  if (start >= 0) out.push(s.substring(start));
  return out;
}

export function mapRunes(mapping: (r: number) => number, s: string): string {
  let out = '';
  let changed = false;
  eachRune(s, (r, start, width) => {
    const m = mapping(r);
    if (m === r && !(r === 0xfffd && width === 1)) {
      out += s.substring(start, start + width);
      return;
    }
    changed = true;
    if (m >= 0) out += encodeRune(m);
  });
  return changed ? out : s;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

export function upper(s: string): string {
  return isAscii(s) ? s.toUpperCase() : mapRunes(toUpper, s);
}

export function lower(s: string): string {
  return isAscii(s) ? s.toLowerCase() : mapRunes(toLower, s);
}

export function trimLeftFunc(s: string, f: RuneFn): string {
  const i = indexFunc(s, f, false);
  return i < 0 ? '' : s.substring(i);
}

export function trimRightFunc(s: string, f: RuneFn): string {
  let i = s.length;
  while (i > 0) {
    const [r, width] = lastRune(s, i);
    if (!f(r)) break;
    i -= width;
  }
  return s.substring(0, i);
}

export function trim(s: string, cutset: string, side: 'both' | 'left' | 'right'): string {
  if (s === '' || cutset === '') return s;
  const inSet = runeSet(cutset);
  if (side !== 'right') s = trimLeftFunc(s, inSet);
  if (side !== 'left') s = trimRightFunc(s, inSet);
  return s;
}

export function trimSpace(s: string): string {
  return trimRightFunc(trimLeftFunc(s, isSpace), isSpace);
}

export function replace(s: string, old: string, replacement: string, n: number): string {
  if (old === replacement || n === 0) return s;
  const matches = count(s, old);
  if (matches === 0) return s;
  if (n < 0 || matches < n) n = matches;
  let out = '';
  let start = 0;
  for (let i = 0; i < n; i++) {
    let j = start;
    if (old.length === 0) {
      if (i > 0) j += s.charCodeAt(start) < 0x80 ? 1 : decodeRune(s, start)[1];
    } else {
      j = s.indexOf(old, start);
    }
    out += s.substring(start, j) + replacement;
    start = j + old.length;
  }
  return out + s.substring(start);
}

export function equalFold(a: string, b: string): boolean {
  const ra: number[] = [];
  const rb: number[] = [];
  eachRune(a, (r) => {
    ra.push(r);
  });
  eachRune(b, (r) => {
    rb.push(r);
  });
  if (ra.length !== rb.length) return false;
  for (let i = 0; i < ra.length; i++) {
    const x = ra[i];
    const y = rb[i];
    if (x === y) continue;
    if (toLower(x) === toLower(y) || toUpper(x) === toUpper(y)) continue;
    return false;
  }
  return true;
}

export function toValidUTF8(s: string, replacement: string): string {
  let out = '';
  let invalid = false;
  eachRune(s, (r, start, width) => {
    if (r === 0xfffd && width === 1) {
      if (!invalid) out += replacement;
      invalid = true;
      return;
    }
    invalid = false;
    out += s.substring(start, start + width);
  });
  return out;
}

export function repeat(s: string, n: number): string {
  if (n < 0) panicWith('strings: negative Repeat count');
  if (s.length * n > 1 << 30) panicWith('strings: Repeat output length overflow');
  return s.repeat(n);
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** NewReplacer's matching: at each position the first old string in argument order wins. */
export function replaceAll(pairs: string[], s: string): string {
  let out = '';
  let i = 0;
  let lastEmptyMatch = -1;
  while (i <= s.length) {
    let matched = false;
    for (let k = 0; k < pairs.length; k += 2) {
      const old = pairs[k];
      if (old === '') {
        if (lastEmptyMatch === i) continue;
        out += pairs[k + 1];
        lastEmptyMatch = i;
        matched = true;
        break;
      }
      if (s.startsWith(old, i)) {
        out += pairs[k + 1];
        i += old.length;
        matched = true;
        break;
      }
    }
    if (matched && lastEmptyMatch !== i) continue;
    if (i < s.length) out += s[i];
    i++;
  }
  return out;
}

/** strings.Title: the first letter of each word in title case (deprecated in Go, kept for old code). */
export function titleCase(s: string): string {
  let previous = 0x20;
  return mapRunes((r) => {
    const atWordStart = isSeparator(previous);
    previous = r;
    return atWordStart ? toTitle(r) : r;
  }, s);
}

function isSeparator(r: number): boolean {
  if (r <= 0x7f) {
    if ((r >= 0x30 && r <= 0x39) || (r >= 0x61 && r <= 0x7a) || (r >= 0x41 && r <= 0x5a) || r === 0x5f) return false;
    return true;
  }
  if (isLetter(r) || isDigit(r)) return false;
  return isSpace(r);
}

interface BuilderState {
  $s?: string;
  $cap?: number;
}

interface ReplacerState {
  oldnew: Slice | null;
}

interface ReaderState {
  s: string;
  i: I64;
}

function builderOf(b: BuilderState): string {
  return b.$s ?? '';
}

/** Go's Builder.Grow: when fewer than `extra` bytes are free, a new array of exactly 2*cap+extra. */
function grow(b: BuilderState, extra: number): void {
  const length = builderOf(b).length;
  const capacity = b.$cap ?? 0;
  if (capacity - length < extra) b.$cap = 2 * capacity + extra;
}

/** append(b.buf, s...): append's growth for a []byte (Go's size classes). */
function write(b: BuilderState, s: string): void {
  const length = builderOf(b).length;
  if (length + s.length > (b.$cap ?? 0)) b.$cap = growCap(b.$cap ?? 0, length + s.length, Types.uint8);
  b.$s = builderOf(b) + s;
}

/** io.EOF's text; package io is not in the standard library, so readers share this value. */
export const eof = newError('EOF');

function fallbackStruct(name: string, fields: [string, Type][]): Type {
  const t = Types.named('strings', 'strings', name, 'struct');
  Types.setUnderlying(t, Types.struct(fields.map(([fieldName, type]) => ({ name: fieldName, key: fieldName, type, embedded: false, exported: false, tag: '' }))));
  return t;
}

export function loadStrings(ctx: NativeContext): NativeExports {
  const { rt } = ctx;
  const replacerType = declaredType(ctx, 'Replacer', () => fallbackStruct('Replacer', [['oldnew', Types.slice(Types.string)]]));
  const readerType = declaredType(ctx, 'Reader', () => fallbackStruct('Reader', [['s', Types.string], ['i', Types.int64]]));
  const charged = (s: string): string => {
    rt.charge(s.length >> 3);
    return s;
  };
  const strs = (list: string[] | null): Slice | null => (list === null ? null : sliceOf(list));
  const splitN = (sepSave: boolean) => (s: string, sep: string, n: I64) => strs(splitPieces(s, sep, sepSave ? sep.length : 0, toNumber(n)));
  const builderMethods = {
    'Builder.String': (b: BuilderState) => builderOf(b),
    'Builder.Len': (b: BuilderState) => builderOf(b).length,
    'Builder.Cap': (b: BuilderState) => b.$cap ?? 0,
    'Builder.Reset': (b: BuilderState) => {
      b.$s = '';
      b.$cap = 0;
    },
    'Builder.Grow': (b: BuilderState, n: I64) => {
      const extra = toNumber(n);
      if (extra < 0) panicWith('strings.Builder.Grow: negative count');
      grow(b, extra);
    },
    'Builder.Write': (b: BuilderState, p: Slice | null) => {
      const s = bytesToString(p);
      write(b, charged(s));
      return [s.length, null];
    },
    'Builder.WriteByte': (b: BuilderState, c: number) => {
      write(b, String.fromCharCode(c));
      return null;
    },
    'Builder.WriteRune': (b: BuilderState, r: number) => {
      // An ASCII rune is appended; any other first makes room for utf8.UTFMax bytes as Grow does.
      const s = encodeRune(r);
      if (r < 0 || r >= 0x80) grow(b, 4);
      write(b, s);
      return [s.length, null];
    },
    'Builder.WriteString': (b: BuilderState, s: string) => {
      write(b, charged(s));
      return [s.length, null];
    },
  };
  return {
    ...builderMethods,
    Clone: (s: string) => s,
    Compare: compare,
    Contains: (s: string, sub: string) => s.includes(sub),
    ContainsAny: (s: string, chars: string) => indexAny(s, chars) >= 0,
    ContainsRune: (s: string, r: number) => indexRune(s, r) >= 0,
    ContainsFunc: (s: string, f: RuneFn) => indexFunc(s, f) >= 0,
    Count: count,
    Cut: (s: string, sep: string) => {
      const i = s.indexOf(sep);
      if (i < 0) return [s, '', false];
      return [s.substring(0, i), s.substring(i + sep.length), true];
    },
    CutPrefix: (s: string, prefix: string) => (s.startsWith(prefix) ? [s.substring(prefix.length), true] : [s, false]),
    CutSuffix: (s: string, suffix: string) => (s.endsWith(suffix) ? [s.substring(0, s.length - suffix.length), true] : [s, false]),
    EqualFold: equalFold,
    Fields: (s: string) => sliceOf(fieldsFunc(s, isSpace)),
    FieldsFunc: (s: string, f: RuneFn) => sliceOf(fieldsFunc(s, f)),
    HasPrefix: (s: string, prefix: string) => s.startsWith(prefix),
    HasSuffix: (s: string, suffix: string) => s.endsWith(suffix),
    Index: (s: string, sub: string) => s.indexOf(sub),
    IndexAny: indexAny,
    IndexByte: (s: string, c: number) => s.indexOf(String.fromCharCode(c)),
    IndexFunc: (s: string, f: RuneFn) => indexFunc(s, f),
    IndexRune: indexRune,
    Join: (elems: Slice | null, sep: string) => charged(items<string>(elems).join(sep)),
    LastIndex: (s: string, sub: string) => s.lastIndexOf(sub),
    LastIndexAny: lastIndexAny,
    LastIndexByte: (s: string, c: number) => s.lastIndexOf(String.fromCharCode(c)),
    LastIndexFunc: (s: string, f: RuneFn) => lastIndexFunc(s, f),
    Map: (mapping: (r: number) => number, s: string) => charged(mapRunes(mapping, s)),
    Repeat: (s: string, n: I64) => {
      // Charged before the text exists, so a huge count runs out of gas instead of memory.
      rt.charge(Math.max(0, s.length * toNumber(n)) >> 3);
      return repeat(s, toNumber(n));
    },
    Replace: (s: string, old: string, replacement: string, n: I64) => charged(replace(s, old, replacement, toNumber(n))),
    ReplaceAll: (s: string, old: string, replacement: string) => charged(replace(s, old, replacement, -1)),
    Split: (s: string, sep: string) => strs(splitPieces(s, sep, 0, -1)),
    SplitAfter: (s: string, sep: string) => strs(splitPieces(s, sep, sep.length, -1)),
    SplitN: splitN(false),
    SplitAfterN: splitN(true),
    ToLower: (s: string) => charged(lower(s)),
    ToUpper: (s: string) => charged(upper(s)),
    ToTitle: (s: string) => charged(mapRunes(toTitle, s)),
    ToValidUTF8: (s: string, replacement: string) => toValidUTF8(s, replacement),
    Trim: (s: string, cutset: string) => trim(s, cutset, 'both'),
    TrimLeft: (s: string, cutset: string) => trim(s, cutset, 'left'),
    TrimRight: (s: string, cutset: string) => trim(s, cutset, 'right'),
    TrimFunc: (s: string, f: RuneFn) => trimRightFunc(trimLeftFunc(s, f), f),
    TrimLeftFunc: trimLeftFunc,
    TrimRightFunc: trimRightFunc,
    TrimSpace: trimSpace,
    TrimPrefix: (s: string, prefix: string) => (s.startsWith(prefix) ? s.substring(prefix.length) : s),
    TrimSuffix: (s: string, suffix: string) => (suffix !== '' && s.endsWith(suffix) ? s.substring(0, s.length - suffix.length) : s),
    NewReplacer: (oldnew: Slice | null) => {
      const pairs = items<string>(oldnew);
      if (pairs.length % 2 === 1) panicWith('strings.NewReplacer: odd argument count');
      const r = replacerType.zero() as ReplacerState;
      r.oldnew = sliceOf(pairs);
      return r;
    },
    'Replacer.Replace': (r: ReplacerState, s: string) => charged(replaceAll(items<string>(r.oldnew), s)),
    Title: (s: string) => titleCase(s),
    NewReader: (s: string) => {
      const r = readerType.zero() as ReaderState;
      r.s = s;
      r.i = 0;
      return r;
    },
    'Reader.Len': (r: ReaderState) => Math.max(r.s.length - toNumber(r.i), 0),
    'Reader.Read': (r: ReaderState, p: Slice | null) => {
      const at = toNumber(r.i);
      if (at >= r.s.length) return [0, eof];
      const n = Math.min(p === null ? 0 : p.l, r.s.length - at);
      for (let k = 0; k < n; k++) p!.a[p!.o + k] = r.s.charCodeAt(at + k);
      r.i = at + n;
      return [n, null];
    },
    'Reader.ReadByte': (r: ReaderState) => {
      const at = toNumber(r.i);
      if (at >= r.s.length) return [0, eof];
      r.i = at + 1;
      return [r.s.charCodeAt(at), null];
    },
    'Reader.ReadRune': (r: ReaderState) => {
      const at = toNumber(r.i);
      if (at >= r.s.length) return [0, 0, eof];
      const [rune, width] = r.s.charCodeAt(at) < 0x80 ? [r.s.charCodeAt(at), 1] : decodeRune(r.s, at);
      r.i = at + width;
      return [rune, width, null];
    },
    'Reader.ReadString': (r: ReaderState, delim: number) => {
      const at = toNumber(r.i);
      const i = r.s.indexOf(String.fromCharCode(delim), at);
      const end = i < 0 ? r.s.length : i + 1;
      r.i = end;
      return [r.s.substring(at, end), i < 0 ? eof : null];
    },
  };
}

registerNatives({ path: 'strings', load: loadStrings });
