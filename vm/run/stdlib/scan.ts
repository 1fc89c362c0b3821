// fmt.Sscan and fmt.Sscanf for the common cases: space-separated operands stored through
// pointers to integers, floats, complex numbers, strings and booleans; in Sscanf, literal text must match and the
// verbs %d %s %f %g %e %v %t %q %x read one operand each. Errors use Go's texts for the usual
// failures ("unexpected EOF", "expected integer", "input does not match format").
// It does not support widths in scanning formats, runes (%c), or the Scanner interface.

import { newError } from './errorValues';
import { parseFloat, parseInt } from './floatParse';
import { unquote } from './quote';
import { int64, uint64 } from '../ints';
import { Complex, Iface, type Type } from '../values';

const floatText = '(?:[iI]nf|NaN|0[xX][0-9a-fA-F_]*\\.?[0-9a-fA-F_]*(?:[pP][+-]?[0-9_]+)?|[0-9_]*\\.?[0-9_]*(?:[eEpP][+-]?[0-9_]+)?)';
// A complex operand: optional '(' (1), the real part (2), the signed imaginary part (3), 'i', ')' (4).
const complexPattern = new RegExp(`^(\\()?([+-]?${floatText})([+-]${floatText})i(\\))?$`);
// What a complex operand reads (checked by complexPattern, so a partial one is a syntax error).
const complexToken = new RegExp(`^\\(?[+-]?${floatText}(?:[+-]${floatText})?i?\\)?`);

function isComplex(target: Iface | null): boolean {
  const kind = target !== null && target.t.underlying.kind === 'pointer' ? target.t.underlying.elem!.underlying.kind : '';
  return kind === 'complex64' || kind === 'complex128';
}

/** The error of an operand that has no text at all. */
function missingOperand(target: Iface | null): string {
  return isComplex(target) ? 'syntax error scanning complex number' : 'expected integer';
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** Stores `token` through pointer `target`; an error text when it does not parse. */
function store(target: Iface | null, token: string, verb: string): string | null {
  if (target === null || target.t.underlying.kind !== 'pointer') return "can't scan type: " + (target === null ? '<nil>' : target.t.toString());
  const elem: Type = target.t.underlying.elem!;
  const kind = elem.underlying.kind;
  const ref = target.v as { v: unknown };
  if (kind === 'string') {
    if (verb === 'q') {
      const s = unquote(token);
      if (s === null) return 'invalid syntax';
      ref.v = s;
    } else ref.v = token;
    return null;
  }
  if (kind === 'bool') {
    if (token === 'true' || token === 'false') {
      ref.v = token === 'true';
      return null;
    }
    return 'syntax error scanning boolean';
  }
  if (kind === 'float32' || kind === 'float64') {
    const result = parseFloat(token, kind === 'float32' ? 32 : 64);
    if (result.error !== undefined) return 'strconv.ParseFloat: parsing ' + JSON.stringify(token) + ': invalid syntax';
    ref.v = result.value;
    return null;
  }
  if (kind === 'complex64' || kind === 'complex128') {
    // Go's complexTokens: an optional '(', a float, a signed float, 'i', and ')' when '(' opened.
    const match = complexPattern.exec(token);
    if (match === null || (match[1] === '(') !== (match[4] === ')')) return 'syntax error scanning complex number';
    const bits = kind === 'complex64' ? 32 : 64;
    const re = parseFloat(match[2], bits);
    const im = parseFloat(match[3], bits);
    if (re.error !== undefined) return 'strconv.ParseFloat: parsing ' + JSON.stringify(match[2]) + ': invalid syntax';
    if (im.error !== undefined) return 'strconv.ParseFloat: parsing ' + JSON.stringify(match[3]) + ': invalid syntax';
    ref.v = new Complex(re.value, im.value);
    return null;
  }
  if (kind.startsWith('int') || kind.startsWith('uint')) {
    if (!/^[+-]?[0-9]+$/.test(token) && !(verb === 'x' && /^[0-9a-fA-F]+$/.test(token))) return 'expected integer';
    const bits = kind === 'int' || kind === 'uint' || kind === 'uintptr' ? 64 : Number(kind.replace(/^u?int/, ''));
    const result = parseInt(token, verb === 'x' ? 16 : 10, bits + (kind.startsWith('u') ? 1 : 0));
    if (result.error !== undefined || (kind.startsWith('u') && result.value < 0n)) return 'integer overflow on token ' + token;
    ref.v = kind === 'int' || kind === 'int64' ? int64(result.value) : kind.startsWith('uint') && bits === 64 ? uint64(result.value) : Number(result.value);
    return null;
  }
  return "can't scan type: " + target.t.toString();
}

export function scan(input: string, format: string | null, targets: (Iface | null)[]): [number, Iface | null] {
  let at = 0;
  let count = 0;
  // One operand's text: what the verb (and, for %v, the operand's kind) accepts, after spaces.
  const token = (verb: string, target: Iface | null): string => {
    while (at < input.length && isSpace(input[at])) at++;
    const kind = target !== null && target.t.underlying.kind === 'pointer' ? target.t.underlying.elem!.underlying.kind : '';
    let pattern = /^[^ \t\n\r]+/;
    if (verb === 'd' || (verb === 'v' && (kind.startsWith('int') || kind.startsWith('uint')))) pattern = /^[+-]?[0-9_]+/;
    else if (verb === 'x' || verb === 'X') pattern = /^[+-]?[0-9a-fA-F]+/;
    else if ('eEfFgG'.includes(verb) || (verb === 'v' && kind.startsWith('float'))) pattern = /^[+-]?([0-9_]*\.?[0-9_]*([eEpP][+-]?[0-9_]+)?|[iI]nf|NaN)/;
    else if (verb === 't' || (verb === 'v' && kind === 'bool')) pattern = /^[a-zA-Z]+/;
    if (isComplex(target)) pattern = complexToken;
    const match = pattern.exec(input.substring(at));
    const text = match === null ? '' : match[0];
    at += text.length;
    return text;
  };
  const atEnd = (): boolean => {
    let i = at;
    while (i < input.length && isSpace(input[i])) i++;
    return i >= input.length;
  };
  const fail = (text: string): [number, Iface | null] => [count, newError(text)];
  if (format === null) {
    for (const target of targets) {
      if (atEnd()) return fail('EOF');
      const next = token('v', target);
      if (next === '') return fail(missingOperand(target));
      const error = store(target, next, 'v');
      if (error !== null) return fail(error);
      count++;
    }
    return [count, null];
  }
  let operand = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '%' && format[i + 1] === '%') {
      i++;
      while (at < input.length && isSpace(input[at])) at++;
      if (input[at] !== '%') return fail('input does not match format');
      at++;
      continue;
    }
    if (c === '%') {
      const verb = format[++i] ?? '';
      if (operand >= targets.length) return fail('too few operands for format \'%' + verb + "'");
      if (atEnd()) return fail('unexpected EOF');
      const next = token(verb, targets[operand]);
      if (next === '') return fail(missingOperand(targets[operand]));
      const error = store(targets[operand++], next, verb);
      if (error !== null) return fail(error);
      count++;
      continue;
    }
    if (isSpace(c)) {
      while (at < input.length && isSpace(input[at])) at++;
      continue;
    }
    if (input[at] !== c) return fail(at >= input.length ? 'unexpected EOF' : 'input does not match format');
    at++;
  }
  if (operand < targets.length) return fail('too many operands');
  return [count, null];
}
