// Checks the deterministic math functions bit for bit against Go's portable math code, recorded
// in testdata/mathfuncs.txt (`GOARCH=386 go run testdata/gen/mathfuncs.go`). A NaN matches any NaN:
// payload bits are not observable through the VM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as m from './mathFunctions';

const unary: Record<string, (x: number) => number> = {
  Sin: m.sin, Cos: m.cos, Tan: m.tan, Asin: m.asin, Acos: m.acos, Atan: m.atan, Sinh: m.sinh, Cosh: m.cosh,
  Tanh: m.tanh, Asinh: m.asinh, Acosh: m.acosh, Atanh: m.atanh, Exp: m.exp, Exp2: m.exp2, Expm1: m.expm1,
  Log: m.log, Log2: m.log2, Log10: m.log10, Log1p: m.log1p, Cbrt: m.cbrt, Sqrt: Math.sqrt, Round: m.round, Logb: m.logb,
  RoundToEven: m.roundToEven, Floor: m.floor, Ceil: m.ceil, Trunc: m.trunc,
};
const binary: Record<string, (x: number, y: number) => number> = {
  Pow: m.pow, Atan2: m.atan2, Hypot: m.hypot, Mod: m.mod, Remainder: m.remainder, Max: m.max, Min: m.min,
  Dim: m.dim, Nextafter: m.nextafter,
};

function fromHex(hex: string): number {
  return m.float64FromBits(BigInt('0x' + hex));
}

function check(line: string): string | undefined {
  const fields = line.split('\t');
  const name = fields[0];
  const args = fields.slice(1, -1).map(fromHex);
  const expected = fromHex(fields[fields.length - 1]);
  const actual = args.length === 3 ? m.fma(args[0], args[1], args[2]) : args.length === 1 ? unary[name](args[0]) : binary[name](args[0], args[1]);
  if (Number.isNaN(expected) && Number.isNaN(actual)) return undefined;
  if (Object.is(actual, expected)) return undefined;
  return `${name}(${args.join(', ')}) = ${actual}, Go: ${expected}`;
}

test('math functions match Go bit for bit', () => {
  const lines = readFileSync(join(__dirname, 'testdata', 'mathfuncs.txt'), 'utf8').split('\n').filter((l) => l !== '');
  const failures = lines.map(check).filter((f): f is string => f !== undefined);
  assert.equal(failures.length, 0, `${failures.length} of ${lines.length} differ:\n${failures.slice(0, 25).join('\n')}`);
});
