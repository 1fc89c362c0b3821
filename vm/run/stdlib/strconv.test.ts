// Checks package strconv against Go's results recorded in testdata/strconv.txt (`go run
// testdata/gen/strconv.go`): parse errors with their exact wording, bases and bit sizes, float
// parsing bit for bit, formatting and quoting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './strconv';
import { failuresOf, loadNatives, readGolden, render, stringArg, type GoldenLine } from './testing';
import { goFloat64Bits, float64FromBits } from './mathFunctions';
import { int64 } from '../ints';
import { Complex, goString, Iface, Types, type Type } from '../values';
import { bytesToString, stringToBytes } from './support';

const strconv = loadNatives('strconv');
const integer = (text: string) => int64(BigInt(text));
const v = (t: Type, value: unknown): Iface | null => (t === Types.error ? (value as Iface | null) : new Iface(t, value));
const hexBits = (f: number) => goFloat64Bits(f).toString(16).padStart(16, '0');

function call(line: GoldenLine): (Iface | null)[] {
  const { name, args } = line;
  switch (name) {
    case 'Atoi': {
      const [n, err] = strconv.Atoi(stringArg(args[0]));
      return [v(Types.int, n), v(Types.error, err)];
    }
    case 'ParseInt': case 'ParseUint': {
      const [n, err] = strconv[name](stringArg(args[0]), integer(args[1]), integer(args[2]));
      return [v(name === 'ParseInt' ? Types.int64 : Types.uint64, n), v(Types.error, err)];
    }
    case 'ParseFloat': {
      const [f, err] = strconv.ParseFloat(stringArg(args[0]), integer(args[1]));
      return [v(Types.string, hexBits(f)), v(Types.error, err)];
    }
    case 'ParseBool': {
      const [b, err] = strconv.ParseBool(stringArg(args[0]));
      return [v(Types.bool, b), v(Types.error, err)];
    }
    case 'FormatInt': return [v(Types.string, strconv.FormatInt(integer(args[0]), integer(args[1])))];
    case 'Itoa': return [v(Types.string, strconv.Itoa(integer(args[0])))];
    case 'Quote': case 'QuoteToASCII': case 'QuoteToGraphic': return [v(Types.string, strconv[name](stringArg(args[0])))];
    case 'CanBackquote': return [v(Types.bool, strconv.CanBackquote(stringArg(args[0])))];
    case 'UnquoteQuote': {
      const s = stringArg(args[0]);
      const [u, err] = strconv.Unquote(strconv.Quote(s));
      return [v(Types.bool, u === s), v(Types.error, err)];
    }
    case 'Unquote': {
      const [u, err] = strconv.Unquote(stringArg(args[0]));
      return [v(Types.string, strconv.Quote(u)), v(Types.error, err)];
    }
    case 'QuoteRune': case 'QuoteRuneToASCII': return [v(Types.string, strconv[name](Number(args[0])))];
    case 'IsPrint': return [v(Types.bool, strconv.IsPrint(Number(args[0])))];
    case 'FormatFloat': {
      const f = float64FromBits(BigInt('0x' + args[0].substring(2)));
      return [v(Types.string, strconv.FormatFloat(f, Number(args[1]), integer(args[2]), integer(args[3])))];
    }
    case 'FormatComplex': {
      const part = (arg: string) => float64FromBits(BigInt('0x' + arg.substring(2)));
      const c = new Complex(part(args[0]), part(args[1]));
      return [v(Types.string, strconv.FormatComplex(c, Number(args[2]), integer(args[3]), integer(args[4])))];
    }
    case 'AppendInt': return [v(Types.string, bytesToString(strconv.AppendInt(stringToBytes(stringArg(args[0])), integer(args[1]), integer(args[2]))))];
    case 'AppendQuote': return [v(Types.string, bytesToString(strconv.AppendQuote(stringToBytes(stringArg(args[0])), stringArg(args[1]))))];
    case 'AppendBool': return [v(Types.string, bytesToString(strconv.AppendBool(null, args[1] === '1')))];
  }
  throw new Error(`no adapter for ${name}`);
}

test('strconv matches Go', () => {
  const lines = readGolden('strconv.txt');
  // NaN payloads are not observable in the VM: any NaN bit pattern reads as one.
  const nan = (text: string) => text.replace(/7ff800000000000[01]/, 'NaN');
  const failures = failuresOf(lines.map((line) => ({ ...line, expected: nan(line.expected) })), (line) => nan(render(call(line))));
  assert.equal(failures.length, 0, `${failures.length} of ${lines.length} differ:\n${failures.slice(0, 30).join('\n')}`);
});

test('strconv errors unwrap to the shared ErrRange and ErrSyntax', () => {
  const [, rangeErr] = strconv.Atoi('99999999999999999999');
  assert.equal(rangeErr.t.methods.Unwrap(rangeErr.v), strconv.ErrRange());
  const [, syntaxErr] = strconv.ParseFloat(goString('x'), 64);
  assert.equal(syntaxErr.t.methods.Unwrap(syntaxErr.v), strconv.ErrSyntax());
});
