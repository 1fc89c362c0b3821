// The public entry of the syntax layer: parse one file into a tree plus errors, and the types
// and position helpers that go with it. Everything outside vm/syntax imports from here. Parsing
// never throws and knows nothing of types, packages or the file system.

import type { ParseResult } from './ast';
import { parse } from './parser';

export * from './ast';
export { LineIndex, utf8Length } from './position';
export type { GoPosition, LineColumn } from './position';
export { binaryPrecedence, isExported, isKeyword, keywords } from './token';
export type { AssignOp, BinaryOp, Keyword, LiteralKind, Token, UnaryOp } from './token';

/** Parses one `.amigo` or `.go` file. Never throws: errors are returned with the tree. */
export function parseFile(fileName: string, text: string): ParseResult {
  return parse(fileName, text);
}
