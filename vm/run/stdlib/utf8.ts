// Package unicode/utf8 on Go strings and []byte: decoding with Go's rules for invalid and short
// encodings (RuneError with width 1, or 0 for empty input), encoding (invalid runes become
// RuneError), counting and validation. The decoder itself is values.ts's decodeRune.

import { appendString, bytesToString } from './support';
import { registerNatives, type NativeExports } from '../natives';
import { toNumber, type I64 } from '../ints';
import { decodeRune, encodeRune, runtimeError, type Slice } from '../values';

export function runeCount(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; count++) i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i)[1];
  return count;
}

export function validString(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    if (s.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const [r, width] = decodeRune(s, i);
    if (r === 0xfffd && width === 1) return false;
    i += width;
  }
  return true;
}

export function decodeFirst(s: string): [number, number] {
  if (s.length === 0) return [0xfffd, 0];
  return decodeRune(s, 0);
}

export function decodeLast(s: string): [number, number] {
  const end = s.length;
  if (end === 0) return [0xfffd, 0];
  let start = end - 1;
  if (s.charCodeAt(start) < 0x80) return [s.charCodeAt(start), 1];
  // Back up over at most three continuation bytes to a possible start byte.
  const limit = Math.max(end - 4, 0);
  for (start--; start >= limit; start--) {
    if ((s.charCodeAt(start) & 0xc0) !== 0x80) break;
  }
  if (start < 0) start = 0;
  const [r, width] = decodeRune(s, start);
  if (start + width !== end) return [0xfffd, 1];
  return [r, width];
}

function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= 0x10ffff);
}

function runeLen(r: number): number {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xd800 && r <= 0xdfff) return -1;
  if (r < 0x10000) return 3;
  if (r <= 0x10ffff) return 4;
  return -1;
}

/** Whether s begins with a full (possibly invalid) encoding (utf8.FullRuneInString). */
function fullRune(s: string): boolean {
  if (s.length === 0) return false;
  const [r, width] = decodeRune(s, 0);
  if (width > 1 || r !== 0xfffd) return true;
  // An invalid byte is a full rune; only a valid prefix of a longer encoding is not.
  const b0 = s.charCodeAt(0);
  const need = b0 < 0xc2 || b0 > 0xf4 ? 1 : b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : 2;
  if (need === 1 || s.length >= need) return true;
  for (let i = 1; i < s.length; i++) {
    const b = s.charCodeAt(i);
    const lo = i === 1 && b0 === 0xe0 ? 0xa0 : i === 1 && b0 === 0xf0 ? 0x90 : 0x80;
    const hi = i === 1 && b0 === 0xed ? 0x9f : i === 1 && b0 === 0xf4 ? 0x8f : 0xbf;
    if (b < lo || b > hi) return true;
  }
  return false;
}

export function loadUtf8(): NativeExports {
  return {
    RuneLen: (r: number) => runeLen(r),
    RuneCount: (p: Slice | null) => runeCount(bytesToString(p)),
    RuneCountInString: (s: string) => runeCount(s),
    DecodeRune: (p: Slice | null) => decodeFirst(bytesToString(p)),
    DecodeRuneInString: (s: string) => decodeFirst(s),
    DecodeLastRune: (p: Slice | null) => decodeLast(bytesToString(p)),
    DecodeLastRuneInString: (s: string) => decodeLast(s),
    EncodeRune: (p: Slice | null, r: number) => {
      const bytes = encodeRune(validRune(r) ? r : 0xfffd);
      if (p === null || p.l < bytes.length) throw indexPanic(bytes.length - 1, p === null ? 0 : p.l);
      for (let i = 0; i < bytes.length; i++) p.a[p.o + i] = bytes.charCodeAt(i);
      return bytes.length;
    },
    AppendRune: (p: Slice | null, r: number) => appendString(p, encodeRune(validRune(r) ? r : 0xfffd)),
    Valid: (p: Slice | null) => validString(bytesToString(p)),
    ValidString: (s: string) => validString(s),
    ValidRune: (r: number) => validRune(r),
    FullRune: (p: Slice | null) => fullRune(bytesToString(p)),
    FullRuneInString: (s: string) => fullRune(s),
    RuneStart: (b: I64) => (toNumber(b) & 0xc0) !== 0x80,
  };
}


function indexPanic(index: number, length: number) {
  return runtimeError(`index out of range [${index}] with length ${length}`);
}

registerNatives({ path: 'unicode/utf8', load: loadUtf8 });
