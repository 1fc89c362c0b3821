// The standard library implemented natively by the VM: importing this module registers every
// package with vm/run/natives.ts, and `stdlibNatives` maps each import path to its package (the
// loader that builds the package's functions and methods for one run, keyed by Go name, methods as
// 'T.M'). Every package here is deterministic: no wall clock, no randomness, no host iteration
// order, no host transcendental functions.
//
// A package-level variable declared without initializer in a native package's Go source
// (strconv.ErrRange, strconv.ErrSyntax, encoding/hex.ErrLength, time.UTC) is initialized by the
// compiled program from the export of the same name, called with no arguments: the natives return
// the one shared value that their own results carry, so errors.Is(err, strconv.ErrRange) holds.
//
// Requests to the compiler (vm/compile), which links these natives:
// - fmt.Fprint* write to a fmt.Writer through its Write method: the natives call it like any
//   method of the argument's dynamic type.

import { nativePackage, type NativePackage } from '../natives';
import './fmt';
import './errors';
import './strconv';
import './strings';
import './bytes';
import './unicode';
import './utf8';
import './sort';
import './math';
import './hex';
import './json';
import './sha256';
import './time';

/** The import paths of the native standard library. */
export const stdlibPaths = [
  'fmt', 'errors', 'strconv', 'strings', 'bytes', 'unicode', 'unicode/utf8', 'sort', 'math',
  'encoding/hex', 'encoding/json', 'crypto/sha256', 'time',
] as const;

/** Import path → native package (built on first use, once every module has registered). */
export function stdlibNatives(): Readonly<Record<string, NativePackage>> {
  return Object.fromEntries(
    stdlibPaths.map((path) => {
      const pkg = nativePackage(path);
      if (pkg === undefined) throw new Error(`stdlib package ${path} did not register its natives`);
      return [path, pkg];
    }),
  );
}
