// The universe scope: the predeclared identifiers of Go (basic types, `byte`, `rune`, `any`,
// `error`, `true`, `false`, `iota`, `nil` and the builtin functions) plus the Amigos additions,
// the type `address` and the variable `msg` (struct{ Sender, Origin address; Height, Time int64 }).
// It is built once and shared by every check; nothing in it changes after construction. Every
// predeclared name may be shadowed by a declaration, like any other.

import { makeBool, makeInt } from './constant';
import { Builtin, Const, Func, Nil, TypeName, Var, type BuiltinId } from './objects';
import { Scope } from './scope';
import { BasicKind, Interface, Named, Signature, Struct, Tuple, Typ, anyType, byteType, runeType, type Type } from './types';

function makeUniverse(): { scope: Scope; errorType: Named; msgType: Struct } {
  const scope = new Scope(null, '', 0, Number.POSITIVE_INFINITY, 'universe');
  const defineType = (name: string, type: Type): TypeName => {
    const obj = new TypeName(name, type, null, '', -1);
    scope.insert(obj);
    return obj;
  };
  const kinds: BasicKind[] = [
    BasicKind.Bool, BasicKind.Int, BasicKind.Int8, BasicKind.Int16, BasicKind.Int32, BasicKind.Int64,
    BasicKind.Uint, BasicKind.Uint8, BasicKind.Uint16, BasicKind.Uint32, BasicKind.Uint64, BasicKind.Uintptr,
    BasicKind.Float32, BasicKind.Float64, BasicKind.Complex64, BasicKind.Complex128, BasicKind.String,
    BasicKind.Address,
  ];
  for (const k of kinds) defineType(Typ[k].name, Typ[k]);
  (scope.lookup('address') as TypeName).doc =
    'address is the type of account and realm addresses: a string kind of its own, printed like am1….';
  defineType('byte', byteType);
  defineType('rune', runeType);
  defineType('any', anyType).isAlias = true;

  // type error interface { Error() string }
  const errorObj = new TypeName('error', Typ[BasicKind.Invalid], null, '', -1);
  const errorType = new Named(errorObj);
  errorObj.type = errorType;
  const recv = new Var('', errorType, null, '', -1);
  const errorMethod = new Func('Error', new Signature(new Tuple([]), new Tuple([new Var('', Typ[BasicKind.String], null, '', -1)]), false, recv), null, '', -1);
  errorType.underlyingType = new Interface([errorMethod]);
  scope.insert(errorObj);

  scope.insert(new Const('true', Typ[BasicKind.UntypedBool], null, '', -1, makeBool(true)));
  scope.insert(new Const('false', Typ[BasicKind.UntypedBool], null, '', -1, makeBool(false)));
  scope.insert(new Const('iota', Typ[BasicKind.UntypedInt], null, '', -1, makeInt(0)));
  scope.insert(new Nil('nil', Typ[BasicKind.UntypedNil], null, '', -1));

  const builtins: BuiltinId[] = [
    'append', 'cap', 'clear', 'complex', 'copy', 'delete', 'imag', 'len', 'make', 'max', 'min', 'new',
    'panic', 'print', 'println', 'real', 'recover',
  ];
  for (const id of builtins) scope.insert(new Builtin(id));

  const field = (name: string, type: Type): Var => {
    const v = new Var(name, type, null, '', -1);
    v.isField = true;
    return v;
  };
  const address = Typ[BasicKind.Address];
  const int64 = Typ[BasicKind.Int64];
  const msgType = new Struct([field('Sender', address), field('Origin', address), field('Height', int64), field('Time', int64)]);
  const msg = new Var('msg', msgType, null, '', -1);
  msg.used = true;
  msg.doc =
    'msg describes the current call: Sender is the immediate caller (a user, or the realm that called), ' +
    'Origin the account that signed the transaction, Height and Time those of the block.';
  scope.insert(msg);
  return { scope, errorType, msgType };
}

const built = makeUniverse();

/** The universe scope, parent of every package scope. */
export const universe: Scope = built.scope;
/** The predeclared `error` interface type. */
export const errorType: Named = built.errorType;
/** The type of the predeclared `msg`. */
export const msgType: Struct = built.msgType;

/** The universe's `iota` object, `nil` object and so on, by name. */
export function predeclared(name: string) {
  return universe.lookup(name);
}
