// Checks package sort against Go (testdata/sort.txt, `go run testdata/gen/sort.go`): the exact
// order of equal elements after Slice, Sort and Reverse (Go's pdqsort), and after SliceStable and
// Stable, on inputs of many sizes and patterns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './sort';
import { failuresOf, loadNatives, readGolden, type GoldenLine } from './testing';
import { Iface, Slice, Types } from '../values';

const sort = loadNatives('sort');

interface Item {
  key: number;
  id: number;
}

// type byKey []item with Len, Less and Swap, as the compiler would build it.
const itemType = Types.struct([
  { name: 'key', key: 'key', type: Types.int, embedded: false, exported: false, tag: '' },
  { name: 'id', key: 'id', type: Types.int, embedded: false, exported: false, tag: '' },
]);
const byKey = Types.named('main', 'main', 'byKey', 'slice');
Types.setUnderlying(byKey, Types.slice(itemType));
byKey.methods.Len = (s: Slice) => s.l;
byKey.methods.Less = (s: Slice, i: number, j: number) => (s.a[s.o + i] as Item).key < (s.a[s.o + j] as Item).key;
byKey.methods.Swap = (s: Slice, i: number, j: number) => {
  const t = s.a[s.o + i];
  s.a[s.o + i] = s.a[s.o + j];
  s.a[s.o + j] = t;
};

function check(line: GoldenLine): string {
  const keys = line.args[0] === '' ? [] : line.args[0].split(',').map(Number);
  const items: Item[] = keys.map((key, id) => ({ key, id }));
  const s = new Slice(items, 0, items.length, items.length);
  const less = (i: number, j: number) => items[i].key < items[j].key;
  switch (line.name) {
    case 'Slice': sort.Slice(new Iface(byKey, s), less); break;
    case 'SliceStable': sort.SliceStable(new Iface(byKey, s), less); break;
    case 'Sort': sort.Sort(new Iface(byKey, s)); break;
    case 'Stable': sort.Stable(new Iface(byKey, s)); break;
    case 'Reverse': sort.Sort(sort.Reverse(new Iface(byKey, s))); break;
  }
  return items.map((item) => item.id).join(',');
}

test('sort orders equal elements exactly as Go does', () => {
  const lines = readGolden('sort.txt');
  const failures = failuresOf(lines, check);
  assert.equal(failures.length, 0, `${failures.length} of ${lines.length} differ:\n${failures.slice(0, 5).join('\n').slice(0, 3000)}`);
});

test('Ints, Strings, Float64s and searches', () => {
  const ints = new Slice([5, 2, 9, 2, -1], 0, 5, 5);
  sort.Ints(ints);
  assert.deepEqual(ints.a, [-1, 2, 2, 5, 9]);
  assert.equal(sort.SearchInts(ints, 5), 3);
  assert.equal(sort.SearchInts(ints, 100), 5);
  const floats = new Slice([2.5, NaN, -1, 0], 0, 4, 4);
  sort.Float64s(floats);
  assert.deepEqual(floats.a, [NaN, -1, 0, 2.5]);
  const strs = new Slice(['b', 'B', 'a', ''], 0, 4, 4);
  sort.Strings(strs);
  assert.deepEqual(strs.a, ['', 'B', 'a', 'b']);
  assert.equal(sort.StringsAreSorted(strs), true);
  assert.equal(sort.Search(100, (i: number) => i * i >= 50), 8);
});
