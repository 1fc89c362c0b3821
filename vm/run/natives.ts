// The contract between the compiler and the natively implemented standard library: a package whose
// Go source (vm/types/stdlib/) declares functions or methods without bodies is linked at load time
// to a NativePackage of the same import path. Natives follow the calling convention of values.ts
// (Go values in, one value / a JS array of values / undefined out, panics thrown as GoPanic).
// It deliberately holds no native implementations (vm/run/stdlib/ does) and no I/O.

import type { Runtime } from './runtime';
import type { Type } from './values';

/** What a native package's loader receives, once per run. */
export interface NativeContext {
  /** The run: gas (`rt.charge(n)` for size-dependent work), output (`rt.write(bytes)`), the host. */
  rt: Runtime;
  /**
   * The runtime descriptor of a type declared in this package's Go source (e.g. 'Builder', or
   * 'errorString'); `Types.pointer(ctx.type('Builder'))` for its pointer type. Throws for an
   * unknown name (a mismatch between the Go declaration and the natives is a VM bug).
   */
  type(name: string): Type;
  /**
   * The current value of a package-level variable declared in this package's Go source (e.g.
   * strconv's 'ErrSyntax', initialized by the Go declaration). Only during the run, not in `load`.
   */
  global?(name: string): unknown;
  /** The runtime descriptor of a named type declared in another loaded package (e.g. ('time', 'Duration')). */
  typeIn(pkgPath: string, name: string): Type | undefined;
}

/**
 * The implementations of a package's bodiless declarations, by name: a function `F` under 'F', a
 * method `M` of type `T` (value or pointer receiver) under 'T.M'. A method receives its receiver
 * first (for *T on a struct T: the struct object itself; see values.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- natives take and return Go values of any type
export type NativeExports = Record<string, (...args: any[]) => any>;

export interface NativePackage {
  /** The import path (`strings`, `unicode/utf8`, `encoding/json`). */
  path: string;
  /** Builds the exports for one run. */
  load(ctx: NativeContext): NativeExports;
}

const registry = new Map<string, NativePackage>();

/** Registers a native package (the stdlib registers itself on import). A second registration replaces the first. */
export function registerNatives(pkg: NativePackage): void {
  registry.set(pkg.path, pkg);
}

/** The native package registered for `path`, if any. */
export function nativePackage(path: string): NativePackage | undefined {
  return registry.get(path);
}
