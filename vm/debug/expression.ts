// Evaluates a side-effect free Go expression against the variables of a stop (watch, hover,
// REPL, breakpoint conditions and logpoint interpolation): names (locals innermost-first, then
// package variables), literals, field selection through pointers, indexing of arrays, slices,
// maps and strings, len, unary and binary operators with Go's typing of comparisons and
// arithmetic on the operands' runtime types. It parses with vm/syntax and evaluates over the live
// Go values of the stop. It deliberately refuses calls (other than len), assignments and
// anything else that could change the program, with a clear message instead of a throw.
import { parseFile, type Expr } from '../syntax/index';
import { GoMap, Iface, Slice, Types, sliceItems, type Type } from '../run/values';
import type { Variable } from '../run/runtime';

/** A typed Go value. */
export interface TypedValue {
  type: Type;
  value: unknown;
}

export type EvalResult = { ok: true; result: TypedValue } | { ok: false; error: string };

/** Parses and evaluates `text` with `scope` (innermost names last win, as locals shadow). */
export function evaluateExpression(text: string, scope: Variable[]): EvalResult {
  const parsed = parseExpression(text);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const names = new Map<string, Variable>();
  for (const variable of scope) names.set(variable.name, variable);
  try {
    return { ok: true, result: evaluate(parsed.expr, names) };
  } catch (error) {
    if (error instanceof EvalError) return { ok: false, error: error.message };
    throw error;
  }
}

/** Conditions and watchpoints evaluate the same text at many steps: each text is parsed once. */
const parsedExpressions = new Map<string, { expr: Expr } | { error: string }>();

function parseExpression(text: string): { expr: Expr } | { error: string } {
  let found = parsedExpressions.get(text);
  if (found !== undefined) return found;
  const parsed = parseFile('expr.go', `package p\nvar _ = ${text}\n`);
  const decl = parsed.file.decls[0];
  const spec = decl?.kind === 'GenDecl' ? decl.specs[0] : undefined;
  if (parsed.errors.length > 0) found = { error: `cannot parse ${JSON.stringify(text)}: ${parsed.errors[0].message}` };
  else if (spec === undefined || spec.kind !== 'ValueSpec' || spec.values.length !== 1) found = { error: `not one expression: ${text}` };
  else found = { expr: spec.values[0] };
  if (parsedExpressions.size > 1000) parsedExpressions.clear();
  parsedExpressions.set(text, found);
  return found;
}

/** Whether a typed value is Go's `true`. */
export function isTrue(result: EvalResult): boolean {
  return result.ok && result.result.value === true;
}

class EvalError extends Error {}

function fail(message: string): never {
  throw new EvalError(message);
}

const untypedInt = Types.int;

function evaluate(expr: Expr, names: Map<string, Variable>): TypedValue {
  switch (expr.kind) {
    case 'ParenExpr':
      return evaluate(expr.x, names);
    case 'Ident': {
      if (expr.name === 'true' || expr.name === 'false') return { type: Types.bool, value: expr.name === 'true' };
      if (expr.name === 'nil') return { type: Types.any, value: null };
      const found = names.get(expr.name);
      if (found === undefined) return fail(`undefined: ${expr.name}`);
      return { type: found.rtype, value: found.value };
    }
    case 'BasicLit':
      return literal(expr.litKind, expr.value);
    case 'SelectorExpr': {
      let base = evaluate(expr.x, names);
      if (base.type.underlying.kind === 'pointer') {
        if (base.value === null) return fail(`nil pointer dereference in ${expr.sel.name}`);
        base = { type: base.type.underlying.elem!, value: base.value };
      }
      const u = base.type.underlying;
      if (u.kind !== 'struct') return fail(`${base.type.toString()} has no field ${expr.sel.name}`);
      const field = u.fields.find((f) => f.name === expr.sel.name);
      if (field === undefined) return fail(`${base.type.toString()} has no field ${expr.sel.name}`);
      return { type: field.type, value: (base.value as Record<string, unknown>)[field.key] };
    }
    case 'StarExpr': {
      const base = evaluate(expr.x, names);
      if (base.type.underlying.kind !== 'pointer') return fail(`invalid indirect of ${base.type.toString()}`);
      if (base.value === null) return fail('nil pointer dereference');
      const elem = base.type.underlying.elem!;
      const composite = elem.underlying.kind === 'struct' || elem.underlying.kind === 'array';
      return { type: elem, value: composite ? base.value : (base.value as { v: unknown }).v };
    }
    case 'IndexExpr':
      return index(evaluate(expr.x, names), evaluate(expr.index, names));
    case 'CallExpr': {
      if (expr.fun.kind === 'Ident' && expr.fun.name === 'len' && expr.args.length === 1) return { type: Types.int, value: lengthOf(evaluate(expr.args[0], names)) };
      return fail('function calls are not evaluated while debugging (they could change the program)');
    }
    case 'UnaryExpr': {
      const x = evaluate(expr.x, names);
      if (expr.op === '!') return { type: Types.bool, value: x.value !== true };
      if (expr.op === '-') return { type: x.type, value: typeof x.value === 'bigint' ? -x.value : -(x.value as number) };
      if (expr.op === '+') return x;
      return fail(`operator ${expr.op} is not evaluated while debugging`);
    }
    case 'BinaryExpr':
      return binary(expr.op, evaluate(expr.x, names), () => evaluate(expr.y, names));
    default:
      return fail(`${expr.kind} is not evaluated while debugging`);
  }
}

function literal(kind: string, text: string): TypedValue {
  switch (kind) {
    case 'INT':
      return { type: untypedInt, value: normalize(BigInt(text.replace(/_/g, ''))) };
    case 'FLOAT':
      return { type: Types.float64, value: Number(text.replace(/_/g, '')) };
    case 'STRING':
      return { type: Types.string, value: text.startsWith('`') ? text.slice(1, -1) : (JSON.parse(text) as string) };
    case 'CHAR':
      return { type: Types.int32, value: (JSON.parse(`"${text.slice(1, -1).replace(/"/g, '\\"')}"`) as string).codePointAt(0) ?? 0 };
    default:
      return fail(`literal ${text} is not evaluated while debugging`);
  }
}

function normalize(value: bigint): number | bigint {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

function lengthOf(x: TypedValue): number {
  const u = x.type.underlying;
  if (u.kind === 'string') return (x.value as string).length;
  if (u.kind === 'array') return (x.value as unknown[]).length;
  if (u.kind === 'slice') return x.value === null ? 0 : (x.value as Slice).l;
  if (u.kind === 'map') return x.value === null ? 0 : (x.value as GoMap).size;
  return fail(`invalid argument: ${x.type.toString()} for built-in len`);
}

function index(base: TypedValue, at: TypedValue): TypedValue {
  const u = base.type.underlying;
  if (u.kind === 'map') {
    const found = base.value === null ? undefined : (base.value as GoMap).get(at.value);
    return { type: u.elem!, value: found === undefined ? u.elem!.zero() : found };
  }
  const i = Number(at.value);
  if (u.kind === 'string') {
    const s = base.value as string;
    if (i < 0 || i >= s.length) return fail(`index out of range [${i}] with length ${s.length}`);
    return { type: Types.uint8, value: s.charCodeAt(i) };
  }
  const items = u.kind === 'array' ? (base.value as unknown[]) : u.kind === 'slice' ? sliceItems(base.value as Slice | null) : null;
  if (items === null) return fail(`cannot index ${base.type.toString()}`);
  if (i < 0 || i >= items.length) return fail(`index out of range [${i}] with length ${items.length}`);
  return { type: u.elem!, value: items[i] };
}

function binary(op: string, x: TypedValue, lazyY: () => TypedValue): TypedValue {
  if (op === '&&') return { type: Types.bool, value: x.value === true && lazyY().value === true };
  if (op === '||') return { type: Types.bool, value: x.value === true || lazyY().value === true };
  const y = lazyY();
  const a = unwrap(x.value);
  const b = unwrap(y.value);
  switch (op) {
    case '==':
      return { type: Types.bool, value: equal(a, b) };
    case '!=':
      return { type: Types.bool, value: !equal(a, b) };
    case '<':
      return { type: Types.bool, value: (a as number) < (b as number) };
    case '<=':
      return { type: Types.bool, value: (a as number) <= (b as number) };
    case '>':
      return { type: Types.bool, value: (a as number) > (b as number) };
    case '>=':
      return { type: Types.bool, value: (a as number) >= (b as number) };
  }
  const type = x.type === untypedInt ? y.type : x.type;
  if (typeof a === 'string' && typeof b === 'string' && op === '+') return { type, value: a + b };
  if (typeof a === 'number' && typeof b === 'number' && type.underlying.kind.startsWith('float')) {
    const value = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : fail(`operator ${op} not defined on ${type.toString()}`);
    return { type, value };
  }
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    const p = BigInt(a);
    const q = BigInt(b);
    if ((op === '/' || op === '%') && q === 0n) return fail('integer divide by zero');
    const exact = op === '+' ? p + q : op === '-' ? p - q : op === '*' ? p * q : op === '/' ? p / q : op === '%' ? p % q : fail(`operator ${op} is not evaluated while debugging`);
    return { type, value: normalize(exact) };
  }
  return fail(`operator ${op} not defined on ${x.type.toString()} and ${y.type.toString()}`);
}

function unwrap(value: unknown): unknown {
  return value instanceof Iface ? value.v : value;
}

function equal(a: unknown, b: unknown): boolean {
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) return BigInt(a) === BigInt(b);
  return a === b;
}

/**
 * `target = value` where target is a field, an element or a map entry of basic type, reached from
 * `scope` (`p.X`, `xs[3]`, `m["a"]`, `head.Next.Name`): composites are objects the VM shares with
 * the running program, so the change is seen by the code that runs next. A top-level variable
 * cannot be set this way (the VM hands out values, not variables); that is a clear error.
 */
export function assignExpression(target: string, valueText: string, scope: Variable[]): { ok: true; result: TypedValue } | { ok: false; error: string } {
  const parsed = parseFile('expr.go', `package p\nvar _ = ${target}\n`);
  const decl = parsed.file.decls[0];
  const spec = decl?.kind === 'GenDecl' ? decl.specs[0] : undefined;
  if (parsed.errors.length > 0 || spec === undefined || spec.kind !== 'ValueSpec' || spec.values.length !== 1) return { ok: false, error: `cannot parse ${JSON.stringify(target)}` };
  const names = new Map<string, Variable>();
  for (const variable of scope) names.set(variable.name, variable);
  const lhs = spec.values[0];
  try {
    if (lhs.kind === 'Ident') {
      const variable = names.get(lhs.name);
      if (variable === undefined) return { ok: false, error: `undefined: ${lhs.name}` };
      if (variable.set === undefined) return { ok: false, error: `${lhs.name} is not a local variable: only locals, fields, elements and map entries can be set while debugging` };
      if (!BASIC_SETTABLE.test(variable.rtype.underlying.kind)) return { ok: false, error: `${lhs.name} is a ${variable.type}: only a local of basic type (integer, float, string, bool) can be set as a whole; set its fields or elements instead` };
      const parsedValue = evaluateExpression(valueText, scope);
      if (!parsedValue.ok) return parsedValue;
      const value = convert(parsedValue.result, variable.rtype);
      variable.set(value);
      return { ok: true, result: { type: variable.rtype, value } };
    }
    if (lhs.kind !== 'SelectorExpr' && lhs.kind !== 'IndexExpr') return { ok: false, error: 'only a local variable, a field, an element or a map entry can be set while debugging' };
    const slot = evaluate(lhs, names);
    const parsedValue = evaluateExpression(valueText, scope);
    if (!parsedValue.ok) return parsedValue;
    const value = convert(parsedValue.result, slot.type);
    if (lhs.kind === 'SelectorExpr') {
      let base = evaluate(lhs.x, names);
      if (base.type.underlying.kind === 'pointer') base = { type: base.type.underlying.elem!, value: base.value };
      const field = base.type.underlying.fields.find((f) => f.name === lhs.sel.name)!;
      (base.value as Record<string, unknown>)[field.key] = value;
    } else {
      const base = evaluate(lhs.x, names);
      const at = evaluate(lhs.index, names);
      const u = base.type.underlying;
      if (u.kind === 'map') (base.value as GoMap).set(at.value, value);
      else if (u.kind === 'array') (base.value as unknown[])[Number(at.value)] = value;
      else if (u.kind === 'slice') {
        const s = base.value as Slice;
        s.a[s.o + Number(at.value)] = value;
      } else return { ok: false, error: `cannot set an element of ${base.type.toString()}` };
    }
    return { ok: true, result: { type: slot.type, value } };
  } catch (error) {
    if (error instanceof EvalError) return { ok: false, error: error.message };
    throw error;
  }
}

/** The kinds of local that can be replaced as a whole: those `convert` produces a value for. */
const BASIC_SETTABLE = /^(u?int(8|16|32|64)?|uintptr|float(32|64)|string|bool)$/;

/** A value for a slot of basic type `to`, or an error for what Go would not assign. */
function convert(from: TypedValue, to: Type): unknown {
  const kind = to.underlying.kind;
  const v = unwrap(from.value);
  if (kind === 'string') {
    if (typeof v !== 'string') return fail(`cannot use ${String(v)} as ${to.toString()} value`);
    return v;
  }
  if (kind === 'bool') {
    if (typeof v !== 'boolean') return fail(`cannot use ${String(v)} as ${to.toString()} value`);
    return v;
  }
  if (kind === 'float64' || kind === 'float32') {
    if (typeof v !== 'number' && typeof v !== 'bigint') return fail(`cannot use ${String(v)} as ${to.toString()} value`);
    return kind === 'float32' ? Math.fround(Number(v)) : Number(v);
  }
  if (/^u?int/.test(kind)) {
    if ((typeof v !== 'number' && typeof v !== 'bigint') || (typeof v === 'number' && !Number.isInteger(v))) return fail(`cannot use ${String(v)} as ${to.toString()} value`);
    const bits = kind === 'int' || kind === 'uint' || kind === 'uintptr' ? 64 : Number(kind.replace(/^u?int/, ''));
    const signed = kind.startsWith('int');
    const n = BigInt(v);
    const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
    const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
    if (n < min || n > max) return fail(`${String(v)} overflows ${to.toString()}`);
    return normalize(n);
  }
  return fail(`only values of basic type can be set while debugging, not ${to.toString()}`);
}
