// Package encoding/hex: lowercase encoding, decoding of either case with Go's errors
// (`encoding/hex: invalid byte: U+0067 'g'`, `encoding/hex: odd length hex string`).

import { newError } from './errorValues';
import { appendString, bytesToString, packageVar } from './support';
import { AddressBook, Printer } from './printer';
import { hexDigitValue } from './quote';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import { toNumber, type I64 } from '../ints';
import { Iface, runtimeError, Slice, Types, type Type } from '../values';

export const errLength = newError('encoding/hex: odd length hex string');

const digits = '0123456789abcdef';

export function encode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += digits[c >> 4] + digits[c & 15];
  }
  return out;
}

/** Decodes as Go does: bytes decoded so far, and the error (invalid byte first, then odd length). */
export function decode(s: string): { bytes: number[]; invalid?: number; odd?: boolean } {
  const bytes: number[] = [];
  let i = 1;
  for (; i < s.length; i += 2) {
    const a = hexDigitValue(s.charCodeAt(i - 1));
    if (a < 0) return { bytes, invalid: s.charCodeAt(i - 1) };
    const b = hexDigitValue(s.charCodeAt(i));
    if (b < 0) return { bytes, invalid: s.charCodeAt(i) };
    bytes.push((a << 4) | b);
  }
  if (s.length % 2 === 1) {
    if (hexDigitValue(s.charCodeAt(i - 1)) < 0) return { bytes, invalid: s.charCodeAt(i - 1) };
    return { bytes, odd: true };
  }
  return { bytes };
}

export function loadHex(ctx: NativeContext): NativeExports {
  let invalidByteType: Type;
  try {
    invalidByteType = ctx.type('InvalidByteError');
  } catch {
    invalidByteType = Types.named('encoding/hex', 'hex', 'InvalidByteError', 'uint8');
    Types.setUnderlying(invalidByteType, Types.uint8);
  }
  const invalidText = (b: number): string => {
    const p = new Printer(new AddressBook());
    p.doPrintf('encoding/hex: invalid byte: %#U', [new Iface(Types.int32, b)]);
    return p.buf;
  };
  invalidByteType.methods.Error ??= invalidText;
  const failure = (result: ReturnType<typeof decode>): Iface | null => {
    if (result.invalid !== undefined) return new Iface(invalidByteType, result.invalid);
    if (result.odd) return (packageVar(ctx, 'ErrLength') as Iface | undefined) ?? errLength;
    return null;
  };
  return {
    ErrLength: () => errLength,
    'InvalidByteError.Error': invalidText,
    EncodeToString: (src: Slice | null) => encode(bytesToString(src)),
    DecodeString: (s: string) => {
      const result = decode(s);
      return [new Slice(result.bytes, 0, result.bytes.length, result.bytes.length), failure(result)];
    },
    Encode: (dst: Slice | null, src: Slice | null) => {
      const text = encode(bytesToString(src));
      writeInto(dst, text);
      return text.length;
    },
    Decode: (dst: Slice | null, src: Slice | null) => {
      const result = decode(bytesToString(src));
      writeInto(dst, String.fromCharCode(...result.bytes));
      return [result.bytes.length, failure(result)];
    },
    EncodedLen: (n: I64) => toNumber(n) * 2,
    DecodedLen: (n: I64) => Math.trunc(toNumber(n) / 2),
    AppendEncode: (dst: Slice | null, src: Slice | null) => appendString(dst, encode(bytesToString(src))),
    AppendDecode: (dst: Slice | null, src: Slice | null) => {
      const result = decode(bytesToString(src));
      return [appendString(dst, String.fromCharCode(...result.bytes)), failure(result)];
    },
    Dump: (data: Slice | null) => dump(bytesToString(data)),
  };
}

/** hex.Dump: offset, sixteen bytes in two groups of eight, and the printable characters. */
export function dump(s: string): string {
  let out = '';
  for (let offset = 0; offset < s.length; offset += 16) {
    const chunk = s.substring(offset, offset + 16);
    let line = offset.toString(16).padStart(8, '0') + '  ';
    let text = '';
    for (let i = 0; i < 16; i++) {
      if (i < chunk.length) {
        const c = chunk.charCodeAt(i);
        line += digits[c >> 4] + digits[c & 15] + ' ';
        text += c >= 32 && c <= 126 ? chunk[i] : '.';
      } else {
        line += '   ';
      }
      if (i === 7) line += ' ';
    }
    out += line + ' |' + text + '|\n';
  }
  return out;
}

function writeInto(dst: Slice | null, bytes: string): void {
  const room = dst === null ? 0 : dst.l;
  if (bytes.length > room) {
    throw runtimeError(`index out of range [${bytes.length - 1}] with length ${room}`);
  }
  for (let i = 0; i < bytes.length; i++) dst!.a[dst!.o + i] = bytes.charCodeAt(i);
}

registerNatives({ path: 'encoding/hex', load: loadHex });
