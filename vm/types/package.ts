// A checked package: its import path and name, its package scope (the exported API is the
// exported names in it), the packages it imports and its files. A package is checked once and
// shared by every package that imports it. It holds no diagnostics: those are the check result's.

import type { File } from '../syntax/index';
import { Scope } from './scope';
import type { TypeObject } from './objects';

export class Package {
  readonly scope: Scope;
  /** The packages imported by this package's files, in first-import order. */
  readonly imports: Package[] = [];
  /** The parsed files (empty for a package whose source is not available). */
  files: File[] = [];
  /** The package clause's doc comment text. */
  doc = '';
  /** A stand-in for an import that failed (its uses are not reported again). */
  fake = false;

  constructor(
    /** The import path (`fmt`, `amigos/oracle`, `hub.amigos.dev/social/forum`). */
    readonly path: string,
    /** The package name from the package clause. */
    public name: string,
    universe: Scope | null,
  ) {
    this.scope = new Scope(universe, '', 0, Number.POSITIVE_INFINITY, `package ${path}`, false, false);
  }

  /** An exported object of the package's API, by name. */
  exportedObject(name: string): TypeObject | undefined {
    const obj = this.scope.lookup(name);
    return obj !== undefined && obj.exported ? obj : undefined;
  }
}
