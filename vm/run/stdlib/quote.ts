// Go string and rune literals as strconv writes and reads them: Quote, QuoteToASCII,
// QuoteToGraphic, QuoteRune(ToASCII), CanBackquote, Unquote and UnquoteChar, IsPrint and
// IsGraphic. Strings here are Go strings (one byte per UTF-16 code unit, see values.ts); invalid
// UTF-8 bytes are written as \x escapes exactly as Go does.
// Printability comes from the host's Unicode property tables (\p{L} and friends), which is
// deterministic for one Node version; it does not carry Go's own Unicode tables.

import { decodeRune, encodeRune } from '../values';

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const graphicSpace = /^\p{Zs}$/u;
const hexDigits = '0123456789abcdef';

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  if (r < 0x100) return r >= 0xa1 && r !== 0xad;
  if (r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return false;
  return printable.test(String.fromCodePoint(r));
}

/** strconv.IsGraphic: IsPrint plus the Unicode space separators. */
export function isGraphic(r: number): boolean {
  if (isPrint(r)) return true;
  if (r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff) || r < 0) return false;
  return graphicSpace.test(String.fromCodePoint(r));
}

export interface QuoteMode {
  asciiOnly?: boolean;
  graphicOnly?: boolean;
}

/** strconv.Quote (and its ASCII and graphic variants) of Go string `s`. */
export function quote(s: string, mode: QuoteMode = {}): string {
  return quoteWith(s, 0x22, mode);
}

export function quoteWith(s: string, quoteChar: number, mode: QuoteMode): string {
  let out = String.fromCharCode(quoteChar);
  for (let i = 0; i < s.length; ) {
    const b = s.charCodeAt(i);
    if (b < 0x80) {
      out += escapeRune(b, quoteChar, mode);
      i++;
      continue;
    }
    const [r, width] = decodeRune(s, i);
    if (width === 1 && r === 0xfffd) {
      out += '\\x' + hexDigits[b >> 4] + hexDigits[b & 15];
      i++;
      continue;
    }
    out += escapeRune(r, quoteChar, mode);
    i += width;
  }
  return out + String.fromCharCode(quoteChar);
}

/** strconv.QuoteRune and QuoteRuneToASCII. */
export function quoteRune(r: number, mode: QuoteMode = {}): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  return "'" + escapeRune(r, 0x27, mode) + "'";
}

/** One rune as it appears inside a quoted literal, as a Go string. */
function escapeRune(r: number, quoteChar: number, mode: QuoteMode): string {
  if (r === quoteChar || r === 0x5c) return '\\' + String.fromCharCode(r);
  if (mode.asciiOnly) {
    if (r < 0x80 && isPrint(r)) return String.fromCharCode(r);
  } else if (isPrint(r) || (mode.graphicOnly && isGraphic(r))) {
    return encodeRune(r);
  }
  switch (r) {
    case 0x07: return '\\a';
    case 0x08: return '\\b';
    case 0x0c: return '\\f';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x09: return '\\t';
    case 0x0b: return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hexDigits[r >> 4] + hexDigits[r & 15];
  if (r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  if (r < 0x10000) return '\\u' + r.toString(16).padStart(4, '0');
  return '\\U' + r.toString(16).padStart(8, '0');
}

/** strconv.CanBackquote: no control characters but tab, no backquote, valid UTF-8, no BOM. */
export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const b = s.charCodeAt(i);
    if (b < 0x80) {
      if ((b < 0x20 && b !== 0x09) || b === 0x60 || b === 0x7f) return false;
      i++;
      continue;
    }
    const [r, width] = decodeRune(s, i);
    if ((width === 1 && r === 0xfffd) || r === 0xfeff) return false;
    i += width;
  }
  return true;
}

/** The result of UnquoteChar: the rune (or byte), whether it must be written as UTF-8, the rest. */
export interface UnquotedChar {
  value: number;
  multibyte: boolean;
  tail: string;
}

/** strconv.UnquoteChar: decodes the first character or escape of `s`; null for a syntax error. */
export function unquoteChar(s: string, quoteChar: number): UnquotedChar | null {
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  if (c === quoteChar && (quoteChar === 0x27 || quoteChar === 0x22)) return null;
  if (c >= 0x80) {
    const [r, width] = decodeRune(s, 0);
    return { value: r, multibyte: true, tail: s.substring(width) };
  }
  if (c !== 0x5c) return { value: c, multibyte: false, tail: s.substring(1) };
  if (s.length <= 1) return null;
  const escape = s[1];
  let tail = s.substring(2);
  switch (escape) {
    case 'a': return { value: 7, multibyte: false, tail };
    case 'b': return { value: 8, multibyte: false, tail };
    case 'f': return { value: 12, multibyte: false, tail };
    case 'n': return { value: 10, multibyte: false, tail };
    case 'r': return { value: 13, multibyte: false, tail };
    case 't': return { value: 9, multibyte: false, tail };
    case 'v': return { value: 11, multibyte: false, tail };
    case 'x': case 'u': case 'U': {
      const count = escape === 'x' ? 2 : escape === 'u' ? 4 : 8;
      if (tail.length < count) return null;
      let value = 0;
      for (let j = 0; j < count; j++) {
        const digit = hexDigitValue(tail.charCodeAt(j));
        if (digit < 0) return null;
        value = value * 16 + digit;
      }
      tail = tail.substring(count);
      if (escape === 'x') return { value, multibyte: false, tail };
      if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return null;
      return { value, multibyte: true, tail };
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      let value = escape.charCodeAt(0) - 48;
      if (tail.length < 2) return null;
      for (let j = 0; j < 2; j++) {
        const digit = tail.charCodeAt(j) - 48;
        if (digit < 0 || digit > 7) return null;
        value = value * 8 + digit;
      }
      if (value > 255) return null;
      return { value, multibyte: false, tail: tail.substring(2) };
    }
    case '\\': return { value: 0x5c, multibyte: false, tail };
    case "'": case '"':
      if (escape.charCodeAt(0) !== quoteChar) return null;
      return { value: escape.charCodeAt(0), multibyte: false, tail };
  }
  return null;
}

/** strconv.Unquote: the Go string a quoted literal stands for; null for invalid syntax. */
export function unquote(s: string): string | null {
  const n = s.length;
  if (n < 2) return null;
  const q = s.charCodeAt(0);
  if (q !== s.charCodeAt(n - 1)) return null;
  const body = s.substring(1, n - 1);
  if (q === 0x60) {
    if (body.includes('`')) return null;
    if (body.includes('\r')) return body.replace(/\r/g, '');
    return body;
  }
  if (q !== 0x22 && q !== 0x27) return null;
  if (body.includes('\n')) return null;
  if (!body.includes('\\') && !body.includes(String.fromCharCode(q))) {
    if (q === 0x22) return body;
    if (q === 0x27) {
      if (body.length === 0) return body; // Go accepts '' here
      const [r, width] = decodeRune(body, 0);
      if (width === body.length && (r !== 0xfffd || width !== 1)) return body;
      return null;
    }
  }
  let out = '';
  let rest = body;
  while (rest.length > 0) {
    const next = unquoteChar(rest, q);
    if (next === null) return null;
    rest = next.tail;
    if (next.value < 0x80 || !next.multibyte) out += String.fromCharCode(next.value);
    else out += encodeRune(next.value);
    if (q === 0x27 && rest.length !== 0) return null;
  }
  if (q === 0x27 && out.length === 0) return null;
  return out;
}

/** The value of one hexadecimal digit of either case (a character code), or -1. */
export function hexDigitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
