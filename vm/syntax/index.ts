// The public entry of the syntax layer: parse one file (text or bytes) into a tree plus errors,
// the types and position helpers that go with it, tree walks, the formatter and the syntax-only
// queries of the language server. Everything outside vm/syntax imports from here. Nothing here
// throws, knows of types or packages, or touches the file system.

import type { ParseResult } from './ast';
import { parse } from './parser';

export * from './ast';
export { LineIndex, utf8Length } from './position';
export type { GoPosition, LineColumn } from './position';
export { binaryPrecedence, isExported, isKeyword, keywords } from './token';
export { childrenOf, forEachChild, walk } from './walk';
export { documentSymbols, foldingRanges, nodeAtOffset } from './query';
export type { DocumentSymbol, FoldingKind, FoldingRange, SymbolKind } from './query';
export { formatFile } from './format';
export type { FormatResult } from './format';
export { decodeSource, parseSource } from './source';
export type { DecodedSource } from './source';
export { maxChainLength, maxNestingDepth } from './parser';
export { Scanner, describeRune } from './scanner';
export type { ScanErrorHandler } from './scanner';
export type { AssignOp, BinaryOp, Keyword, LiteralKind, Token, UnaryOp } from './token';

/** Parses one `.amigo` or `.go` file. Never throws: errors are returned with the tree. */
export function parseFile(fileName: string, text: string): ParseResult {
  return parse(fileName, text);
}
