// The formatter behind fmt: Go's verbs, flags, width and precision applied to VM values, with
// the exact texts of Go's fmt (`%!d(string=x)`, `%!(EXTRA ...)`, `%!d(MISSING)`, `<nil>`,
// `&{...}`, maps sorted by key, Error and String methods honoured with their panics caught). The
// output is a Go string (bytes). It knows values only through their runtime Type descriptors
// (values.ts); it does not write anywhere (fmt.ts does) and does not support the Formatter and
// GoStringer interfaces' State argument beyond GoString.

import { formatFloat } from './floatFormat';
import { canBackquote, isPrint, quote, quoteRune } from './quote';
import { runeCount } from './utf8';
import { decodeRune, encodeRune, GoMap, GoPanic, Iface, Slice, Types, type Complex, type Type } from '../values';

const lowerDigits = '0123456789abcdefx';
const upperDigits = '0123456789ABCDEFX';

/** A deterministic stand-in for machine addresses (%p, %v of pointers): one id per object. */
export class AddressBook {
  private readonly ids = new WeakMap<object, number>();
  private next = 0;
  address(target: unknown): bigint {
    if (target === null || target === undefined) return 0n;
    const key = addressKey(target);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(key, id);
    }
    return 0xc000010000n + BigInt(id) * 0x10n;
  }
}

function addressKey(target: unknown): object {
  if (target instanceof Slice) return target.a;
  const record = target as { a?: unknown; o?: unknown };
  if (typeof target === 'object' && target !== null && 'i' in target && Array.isArray(record.a)) return record.a;
  if (typeof target === 'object' && target !== null && 'k' in target && typeof record.o === 'object' && record.o !== null) return record.o;
  return target as object;
}

/** One Sprintf/Sprint/Sprintln run: the buffer and the current verb's flags. */
export class Printer {
  buf = '';
  // Flags of the current verb.
  private sharp = false;
  private sharpV = false;
  private plus = false;
  private plusV = false;
  private minus = false;
  private space = false;
  private zero = false;
  private wid = 0;
  private widPresent = false;
  private prec = 0;
  private precPresent = false;
  // The operand being printed, for %!verb(type=value).
  private argType: Type | null = null;
  private argValue: unknown = undefined;
  private erroring = false;
  private panicking = false;
  /** Set by Errorf's %w: the wrapped errors, in order. */
  wrapErrs = false;
  wrapped: Iface[] = [];

  constructor(private readonly addresses: AddressBook) {}

  // ------------------------------------------------------------------------------------------
  // Entry points

  /** fmt.Sprint's rule: a space between operands when neither is a string. */
  doPrint(args: (Iface | null)[]): void {
    let prevString = false;
    args.forEach((arg, i) => {
      const isString = arg !== null && arg.t.underlying.kind === 'string';
      if (i > 0 && !isString && !prevString) this.buf += ' ';
      this.printArg(arg, 0x76);
      prevString = isString;
    });
  }

  doPrintln(args: (Iface | null)[]): void {
    args.forEach((arg, i) => {
      if (i > 0) this.buf += ' ';
      this.printArg(arg, 0x76);
    });
    this.buf += '\n';
  }

  doPrintf(format: string, args: (Iface | null)[]): void {
    const end = format.length;
    let argNum = 0;
    let afterIndex = false;
    let reordered = false;
    let i = 0;
    const argNumber = (at: number): [number, boolean] => {
      // An explicit [n] argument index.
      if (at >= end || format[at] !== '[') return [at, false];
      reordered = true;
      const close = format.indexOf(']', at + 1);
      if (close < 0 || at + 2 > end) {
        goodArgNum = false;
        return [at + 1, false];
      }
      const digits = format.substring(at + 1, close);
      if (!/^[0-9]+$/.test(digits) || digits.length > 6) {
        goodArgNum = false;
        return [close + 1, false];
      }
      const index = Number(digits) - 1;
      if (index >= 0 && index < args.length) {
        argNum = index;
        return [close + 1, true];
      }
      goodArgNum = false;
      return [close + 1, true];
    };
    let goodArgNum = true;
    while (i < end) {
      goodArgNum = true;
      const start = i;
      while (i < end && format.charCodeAt(i) !== 0x25) i++;
      if (i > start) this.buf += format.substring(start, i);
      if (i >= end) break;
      i++;
      this.clearFlags();
      let simple = false;
      for (; i < end; i++) {
        const c = format.charCodeAt(i);
        if (c === 0x23) this.sharp = true;
        else if (c === 0x30) this.zero = !this.minus;
        else if (c === 0x2b) this.plus = true;
        else if (c === 0x2d) {
          this.minus = true;
          this.zero = false;
        } else if (c === 0x20) this.space = true;
        else {
          if (c >= 0x61 && c <= 0x7a && argNum < args.length) {
            if (c === 0x76) this.promoteV();
            this.printArg(args[argNum], c);
            argNum++;
            i++;
            simple = true;
          }
          break;
        }
      }
      if (simple) continue;
      [i, afterIndex] = argNumber(i);
      if (i < end && format[i] === '*') {
        i++;
        [this.wid, this.widPresent, argNum] = intFromArg(args, argNum);
        if (!this.widPresent) this.buf += '%!(BADWIDTH)';
        if (this.wid < 0) {
          this.wid = -this.wid;
          this.minus = true;
          this.zero = false;
        }
        afterIndex = false;
      } else {
        [this.wid, this.widPresent, i] = parseNumber(format, i, end);
        if (afterIndex && this.widPresent) goodArgNum = false;
      }
      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) goodArgNum = false;
        [i, afterIndex] = argNumber(i);
        if (i < end && format[i] === '*') {
          i++;
          [this.prec, this.precPresent, argNum] = intFromArg(args, argNum);
          if (this.prec < 0) {
            this.prec = 0;
            this.precPresent = false;
          }
          if (!this.precPresent) this.buf += '%!(BADPREC)';
          afterIndex = false;
        } else {
          [this.prec, this.precPresent, i] = parseNumber(format, i, end);
          if (!this.precPresent) {
            this.prec = 0;
            this.precPresent = true;
          }
        }
      }
      if (!afterIndex) [i, afterIndex] = argNumber(i);
      if (i >= end) {
        this.buf += '%!(NOVERB)';
        break;
      }
      let verb = format.charCodeAt(i);
      let size = 1;
      if (verb >= 0x80) [verb, size] = decodeRune(format, i);
      i += size;
      if (verb === 0x25) {
        this.buf += '%';
      } else if (!goodArgNum) {
        this.badArgNum(verb);
      } else if (argNum >= args.length) {
        this.buf += '%!' + encodeRune(verb) + '(MISSING)';
      } else {
        if (verb === 0x76) this.promoteV();
        this.printArg(args[argNum], verb);
        argNum++;
      }
    }
    if (!reordered && argNum < args.length) {
      this.clearFlags();
      this.buf += '%!(EXTRA ';
      args.slice(argNum).forEach((arg, index) => {
        if (index > 0) this.buf += ', ';
        if (arg === null) {
          this.buf += '<nil>';
        } else {
          this.buf += arg.t.toString() + '=';
          this.printArg(arg, 0x76);
        }
      });
      this.buf += ')';
    }
  }

  // ------------------------------------------------------------------------------------------
  // Operands

  /** Prints one operand (an interface value) with a verb. */
  printArg(arg: Iface | null, verb: number): void {
    this.argType = arg === null ? null : arg.t;
    this.argValue = arg === null ? undefined : arg.v;
    if (arg === null) {
      if (verb === 0x54 || verb === 0x76) this.padString('<nil>');
      else this.badVerb(verb);
      return;
    }
    const t = arg.t;
    if (verb === 0x54) {
      this.fmtS(t.toString());
      return;
    }
    if (verb === 0x70) {
      this.fmtPointer(t, arg.v, verb);
      return;
    }
    if (t === bytesType) {
      if (verb === 0x77 || !this.handleMethods(t, arg.v, verb)) this.fmtBytes(arg.v as Slice | null, verb, '[]byte');
      return;
    }
    if (!isPredeclared(t) && this.handleMethods(t, arg.v, verb)) return;
    if (verb === 0x77) {
      // %w of a value that is not an error (or outside Errorf).
      this.badVerb(verb);
      return;
    }
    this.printValue(t, arg.v, verb, 0, true);
  }

  /** Calls Error() or String() when the verb allows it; true when that printed the operand. */
  private handleMethods(t: Type, value: unknown, verb: number): boolean {
    if (this.erroring) return false;
    if (verb === 0x77) {
      const isError = t.methods.Error !== undefined;
      if (!isError || !this.wrapErrs) {
        this.wrapErrs = false;
        this.badVerb(verb);
        return true;
      }
      this.wrapped.push(new Iface(t, value));
      verb = 0x76;
    }
    // Method sets carry no signatures: Format(f State, verb rune) is told from other methods
    // named Format (time.Time's Format(layout) string) by its arity, receiver included.
    const format = t.methods.Format;
    if (format !== undefined && format.length === 3) {
      this.callPrinting(t, value, verb, 'Format', () => format(value, this.state(), verb));
      return true;
    }
    if (this.sharpV) {
      const goString = t.methods.GoString;
      if (goString === undefined) return false;
      this.callPrinting(t, value, verb, 'GoString', () => this.fmtS(goString(value) as string));
      return true;
    }
    if (verb !== 0x76 && verb !== 0x73 && verb !== 0x78 && verb !== 0x58 && verb !== 0x71) return false;
    const error = t.methods.Error;
    if (error !== undefined) {
      this.callPrinting(t, value, verb, 'Error', () => this.fmtString(error(value) as string, verb));
      return true;
    }
    const string = t.methods.String;
    if (string !== undefined) {
      this.callPrinting(t, value, verb, 'String', () => this.fmtString(string(value) as string, verb));
      return true;
    }
    return false;
  }

  /** The fmt.State handed to a Formatter: writes go to this printer, flags are the current verb's. */
  private state(): Iface {
    return new Iface(statePointer, this);
  }

  /** fmt.State's Width, Precision and Flag, for the state type's methods. */
  stateWidth(): [number, boolean] {
    return [this.wid, this.widPresent];
  }

  statePrecision(): [number, boolean] {
    return [this.prec, this.precPresent];
  }

  stateFlag(c: number): boolean {
    switch (c) {
      case 0x2d: return this.minus;
      case 0x2b: return this.plus || this.plusV;
      case 0x23: return this.sharp || this.sharpV;
      case 0x20: return this.space;
      case 0x30: return this.zero;
    }
    return false;
  }

  /** Runs a user method for printing; a panic in it prints as Go's %!v(PANIC=String method: ...). */
  private callPrinting(t: Type, value: unknown, verb: number, method: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      if (!(error instanceof GoPanic)) throw error;
      if (t.underlying.kind === 'pointer' && value === null) {
        this.buf += '<nil>';
        return;
      }
      if (this.panicking) throw error;
      const saved = this.saveFlags();
      this.clearFlags();
      this.buf += '%!' + encodeRune(verb) + '(PANIC=' + method + ' method: ';
      this.panicking = true;
      this.printArg(error.value, 0x76);
      this.panicking = false;
      this.buf += ')';
      this.restoreFlags(saved);
    }
  }

  /** Prints a value of static type `t` by its kind (Go's printValue). */
  printValue(t: Type, value: unknown, verb: number, depth: number, canInterface: boolean): void {
    if (depth > 0 && canInterface && t.underlying.kind !== 'interface') {
      if (this.handleMethods(t, value, verb)) return;
    }
    this.argType = t;
    this.argValue = value;
    const u = t.underlying;
    switch (u.kind) {
      case 'bool':
        if (verb === 0x74 || verb === 0x76) this.padString(value ? 'true' : 'false');
        else this.badVerb(verb);
        return;
      case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
        this.fmtIntegerVerb(value as number | bigint, true, verb);
        return;
      case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
        this.fmtIntegerVerb(value as number | bigint, false, verb);
        return;
      case 'float32':
        this.fmtFloatVerb(value as number, 32, verb);
        return;
      case 'float64':
        this.fmtFloatVerb(value as number, 64, verb);
        return;
      case 'complex64':
        this.fmtComplex(value as Complex, 32, verb);
        return;
      case 'complex128':
        this.fmtComplex(value as Complex, 64, verb);
        return;
      case 'string':
        this.fmtString(value as string, verb);
        return;
      case 'map':
        this.printMap(t, value as GoMap | null, verb, depth, canInterface);
        return;
      case 'struct':
        this.printStruct(t, value as Record<string, unknown>, verb, depth, canInterface);
        return;
      case 'interface': {
        const inner = value as Iface | null;
        if (inner === null) {
          if (this.sharpV) this.buf += t.toString() + '(nil)';
          else this.buf += '<nil>';
          return;
        }
        this.printValue(inner.t, inner.v, verb, depth + 1, canInterface);
        return;
      }
      case 'array': case 'slice':
        this.printList(t, value, verb, depth, canInterface);
        return;
      case 'pointer':
        if (depth === 0 && value !== null) {
          const elemKind = u.elem!.underlying.kind;
          if (elemKind === 'array' || elemKind === 'slice' || elemKind === 'struct' || elemKind === 'map') {
            this.buf += '&';
            const target = elemKind === 'array' || elemKind === 'struct' ? value : (value as { v: unknown }).v;
            this.printValue(u.elem!, target, verb, depth + 1, canInterface);
            return;
          }
        }
        this.fmtPointer(t, value, verb);
        return;
      case 'func':
        this.fmtPointer(t, value, verb);
        return;
      default:
        this.buf += '<invalid reflect.Value>';
    }
  }

  private printMap(t: Type, map: GoMap | null, verb: number, depth: number, canInterface: boolean): void {
    if (this.sharpV) {
      this.buf += t.toString();
      if (map === null) {
        this.buf += '(nil)';
        return;
      }
      this.buf += '{';
    } else {
      this.buf += 'map[';
    }
    const keyType = t.underlying.key!;
    const elemType = t.underlying.elem!;
    const entries = map === null ? [] : map.entries();
    entries.sort((a, b) => compareKeys(keyType, a[0], b[0]));
    entries.forEach(([key, item], i) => {
      if (i > 0) this.buf += this.sharpV ? ', ' : ' ';
      this.printValue(keyType, key, verb, depth + 1, canInterface);
      this.buf += ':';
      this.printValue(elemType, item, verb, depth + 1, canInterface);
    });
    this.buf += this.sharpV ? '}' : ']';
  }

  private printStruct(t: Type, value: Record<string, unknown>, verb: number, depth: number, canInterface: boolean): void {
    if (this.sharpV) this.buf += t.toString();
    this.buf += '{';
    t.underlying.fields.forEach((field, i) => {
      if (i > 0) this.buf += this.sharpV ? ', ' : ' ';
      if ((this.plusV || this.sharpV) && field.name !== '') this.buf += field.name + ':';
      this.printValue(field.type, value[field.key], verb, depth + 1, canInterface && field.exported);
    });
    this.buf += '}';
  }

  private printList(t: Type, value: unknown, verb: number, depth: number, canInterface: boolean): void {
    const u = t.underlying;
    const items = u.kind === 'slice' ? sliceElements(value as Slice | null) : (value as unknown[]);
    const elem = u.elem!;
    if ((verb === 0x73 || verb === 0x71 || verb === 0x78 || verb === 0x58) && elem.underlying.kind === 'uint8') {
      this.fmtBytesOf(items as number[], verb, t.toString(), value === null);
      return;
    }
    if (this.sharpV) {
      this.buf += t.toString();
      if (u.kind === 'slice' && value === null) {
        this.buf += '(nil)';
        return;
      }
    }
    this.buf += this.sharpV ? '{' : '[';
    items.forEach((item, i) => {
      if (i > 0) this.buf += this.sharpV ? ', ' : ' ';
      this.printValue(elem, item, verb, depth + 1, canInterface);
    });
    this.buf += this.sharpV ? '}' : ']';
  }

  private fmtPointer(t: Type, value: unknown, verb: number): void {
    const kind = t.underlying.kind;
    if (kind !== 'pointer' && kind !== 'func' && kind !== 'map' && kind !== 'slice') {
      this.badVerb(verb);
      return;
    }
    const address = this.addresses.address(value);
    switch (verb) {
      case 0x76:
        if (this.sharpV) {
          this.buf += '(' + t.toString() + ')(';
          if (address === 0n) this.buf += 'nil';
          else this.fmt0x64(address, true);
          this.buf += ')';
        } else if (address === 0n) {
          this.padString('<nil>');
        } else {
          this.fmt0x64(address, !this.sharp);
        }
        return;
      case 0x70:
        this.fmt0x64(address, !this.sharp);
        return;
      case 0x62: case 0x6f: case 0x64: case 0x78: case 0x58:
        this.fmtIntegerVerb(address, false, verb);
        return;
    }
    this.badVerb(verb);
  }

  private fmt0x64(v: bigint, leading0x: boolean): void {
    const sharp = this.sharp;
    this.sharp = leading0x;
    this.fmtInteger(v, 16, false, 0x76, lowerDigits);
    this.sharp = sharp;
  }

  // ------------------------------------------------------------------------------------------
  // Basic kinds

  private fmtIntegerVerb(v: number | bigint, signed: boolean, verb: number): void {
    switch (verb) {
      case 0x76:
        if (this.sharpV && !signed) this.fmt0x64(BigInt(v), true);
        else this.fmtInteger(v, 10, signed, verb, lowerDigits);
        return;
      case 0x64: this.fmtInteger(v, 10, signed, verb, lowerDigits); return;
      case 0x62: this.fmtInteger(v, 2, signed, verb, lowerDigits); return;
      case 0x6f: case 0x4f: this.fmtInteger(v, 8, signed, verb, lowerDigits); return;
      case 0x78: this.fmtInteger(v, 16, signed, verb, lowerDigits); return;
      case 0x58: this.fmtInteger(v, 16, signed, verb, upperDigits); return;
      case 0x63: this.padString(encodeRune(runeOf(v))); return;
      case 0x71: this.fmtQc(runeOf(v)); return;
      case 0x55: this.fmtUnicode(v); return;
    }
    this.badVerb(verb);
  }

  /** Go's fmt.fmtInteger: digits, precision or zero padding, prefixes, sign, then width. */
  private fmtInteger(v: number | bigint, base: number, signed: boolean, verb: number, digitSet: string): void {
    const negative = signed && v < 0;
    let magnitude = typeof v === 'bigint' ? (negative ? -v : v) : negative ? -v : v;
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      if (prec === 0 && magnitude == 0) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--;
    }
    if (typeof magnitude === 'number' && magnitude > Number.MAX_SAFE_INTEGER) magnitude = BigInt(magnitude);
    let digits = magnitude.toString(base);
    if (digitSet === upperDigits) digits = digits.toUpperCase();
    if (digits.length < prec) digits = '0'.repeat(prec - digits.length) + digits;
    if (this.sharp) {
      if (base === 2) digits = '0b' + digits;
      else if (base === 8 && digits[0] !== '0') digits = '0' + digits;
      else if (base === 16) digits = '0' + digitSet[16] + digits;
    }
    if (verb === 0x4f) digits = '0o' + digits;
    if (negative) digits = '-' + digits;
    else if (this.plus) digits = '+' + digits;
    else if (this.space) digits = ' ' + digits;
    const oldZero = this.zero;
    this.zero = false;
    this.pad(digits);
    this.zero = oldZero;
  }

  private fmtQc(r: number): void {
    if (r > 0x10ffff) r = 0xfffd;
    this.pad(quoteRune(r, { asciiOnly: this.plus }));
  }

  private fmtUnicode(v: number | bigint): void {
    let hex = (typeof v === 'bigint' ? BigInt.asUintN(64, v) : v < 0 ? BigInt.asUintN(64, BigInt(v)) : v).toString(16).toUpperCase();
    const prec = this.precPresent && this.prec > 4 ? this.prec : 4;
    if (hex.length < prec) hex = '0'.repeat(prec - hex.length) + hex;
    let text = 'U+' + hex;
    const r = typeof v === 'number' ? v : -1;
    if (this.sharp && r >= 0 && r <= 0x10ffff && isPrint(r)) text += " '" + encodeRune(r) + "'";
    const oldZero = this.zero;
    this.zero = false;
    this.pad(text);
    this.zero = oldZero;
  }

  private fmtFloatVerb(v: number, size: 32 | 64, verb: number): void {
    switch (verb) {
      case 0x76: this.fmtFloat(v, size, 'g', -1); return;
      case 0x62: case 0x67: case 0x47: case 0x78: case 0x58: this.fmtFloat(v, size, String.fromCharCode(verb), -1); return;
      case 0x66: case 0x65: case 0x45: this.fmtFloat(v, size, String.fromCharCode(verb), 6); return;
      case 0x46: this.fmtFloat(v, size, 'f', 6); return;
    }
    this.badVerb(verb);
  }

  /** Go's fmtComplex: `(re±imi)`, each part formatted as a float of half the size, the imaginary part always signed. */
  private fmtComplex(v: Complex, size: 32 | 64, verb: number): void {
    if (![0x76, 0x62, 0x67, 0x47, 0x78, 0x58, 0x66, 0x46, 0x65, 0x45].includes(verb)) {
      this.badVerb(verb);
      return;
    }
    const oldPlus = this.plus;
    this.buf += '(';
    this.fmtFloatVerb(v.re, size, verb);
    this.plus = true;
    this.fmtFloatVerb(v.im, size, verb);
    this.buf += 'i)';
    this.plus = oldPlus;
  }

  /** Go's fmt.fmtFloat: strconv's digits, then sign, # handling and zero padding. */
  private fmtFloat(v: number, size: 32 | 64, verb: string, precision: number): void {
    if (this.precPresent) precision = this.prec;
    let num = formatFloat(v, verb, precision, size);
    num = num[0] === '-' || num[0] === '+' ? num : '+' + num;
    if (this.space && num[0] === '+' && !this.plus) num = ' ' + num.substring(1);
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = this.zero;
      this.zero = false;
      if (num[1] === 'N' && !this.space && !this.plus) num = num.substring(1);
      this.pad(num);
      this.zero = oldZero;
      return;
    }
    if (this.sharp && verb !== 'b') num = sharpFloat(num, verb, precision);
    if (this.plus || num[0] !== '+') {
      if (this.zero && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.substring(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.substring(1));
  }

  fmtString(s: string, verb: number): void {
    switch (verb) {
      case 0x76:
        if (this.sharpV) this.fmtQ(s);
        else this.fmtS(s);
        return;
      case 0x73: this.fmtS(s); return;
      case 0x78: this.fmtSbx(s, lowerDigits); return;
      case 0x58: this.fmtSbx(s, upperDigits); return;
      case 0x71: this.fmtQ(s); return;
    }
    this.badVerb(verb);
  }

  private fmtS(s: string): void {
    this.padString(this.truncate(s));
  }

  private fmtQ(s: string): void {
    s = this.truncate(s);
    if (this.sharp && canBackquote(s)) this.padString('`' + s + '`');
    else this.padString(quote(s, { asciiOnly: this.plus }));
  }

  private fmtSbx(s: string, digitSet: string): void {
    let length = s.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) {
        width += 2;
      }
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    let out = '';
    if (this.sharp) out += '0' + digitSet[16];
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += ' ';
        if (this.sharp) out += '0' + digitSet[16];
      }
      const c = s.charCodeAt(i);
      out += digitSet[c >> 4] + digitSet[c & 15];
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  private fmtBytes(slice: Slice | null, verb: number, typeString: string): void {
    this.fmtBytesOf(sliceElements(slice) as number[], verb, typeString, slice === null);
  }

  private fmtBytesOf(bytes: number[], verb: number, typeString: string, isNil: boolean): void {
    switch (verb) {
      case 0x76: case 0x64:
        if (this.sharpV) {
          this.buf += typeString;
          if (isNil && typeString.startsWith('[]')) {
            this.buf += '(nil)';
            return;
          }
          this.buf += '{';
          bytes.forEach((c, i) => {
            if (i > 0) this.buf += ', ';
            this.fmt0x64(BigInt(c), true);
          });
          this.buf += '}';
          return;
        }
        this.buf += '[';
        bytes.forEach((c, i) => {
          if (i > 0) this.buf += ' ';
          this.fmtInteger(c, 10, false, verb, lowerDigits);
        });
        this.buf += ']';
        return;
      case 0x73: this.fmtS(String.fromCharCode(...bytes)); return;
      case 0x78: this.fmtSbx(String.fromCharCode(...bytes), lowerDigits); return;
      case 0x58: this.fmtSbx(String.fromCharCode(...bytes), upperDigits); return;
      case 0x71: this.fmtQ(String.fromCharCode(...bytes)); return;
    }
    // Other verbs print the bytes as a list of integers (Go's printValue of the slice).
    const elemType = Types.uint8;
    this.buf += '[';
    bytes.forEach((c, i) => {
      if (i > 0) this.buf += ' ';
      this.printValue(elemType, c, verb, 1, false);
    });
    this.buf += ']';
  }

  // ------------------------------------------------------------------------------------------
  // Errors in the format

  private badVerb(verb: number): void {
    this.erroring = true;
    this.buf += '%!' + encodeRune(verb) + '(';
    if (this.argType !== null) {
      this.buf += this.argType.toString() + '=';
      const [t, v] = [this.argType, this.argValue];
      this.printValue(t, v, 0x76, 0, false);
    } else {
      this.buf += '<nil>';
    }
    this.buf += ')';
    this.erroring = false;
  }

  private badArgNum(verb: number): void {
    this.buf += '%!' + encodeRune(verb) + '(BADINDEX)';
  }

  // ------------------------------------------------------------------------------------------
  // Padding and flags

  private truncate(s: string): string {
    if (!this.precPresent) return s;
    let n = this.prec;
    for (let i = 0; i < s.length; ) {
      n--;
      if (n < 0) return s.substring(0, i);
      i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i)[1];
    }
    return s;
  }

  private writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += (this.zero ? '0' : ' ').repeat(n);
  }

  private pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  private padString(s: string): void {
    this.pad(s);
  }

  private promoteV(): void {
    this.sharpV = this.sharp;
    this.sharp = false;
    this.plusV = this.plus;
    this.plus = false;
  }

  private clearFlags(): void {
    this.sharp = this.sharpV = this.plus = this.plusV = this.minus = this.space = this.zero = false;
    this.wid = this.prec = 0;
    this.widPresent = this.precPresent = false;
  }

  private saveFlags(): unknown[] {
    return [this.sharp, this.sharpV, this.plus, this.plusV, this.minus, this.space, this.zero, this.wid, this.widPresent, this.prec, this.precPresent];
  }

  private restoreFlags(saved: unknown[]): void {
    [this.sharp, this.sharpV, this.plus, this.plusV, this.minus, this.space, this.zero, this.wid, this.widPresent, this.prec, this.precPresent] =
      saved as [boolean, boolean, boolean, boolean, boolean, boolean, boolean, number, boolean, number, boolean];
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

const bytesType = Types.slice(Types.uint8);

/** *fmt.pp, the dynamic type of the fmt.State a Formatter receives. */
const statePointer: Type = (() => {
  const t = Types.named('fmt', 'fmt', 'pp', 'struct');
  Types.setUnderlying(t, Types.struct([]));
  const pointer = Types.pointer(t);
  pointer.methods.Write = (p: Printer, b: Slice | null) => {
    const bytes = sliceElements(b) as number[];
    for (let i = 0; i < bytes.length; i += 8192) p.buf += String.fromCharCode(...bytes.slice(i, i + 8192));
    return [bytes.length, null];
  };
  pointer.methods.WriteString = (p: Printer, text: string) => {
    p.buf += text;
    return [text.length, null];
  };
  pointer.methods.Width = (p: Printer) => p.stateWidth();
  pointer.methods.Precision = (p: Printer) => p.statePrecision();
  pointer.methods.Flag = (p: Printer, c: number) => p.stateFlag(Number(c));
  return pointer;
})();

/** Types the printer handles without looking for methods (Go's fast type switch). */
function isPredeclared(t: Type): boolean {
  return t.pkgPath === '' && t.name !== '' && t.name !== 'error';
}

function sliceElements(s: Slice | null): unknown[] {
  if (s === null) return [];
  return s.a.slice(s.o, s.o + s.l);
}

function runeOf(v: number | bigint): number {
  if (typeof v === 'bigint' || v < 0 || v > 0x10ffff) return 0xfffd;
  return v;
}

function parseNumber(s: string, start: number, end: number): [number, boolean, number] {
  let i = start;
  let n = 0;
  let found = false;
  while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) {
    if (n > 1e6) return [0, false, end]; // Go's tooLarge: consume the rest
    n = n * 10 + (s.charCodeAt(i) - 48);
    found = true;
    i++;
  }
  return [n, found, i];
}

function intFromArg(args: (Iface | null)[], argNum: number): [number, boolean, number] {
  if (argNum >= args.length) return [0, false, argNum];
  const arg = args[argNum];
  let num = 0;
  let isInt = false;
  if (arg !== null) {
    const kind = arg.t.underlying.kind;
    if (kind.startsWith('int') || kind.startsWith('uint')) {
      const v = arg.v as number | bigint;
      if (typeof v === 'number') {
        num = v;
        isInt = true;
      }
    }
  }
  if (num > 1e6 || num < -1e6) return [0, false, argNum + 1];
  return [num, isInt, argNum + 1];
}

/** The # flag on floats: keep a decimal point and pad significant digits (%#g keeps zeros). */
function sharpFloat(num: string, verb: string, precision: number): string {
  let digits = 0;
  if (verb === 'v' || verb === 'g' || verb === 'G' || verb === 'x') digits = precision === -1 ? 6 : precision;
  let tail = '';
  let body = num;
  let hasDecimalPoint = false;
  let sawNonzero = false;
  for (let i = 1; i < body.length; i++) {
    const c = body[i];
    if (c === '.') {
      hasDecimalPoint = true;
    } else if (c === 'p' || c === 'P' || ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X')) {
      tail = body.substring(i);
      body = body.substring(0, i);
      break;
    } else {
      if (c !== '0') sawNonzero = true;
      if (sawNonzero) digits--;
    }
  }
  if (!hasDecimalPoint) {
    if (body.length === 2 && body[1] === '0') digits--;
    body += '.';
  }
  while (digits > 0) {
    body += '0';
    digits--;
  }
  return body + tail;
}

/** fmt's map key order (internal/fmtsort): numbers, strings, bools, then composites field by field. */
export function compareKeys(t: Type, a: unknown, b: unknown): number {
  const u = t.underlying;
  switch (u.kind) {
    case 'string': case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
    case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
    case 'float32': case 'float64': {
      const x = a as number;
      const y = b as number;
      if (x < y) return -1;
      if (x > y) return 1;
      if (Number.isNaN(x) && !Number.isNaN(y)) return -1;
      if (!Number.isNaN(x) && Number.isNaN(y)) return 1;
      return 0;
    }
    case 'complex64': case 'complex128': {
      const x = a as Complex;
      const y = b as Complex;
      return compareKeys(Types.float64, x.re, y.re) || compareKeys(Types.float64, x.im, y.im);
    }
    case 'bool':
      return a === b ? 0 : a ? 1 : -1;
    case 'struct':
      for (const field of u.fields) {
        const c = compareKeys(field.type, (a as Record<string, unknown>)[field.key], (b as Record<string, unknown>)[field.key]);
        if (c !== 0) return c;
      }
      return 0;
    case 'array':
      for (let i = 0; i < u.len; i++) {
        const c = compareKeys(u.elem!, (a as unknown[])[i], (b as unknown[])[i]);
        if (c !== 0) return c;
      }
      return 0;
    case 'interface': {
      const x = a as Iface | null;
      const y = b as Iface | null;
      if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
      if (x.t !== y.t) {
        const xs = x.t.toString();
        const ys = y.t.toString();
        return xs < ys ? -1 : xs > ys ? 1 : 0;
      }
      return compareKeys(x.t, x.v, y.v);
    }
    default:
      return 0;
  }
}
