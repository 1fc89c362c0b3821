// The token vocabulary of Go source: every operator, delimiter and keyword spelled as it appears
// in the text, plus the classes of literal and the two special tokens (EOF, ILLEGAL). It also
// holds the binary operator precedence table the parser and the formatter share. It deliberately
// knows nothing about positions or scanning state.

/** Keywords of the Go specification, in the spec's order. */
export const keywords = [
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for',
  'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select',
  'struct', 'switch', 'type', 'var',
] as const;
export type Keyword = (typeof keywords)[number];

/** Binary operators (the `binary_op` of the spec). */
export type BinaryOp =
  | '||' | '&&'
  | '==' | '!=' | '<' | '<=' | '>' | '>='
  | '+' | '-' | '|' | '^'
  | '*' | '/' | '%' | '<<' | '>>' | '&' | '&^';

/** Unary operators (the `unary_op` of the spec; `*` is a StarExpr and `<-` on a type is a ChanType). */
export type UnaryOp = '+' | '-' | '!' | '^' | '*' | '&' | '<-' | '~';

/** Assignment operators (`=`, `:=` and the `op=` forms). */
export type AssignOp =
  | '=' | ':='
  | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '&^=';

export type Operator =
  | BinaryOp | AssignOp
  | '!' | '~' | '<-' | '++' | '--' | '...'
  | '(' | ')' | '[' | ']' | '{' | '}' | ',' | ';' | '.' | ':';

/** Literal classes, as go/token names them. */
export type LiteralKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';

/** Every token the scanner produces. `IDENT`, the literal kinds and `COMMENT` carry their text. */
export type Token = Keyword | Operator | LiteralKind | 'IDENT' | 'COMMENT' | 'EOF' | 'ILLEGAL';

const keywordSet: ReadonlySet<string> = new Set(keywords);

export function isKeyword(name: string): name is Keyword {
  return keywordSet.has(name);
}

/** The precedence of a binary operator (5 binds tightest), or 0 for anything else. */
export function binaryPrecedence(token: Token): number {
  switch (token) {
    case '||':
      return 1;
    case '&&':
      return 2;
    case '==': case '!=': case '<': case '<=': case '>': case '>=':
      return 3;
    case '+': case '-': case '|': case '^':
      return 4;
    case '*': case '/': case '%': case '<<': case '>>': case '&': case '&^':
      return 5;
    default:
      return 0;
  }
}

/** Whether `name` is an exported Go identifier (starts with an upper-case letter). */
export function isExported(name: string): boolean {
  const first = name.codePointAt(0);
  if (first === undefined) return false;
  const ch = String.fromCodePoint(first);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
