// Package sort: Sort, Stable, IsSorted, Reverse on sort.Interface values; Slice, SliceStable,
// SliceIsSorted with a less function; Ints, Strings, Float64s and their AreSorted and Search
// variants; Search; the IntSlice, StringSlice and Float64Slice methods. The algorithms are Go's
// (sorting.ts), so unstable sorts leave equal elements where Go leaves them.

import { pdqsort, stableSort, type Sortable } from './sorting';
import { declaredType } from './support';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import { toNumber, type I64 } from '../ints';
import { Iface, Slice, Types, type Type } from '../values';

type Less = (i: number, j: number) => boolean;

/** A slice's elements sorted in place by `less` on values. */
function sliceSortable<T>(s: Slice, less: (x: T, y: T) => boolean): Sortable {
  const a = s.a as T[];
  const o = s.o;
  return {
    less: (i, j) => less(a[o + i], a[o + j]),
    swap: (i, j) => {
      const t = a[o + i];
      a[o + i] = a[o + j];
      a[o + j] = t;
    },
  };
}

/** Swaps whole elements of a slice (struct elements are objects: swapping the references is a value swap). */
function indexSortable(s: Slice, less: Less): Sortable {
  const a = s.a;
  const o = s.o;
  return {
    less,
    swap: (i, j) => {
      const t = a[o + i];
      a[o + i] = a[o + j];
      a[o + j] = t;
    },
  };
}

/** A sort.Interface value through its methods. */
function interfaceSortable(data: Iface): { sortable: Sortable; n: number } {
  const { methods } = data.t;
  const value = data.v;
  const less = methods.Less;
  const swap = methods.Swap;
  return {
    sortable: { less: (i, j) => less(value, i, j) as boolean, swap: (i, j) => swap(value, i, j) },
    n: toNumber(methods.Len(value) as I64),
  };
}

const lessOrdered = (x: number | string | bigint, y: number | string | bigint) => x < y;
/** Float64s order: NaN first, then numeric. */
const lessFloat = (x: number, y: number) => x < y || (Number.isNaN(x) && !Number.isNaN(y));

function search(n: number, f: (i: number) => boolean): number {
  let i = 0;
  let j = n;
  while (i < j) {
    const h = (i + j) >>> 1;
    if (!f(h)) i = h + 1;
    else j = h;
  }
  return i;
}

function isSortedBy(n: number, less: Less): boolean {
  for (let i = n - 1; i > 0; i--) if (less(i, i - 1)) return false;
  return true;
}

function at<T>(s: Slice | null, i: number): T {
  return (s as Slice).a[(s as Slice).o + i] as T;
}

function len(s: Slice | null): number {
  return s === null ? 0 : s.l;
}

export function loadSort(ctx: NativeContext): NativeExports {
  const reverseType = declaredType(ctx, 'reverse', () => {
    const t = Types.named('sort', 'sort', 'reverse', 'struct');
    Types.setUnderlying(t, Types.struct([{ name: 'Interface', key: 'Interface', type: Types.any, embedded: true, exported: true, tag: '' }]));
    return t;
  });
  const reversePointer: Type = Types.pointer(reverseType);
  const inner = (r: { Interface: Iface }) => r.Interface;
  reversePointer.methods.Len ??= (r: { Interface: Iface }) => inner(r).t.methods.Len(inner(r).v);
  reversePointer.methods.Less ??= (r: { Interface: Iface }, i: number, j: number) => inner(r).t.methods.Less(inner(r).v, j, i);
  reversePointer.methods.Swap ??= (r: { Interface: Iface }, i: number, j: number) => inner(r).t.methods.Swap(inner(r).v, i, j);

  const sortSlice = <T>(s: Slice | null, less: (x: T, y: T) => boolean) => {
    if (s !== null) pdqsort(sliceSortable(s, less), s.l);
  };
  const searchSlice = <T>(s: Slice | null, x: T, less: (x: T, y: T) => boolean) => search(len(s), (i) => !less(at<T>(s, i), x));
  const sortedSlice = <T>(s: Slice | null, less: (x: T, y: T) => boolean) => isSortedBy(len(s), (i, j) => less(at<T>(s, i), at<T>(s, j)));

  return {
    Sort: (data: Iface) => {
      const { sortable, n } = interfaceSortable(data);
      pdqsort(sortable, n);
    },
    Stable: (data: Iface) => {
      const { sortable, n } = interfaceSortable(data);
      stableSort(sortable, n);
    },
    IsSorted: (data: Iface) => {
      const { sortable, n } = interfaceSortable(data);
      return isSortedBy(n, sortable.less);
    },
    Reverse: (data: Iface) => {
      const r = reverseType.zero() as { Interface: Iface };
      r.Interface = data;
      return new Iface(reversePointer, r);
    },
    'reverse.Len': (r: { Interface: Iface }) => inner(r).t.methods.Len(inner(r).v),
    'reverse.Less': (r: { Interface: Iface }, i: number, j: number) => inner(r).t.methods.Less(inner(r).v, j, i),
    'reverse.Swap': (r: { Interface: Iface }, i: number, j: number) => inner(r).t.methods.Swap(inner(r).v, i, j),
    Slice: (x: Iface, less: Less) => {
      const s = x.v as Slice | null;
      if (s !== null) pdqsort(indexSortable(s, less), s.l);
    },
    SliceStable: (x: Iface, less: Less) => {
      const s = x.v as Slice | null;
      if (s !== null) stableSort(indexSortable(s, less), s.l);
    },
    SliceIsSorted: (x: Iface, less: Less) => isSortedBy(len(x.v as Slice | null), less),
    Search: (n: I64, f: (i: number) => boolean) => search(toNumber(n), f),
    Ints: (s: Slice | null) => sortSlice(s, lessOrdered),
    Strings: (s: Slice | null) => sortSlice(s, lessOrdered),
    Float64s: (s: Slice | null) => sortSlice(s, lessFloat),
    IntsAreSorted: (s: Slice | null) => sortedSlice(s, lessOrdered),
    StringsAreSorted: (s: Slice | null) => sortedSlice(s, lessOrdered),
    Float64sAreSorted: (s: Slice | null) => sortedSlice(s, lessFloat),
    SearchInts: (s: Slice | null, x: I64) => searchSlice(s, x, lessOrdered),
    SearchStrings: (s: Slice | null, x: string) => searchSlice(s, x, lessOrdered),
    SearchFloat64s: (s: Slice | null, x: number) => searchSlice(s, x, (a: number, b: number) => a < b),
    'IntSlice.Len': (s: Slice | null) => len(s),
    'IntSlice.Less': (s: Slice | null, i: number, j: number) => at<I64>(s, i) < at<I64>(s, j),
    'IntSlice.Swap': (s: Slice | null, i: number, j: number) => indexSortable(s as Slice, () => false).swap(i, j),
    'IntSlice.Sort': (s: Slice | null) => sortSlice(s, lessOrdered),
    'IntSlice.Search': (s: Slice | null, x: I64) => searchSlice(s, x, lessOrdered),
    'StringSlice.Len': (s: Slice | null) => len(s),
    'StringSlice.Less': (s: Slice | null, i: number, j: number) => at<string>(s, i) < at<string>(s, j),
    'StringSlice.Swap': (s: Slice | null, i: number, j: number) => indexSortable(s as Slice, () => false).swap(i, j),
    'StringSlice.Sort': (s: Slice | null) => sortSlice(s, lessOrdered),
    'StringSlice.Search': (s: Slice | null, x: string) => searchSlice(s, x, lessOrdered),
    'Float64Slice.Len': (s: Slice | null) => len(s),
    'Float64Slice.Less': (s: Slice | null, i: number, j: number) => lessFloat(at<number>(s, i), at<number>(s, j)),
    'Float64Slice.Swap': (s: Slice | null, i: number, j: number) => indexSortable(s as Slice, () => false).swap(i, j),
    'Float64Slice.Sort': (s: Slice | null) => sortSlice(s, lessFloat),
    'Float64Slice.Search': (s: Slice | null, x: number) => searchSlice(s, x, (a: number, b: number) => a < b),
  };
}

registerNatives({ path: 'sort', load: loadSort });
