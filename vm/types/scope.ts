// Lexical scopes: the universe, one per package, one per file (for its imports), and one per
// function, block and statement that opens one (if, for, switch clause, ...). A scope maps names
// to objects and knows its extent in the source, so the language services can ask which names are
// visible at an offset. Local objects become visible only after their declaration (`visibleFrom`),
// as the spec says; package-level objects are visible everywhere in the package. A scope holds no
// types of its own and does no lookups through imports.

import type { TypeObject } from './objects';

export class Scope {
  readonly children: Scope[] = [];
  /** The names declared here; made on the first insert (most block scopes declare nothing). */
  private elems: Map<string, TypeObject> | null = null;
  /** For each local object, the offset from which it is visible (the end of its declaration); made on first use. */
  private visibleFromMap: Map<string, number> | null = null;

  constructor(
    readonly parent: Scope | null,
    /** The file the scope lies in ("" for the universe and package scopes). */
    readonly fileName: string,
    /** Extent of the scope in its file (0 and Infinity for the universe and package scopes). */
    readonly pos: number,
    readonly end: number,
    /** What opened the scope, for debugging and tools: "universe", "package fmt", "function f", "block", ... */
    readonly comment: string,
    /** Whether this is the outermost scope of a function (its parameters live here). */
    readonly isFunc = false,
    /** Whether the parent lists this scope among its children (package scopes stay out of the shared universe's list). */
    register = true,
  ) {
    if (parent && register) parent.children.push(this);
  }

  /** The names declared directly in this scope, sorted. */
  names(): string[] {
    return this.elems === null ? [] : [...this.elems.keys()].sort();
  }

  get size(): number {
    return this.elems === null ? 0 : this.elems.size;
  }

  /** The object named `name` in this scope only. */
  lookup(name: string): TypeObject | undefined {
    return this.elems?.get(name);
  }

  /** Inserts `obj` unless the name is taken; returns the object already there, or undefined. */
  insert(obj: TypeObject, visibleFrom = -1): TypeObject | undefined {
    const elems = (this.elems ??= new Map());
    const existing = elems.get(obj.name);
    if (existing !== undefined) return existing;
    elems.set(obj.name, obj);
    if (visibleFrom >= 0) (this.visibleFromMap ??= new Map()).set(obj.name, visibleFrom);
    if (obj.parent === null) obj.parent = this;
    return undefined;
  }

  /**
   * Resolves `name` from this scope outwards, as seen at offset `at` (a local declared after `at`
   * is not yet visible); `at` < 0 ignores declaration order. Returns the object and its scope.
   */
  lookupParent(name: string, at = -1): { scope: Scope; obj: TypeObject } | undefined {
    for (let s = this as Scope | null; s !== null; s = s.parent) {
      if (s.elems === null) continue;
      const obj = s.elems.get(name);
      if (obj === undefined) continue;
      const from = s.visibleFromMap?.get(name);
      if (at >= 0 && from !== undefined && at < from) continue;
      return { scope: s, obj };
    }
    return undefined;
  }

  /** Whether `offset` in `fileName` lies inside this scope's extent. */
  contains(fileName: string, offset: number): boolean {
    if (this.fileName !== '' && this.fileName !== fileName) return false;
    return this.pos <= offset && offset <= this.end;
  }

  /** The innermost scope at or below this one that contains the offset. */
  innermost(fileName: string, offset: number): Scope {
    for (const child of this.children) {
      if (child.fileName === fileName && child.contains(fileName, offset)) return child.innermost(fileName, offset);
    }
    return this;
  }

  /** The objects visible at `offset` from this scope outwards, innermost first, shadowed ones dropped. */
  visibleAt(offset: number): TypeObject[] {
    const seen = new Set<string>();
    const out: TypeObject[] = [];
    for (let s = this as Scope | null; s !== null; s = s.parent) {
      for (const name of s.names()) {
        if (seen.has(name)) continue;
        const from = s.visibleFromMap?.get(name);
        if (from !== undefined && offset < from) continue;
        seen.add(name);
        out.push(s.elems!.get(name) as TypeObject);
      }
    }
    return out;
  }
}
