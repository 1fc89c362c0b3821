// An operand: what the checker knows about an expression while checking it (its mode, type and
// constant value), and the two printers Go's messages are made of: `exprString` (the expression
// as go/types prints it: `x + y`, `f(a, b)`, `T{…}`) and `operandString` (`x (variable of type
// int)`, `1.5 (untyped float constant)`, `c + 1 (constant 256 of type byte)`). It decides nothing.

import type { Expr, Field, FieldList } from '../syntax/index';
import { constString, type ConstValue } from './constant';
import type { Mode } from './info';
import type { BuiltinId } from './objects';
import { Basic, isUntyped, isValid, typeString, type Qualifier, type Type } from './types';

export interface Operand {
  mode: Mode;
  /** The expression the operand stands for (undefined for synthesized operands). */
  expr: Expr | undefined;
  type: Type;
  /** The exact value, for mode `constant`. */
  value?: ConstValue;
  /** The builtin's id, for mode `builtin`. */
  builtin?: BuiltinId;
}

/** Whether an operand is invalid (a function, so that TypeScript does not narrow the mode across calls that change it). */
export function failed(x: Operand): boolean {
  return x.mode === 'invalid';
}

const modeText: Record<Mode, string> = {
  invalid: 'invalid operand',
  novalue: 'no value',
  builtin: 'built-in',
  typexpr: 'type',
  constant: 'constant',
  variable: 'variable',
  mapindex: 'map index expression',
  value: 'value',
  nil: 'nil',
  commaok: 'comma, ok expression',
};

/** The operand as Go describes it in messages. */
export function operandString(x: Operand, q: Qualifier): string {
  const expr = x.expr ? exprString(x.expr) : '';
  if (x.mode === 'nil') return 'nil';
  if (x.mode === 'invalid' || x.mode === 'novalue' || x.mode === 'builtin' || x.mode === 'typexpr') {
    if (x.mode === 'typexpr' && expr === '') return typeString(x.type, q);
    return expr === '' ? modeText[x.mode] : `${expr} (${modeText[x.mode]})`;
  }
  const parts: string[] = [];
  let hasType = false;
  if (isUntyped(x.type)) parts.push((x.type as Basic).name, ' ');
  else hasType = true;
  parts.push(modeText[x.mode]);
  if (x.mode === 'constant' && x.value) {
    const s = constString(x.value);
    if (s !== expr) parts.push(' ', s);
  }
  if (hasType) {
    if (isValid(x.type)) parts.push(' of type ', typeString(x.type, q));
    else parts.push(' with invalid type');
  }
  const inner = parts.join('');
  return expr === '' ? inner : `${expr} (${inner})`;
}

/** The expression spelled compactly, as go/types prints expressions in messages. */
export function exprString(e: Expr): string {
  switch (e.kind) {
    case 'Ident': return e.name === '' ? '_' : e.name;
    case 'BadExpr': return 'BadExpr';
    case 'BasicLit': return e.value;
    case 'Ellipsis': return e.elt ? `...${exprString(e.elt)}` : '...';
    case 'FuncLit': return `func${fieldListString(e.type.params, true)}${resultsString(e.type.results)} {…}`;
    case 'CompositeLit': return `${e.type ? exprString(e.type) : ''}{…}`;
    case 'ParenExpr': return `(${exprString(e.x)})`;
    case 'SelectorExpr': return `${exprString(e.x)}.${e.sel.name}`;
    case 'IndexExpr': return `${exprString(e.x)}[${exprString(e.index)}]`;
    case 'IndexListExpr': return `${exprString(e.x)}[${e.indices.map(exprString).join(', ')}]`;
    case 'SliceExpr': {
      let s = `${exprString(e.x)}[${e.low ? exprString(e.low) : ''}:${e.high ? exprString(e.high) : ''}`;
      if (e.slice3) s += `:${e.max ? exprString(e.max) : ''}`;
      return s + ']';
    }
    case 'TypeAssertExpr': return `${exprString(e.x)}.(${e.type ? exprString(e.type) : 'type'})`;
    case 'CallExpr': return `${exprString(e.fun)}(${e.args.map(exprString).join(', ')}${e.ellipsis >= 0 ? '...' : ''})`;
    case 'StarExpr': return `*${exprString(e.x)}`;
    case 'UnaryExpr': return `${e.op}${exprString(e.x)}`;
    case 'BinaryExpr': {
      // Left spines of long chains are printed with a loop, not recursion.
      const spine: Extract<Expr, { kind: 'BinaryExpr' }>[] = [];
      let left: Expr = e;
      while (left.kind === 'BinaryExpr') {
        spine.push(left);
        left = left.x;
      }
      const parts = [exprString(left)];
      for (let i = spine.length - 1; i >= 0; i--) parts.push(` ${spine[i].op} `, exprString(spine[i].y));
      return parts.join('');
    }
    case 'KeyValueExpr': return `${exprString(e.key)}: ${exprString(e.value)}`;
    case 'ArrayType': return `[${e.len ? exprString(e.len) : ''}]${exprString(e.elt)}`;
    case 'StructType': return `struct{${e.fields.list.map((f) => fieldString(f, '; ')).join('; ')}}`;
    case 'FuncType': return `func${fieldListString(e.params, true)}${resultsString(e.results)}`;
    case 'InterfaceType':
      return `interface{${e.methods.list
        .map((f) => (f.names.length > 0 && f.type.kind === 'FuncType' ? `${f.names[0].name}${fieldListString(f.type.params, true)}${resultsString(f.type.results)}` : exprString(f.type)))
        .join('; ')}}`;
    case 'MapType': return `map[${exprString(e.key)}]${exprString(e.value)}`;
    case 'ChanType': return e.dir === 'send' ? `chan<- ${exprString(e.value)}` : e.dir === 'recv' ? `<-chan ${exprString(e.value)}` : `chan ${exprString(e.value)}`;
  }
}

function fieldString(f: Field, _sep: string): string {
  const names = f.names.map((n) => n.name).join(', ');
  return names === '' ? exprString(f.type) : `${names} ${exprString(f.type)}`;
}

function fieldListString(list: FieldList, parens: boolean): string {
  const inner = list.list.map((f) => fieldString(f, ', ')).join(', ');
  return parens ? `(${inner})` : inner;
}

function resultsString(results: FieldList | undefined): string {
  if (!results || results.list.length === 0) return '';
  if (results.list.length === 1 && results.list[0].names.length === 0) return ` ${exprString(results.list[0].type)}`;
  return ` ${fieldListString(results, true)}`;
}
