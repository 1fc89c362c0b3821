// The scanner: turns Go source text into tokens, one `next()` at a time, following the Go
// specification's lexical rules: automatic semicolon insertion (a newline or the end of the file
// after an identifier, a literal, `break`/`continue`/`fallthrough`/`return`, `++`, `--`, `)`,
// `]` or `}` becomes a `;` whose text is "\n"), every literal form (integers in four bases with
// `_` separators, decimal and hexadecimal floats, imaginary numbers, runes and strings with every
// escape, raw strings), comments as tokens, a leading byte order mark skipped. Malformed input is
// reported through the error callback with a range and Go's wording, and scanning carries on:
// the scanner never throws. It does not decode literal values (see `literals.ts`) and knows
// nothing of the grammar.

import type { Token } from './token';
import { isKeyword } from './token';

export type ScanErrorHandler = (pos: number, end: number, message: string) => void;

const BOM = 0xfeff;

export class Scanner {
  /** The current token. */
  tok: Token = 'EOF';
  /** Offset of the current token's first character. */
  pos = 0;
  /** Offset just past the current token. */
  end = 0;
  /**
   * The current token's text for identifiers, keywords, literals and comments; `;` or "\n"
   * (implicit) for semicolons; the offending character for ILLEGAL; '' otherwise.
   */
  lit = '';
  /** Number of errors reported so far. */
  errorCount = 0;

  private readonly src: string;
  private offset = 0;
  private insertSemi = false;
  /** Offset of a newline inside the last comment where an implicit semicolon is due, or -1. */
  private pendingSemicolon = -1;
  private readonly onError: ScanErrorHandler;

  constructor(src: string, onError: ScanErrorHandler) {
    this.src = src;
    this.onError = onError;
    if (src.charCodeAt(0) === BOM) this.offset = 1;
  }

  /** Advances to the next token. */
  next(): void {
    const src = this.src;
    if (this.pendingSemicolon >= 0) {
      this.pos = this.pendingSemicolon;
      this.end = this.pendingSemicolon;
      this.pendingSemicolon = -1;
      this.tok = ';';
      this.lit = '\n';
      return;
    }
    // Skip white space; a newline ends the skip when a semicolon is due.
    let offset = this.offset;
    for (;;) {
      const c = src.charCodeAt(offset);
      if (c === 0x20 || c === 0x09 || c === 0x0d || (c === 0x0a && !this.insertSemi)) offset++;
      else break;
    }
    this.offset = offset;
    this.pos = offset;
    this.lit = '';
    if (offset >= src.length) {
      this.end = offset;
      if (this.insertSemi) {
        this.insertSemi = false;
        this.tok = ';';
        this.lit = '\n';
        return;
      }
      this.tok = 'EOF';
      return;
    }
    const c = src.charCodeAt(offset);
    if (isAsciiLetter(c)) {
      this.scanIdentifier();
      return;
    }
    if (isDecimal(c) || (c === 0x2e && isDecimal(src.charCodeAt(offset + 1)))) {
      this.scanNumber();
      this.insertSemi = true;
      return;
    }
    if (c >= 0x80) {
      this.scanNonAscii();
      return;
    }
    this.offset = offset + 1;
    let insertSemi = false;
    let tok: Token;
    switch (c) {
      case 0x0a: // only reached when a semicolon is due
        this.insertSemi = false;
        this.tok = ';';
        this.lit = '\n';
        this.end = offset;
        return;
      case 0x22: // "
        tok = 'STRING';
        insertSemi = true;
        this.scanString();
        break;
      case 0x27: // '
        tok = 'CHAR';
        insertSemi = true;
        this.scanRune();
        break;
      case 0x60: // `
        tok = 'STRING';
        insertSemi = true;
        this.scanRawString();
        break;
      case 0x3a: // :
        tok = this.ifEquals(':', ':=');
        break;
      case 0x2e: // .
        if (src.charCodeAt(offset + 1) === 0x2e && src.charCodeAt(offset + 2) === 0x2e) {
          this.offset = offset + 3;
          tok = '...';
        } else tok = '.';
        break;
      case 0x2c:
        tok = ',';
        break;
      case 0x3b:
        tok = ';';
        this.lit = ';';
        break;
      case 0x28:
        tok = '(';
        break;
      case 0x29:
        tok = ')';
        insertSemi = true;
        break;
      case 0x5b:
        tok = '[';
        break;
      case 0x5d:
        tok = ']';
        insertSemi = true;
        break;
      case 0x7b:
        tok = '{';
        break;
      case 0x7d:
        tok = '}';
        insertSemi = true;
        break;
      case 0x2b: // +
        tok = this.pick3('+', '+=', 0x2b, '++');
        insertSemi = tok === '++';
        break;
      case 0x2d: // -
        tok = this.pick3('-', '-=', 0x2d, '--');
        insertSemi = tok === '--';
        break;
      case 0x2a:
        tok = this.ifEquals('*', '*=');
        break;
      case 0x2f: { // /
        const c2 = src.charCodeAt(offset + 1);
        if (c2 === 0x2f || c2 === 0x2a) {
          const newline = this.scanComment(offset);
          // A comment keeps a pending semicolon; one spanning lines puts it at its first newline.
          if (this.insertSemi && newline >= 0) {
            this.insertSemi = false;
            this.pendingSemicolon = newline;
          }
          this.tok = 'COMMENT';
          this.end = this.offset;
          this.lit = src.slice(offset, this.offset);
          return;
        }
        tok = this.ifEquals('/', '/=');
        break;
      }
      case 0x25:
        tok = this.ifEquals('%', '%=');
        break;
      case 0x5e:
        tok = this.ifEquals('^', '^=');
        break;
      case 0x3c: // <
        if (src.charCodeAt(this.offset) === 0x2d) {
          this.offset++;
          tok = '<-';
        } else tok = this.pick4('<', '<=', 0x3c, '<<', '<<=');
        break;
      case 0x3e:
        tok = this.pick4('>', '>=', 0x3e, '>>', '>>=');
        break;
      case 0x3d:
        tok = this.ifEquals('=', '==');
        break;
      case 0x21:
        tok = this.ifEquals('!', '!=');
        break;
      case 0x26: // &
        if (src.charCodeAt(this.offset) === 0x5e) {
          this.offset++;
          tok = this.ifEquals('&^', '&^=');
        } else tok = this.pick3('&', '&=', 0x26, '&&');
        break;
      case 0x7c:
        tok = this.pick3('|', '|=', 0x7c, '||');
        break;
      case 0x7e:
        tok = '~';
        break;
      default:
        tok = 'ILLEGAL';
        this.lit = src[offset];
        insertSemi = this.insertSemi;
        this.error(offset, offset + 1, c === 0 ? 'illegal character NUL' : `illegal character ${describeRune(c)}`);
    }
    this.tok = tok;
    this.end = this.offset;
    this.insertSemi = insertSemi;
  }

  private error(pos: number, end: number, message: string): void {
    this.errorCount++;
    const length = this.src.length;
    const from = Math.min(pos, length);
    this.onError(from, Math.max(from, Math.min(end, length)), message);
  }

  private ifEquals(plain: Token, withEquals: Token): Token {
    if (this.src.charCodeAt(this.offset) === 0x3d) {
      this.offset++;
      return withEquals;
    }
    return plain;
  }

  private pick3(plain: Token, withEquals: Token, second: number, doubled: Token): Token {
    const c = this.src.charCodeAt(this.offset);
    if (c === 0x3d) {
      this.offset++;
      return withEquals;
    }
    if (c === second) {
      this.offset++;
      return doubled;
    }
    return plain;
  }

  private pick4(plain: Token, withEquals: Token, second: number, doubled: Token, doubledEquals: Token): Token {
    const c = this.src.charCodeAt(this.offset);
    if (c === 0x3d) {
      this.offset++;
      return withEquals;
    }
    if (c === second) {
      this.offset++;
      return this.ifEquals(doubled, doubledEquals);
    }
    return plain;
  }

  private scanIdentifier(): void {
    const src = this.src;
    const start = this.offset;
    let offset = start + 1;
    for (;;) {
      const c = src.charCodeAt(offset);
      if (isAsciiLetter(c) || isDecimal(c)) offset++;
      else if (c >= 0x80) {
        const width = identifierCharWidth(src, offset);
        if (width === 0) break;
        offset += width;
      } else break;
    }
    this.finishWord(start, offset);
  }

  private finishWord(start: number, offset: number): void {
    const word = this.src.slice(start, offset);
    this.offset = offset;
    this.end = offset;
    this.lit = word;
    // Keywords are 2 to 11 lower-case ASCII letters: most identifiers skip the lookup.
    const first = this.src.charCodeAt(start);
    if (word.length > 1 && word.length < 12 && first >= 0x61 && first <= 0x7a && isKeyword(word)) {
      this.tok = word;
      this.insertSemi = word === 'break' || word === 'continue' || word === 'fallthrough' || word === 'return';
    } else {
      this.tok = 'IDENT';
      this.insertSemi = true;
    }
  }

  /** A token starting with a non-ASCII character: a Unicode identifier or an illegal character. */
  private scanNonAscii(): void {
    const src = this.src;
    const start = this.offset;
    const code = src.codePointAt(start) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (identifierCharWidth(src, start) > 0 && isLetterCode(code)) {
      let offset = start + width;
      for (;;) {
        const c = src.charCodeAt(offset);
        if (isAsciiLetter(c) || isDecimal(c)) offset++;
        else if (c >= 0x80) {
          const w = identifierCharWidth(src, offset);
          if (w === 0) break;
          offset += w;
        } else break;
      }
      this.finishWord(start, offset);
      return;
    }
    this.offset = start + width;
    this.end = this.offset;
    this.tok = 'ILLEGAL';
    this.lit = src.slice(start, this.offset);
    // insertSemi is kept, as for any illegal character.
    if (isLoneSurrogate(src, start)) this.error(start, this.offset, 'illegal UTF-8 encoding');
    else if (code === BOM) this.error(start, this.offset, 'illegal byte order mark');
    else this.error(start, this.offset, `illegal character ${describeRune(code)}`);
  }

  private scanNumber(): void {
    const src = this.src;
    const start = this.offset;
    let offset = start;
    let tok: Token = 'INT';
    let base = 10;
    let prefix = ''; // '', '0' (legacy octal), 'x', 'o' or 'b'
    let sawDigits = false;
    let sawSeparator = false;
    let invalidDigit = -1;

    const digits = (digitBase: number): void => {
      for (;;) {
        const c = src.charCodeAt(offset);
        if (c === 0x5f) {
          sawSeparator = true;
        } else if (digitBase <= 10 ? isDecimal(c) : isHex(c)) {
          sawDigits = true;
          if (digitBase < 10 && c - 0x30 >= digitBase && invalidDigit < 0) invalidDigit = offset;
        } else return;
        offset++;
      }
    };

    if (src.charCodeAt(offset) !== 0x2e) {
      if (src.charCodeAt(offset) === 0x30) {
        offset++;
        const p = src.charCodeAt(offset) | 0x20;
        if (p === 0x78) {
          offset++;
          base = 16;
          prefix = 'x';
        } else if (p === 0x6f) {
          offset++;
          base = 8;
          prefix = 'o';
        } else if (p === 0x62) {
          offset++;
          base = 2;
          prefix = 'b';
        } else {
          base = 8;
          prefix = '0';
          sawDigits = true;
        }
      }
      digits(base);
    }
    if (src.charCodeAt(offset) === 0x2e) {
      tok = 'FLOAT';
      if (prefix === 'o' || prefix === 'b') this.error(offset, offset + 1, `invalid radix point in ${literalName(prefix)}`);
      offset++;
      digits(base);
    }
    if (!sawDigits) this.error(offset, offset + 1, `${literalName(prefix)} has no digits`);
    const e = src.charCodeAt(offset) | 0x20;
    if (e === 0x65 || e === 0x70) {
      const letter = src[offset];
      if (e === 0x65 && prefix !== '' && prefix !== '0') {
        this.error(offset, offset + 1, `'${letter}' exponent requires decimal mantissa`);
      } else if (e === 0x70 && prefix !== 'x') {
        this.error(offset, offset + 1, `'${letter}' exponent requires hexadecimal mantissa`);
      }
      offset++;
      tok = 'FLOAT';
      const sign = src.charCodeAt(offset);
      if (sign === 0x2b || sign === 0x2d) offset++;
      const before = sawDigits;
      sawDigits = false;
      digits(10);
      if (!sawDigits) this.error(offset, offset + 1, 'exponent has no digits');
      sawDigits = before || sawDigits;
    } else if (prefix === 'x' && tok === 'FLOAT') {
      this.error(offset, offset + 1, "hexadecimal mantissa requires a 'p' exponent");
    }
    if (src.charCodeAt(offset) === 0x69) {
      tok = 'IMAG';
      offset++;
    }
    const lit = src.slice(start, offset);
    if (tok === 'INT' && invalidDigit >= 0) {
      this.error(invalidDigit, invalidDigit + 1, `invalid digit '${src[invalidDigit]}' in ${literalName(prefix)}`);
    }
    if (sawSeparator) {
      const at = invalidSeparator(lit);
      if (at >= 0) this.error(start + at, start + at + 1, "'_' must separate successive digits");
    }
    this.offset = offset;
    this.end = offset;
    this.tok = tok;
    this.lit = lit;
  }

  /**
   * Reads an escape after its backslash (at `this.offset`). Returns false, stopping at the
   * offending character, when the escape is malformed.
   */
  private scanEscape(quote: number): boolean {
    const src = this.src;
    const start = this.offset;
    const c = src.charCodeAt(start);
    let count: number;
    let base: number;
    let max: number;
    switch (c) {
      case 0x61: case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74: case 0x76: case 0x5c: case quote:
        this.offset++;
        return true;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37:
        count = 3;
        base = 8;
        max = 255;
        break;
      case 0x78:
        this.offset++;
        count = 2;
        base = 16;
        max = 255;
        break;
      case 0x75:
        this.offset++;
        count = 4;
        base = 16;
        max = 0x10ffff;
        break;
      case 0x55:
        this.offset++;
        count = 8;
        base = 16;
        max = 0x10ffff;
        break;
      default: {
        const atEnd = start >= src.length;
        this.error(start, atEnd ? start : start + 1, atEnd ? 'escape sequence not terminated' : 'unknown escape sequence');
        return false;
      }
    }
    let value = 0;
    for (; count > 0; count--) {
      const d = digitValue(src.charCodeAt(this.offset));
      if (d >= base) {
        if (this.offset >= src.length) this.error(this.offset, this.offset, 'escape sequence not terminated');
        else {
          const code = src.codePointAt(this.offset) ?? 0;
          this.error(this.offset, this.offset + 1, `illegal character ${describeRune(code)} in escape sequence`);
        }
        return false;
      }
      value = value * base + d;
      this.offset++;
    }
    if (value > max || (value >= 0xd800 && value < 0xe000)) {
      this.error(start, this.offset, 'escape sequence is invalid Unicode code point');
      return false;
    }
    return true;
  }

  /** After the opening quote. */
  private scanRune(): void {
    const src = this.src;
    const start = this.offset - 1;
    let valid = true;
    let count = 0;
    for (;;) {
      const c = src.charCodeAt(this.offset);
      if (c === 0x0a || this.offset >= src.length) {
        if (valid) {
          this.error(start, this.offset, 'rune literal not terminated');
          valid = false;
        }
        break;
      }
      this.offset += c >= 0xd800 && c <= 0xdbff && isTrailSurrogate(src.charCodeAt(this.offset + 1)) ? 2 : 1;
      if (c === 0x27) break;
      count++;
      if (c === 0x5c) {
        if (!this.scanEscape(0x27)) valid = false;
      } else this.checkTextChar(c, this.offset - 1);
    }
    if (valid && count !== 1) this.error(start, this.offset, 'illegal rune literal');
    this.lit = src.slice(start, this.offset);
  }

  /** After the opening quote. */
  private scanString(): void {
    const src = this.src;
    const start = this.offset - 1;
    for (;;) {
      const c = src.charCodeAt(this.offset);
      if (c === 0x0a || this.offset >= src.length) {
        this.error(start, this.offset, 'string literal not terminated');
        break;
      }
      this.offset++;
      if (c === 0x22) break;
      if (c === 0x5c) this.scanEscape(0x22);
      else if (c === 0 || c >= 0xd800) this.checkTextChar(c, this.offset - 1);
    }
    this.lit = src.slice(start, this.offset);
  }

  /** After the opening backquote. */
  private scanRawString(): void {
    const src = this.src;
    const start = this.offset - 1;
    const close = src.indexOf('`', this.offset);
    const stop = close < 0 ? src.length : close;
    for (let i = this.offset; i < stop; i++) {
      const c = src.charCodeAt(i);
      if (c === 0 || (c >= 0xd800 && c <= 0xdfff) || c === BOM) this.checkTextChar(c, i);
    }
    if (close < 0) {
      this.offset = src.length;
      this.error(start, this.offset, 'raw string literal not terminated');
    } else this.offset = close + 1;
    this.lit = src.slice(start, this.offset);
  }

  /** Reports NUL, a lone surrogate (invalid UTF-8 in the original bytes) or a stray BOM inside a literal or comment. */
  private checkTextChar(c: number, at: number): void {
    if (c === 0) this.error(at, at + 1, 'illegal character NUL');
    else if (c === BOM) this.error(at, at + 1, 'illegal byte order mark');
    else if (c >= 0xd800 && c <= 0xdfff && isLoneSurrogate(this.src, at)) this.error(at, at + 1, 'illegal UTF-8 encoding');
  }

  /**
   * Scans the comment starting at `start` (which is `//` or `/*`). Returns the offset of the
   * first newline inside a block comment, or -1 (a line comment stops before its newline).
   */
  private scanComment(start: number): number {
    const src = this.src;
    let stop: number;
    let newline = -1;
    if (src.charCodeAt(start + 1) === 0x2f) {
      const lineEnd = src.indexOf('\n', start + 2);
      stop = lineEnd < 0 ? src.length : lineEnd;
      this.offset = stop;
    } else {
      const close = src.indexOf('*/', start + 2);
      if (close < 0) {
        stop = src.length;
        this.offset = stop;
        this.error(start, stop, 'comment not terminated');
      } else {
        stop = close;
        this.offset = close + 2;
      }
      const inside = src.indexOf('\n', start + 2);
      if (inside >= 0 && inside < stop) newline = inside;
      else if (close < 0) newline = stop; // an unterminated comment runs to the end of the file
    }
    for (let i = start + 2; i < stop; i++) {
      const c = src.charCodeAt(i);
      if (c === 0 || (c >= 0xd800 && c <= 0xdfff) || c === BOM) this.checkTextChar(c, i);
    }
    return newline;
  }
}

/** Go's `%#U` of a rune: `U+0040 '@'` (the quoted form is left out for non-printable runes). */
export function describeRune(code: number): string {
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const printable = code > 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0) && !(code >= 0xd800 && code <= 0xdfff)
    && !/\p{C}|\p{Z}/u.test(String.fromCodePoint(code));
  return printable ? `U+${hex} '${String.fromCodePoint(code)}'` : `U+${hex}`;
}

function literalName(prefix: string): string {
  switch (prefix) {
    case 'x':
      return 'hexadecimal literal';
    case 'o': case '0':
      return 'octal literal';
    case 'b':
      return 'binary literal';
    default:
      return 'decimal literal';
  }
}

/** The index of the first `_` in a number literal that does not sit between two digits, or -1. */
function invalidSeparator(lit: string): number {
  let hex = false;
  // 'd' a digit, '_' a separator, '.' anything else; a base prefix counts as a digit.
  let previous = '.';
  let i = 0;
  if (lit.length >= 2 && lit[0] === '0') {
    const p = lit[1].toLowerCase();
    if (p === 'x' || p === 'o' || p === 'b') {
      hex = p === 'x';
      previous = 'd';
      i = 2;
    }
  }
  for (; i < lit.length; i++) {
    const c = lit.charCodeAt(i);
    if (c === 0x5f) {
      if (previous !== 'd') return i;
      previous = '_';
    } else if (isDecimal(c) || (hex && isHex(c))) {
      previous = 'd';
    } else {
      if (previous === '_') return i - 1;
      previous = '.';
    }
  }
  return previous === '_' ? lit.length - 1 : -1;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

function isDecimal(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDecimal(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}

function digitValue(c: number): number {
  if (isDecimal(c)) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return 16;
}

function isTrailSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isLoneSurrogate(src: string, at: number): boolean {
  const c = src.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff) return !isTrailSurrogate(src.charCodeAt(at + 1));
  if (c >= 0xdc00 && c <= 0xdfff) {
    const before = src.charCodeAt(at - 1);
    return !(before >= 0xd800 && before <= 0xdbff);
  }
  return false;
}

const letterPattern = /^\p{L}$/u;
const digitPattern = /^\p{Nd}$/u;

function isLetterCode(code: number): boolean {
  return letterPattern.test(String.fromCodePoint(code));
}

/** The width in code units of the identifier character (letter or digit) at `at`, or 0. */
function identifierCharWidth(src: string, at: number): number {
  const code = src.codePointAt(at);
  if (code === undefined) return 0;
  const ch = String.fromCodePoint(code);
  if (letterPattern.test(ch) || digitPattern.test(ch)) return ch.length;
  return 0;
}
