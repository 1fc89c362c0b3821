// Small helpers shared by the native packages: reading and building []byte and []string values,
// appending bytes to a slice, looking up a type declared in the package's Go source with a
// fallback descriptor, and the one way natives raise Go panics with a message. Nothing here knows
// a particular package.

import type { NativeContext } from '../natives';
import { appendSlice, panicString, Slice, Types, type Type } from '../values';

/** The Go string holding the bytes of a []byte (nil is empty). */
export function bytesToString(s: Slice | null): string {
  if (s === null || s.l === 0) return '';
  let out = '';
  const end = s.o + s.l;
  for (let i = s.o; i < end; i += 8192) {
    out += String.fromCharCode(...(s.a.slice(i, Math.min(i + 8192, end)) as number[]));
  }
  return out;
}

/** A new []byte holding the bytes of Go string `s`. */
export function stringToBytes(s: string): Slice {
  const items = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) items[i] = s.charCodeAt(i);
  return new Slice(items, 0, items.length, items.length);
}

/** append(dst, s...) for a []byte and a Go string. */
export function appendString(dst: Slice | null, s: string): Slice | null {
  const items = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) items[i] = s.charCodeAt(i);
  return appendSlice(Types.uint8, dst, items);
}

/** The elements of a slice as a JS array (a copy). */
export function items<T>(s: Slice | null): T[] {
  if (s === null) return [];
  return s.a.slice(s.o, s.o + s.l) as T[];
}

/** A new slice holding `values`. */
export function sliceOf(values: unknown[]): Slice {
  return new Slice(values, 0, values.length, values.length);
}

/** A type declared in the package's Go source, or `fallback` when the declaration lacks it. */
export function declaredType(ctx: NativeContext, name: string, fallback: () => Type): Type {
  try {
    return ctx.type(name);
  } catch {
    return fallback();
  }
}

/**
 * The value of a package-level variable of the package's Go declaration during the run (through
 * NativeContext.global, where the loader provides it), or undefined when it has none or is nil.
 */
export function packageVar(ctx: NativeContext, name: string): unknown {
  const global = (ctx as { global?: (name: string) => unknown }).global;
  if (global === undefined) return undefined;
  try {
    return global(name) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A Go panic whose value is the string `message` (what panic("...") in Go's library code raises). */
export function panicWith(message: string): never {
  throw panicString(message);
}
