// Source decoding: turns the bytes of a file into the string the scanner reads, replacing each
// byte of an invalid UTF-8 sequence with U+FFFD and remembering where, so that the parser can
// report "illegal UTF-8 encoding" at the right place (a JavaScript string cannot hold invalid
// UTF-8, so the scanner alone could never see it). It reads no files itself.

import type { ParseResult } from './ast';
import { parse } from './parser';

export interface DecodedSource {
  text: string;
  /** Offsets in `text` of the replacement characters that stand for invalid bytes. */
  invalidOffsets: number[];
}

/** Decodes UTF-8 strictly: overlong forms, surrogates and values past U+10FFFF are invalid bytes. */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const parts: string[] = [];
  const invalidOffsets: number[] = [];
  let length = 0;
  let runStart = 0;
  let i = 0;
  const flush = (upTo: number): void => {
    if (upTo > runStart) {
      const chunk = Buffer.from(bytes.buffer, bytes.byteOffset + runStart, upTo - runStart).toString('utf8');
      parts.push(chunk);
      length += chunk.length;
    }
  };
  while (i < bytes.length) {
    const width = validSequenceLength(bytes, i);
    if (width > 0) {
      i += width;
      continue;
    }
    flush(i);
    invalidOffsets.push(length);
    parts.push('\ufffd');
    length += 1;
    i += 1;
    runStart = i;
  }
  flush(bytes.length);
  return { text: parts.join(''), invalidOffsets };
}

/** Parses a file given as bytes; invalid UTF-8 is reported as Go reports it. */
export function parseSource(fileName: string, bytes: Uint8Array): ParseResult & { text: string } {
  const { text, invalidOffsets } = decodeSource(bytes);
  const result = parse(fileName, text);
  if (invalidOffsets.length === 0) return { ...result, text };
  // Like Go's scanner, one error per invalid byte.
  const errors = [...result.errors];
  for (const offset of invalidOffsets) errors.push({ pos: offset, end: offset + 1, message: 'illegal UTF-8 encoding' });
  errors.sort((a, b) => a.pos - b.pos);
  return { ...result, errors, text };
}

function validSequenceLength(bytes: Uint8Array, at: number): number {
  const b0 = bytes[at];
  if (b0 < 0x80) return 1;
  const continuation = (offset: number, low = 0x80, high = 0xbf): boolean => {
    const b = bytes[at + offset];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return continuation(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const low = b0 === 0xe0 ? 0xa0 : 0x80;
    const high = b0 === 0xed ? 0x9f : 0xbf; // no surrogates
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const low = b0 === 0xf0 ? 0x90 : 0x80;
    const high = b0 === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}
