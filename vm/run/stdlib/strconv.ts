// Package strconv: integer and float parsing with Go's *NumError values and wording
// (`strconv.Atoi: parsing "x": invalid syntax`), formatting in any base, exact float formatting
// (floatFormat.ts), quoting (quote.ts), and the Append variants on []byte. ErrSyntax and ErrRange
// are single values shared with every *NumError, so errors.Is works; the Go declaration's variables
// take them from the natives of the same names.

import { formatFloat, type FloatBits } from './floatFormat';
import { parseFloat, parseInt, parseUint, type ParseErrorKind } from './floatParse';
import { canBackquote, isGraphic, isPrint, quote, quoteRune, unquote, unquoteChar } from './quote';
import { newError, errorText } from './errorValues';
import { appendString, declaredType, packageVar, panicWith } from './support';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import { int64, uint64, toNumber, type I64 } from '../ints';
import { encodeRune, Iface, Types, type Complex, type Slice, type Type } from '../values';

export const errSyntax = newError('invalid syntax');
export const errRange = newError('value out of range');

interface NumError {
  Func: string;
  Num: string;
  Err: Iface | null;
}

function numErrorText(e: NumError): string {
  return 'strconv.' + e.Func + ': parsing ' + quote(e.Num) + ': ' + (e.Err === null ? '<nil>' : errorText(e.Err));
}

function fallbackNumError(): Type {
  const t = Types.named('strconv', 'strconv', 'NumError', 'struct');
  Types.setUnderlying(t, Types.struct([
    { name: 'Func', key: 'Func', type: Types.string, embedded: false, exported: true, tag: '' },
    { name: 'Num', key: 'Num', type: Types.string, embedded: false, exported: true, tag: '' },
    { name: 'Err', key: 'Err', type: Types.error, embedded: false, exported: true, tag: '' },
  ]));
  return t;
}

export function loadStrconv(ctx: NativeContext): NativeExports {
  const numErrorType = declaredType(ctx, 'NumError', fallbackNumError);
  const numErrorPointer = Types.pointer(numErrorType);
  numErrorPointer.methods.Error ??= (e: NumError) => numErrorText(e);
  numErrorPointer.methods.Unwrap ??= (e: NumError) => e.Err;

  // The errors *NumError wraps are the package's ErrSyntax and ErrRange variables when the Go
  // declaration initializes them, so that == and errors.Is hold; else the natives' own values.
  const syntaxValue = () => (packageVar(ctx, 'ErrSyntax') as Iface | undefined) ?? errSyntax;
  const rangeValue = () => (packageVar(ctx, 'ErrRange') as Iface | undefined) ?? errRange;
  const numError = (func: string, num: string, kind: ParseErrorKind | 'base' | 'bitsize', detail = 0): Iface => {
    const value = numErrorType.zero() as NumError;
    value.Func = func;
    value.Num = num;
    if (kind === 'syntax') value.Err = syntaxValue();
    else if (kind === 'range') value.Err = rangeValue();
    else if (kind === 'base') value.Err = newError('invalid base ' + String(detail));
    else value.Err = newError('invalid bit size ' + String(detail));
    return new Iface(numErrorPointer, value);
  };

  const formatInt = (i: I64, base: I64): string => {
    const b = toNumber(base);
    if (b < 2 || b > 36) panicWith('strconv: illegal AppendInt/FormatInt base');
    return i.toString(b);
  };

  return {
    // The values of the Go declaration's `var ErrSyntax error` and `var ErrRange error` (the VM
    // initializes a body-less package variable from the native of its name).
    ErrSyntax: () => errSyntax,
    ErrRange: () => errRange,
    'NumError.Error': (e: NumError) => numErrorText(e),
    'NumError.Unwrap': (e: NumError) => e.Err,
    Itoa: (i: I64) => i.toString(),
    Atoi: (s: string) => {
      const result = parseInt(s, 10, 64);
      if (result.error === undefined) return [int64(result.value), null];
      const value = result.error === 'range' ? int64(result.value) : 0;
      return [value, numError('Atoi', s, result.error)];
    },
    ParseInt: (s: string, base: I64, bitSize: I64) => {
      const b = toNumber(base);
      const size = toNumber(bitSize);
      const result = parseInt(s, b, size);
      if (result.error === undefined) return [int64(result.value), null];
      const detail = result.error === 'base' ? b : size;
      return [int64(result.value), numError('ParseInt', s, result.error, detail)];
    },
    ParseUint: (s: string, base: I64, bitSize: I64) => {
      const b = toNumber(base);
      const size = toNumber(bitSize);
      const result = parseUint(s, b, size);
      if (result.error === undefined) return [uint64(result.value), null];
      const detail = result.error === 'base' ? b : size;
      return [uint64(result.value), numError('ParseUint', s, result.error, detail)];
    },
    ParseFloat: (s: string, bitSize: I64) => {
      const size: FloatBits = toNumber(bitSize) === 32 ? 32 : 64;
      const result = parseFloat(s, size);
      if (result.error === undefined) return [result.value, null];
      return [result.value, numError('ParseFloat', s, result.error)];
    },
    ParseBool: (s: string) => {
      if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return [true, null];
      if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return [false, null];
      return [false, numError('ParseBool', s, 'syntax')];
    },
    FormatInt: formatInt,
    FormatUint: formatInt,
    FormatFloat: (f: number, format: number, prec: I64, bitSize: I64) =>
      formatFloatVerb(f, format, toNumber(prec), toNumber(bitSize) === 32 ? 32 : 64),
    // Ready for a `func FormatComplex` declaration: the parts as FormatFloat of half the size.
    FormatComplex: (c: Complex, format: number, prec: I64, bitSize: I64) => {
      const size = toNumber(bitSize);
      if (size !== 64 && size !== 128) panicWith('invalid bitSize');
      const half = size === 64 ? 32 : 64;
      let im = formatFloatVerb(c.im, format, toNumber(prec), half);
      if (im[0] !== '+' && im[0] !== '-') im = '+' + im;
      return '(' + formatFloatVerb(c.re, format, toNumber(prec), half) + im + 'i)';
    },
    FormatBool: (b: boolean) => (b ? 'true' : 'false'),
    Quote: (s: string) => quote(s),
    QuoteToASCII: (s: string) => quote(s, { asciiOnly: true }),
    QuoteToGraphic: (s: string) => quote(s, { graphicOnly: true }),
    QuoteRune: (r: number) => quoteRune(r),
    QuoteRuneToASCII: (r: number) => quoteRune(r, { asciiOnly: true }),
    QuoteRuneToGraphic: (r: number) => quoteRune(r, { graphicOnly: true }),
    CanBackquote: (s: string) => canBackquote(s),
    QuotedPrefix: (s: string) => {
      const prefix = quotedPrefix(s);
      return prefix === null ? ['', syntaxValue()] : [prefix, null];
    },
    IsPrint: (r: number) => isPrint(r),
    IsGraphic: (r: number) => isGraphic(r),
    Unquote: (s: string) => {
      const result = unquote(s);
      return result === null ? ['', syntaxValue()] : [result, null];
    },
    UnquoteChar: (s: string, q: number) => {
      const result = unquoteChar(s, q);
      if (result === null) return [0, false, '', syntaxValue()];
      return [result.value, result.multibyte, result.tail, null];
    },
    AppendInt: (dst: Slice | null, i: I64, base: I64) => appendString(dst, formatInt(i, base)),
    AppendUint: (dst: Slice | null, i: I64, base: I64) => appendString(dst, formatInt(i, base)),
    AppendFloat: (dst: Slice | null, f: number, format: number, prec: I64, bitSize: I64) =>
      appendString(dst, formatFloatVerb(f, format, toNumber(prec), toNumber(bitSize) === 32 ? 32 : 64)),
    AppendBool: (dst: Slice | null, b: boolean) => appendString(dst, b ? 'true' : 'false'),
    AppendQuote: (dst: Slice | null, s: string) => appendString(dst, quote(s)),
    AppendQuoteToASCII: (dst: Slice | null, s: string) => appendString(dst, quote(s, { asciiOnly: true })),
    AppendQuoteRune: (dst: Slice | null, r: number) => appendString(dst, quoteRune(r)),
    AppendQuoteRuneToASCII: (dst: Slice | null, r: number) => appendString(dst, quoteRune(r, { asciiOnly: true })),
  };
}

/** strconv.QuotedPrefix: the quoted literal at the start of s, as written; null when there is none. */
function quotedPrefix(s: string): string | null {
  if (s.length === 0) return null;
  const q = s.charCodeAt(0);
  if (q === 0x60) {
    const end = s.indexOf('`', 1);
    return end < 0 ? null : s.substring(0, end + 1);
  }
  if (q !== 0x22 && q !== 0x27) return null;
  let rest = s.substring(1);
  let count = 0;
  while (rest.length > 0 && rest.charCodeAt(0) !== q) {
    if (rest.charCodeAt(0) === 0x0a) return null;
    const next = unquoteChar(rest, q);
    if (next === null) return null;
    rest = next.tail;
    count++;
  }
  if (rest.length === 0 || (q === 0x27 && count !== 1)) return null;
  return s.substring(0, s.length - rest.length + 1);
}

/** FormatFloat with a format byte; an unknown format gives `%` and the byte, as Go does. */
function formatFloatVerb(f: number, format: number, prec: number, bitSize: FloatBits): string {
  const verb = String.fromCharCode(format);
  if (Number.isFinite(f) && !'beEfgGxX'.includes(verb)) return '%' + encodeRune(format);
  return formatFloat(bitSize === 32 ? Math.fround(f) : f, verb, prec, bitSize);
}

registerNatives({ path: 'strconv', load: loadStrconv });
