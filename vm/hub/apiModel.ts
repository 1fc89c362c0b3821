// The exported API of a package as plain, comparable data: functions with their signatures,
// types with their fields and methods, constants with their values, variables with their types.
// `apiOfPackage` reads it from a package checked by vm/types. Types are spelled with full import
// paths for other packages (so `token.Amount` of v1 and of v2 differ), and every signature has a
// `shape` without parameter names, which is what compatibility compares: renaming a parameter
// breaks no caller. It does not compare anything (apiDiff.ts does), and it holds no syntax.
import {
  Func,
  Interface,
  Named,
  Signature,
  Struct,
  TypeName,
  Var,
  constString,
  typeString,
  underlying,
  type Package,
  type Qualifier,
  type Tuple,
  type Type,
} from '../types/index';

export interface ApiFunc {
  name: string;
  /** As written for people: `func Transfer(to address, amount int64) error`. */
  signature: string;
  /** Without parameter names, for comparison: `(address, int64) error`. */
  shape: string;
}

export interface ApiField {
  name: string;
  type: string;
  embedded: boolean;
}

export interface ApiType {
  name: string;
  /** What kind of type it is: struct, interface, or the underlying type's spelling (`int64`, `map[string]int64`...). */
  kind: 'struct' | 'interface' | 'other';
  /** The underlying type without fields or methods, for `other` (and aliases). */
  underlying: string;
  alias: boolean;
  /** Exported struct fields, in declaration order. */
  fields: ApiField[];
  /** Exported methods (for a struct or other type: declared methods; for an interface: its method set). */
  methods: ApiFunc[];
}

export interface ApiConst {
  name: string;
  type: string;
  value: string;
}

export interface ApiVar {
  name: string;
  type: string;
}

export interface PackageApi {
  path: string;
  funcs: ApiFunc[];
  types: ApiType[];
  consts: ApiConst[];
  vars: ApiVar[];
}

/** The exported API of a checked package, every list sorted by name. */
export function apiOfPackage(pkg: Package): PackageApi {
  const qualifier: Qualifier = (other) => (other === pkg ? '' : other.path);
  const api: PackageApi = { path: pkg.path, funcs: [], types: [], consts: [], vars: [] };
  for (const name of [...pkg.scope.names()].sort()) {
    const obj = pkg.exportedObject(name);
    if (obj === undefined) continue;
    switch (obj.kind) {
      case 'func':
        api.funcs.push(funcApi(obj, qualifier));
        break;
      case 'typename':
        api.types.push(typeApi(obj, qualifier));
        break;
      case 'const':
        api.consts.push({ name, type: typeString(obj.type, qualifier), value: constString(obj.value) });
        break;
      case 'var':
        api.vars.push({ name, type: typeString(obj.type, qualifier) });
        break;
      default:
        break;
    }
  }
  return api;
}

function funcApi(func: Func, qualifier: Qualifier): ApiFunc {
  const sig = func.signature;
  const receiver = sig.recv ? `(${typeString(sig.recv.type, qualifier)}) ` : '';
  return {
    name: func.name,
    signature: `func ${receiver}${func.name}${spell(sig, qualifier, { names: true })}`,
    shape: spell(sig, qualifier, { names: false }),
  };
}

function typeApi(typeName: TypeName, qualifier: Qualifier): ApiType {
  const type = typeName.type;
  const under = underlying(type);
  const api: ApiType = {
    name: typeName.name,
    kind: under instanceof Struct ? 'struct' : under instanceof Interface ? 'interface' : 'other',
    underlying: under instanceof Struct ? 'struct' : under instanceof Interface ? 'interface' : typeString(under, qualifier),
    alias: typeName.isAlias,
    fields: [],
    methods: [],
  };
  if (typeName.isAlias) api.underlying = typeString(type, qualifier);
  if (under instanceof Struct) {
    for (const field of under.fields) {
      if (field.exported) api.fields.push({ name: field.name, type: typeString(field.type, qualifier), embedded: field.embedded });
    }
  }
  if (under instanceof Interface) {
    for (const method of under.allMethods) if (method.exported) api.methods.push(funcApi(method, qualifier));
  } else if (type instanceof Named && !typeName.isAlias) {
    for (const method of type.methods) if (method.exported) api.methods.push(funcApi(method, qualifier));
  }
  api.methods.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return api;
}

/** `(to address, amount int64) error` with names, `(address, int64) error` without. */
function spell(sig: Signature, qualifier: Qualifier, options: { names: boolean }): string {
  const params = tuple(sig.params, sig.variadic, qualifier, options);
  const results = sig.results;
  if (results.length === 0) return params;
  if (results.length === 1 && (results.vars[0].name === '' || !options.names)) return `${params} ${typeString(results.at(0), qualifier)}`;
  return `${params} ${tuple(results, false, qualifier, options)}`;
}

function tuple(vars: Tuple, variadic: boolean, qualifier: Qualifier, options: { names: boolean }): string {
  const parts = vars.vars.map((v: Var, index: number) => {
    const last = variadic && index === vars.length - 1;
    const type: Type = v.type;
    const spelled = last ? `...${typeString(elemOfVariadic(type), qualifier)}` : typeString(type, qualifier);
    return options.names && v.name !== '' ? `${v.name} ${spelled}` : spelled;
  });
  return `(${parts.join(', ')})`;
}

function elemOfVariadic(type: Type): Type {
  return type.tag === 'slice' ? type.elem : type;
}
