// Checks the fmt printer against Go's fmt output recorded in testdata/fmt.txt (`go run
// testdata/gen/fmt.go`): every named value of that program is built here as the VM represents it,
// then each recorded Sprintf/Sprint/Sprintln/Errorf case must give Go's bytes exactly. Machine
// addresses differ by nature and are compared as a placeholder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AddressBook } from './printer';
import { formatters, sprintValue } from './fmt';
import { formatFloat } from './floatFormat';
import { newError } from './errorValues';
import { unquote } from './quote';
import { GoMap, Iface, Slice, Types, goString, panicString, type StructField, type Type } from '../values';

function field(name: string, type: Type, exported = name[0] >= 'A' && name[0] <= 'Z'): StructField {
  return { name, key: name, type, embedded: false, exported, tag: '' };
}

function named(name: string, kind: Type['kind'], underlying: Type): Type {
  const t = Types.named('main', 'main', name, kind);
  Types.setUnderlying(t, underlying);
  return t;
}

const point = named('point', 'struct', Types.struct([field('X', Types.int), field('Y', Types.int)]));
const pointPtr = Types.pointer(point);
const celsius = named('celsius', 'float64', Types.float64);
celsius.methods.String = (c: number) => goString(formatFloat(c, 'f', 1, 64) + 'C');
const inner = named('inner', 'struct', Types.struct([field('name', Types.string), field('Items', Types.slice(Types.int))]));
const record = named('record', 'struct', Types.struct([
  field('Name', Types.string), field('Tags', Types.slice(Types.string)), field('P', pointPtr),
  field('M', Types.map(Types.string, Types.int)), field('Any', Types.any), field('in', inner), field('Temp', celsius),
  field('Err', Types.error),
]));
const myErr = named('myErr', 'struct', Types.struct([field('code', Types.int)]));
const myErrPtr = Types.pointer(myErr);
myErrPtr.methods.Error = (e: { code: number }) => 'code ' + String(e.code);
const panicky = named('panicky', 'struct', Types.struct([]));
panicky.methods.String = () => {
  throw panicString('bad');
};

const slice = (items: unknown[]): Slice => new Slice(items, 0, items.length, items.length);
function goMap(key: Type, elem: Type, pairs: [unknown, unknown][]): GoMap {
  const m = new GoMap(key, elem);
  for (const [k, v] of pairs) m.set(k, v);
  return m;
}
const iface = (t: Type, v: unknown): Iface => new Iface(t, v);

const values: Record<string, Iface | null> = {
  int: iface(Types.int, 42), neg: iface(Types.int, -7), maxi64: iface(Types.int64, 9223372036854775807n),
  mini64: iface(Types.int64, -9223372036854775808n), maxu64: iface(Types.uint64, 18446744073709551615n),
  u8: iface(Types.uint8, 200), rune: iface(Types.int32, 0xe9), i8: iface(Types.int8, -128), f64: iface(Types.float64, 3.14159),
  f32: iface(Types.float32, Math.fround(0.1)), fneg: iface(Types.float64, -2.5), fbig: iface(Types.float64, 1e21),
  fsmall: iface(Types.float64, 1e-7), fint: iface(Types.float64, 100), nan: iface(Types.float64, NaN),
  inf: iface(Types.float64, Infinity), ninf: iface(Types.float64, -Infinity), str: iface(Types.string, goString('héllo\n')),
  empty: iface(Types.string, ''), true: iface(Types.bool, true), bytes: iface(Types.slice(Types.uint8), slice([104, 105, 0])),
  ints: iface(Types.slice(Types.int), slice([1, 2, 3])), nilslice: iface(Types.slice(Types.int), null),
  strs: iface(Types.slice(Types.string), slice(['a', 'b c'])),
  map: iface(Types.map(Types.string, Types.int), goMap(Types.string, Types.int, [['b', 2], ['a', 1], ['c', 3]])),
  imap: iface(Types.map(Types.int, Types.string), goMap(Types.int, Types.string, [[3, 'c'], [1, 'a'], [-2, 'z']])),
  nilmap: iface(Types.map(Types.string, Types.int), null), point: iface(point, { X: 1, Y: 2 }),
  ptr: iface(pointPtr, { X: 3, Y: 4 }), nilptr: iface(pointPtr, null), celsius: iface(celsius, 21.5),
  err: newError('boom'), nilerr: null,
  anys: iface(Types.slice(Types.any), slice([iface(Types.int, 1), iface(Types.string, 'a'), null, iface(Types.float64, 2.5), iface(celsius, 3)])),
  arr: iface(Types.array(Types.int, 3), [7, 8, 9]),
  record: iface(record, {
    Name: 'r', Tags: slice(['x']), P: { X: 5, Y: 6 }, M: goMap(Types.string, Types.int, [['k', 1]]), Any: iface(Types.int, 3),
    in: { name: 'i', Items: slice([1]) }, Temp: 4, Err: newError('e'),
  }),
  emptyrecord: iface(record, record.zero()), myerr: iface(myErrPtr, { code: 7 }), panicky: iface(panicky, {}),
  bigu: iface(Types.uint, 9223372036854775808n), unicode: iface(Types.string, goString('日本\t')),
  invalid: iface(Types.string, 'a\xffb'), quote: iface(Types.string, 'say "hi"'),
  ptrs: iface(Types.slice(pointPtr), slice([{ X: 1, Y: 2 }])),
  bmap: iface(Types.map(Types.bool, Types.int), goMap(Types.bool, Types.int, [[true, 1], [false, 0]])),
  fmap: iface(Types.map(Types.float64, Types.string), goMap(Types.float64, Types.string, [[2.5, 'b'], [NaN, 'n'], [-1, 'a']])),
  tiny: iface(Types.float64, 5e-324), f32big: iface(Types.float32, 16777216),
};

const addressPattern = /(0x)?c0000[0-9a-f]{5}/g;

function check(line: string): void {
  const [kind, quotedFormat, names, quotedExpected] = line.split('\t');
  const format = unquote(quotedFormat)!;
  const expected = unquote(quotedExpected)!;
  const args = names === '' ? [] : names.split(',').map((name) => {
    assert.ok(name in values, `unknown value ${name}`);
    return values[name];
  });
  const f = formatters(new AddressBook());
  const argSlice = slice(args);
  let actual: string;
  switch (kind) {
    case 'print': actual = f.sprint(argSlice); break;
    case 'println': actual = f.sprintln(argSlice); break;
    case 'errorf': {
      const err = f.errorf(format, argSlice);
      actual = err.t.methods.Error(err.v) as string;
      break;
    }
    default: actual = f.sprintf(format, argSlice);
  }
  assert.equal(actual.replace(addressPattern, 'ADDR'), expected.replace(addressPattern, 'ADDR'), `${kind} ${quotedFormat} ${names}`);
}

test('fmt matches Go byte for byte', () => {
  const lines = readFileSync(join(__dirname, 'testdata', 'fmt.txt'), 'latin1').split('\n').filter((l) => l !== '');
  const failures: string[] = [];
  for (const line of lines) {
    try {
      check(line);
    } catch (error) {
      failures.push((error as Error).message.split('\n').filter((l) => l.trim() !== '').slice(0, 3).join(' | '));
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${lines.length} differ:\n${failures.slice(0, 40).join('\n')}`);
});

test('sprintValue prints one value as fmt.Sprint does', () => {
  assert.equal(sprintValue(point, { X: 1, Y: 2 }), '{1 2}');
  assert.equal(sprintValue(Types.error, null), '<nil>');
  assert.equal(sprintValue(pointPtr, { X: 1, Y: 2 }, '%+v'), '&{X:1 Y:2}');
  assert.equal(sprintValue(celsius, 2), '2.0C');
});
