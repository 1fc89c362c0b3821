// The named entities of a checked program (go/types' "objects"): variables (including fields
// and parameters), constants with their exact value, type names, functions and methods, imported
// package names, builtins, labels and the predeclared nil. Each knows its name, its type, the
// package that declares it, where it is declared (file, offset, declaring node) and its doc
// comment. Objects are created by the checker and read by everyone else; they hold no syntax
// beyond a reference to the declaring node, and no diagnostics.

import type { Node } from '../syntax/index';
import type { ConstValue } from './constant';
import type { Package } from './package';
import type { Scope } from './scope';
import { Signature, Tuple, invalidType, type Type } from './types';

export type ObjectKind = 'var' | 'const' | 'typename' | 'func' | 'pkgname' | 'builtin' | 'label' | 'nil';

/**
 * What every object has. The fields are declared, not initialized in the class body, and set by
 * plain assignments in the constructor: one constructor serves every kind of object, and class
 * field definitions there would be megamorphic defines, the costliest part of creating a variable.
 */
abstract class BaseObject {
  abstract readonly kind: ObjectKind;
  /** The declared name ("_" for a blank one). */
  declare readonly name: string;
  /** The object's type; `Typ[Invalid]` when it could not be determined. */
  declare type: Type;
  /** The declaring package; null for predeclared objects. */
  declare readonly pkg: Package | null;
  /** The file of the declaration ("" for predeclared objects). */
  declare readonly fileName: string;
  /** Offset of the declaring identifier in its file (-1 for predeclared objects). */
  declare readonly pos: number;
  /** The scope the object is declared in (null for fields, methods and parameters of a signature type). */
  declare parent: Scope | null;
  /** The doc comment's text without comment markers, or "" when there is none. */
  declare doc: string;
  /** The declaring node: the spec, field, function declaration or statement that introduced it. */
  declare decl: Node | undefined;

  constructor(name: string, type: Type, pkg: Package | null, fileName: string, pos: number) {
    this.name = name;
    this.type = type;
    this.pkg = pkg;
    this.fileName = fileName;
    this.pos = pos;
    this.parent = null;
    this.doc = '';
    this.decl = undefined;
  }

  get exported(): boolean {
    const first = this.name.codePointAt(0);
    if (first === undefined) return false;
    const ch = String.fromCodePoint(first);
    return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  }
}

/** A variable: package-level or local variable, parameter, result or struct field. */
export class Var extends BaseObject {
  readonly kind = 'var';
  /** A struct field (false for variables and parameters). */
  isField = false;
  /** An embedded struct field. */
  embedded = false;
  /** A parameter, result or receiver. */
  isParam = false;
  /** Whether the variable is read anywhere (unused locals are an error). */
  used = false;
  /** A variable declared in the header of a `for` or `range` loop: a new copy per iteration (Go 1.22). */
  perIteration = false;
}

export class Const extends BaseObject {
  readonly kind = 'const';
  constructor(name: string, type: Type, pkg: Package | null, fileName: string, pos: number, public value: ConstValue) {
    super(name, type, pkg, fileName, pos);
  }
}

/** The name of a type: a defined type (`type T struct{...}`), an alias (`type A = B`) or a predeclared type. */
export class TypeName extends BaseObject {
  readonly kind = 'typename';
  isAlias = false;
}

/** A function or a method (a method's signature has a receiver). */
export class Func extends BaseObject {
  readonly kind = 'func';
  /** True for a declaration without a body: a standard library function the VM implements natively. */
  external = false;

  get signature(): Signature {
    return this.type instanceof Signature ? this.type : new Signature(new Tuple([]), new Tuple([]), false);
  }

  /** The method's receiver, or null for a function. */
  get recv(): Var | null {
    return this.type instanceof Signature ? this.type.recv : null;
  }

  /** `pkg.F`, `(*pkg.T).M` or `(pkg.T).M`: the name Go prints in stack traces. */
  get fullName(): string {
    const prefix = this.pkg ? this.pkg.path : '';
    const recv = this.recv;
    if (recv === null) return prefix ? `${prefix}.${this.name}` : this.name;
    let t = recv.type;
    let star = '';
    if (t.tag === 'pointer') {
      star = '*';
      t = t.elem;
    }
    const tname = t.tag === 'named' ? t.obj.name : '?';
    return `(${star}${prefix ? prefix + '.' : ''}${tname}).${this.name}`;
  }
}

/** An imported package's name in a file (`import "strings"` declares `strings`). */
export class PkgName extends BaseObject {
  readonly kind = 'pkgname';
  used = false;
  constructor(name: string, pkg: Package | null, fileName: string, pos: number, readonly imported: Package) {
    super(name, invalidType, pkg, fileName, pos);
  }
}

export type BuiltinId =
  | 'append' | 'cap' | 'clear' | 'complex' | 'copy' | 'delete' | 'imag' | 'len' | 'make' | 'max'
  | 'min' | 'new' | 'panic' | 'print' | 'println' | 'real' | 'recover';

/** A predeclared function (`len`, `append`, ...); its calls are checked by special rules. */
export class Builtin extends BaseObject {
  readonly kind = 'builtin';
  constructor(readonly id: BuiltinId) {
    super(id, invalidType, null, '', -1);
  }
}

export class Label extends BaseObject {
  readonly kind = 'label';
  used = false;
}

/** The predeclared `nil`. */
export class Nil extends BaseObject {
  readonly kind = 'nil';
}

export type TypeObject = Var | Const | TypeName | Func | PkgName | Builtin | Label | Nil;
